import rule from '../../rules/number-format/number-format.js'
import { ruleTester } from '../support/rule-tester.js'

ruleTester.run('number-format', rule, {
  valid: [
    // Seed 004 line 8 and seed 001 line 11: Vietnamese style.
    'Toàn thị xã đã kiểm tra 692 lượt tổ chức đảng và 2.311 đảng viên (đạt 158,6%).',
    'Trong năm, 98,2% tổ chức cơ sở Đảng hoàn thành tốt nhiệm vụ; hơn 13.400 lượt học viên tham gia.',
    // Phone numbers, versions, codes, dates and sections are not quantities.
    'Đường dây nóng: 0912.345.678.',
    'Ứng dụng đã cập nhật phiên bản 2.1 và hệ điều hành Windows 8.1.',
    'Kết luận số 01-KL/TW, ngày 18.5.2021 của Bộ Chính trị.',
    // Ambiguous without a noun: a Vietnamese decimal with three digits, a day.month.
    'Hệ số 5,943 được áp dụng từ ngày 18.5.',
  ],
  invalid: [
    {
      text: 'Đảng bộ có 5,943 đảng viên.',
      findings: [
        {
          messageId: 'englishGrouping',
          text: '5,943',
          message: '“5,943” dùng dấu phẩy để ngăn cách hàng nghìn như tiếng Anh; tiếng Việt viết “5.943”.',
          suggestions: ['Đảng bộ có 5.943 đảng viên.'],
        },
      ],
    },
    {
      text: 'Có 98.2% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, 13.400 lượt học viên tham gia.',
      findings: [{ messageId: 'englishDecimal', text: '98.2', suggestions: ['Có 98,2% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, 13.400 lượt học viên tham gia.'] }],
    },
    {
      name: 'Viwiki: population and money in English style',
      text: 'Myanmar có dân số là 51,419,420 theo điều tra năm 2014. Giá trị câu lạc bộ khoảng 3.3 tỷ USD.',
      findings: [
        { messageId: 'englishGrouping', text: '51,419,420', data: { number: '51,419,420', expected: '51.419.420' } },
        { messageId: 'englishDecimal', text: '3.3', data: { number: '3.3', expected: '3,3' } },
      ],
    },
  ],
})
