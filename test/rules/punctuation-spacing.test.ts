import rule from '../../rules/punctuation-spacing/punctuation-spacing.js'
import { ruleTester } from '../support/rule-tester.js'

ruleTester.run('punctuation-spacing', rule, {
  valid: [
    // Numbers: decimals, thousands, times, dates, ranges.
    'Trong năm, 90% cơ quan hoàn thành tốt nhiệm vụ; 98,2% tổ chức cơ sở Đảng hoàn thành tốt nhiệm vụ.',
    'với 5.943 đảng viên đang sinh hoạt tại 323 chi bộ; THỨ NĂM, 02/12/2021 09:07:46',
    // Seed 002: single NBSPs between words, from the CMS.
    'Trưởng Ban Tổ chức Tỉnh ủy đọc\u00A0tờ trình về kết quả công tác xây dựng Đảng, tổ chức\u00A0thi tuyển.',
    // Seed 000 line 84 and seed 003: abbreviations.
    'Xem thêm TP.Thanh Hóa',
    'Những năm qua, TP.\u00A0Sông Công xác định xây dựng Đảng là nhiệm vụ then chốt.',
    'GS.TS Nguyễn Văn A, PGS.TS Trần B, ThS. Lê C, TP.HCM, v.v. và các đơn vị khác.',
    // Links and e-mail addresses.
    '(Baothanhhoa.vn) - Chiều 4-1, xem https://baothanhhoa.vn/tin?id=1,2 hoặc gửi thư tới toasoan@baothanhhoa.vn.',
    // Ellipses and brackets.
    'các chương trình, đề án... thực hiện Nghị quyết; (2017 - 2021); các loại ( ) rỗng.',
    'Câu trích dẫn (...) được lược bớt.',
    // Markdown hard break, HTML spaces that collapse.
    { text: 'Dòng một  \nDòng hai.', format: 'markdown' },
    { text: '<p>Hai  dấu cách trong HTML không hiện ra.</p>', format: 'html' },
  ],
  invalid: [
    {
      name: 'seed 002 line 27: two thin spaces after a full stop',
      text: 'Ban Thường vụ Tỉnh ủy đề ra 6 nhiệm vụ trọng tâm trong năm 2022.\u2009\u2009Đó là tiếp tục chỉ đạo.',
      output: 'Ban Thường vụ Tỉnh ủy đề ra 6 nhiệm vụ trọng tâm trong năm 2022. Đó là tiếp tục chỉ đạo.',
      findings: [{ messageId: 'doubledSpace', text: '\u2009\u2009', line: 1, column: 65, data: { count: 2 } }],
    },
    {
      name: 'doubled NBSP keeps one NBSP',
      text: 'cấp ủy,\u00A0\u00A0UBKT các cấp',
      output: 'cấp ủy,\u00A0UBKT các cấp',
      findings: [{ messageId: 'doubledSpace', text: '\u00A0\u00A0' }],
    },
    {
      text: 'nơi Công xã ít đề phòng . Ngày 20 tháng 5 , quân đội tiến công ; tổn thất lớn .',
      output: 'nơi Công xã ít đề phòng. Ngày 20 tháng 5, quân đội tiến công; tổn thất lớn.',
      findings: [
        { messageId: 'spaceBefore', text: ' .', data: { mark: '.' } },
        { messageId: 'spaceBefore', text: ' ,' },
        { messageId: 'spaceBefore', text: ' ;' },
        { messageId: 'spaceBefore', text: ' .' },
      ],
    },
    {
      text: 'trở thành thủ môn đắt giá nhất lúc bấy giờ.Dường như ngay lập tức, Hartpury,Gloucestershire. Điều 1:Hội đồng nhân dân là cơ quan quyền lực.',
      output: 'trở thành thủ môn đắt giá nhất lúc bấy giờ. Dường như ngay lập tức, Hartpury, Gloucestershire. Điều 1: Hội đồng nhân dân là cơ quan quyền lực.',
      findings: [
        { messageId: 'missingSpaceAfter', text: '.', message: 'Thiếu khoảng trắng sau dấu “.”.' },
        { messageId: 'missingSpaceAfter', text: ',' },
        { messageId: 'missingSpaceAfter', text: ':' },
      ],
    },
    {
      text: 'âm nhạc dân gian Đông Âu ( nhạc của các làng Balkans ), âm nhạc Bắc Âu',
      output: 'âm nhạc dân gian Đông Âu (nhạc của các làng Balkans), âm nhạc Bắc Âu',
      findings: [
        { messageId: 'spaceInside', text: '( ', data: { mark: '(' } },
        { messageId: 'spaceInside', text: ' )', data: { mark: ')' } },
      ],
    },
    {
      name: 'abbreviations glued to a name when configured',
      text: 'Xem thêm TP.Thanh Hóa',
      options: { checkAbbreviations: true },
      output: 'Xem thêm TP. Thanh Hóa',
      findings: [{ messageId: 'missingSpaceAfter', text: '.', column: 12 }],
    },
  ],
})
