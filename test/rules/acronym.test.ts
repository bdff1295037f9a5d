import { describe, expect, it } from 'vitest'
import rule from '../../rules/acronym/acronym.js'
import { lintWithRule, ruleTester } from '../support/rule-tester.js'

ruleTester.run('acronym', rule, {
  valid: [
    // Seed 000 lines 19 and 21: spelled out at first use, then used alone.
    'Đi liền với đó, công tác xây dựng, củng cố tổ chức cơ sở đảng (TCCSĐ), nâng cao chất lượng đảng viên được quan tâm.\n\nTheo kết quả đánh giá xếp loại TCCSĐ năm 2021, Đảng bộ thành phố có 19 TCCSĐ hoàn thành xuất sắc nhiệm vụ.',
    // Seed 003 line 11: spelled out with a capital Đ.
    'gắn với nhiệm vụ xây dựng tổ chức cơ sở Đảng (TCCSĐ) trong sạch, vững mạnh. Các TCCSĐ đã phát huy được vai trò hạt nhân chính trị.',
    // Seed 001 line 11 and 002: well-known acronyms.
    'giúp Tỉnh ủy, HĐND, UBND tỉnh lãnh đạo, chỉ đạo; BCH, BTV Đảng ủy Khối; MTTQ và các đoàn thể; UBKT các cấp; Đoàn TNCS Hồ Chí Minh.',
    'Đồng chí Phùng Mạnh Khang, UV BTV, Trưởng Ban Tuyên giáo và Dân vận Thị uỷ.',
    // Not acronyms: roman numerals, codes, text in capitals, bylines.
    'Đại hội lần thứ XIII của Đảng, khóa XIX, Nhóm IIA; Nghị quyết số 05-NQ/TU, Kết luận số 01-KL/TW.',
    'THỨ NĂM, 02/12/2021 09:07:46',
    'Phần trên của trang một bản tin phải đề chữ “BẢN TIN”.',
    'LỚP THÚ\nMAMMALIA',
    'Nội dung bài viết.\n\nPV',
    // Other ways of spelling out.
    'Hợp đồng hợp tác kinh doanh (sau đây gọi là hợp đồng BCC) là hợp đồng giữa các nhà đầu tư.',
    '25. GT là ký hiệu viết tắt của tổng dung tích của tàu biển.',
    'Việc chuyển đổi số do TTCĐS (Trung tâm chuyển đổi số) phụ trách.',
    'Đài Radio Television Hong Kong thành lập năm 1928. Chu làm DJ cho RTHK.',
    '1. Tiêu chuẩn quốc gia, ký hiệu là TCVN; 2. Tiêu chuẩn cơ sở, ký hiệu là TCCS.',
    'Chiếc Spitfire cất cánh từ tàu sân bay HMS Eagle; cầu thủ Phan Như Thuật từ SQC Bình Định.',
    'Giấy phép lái xe hạng FB2, FD, FE cấp cho người lái xe đã có giấy phép lái xe hạng B2, D, E.',
    'Phi công báo cáo bắn rơi được hai chiếc Fiat CR.42 và các hệ thống phòng không Patriot CAP, tên lửa AGM-84E SLAM.',
    'LỚP CÁ SỤN\nCHONDRICHTHYES',
    'Trao đổi dữ liệu điện tử (EDI – electronic data interchange) là sự chuyển thông tin; EDI được dùng rộng rãi.',
    'Chiếc F-14 được trang bị LANTIRN (hệ thống dẫn đường và tìm mục tiêu tầm thấp ban đêm) trên thân.',
    'Lãnh thổ Ủy thác ("Trust Territory of the Pacific Islands" - TTPI). Hoa Kỳ quản lý TTPI đến năm 1986.',
    { name: 'a newsroom adds its own', text: 'Ban Chỉ đạo 35 của tỉnh và BCĐ các huyện.', options: { acronyms: ['BCĐ', { acronym: 'BCĐ35', expansion: 'Ban Chỉ đạo 35' }] } },
  ],
  invalid: [
    {
      name: 'used before it is spelled out',
      text: 'Năm 2021 có 19 TCCSĐ hoàn thành xuất sắc nhiệm vụ.\n\nCông tác xây dựng tổ chức cơ sở đảng (TCCSĐ) được quan tâm.',
      findings: [
        {
          messageId: 'usedBeforeDefinition',
          text: 'TCCSĐ',
          line: 1,
          column: 16,
          level: 'note',
          message: 'Chữ viết tắt “TCCSĐ” được dùng trước khi được viết đầy đủ ở dòng 3.',
        },
      ],
    },
    {
      name: 'a headline may use the short form the body spells out, not the body before it',
      text: 'TCCSĐ vững mạnh\n\nNăm 2021 có 19 TCCSĐ hoàn thành xuất sắc nhiệm vụ. Công tác xây dựng tổ chức cơ sở đảng (TCCSĐ) được quan tâm.',
      findings: [{ messageId: 'usedBeforeDefinition', line: 3, column: 16 }],
    },
    {
      name: '`cái gọi là` (so-called) does not spell out',
      text: 'Các trại của PLO bị ném bom. Người lãnh đạo cái gọi là Khu vực phía Tây của PLO bị giết.',
      findings: [{ messageId: 'notSpelledOut', text: 'PLO', column: 14 }],
    },
    {
      name: 'never spelled out: one finding, at the first use',
      text: 'Các CCVC được tập huấn. Số CCVC đạt chuẩn tăng.',
      findings: [{ messageId: 'notSpelledOut', text: 'CCVC', column: 5, data: { acronym: 'CCVC' } }],
    },
  ],
})

describe('acronym: the other place', () => {
  it('points at the spelling out', async () => {
    const [finding] = await lintWithRule('acronym', rule, 'Năm 2021 có 19 TCCSĐ.\n\nTổ chức cơ sở đảng (TCCSĐ) được quan tâm.')
    expect(finding!.related?.map((r) => [r.line, r.column, r.message])).toEqual([[3, 21, 'Nơi viết đầy đủ.']])
  })
})
