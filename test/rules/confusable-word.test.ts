import { describe, expect, it } from 'vitest'
import rule from '../../rules/confusable-word/confusable-word.js'
import { burstiness } from '../../rules/confusable-word/document-evidence.js'
import { lintWithRule, ruleTester } from '../support/rule-tester.js'

ruleTester.run('confusable-word', rule, {
  valid: [
    // RULES.md must-not-flag: rare words in their own compounds.
    'Rừng cây đước ven biển được bảo vệ nghiêm ngặt.',
    'Mọi người hoan hỉ đón mừng năm mới.',
    // Names, acronyms, all-caps headlines and quotations are not judged.
    'Đồng chí Thào A Sinh, Phó Bí thư Thường trực Thị ủy, phát biểu.',
    'HỘI NGHỊ ĐƯỚC SỰ QUAN TÂM',
    'Tờ báo viết: “đước sự quan tâm hỉ đạo”.',
    // Seed 001, lines 3 and 5.
    'PhuthoPortal - Ngày 14/1/2022, BTV Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị BCH lần thứ Mười một (khóa XIX) kiểm điểm công tác lãnh đạo, chỉ đạo của tập thể, cá nhân BTV Đảng ủy Khối năm 2021; đánh giá kết quả thực hiện nhiệm vụ chính trị năm 2021, triển khai phương hướng, nhiệm vụ năm 2022.',
    'Đồng chí Nguyễn Xuân Tường - TUV, Bí thư Đảng ủy Khối các cơ quan tỉnh chủ trì hội nghị. Cùng dự có các đồng chí Ủy viên BCH, Ủy viên Ủy ban Kiểm tra Đảng bộ Khối các cơ quan tỉnh; Bí thư Chi, Đảng bộ cơ sở trực thuộc Đảng bộ khối.',
    // Seed 003.
    'Để triển khai có hiệu quả nghị quyết đại hội Đảng các cấp, Đảng bộ TP. Sông Công xác định: Bên cạnh nhiệm vụ trọng tâm là phát triển kinh tế - xã hội, công tác xây dựng Đảng phải được coi trọng hàng đầu, thực sự là nhiệm vụ then chốt.',
    'Đảng bộ TP. Sông Công có 35 đảng bộ, chi bộ trực thuộc, trong đó có 23 đảng bộ và 12 chi bộ cơ sở với 5.943 đảng viên đang sinh hoạt tại 323 chi bộ dưới cơ sở. Những năm qua, Đảng bộ thành phố đã thực hiện tốt công tác tổ chức, quán triệt thực hiện Nghị quyết Đại hội lần thứ XIII của Đảng; quán triệt chuyên đề toàn khóa học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; các chỉ thị, kết luận, hướng dẫn của Bộ Chính trị, Ban Bí thư Trung ương Đảng theo đúng quy định.',
    // vn-law: Luật Báo chí, Điều 3.
    '2. Hoạt động báo chí là hoạt động sáng tạo tác phẩm báo chí, sản phẩm báo chí, sản phẩm thông tin có tính chất báo chí; cung cấp thông tin và phản hồi thông tin cho báo chí; cải chính thông tin trên báo chí; xuất bản, in, phát hành báo in; truyền dẫn báo điện tử và truyền dẫn, phát sóng báo nói, báo hình.',
    '9. Bản tin thông tấn là sản phẩm báo chí xuất bản định kỳ của cơ quan thông tấn nhà nước, được thể hiện bằng chữ viết, tiếng nói, âm thanh, hình ảnh để chuyển tải tin tức thời sự trong nước, thế giới hoặc thông tin có tính chất chuyên đề.',
    // A high threshold keeps even the seed 004 slip quiet.
    { text: 'Trong thời gian qua đước sự quan tâm của Thường trực.', options: { threshold: 30 } },
  ],
  invalid: [
    {
      name: 'seed 004 line 5',
      text: 'Theo đánh giá thực hiện nghị quyết, trong thời gian qua đước sự quan tâm hỉ đạo sát sao của Thường trực, Ban Thường vụ Thị ủy.',
      findings: [
        { messageId: 'confusable', text: 'đước', data: { word: 'đước', suggestion: 'được' }, suggestions: ['Theo đánh giá thực hiện nghị quyết, trong thời gian qua được sự quan tâm hỉ đạo sát sao của Thường trực, Ban Thường vụ Thị ủy.'] },
        { messageId: 'confusable', text: 'hỉ', data: { word: 'hỉ', suggestion: 'chỉ' } },
      ],
    },
    // Viwiki-Spelling dev set (CC BY 4.0), labeled mistakes.
    {
      name: 'viwiki: mọt → một',
      text: 'Khoáng vật có thể được nhận biết bằng một vài tính chất vật lý, mọt vài tính chất đó cũng đủ để nhận biết.',
      findings: [{ messageId: 'confusable', text: 'mọt', data: { word: 'mọt', suggestion: 'một' }, level: 'error' }],
    },
    {
      name: 'viwiki: xử dụng → sử dụng',
      text: 'Hai trong các quốc gia này vẫn còn xử dụng lời hứa thay thế.',
      findings: [{ messageId: 'confusable', text: 'xử', data: { word: 'xử', suggestion: 'sử' } }],
    },
    {
      name: 'viwiki: rỏ rệt → rõ rệt',
      text: 'Hay là phần tương xứng rỏ rệt trong lời hứa của hội.',
      findings: [{ messageId: 'confusable', text: 'rỏ', data: { word: 'rỏ', suggestion: 'rõ' } }],
    },
    {
      name: 'viwiki: xáp nhập → sáp nhập',
      text: 'Biến họ thành một vương quốc chư hầu, tiếp theo xáp nhập vào Đế chế.',
      findings: [{ messageId: 'confusable', text: 'xáp', data: { word: 'xáp', suggestion: 'sáp' } }],
    },
  ],
})

describe('confusable-word', () => {
  it('rejects an invalid threshold', async () => {
    await expect(lintWithRule('confusable-word', rule, 'đước sự quan tâm', { threshold: -11 })).rejects.toThrow(/threshold/u)
    await expect(lintWithRule('confusable-word', rule, 'đước sự quan tâm', { threshold: 'high' })).rejects.toThrow(/threshold/u)
    await expect(lintWithRule('confusable-word', rule, 'đước sự quan tâm', { margin: 2 })).rejects.toThrow()
  })

  // Viwiki-Spelling dev set (CC BY 4.0), the article on West Bengal: a correct word that a bigram alone doubts.
  const bengal = [
    'Thủ phủ của bang là Kolkata.',
    'Đây là bang đông dân thứ tư toàn quốc, với trên 91 triệu dân theo số liệu năm 2011.',
    'Ngoài các truyền thống dân gian đa dạng, di sản văn hóa của bang còn bao gồm các nhân vật cừ khôi trong văn chương như Rabindranath Tagore cùng các nhạc sĩ, nhà làm phim và họa sĩ.',
    'Định cư những người tị nạn và các vấn đề liên quan tiếp tục đóng vai trò quan trọng trong điều kiện chính trị và xã hội-kinh tế của bang.',
    'Chiến tranh giải phóng Bangladesh năm 1971 khiến cho hàng triệu người tị nạn đến Tây Bengal, khiến cơ sở hạ tầng của bang bị quá tải nghiêm trọng.',
  ]

  it('measures burstiness against what the word’s share of the language predicts', () => {
    expect(burstiness(1, 500, 1e-4)).toBe(0) // once: no evidence
    expect(burstiness(10, 500, 0.02)).toBe(0) // a common word as often as expected (1 + 500 × 0.02 = 11)
    expect(burstiness(12, 500, 1e-4)).toBeCloseTo(Math.log(12 / 1.05), 10)
  })

  it('takes a word the document keeps using for its subject, not a slip', async () => {
    // Alone, “của bang” loses to “của bảng”; in the article, which says “bang” again and again, it stands.
    const alone = await lintWithRule('confusable-word', rule, bengal[0]!)
    expect(alone.map((f) => [f.text, f.data.suggestion])).toEqual([['bang', 'bảng']])
    expect(await lintWithRule('confusable-word', rule, bengal.join(' '))).toEqual([])
  })

  it('still flags a slip made once in a document that uses the right word often', async () => {
    // Seed 004, line 5, after sentences of the same seed (lines 5 and 7) that use “được” correctly.
    const text = [
      'Công tác chính trị, tư tưởng được coi là nền tảng then chốt, được Đảng bộ cơ quan Thị ủy đặc biệt quan tâm.',
      'Công tác tổ chức, cán bộ tiếp tục được quan tâm lãnh đạo, chỉ đạo sát sao.',
      'Theo đánh giá thực hiện nghị quyết, trong thời gian qua đước sự quan tâm hỉ đạo sát sao của Thường trực, Ban Thường vụ Thị ủy.',
    ].join(' ')
    const found = await lintWithRule('confusable-word', rule, text)
    expect(found.map((f) => [f.text, f.data.suggestion])).toEqual([
      ['đước', 'được'],
      ['hỉ', 'chỉ'],
    ])
  })

  it('keeps the case of a capitalised first word in its suggestion', async () => {
    const [finding] = await lintWithRule('confusable-word', rule, 'Đước sự quan tâm của lãnh đạo, tỉnh đã hoàn thành kế hoạch.')
    expect(finding?.data.suggestion).toBe('Được')
  })
})
