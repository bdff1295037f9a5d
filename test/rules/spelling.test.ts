import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import rule from '../../rules/spelling/spelling.js'
import { packageRoot } from '../../src/paths.js'
import { lintWithRule, ruleTester } from '../support/rule-tester.js'

ruleTester.run('spelling', rule, {
  valid: [
    // RULES.md must-not-flag: names and foreign words, acronyms, units, links, numbers, codes.
    'Ông Johnson đến thăm đảo Samothrace rồi sang Azerbaijan bằng xe Mazda3.',
    'Đồng chí Nguyễn Xuân Tường - TUV, Bí thư Đảng ủy Khối; 19 TCCSĐ, HĐND, UBND tỉnh.',
    'Theo Nghị quyết số 05-NQ/TU và Kết luận 01-KL/TW, diện tích 5.000 m2, công suất 20 MW, giá 100 USD, 2,5 km.',
    'Xem tại https://tinhuy.phutho.gov.vn/tin-tuc hoặc gửi thư tới lienhe@tinhuy.vn trước ngày 25/10/2021.',
    'Tỷ lệ đạt 98,2%; tăng 5.943 người so với năm 2020; giai đoạn 2020-2025.',
    // Both tone placements are Vietnamese: that is tone-placement's business, never spelling's.
    'Ủy ban và Uỷ ban, hóa học và hoá học, thủy lợi và thuỷ lợi, sức khỏe và sức khoẻ, Khánh Hòa và Khánh Hoà.',
    // Place names of the minority languages and loans the word list knows.
    'Tỉnh Đắk Lắk, huyện Krông Pắc, tỉnh Bắc Kạn, đặc khu Hồng Kông; nhạc pop, top 5 trường, ion âm, polime.',
    // Names inside a sentence, with and without Vietnamese marks (Viwiki dev text).
    'Khun Sa sinh ngày 17 tháng 2 năm 1934; giáo sư Noam Chomsky cho rằng như vậy.',
    'Tổng Bí thư Lê Duẩn viết trong thư vào Nam.',
    // English inside Vietnamese text (Viwiki dev text).
    'Các tác phẩm của Takahashi luôn đạt được những hit cao và thu hút đông đảo các otaku.',
    'Những từ tiền tố như “hot” hay “tropical” (nhiệt đới).',
    // A soft hyphen inside a word is the encoding rule's finding (vn-law, luat-day-nghe).
    'Liên thông trong đào tạo đ\u00ADược thực hiện căn cứ vào ch\u00ADương trình đào tạo.',
    // A term the document writes again and again is meant (Viwiki dev: điốt, a loan written solid).
    'Điốt phát quang hữu cơ hay OLED là một loại điốt phát quang; các điốt này dùng polime.',
    // Seed 001, lines 3 and 20, literally.
    'PhuthoPortal - Ngày 14/1/2022, BTV Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị BCH lần thứ Mười một (khóa XIX) kiểm điểm công tác lãnh đạo, chỉ đạo của tập thể, cá nhân BTV Đảng ủy Khối năm 2021.',
    'Phát biểu tại hội nghị, Bí thư Đảng ủy Khối các cơ quan tỉnh Nguyễn Xuân Tường nhấn mạnh: Năm 2022 là năm thứ hai triển khai thực hiện Nghị quyết Đại hội Đảng các cấp, Đại hội Đảng toàn quốc lần thứ XIII. Vì vậy, các cấp ủy Đảng cần tiếp tục nêu cao tinh thần trách nhiệm, linh hoạt trong chỉ đạo điều hành, khắc phục khó khăn để hoàn thành tốt nhiệm vụ được giao.',
    // Seed 003, lines 5 and 9, literally.
    'Để triển khai có hiệu quả nghị quyết đại hội Đảng các cấp, Đảng bộ TP. Sông Công xác định: Bên cạnh nhiệm vụ trọng tâm là phát triển kinh tế - xã hội, công tác xây dựng Đảng phải được coi trọng hàng đầu, thực sự là nhiệm vụ then chốt.',
    'Đảng bộ TP. Sông Công có 35 đảng bộ, chi bộ trực thuộc, trong đó có 23 đảng bộ và 12 chi bộ cơ sở với 5.943 đảng viên đang sinh hoạt tại 323 chi bộ dưới cơ sở.',
    // vn-law, literally: units, loans with hyphens, chemical formulas, Internet.
    'a) Đất trồng lúa có diện tích từ 5.000 mét vuông (m2) đến dưới 30.000 mét vuông (m2); đất rừng đặc dụng, rừng phòng hộ, rừng sản xuất có diện tích từ 10.000 mét vuông (m2) đến dưới 50.000 mét vuông (m2);',
    '35. Tín chỉ các-bon là chứng nhận có thể giao dịch thương mại và thể hiện quyền phát thải một tấn khí carbon dioxide (CO2) hoặc một tấn khí carbon dioxide (CO2) tương đương.',
    '4.. Cơ sở hạ tầng thông tin là hệ thống trang thiết bị phục vụ cho việc sản xuất, truyền đưa, thu thập, xử lý, lưu trữ và trao đổi thông tin số, bao gồm mạng viễn thông, mạng Internet, mạng máy tính và cơ sở dữ liệu.',
  ],
  invalid: [
    {
      name: 'seed 000 line 51: quiy chế',
      text: 'Ban hành quiy chế làm việc của Ban Chấp hành.',
      output: 'Ban hành quy chế làm việc của Ban Chấp hành.',
      findings: [{ messageId: 'notSyllable', text: 'quiy', level: 'error', message: '“quiy” không phải là âm tiết tiếng Việt; nên viết “quy”.' }],
    },
    {
      name: 'the case of the word is kept',
      text: 'Quiy chế làm việc của Ban Chấp hành.',
      output: 'Quy chế làm việc của Ban Chấp hành.',
      findings: [{ messageId: 'notSyllable', text: 'Quiy', data: { word: 'Quiy', suggestion: 'Quy' } }],
    },
    {
      name: 'a Telex leftover',
      text: 'Quyền lợi của nguowif lao động được bảo đảm.',
      output: 'Quyền lợi của người lao động được bảo đảm.',
      findings: [{ messageId: 'notSyllable', text: 'nguowif' }],
    },
    {
      name: 'a VNI leftover',
      text: 'Tỉnh ủy đã chỉ đạo vie65t làm cụ thể.',
      output: 'Tỉnh ủy đã chỉ đạo việt làm cụ thể.',
      findings: [{ messageId: 'notSyllable', text: 'vie65t' }],
    },
    {
      name: 'a wrong coda (địng), an extra vowel (tieếp), an extra letter (trănm), k before a (kà)',
      text: 'Hội nghị đã xác địng rõ nhiệm vụ. Đảng bộ tieếp tục lãnh đạo. Có hơn một trănm đảng viên. Đây kà nhiệm vụ trọng tâm.',
      output: 'Hội nghị đã xác định rõ nhiệm vụ. Đảng bộ tiếp tục lãnh đạo. Có hơn một trăm đảng viên. Đây là nhiệm vụ trọng tâm.',
      findings: [
        { messageId: 'notSyllable', text: 'địng' },
        { messageId: 'notSyllable', text: 'tieếp' },
        { messageId: 'notSyllable', text: 'trănm' },
        { messageId: 'notSyllable', text: 'kà' },
      ],
    },
    {
      name: 'Vietnamese marks that break the grammar make a typo even capitalised or in capitals',
      text: 'Hội nghị tổng kết. Tieếp theo, TIEẾP TỤC phát huy.',
      output: 'Hội nghị tổng kết. Tiếp theo, TIẾP TỤC phát huy.',
      findings: [
        { messageId: 'notSyllable', text: 'Tieếp' },
        { messageId: 'notSyllable', text: 'TIEẾP' },
      ],
    },
    {
      name: 'a tone mark on the wrong letter, twice, or missing (Viwiki dev)',
      text: 'Các lọai khoáng vật vựơt qua, được đựợc công nhận, một tương lai tôt đẹp hơn.',
      output: 'Các loại khoáng vật vượt qua, được được công nhận, một tương lai tốt đẹp hơn.',
      findings: [
        { messageId: 'notSyllable', text: 'lọai' },
        { messageId: 'notSyllable', text: 'vựơt' },
        { messageId: 'notSyllable', text: 'đựợc' },
        { messageId: 'notSyllable', text: 'tôt' },
      ],
    },
    {
      name: 'a syllable the dictionary lacks: hỏi for ngã (Viwiki dev)',
      text: 'Quân đội đã sẳn sàng chiến đấu.',
      output: 'Quân đội đã sẵn sàng chiến đấu.',
      findings: [{ messageId: 'unknown', text: 'sẳn', message: '“sẳn” không có trong từ điển tiếng Việt; nên viết “sẵn”.' }],
    },
    {
      name: 'a missing space (Viwiki dev)',
      text: 'Ông đã tiến đượcmột bước dài.',
      output: 'Ông đã tiến được một bước dài.',
      findings: [{ messageId: 'notSyllable', text: 'đượcmột' }],
    },
    {
      name: 'a misspelt part of a hyphenated word (Viwiki dev)',
      text: 'Các nước ngòai-phương Tây.',
      output: 'Các nước ngoài-phương Tây.',
      findings: [{ messageId: 'notSyllable', text: 'ngòai' }],
    },
    {
      name: 'typos of the laws (vn-law): a doubled letter, a wrong tone in capitals, hỏi for sắc',
      text: 'Luật đầu tư nước ngoài tại Việt Nam Đđược thay bằng cụm từ. TỔ CHỨC NƯỜC NGOÀI. Mua một hoặc nhiều cổ phiểu.',
      output: 'Luật đầu tư nước ngoài tại Việt Nam Được thay bằng cụm từ. TỔ CHỨC NƯỚC NGOÀI. Mua một hoặc nhiều cổ phiếu.',
      findings: [
        { messageId: 'notSyllable', text: 'Đđược' },
        { messageId: 'notSyllable', text: 'NƯỜC' },
        { messageId: 'unknown', text: 'phiểu' },
      ],
    },
    {
      name: 'no context to choose: suggestions, best first',
      text: 'Chữ “trănm” viết sai.',
      findings: [
        {
          messageId: 'notSyllableSuggest',
          text: 'trănm',
          level: 'error',
          suggestions: ['Chữ “trăm” viết sai.', 'Chữ “trăng” viết sai.', 'Chữ “tranh” viết sai.', 'Chữ “trăn” viết sai.', 'Chữ “trắng” viết sai.'],
        },
      ],
    },
  ],
})

describe('spelling on the seeds', () => {
  it.each(['001_2f3999f3b0e71609', '003_f7f118c240ef4b8d'])('flags nothing in seed %s', async (name) => {
    const text = readFileSync(join(packageRoot, 'seeds', `${name}.txt`), 'utf8')
    expect(await lintWithRule('spelling', rule, text)).toEqual([])
  })
})
