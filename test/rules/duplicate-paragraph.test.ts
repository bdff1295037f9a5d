import rule from '../../rules/duplicate-paragraph/duplicate-paragraph.js'
import { ruleTester } from '../support/rule-tester.js'

const lead = 'Chiều 4-1, Thành ủy TP Thanh Hóa đã tổ chức hội nghị trực tuyến tổng kết công tác xây dựng Đảng và triển khai phương hướng, nhiệm vụ năm 2022.'
const caption = 'Đồng chí Lê Anh Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy, Chủ tịch HĐND TP Thanh Hóa chủ trì hội nghị.'
const body = 'Tại hội nghị, Ban Thường vụ Thành ủy TP Thanh Hóa đã tặng Giấy khen cho 19 đảng bộ, chi bộ hoàn thành xuất sắc nhiệm vụ năm 2021.'

ruleTester.run('duplicate-paragraph', rule, {
  valid: [
    // Captions that recur by design.
    `Quang cảnh hội nghị\n\n${body}\n\nQuang cảnh hội nghị`,
    // Two captions three words apart (seed 000 lines 9 and 37).
    `${caption}\n\n${body}\n\nĐồng chí Lê Anh Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy, Chủ tịch HĐND TP Thanh Hóa phát biểu kết luận hội nghị.`,
    // Short lines that are not bylines.
    `Kết quả nổi bật\n\n${body}\n\nKết quả nổi bật\n\n${lead}`,
    // Seed 001 (real text): caption and the paragraph that reuses its words in another order.
    'Bí thư Đảng ủy Khối các cơ quan tỉnh Nguyễn Xuân Tường phát biểu tại hội nghị\n\nPhát biểu tại hội nghị, Bí thư Đảng ủy Khối các cơ quan tỉnh Nguyễn Xuân Tường nhấn mạnh: Năm 2022 là năm thứ hai triển khai thực hiện Nghị quyết Đại hội Đảng các cấp.',
    // Legal codes repeat list lead-ins and items by design (bo-luat-hinh-su.txt).
    `1. Hình phạt chính bao gồm:\na) Cảnh cáo;\n${body}\n1. Hình phạt chính bao gồm:\na) Cảnh cáo;`,
    // One changed number or one different word is a different paragraph.
    `${body}\n\n${body.replace('19', '21')}`,
    'Điều 57. Quyết định hình phạt trong trường hợp chuẩn bị phạm tội, phạm tội chưa đạt và các trường hợp khác\nĐiều 102. Quyết định hình phạt trong trường hợp chuẩn bị phạm tội, phạm tội chưa đạt và các trường hợp khác',
    'GIẢI QUYẾT VỤ ÁN DÂN SỰ THEO THỦ TỤC RÚT GỌN TẠI TÒA ÁN CẤP SƠ THẨM NHÂN DÂN\nGIẢI QUYẾT VỤ ÁN DÂN SỰ THEO THỦ TỤC RÚT GỌN TẠI TÒA ÁN CẤP PHÚC THẨM NHÂN DÂN',
    // The option raises the bar.
    { text: `${caption}\n\n${caption}`, options: { minWords: 40 } },
  ],
  invalid: [
    {
      name: 'seed 000 lines 1 and 5: the lead with and without its source',
      text: `(Baothanhhoa.vn) - ${lead}\n\nTiêu đề bài\n\n${lead}`,
      findings: [{ messageId: 'nearlyRepeated', line: 5, column: 1, text: lead, data: { line: 1 }, suggestions: [`(Baothanhhoa.vn) - ${lead}\n\nTiêu đề bài`] }],
    },
    {
      name: 'seed 000 lines 9 and 11: a caption repeated as the start of a paragraph',
      text: `${caption}\n\n${caption} Hội nghị được kết nối trực tuyến đến 34 phường, xã.`,
      findings: [
        {
          messageId: 'startRepeated',
          line: 3,
          column: 1,
          text: caption,
          data: { line: 1 },
          suggestions: [`${caption}\n\nHội nghị được kết nối trực tuyến đến 34 phường, xã.`],
        },
      ],
    },
    {
      name: 'seed 000: the byline twice',
      text: `${body}\n\nTrần Thanh\n\n\nTrần Thanh\n`,
      findings: [{ messageId: 'bylineRepeated', line: 6, text: 'Trần Thanh', data: { line: 3, text: 'Trần Thanh' } }],
    },
    {
      text: `${body}\n\n${lead}\n\n${body}`,
      findings: [{ messageId: 'repeated', line: 5, data: { line: 1 } }],
    },
    {
      name: 'a line repeating the start of an earlier paragraph',
      text: `${caption} Hội nghị được kết nối trực tuyến đến 34 phường, xã.\n\n${caption}`,
      findings: [{ messageId: 'repeatsStart', line: 3 }],
    },
    {
      name: 'one word mistyped',
      text: `${body}\n\n${body.replace('xuất sắc', 'xuât sắc')}`,
      findings: [{ messageId: 'nearlyRepeated', line: 3 }],
    },
  ],
})
