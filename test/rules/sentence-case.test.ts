import rule from '../../rules/sentence-case/sentence-case.js'
import { ruleTester } from '../support/rule-tester.js'

ruleTester.run('sentence-case', rule, {
  valid: [
    // Seed 003 line 5: an abbreviation before a name, a list after a colon.
    'Để triển khai có hiệu quả nghị quyết đại hội Đảng các cấp, Đảng bộ TP. Sông Công xác định: Bên cạnh nhiệm vụ trọng tâm là phát triển kinh tế - xã hội.',
    'Nhiệm vụ gồm: xây dựng Đảng; phát triển kinh tế.',
    'Xây dựng đảng bộ vững mạnh, các đoàn thể, v.v. các cơ quan cùng tham gia.',
    'các chương trình, đề án... thực hiện Nghị quyết Đại hội.',
    // Dialogue: a question in quotes goes on in lower case.
    '“Vì sao lại như vậy?” anh hỏi.',
    // Words that keep their lower-case start, numbers, links, list labels.
    'Hệ thống mới đã hoạt động. eKYC được áp dụng cho mọi hồ sơ.',
    'Năm 2021 đã qua. 2022 là năm thứ hai của nhiệm kỳ.',
    'Xem thêm tại trang của báo. baothainguyen.vn',
    'Nội dung như sau. a) Tổ chức học tập; b) Kiểm tra.',
    'âm nhạc dân gian Đông Âu (vd. nhạc của các làng Balkans)',
  ],
  invalid: [
    {
      name: 'seed 003 line 17: a full stop where a comma was meant',
      text: 'Từ đầu nhiệm kỳ đến nay, Đảng bộ đã luân chuyển 2 cán bộ thành phố về cơ sở. nâng tổng số 6/10 xã, phường hiện có cán bộ thành phố luân chuyển đến.',
      findings: [
        {
          messageId: 'lowerStart',
          text: 'nâng',
          line: 1,
          column: 78,
          level: 'note',
          message: 'Câu bắt đầu bằng chữ thường sau dấu chấm: “nâng”.',
          suggestions: [
            'Từ đầu nhiệm kỳ đến nay, Đảng bộ đã luân chuyển 2 cán bộ thành phố về cơ sở. Nâng tổng số 6/10 xã, phường hiện có cán bộ thành phố luân chuyển đến.',
            'Từ đầu nhiệm kỳ đến nay, Đảng bộ đã luân chuyển 2 cán bộ thành phố về cơ sở, nâng tổng số 6/10 xã, phường hiện có cán bộ thành phố luân chuyển đến.',
          ],
        },
      ],
    },
    {
      text: 'Đội bóng có lượng khán giả trung bình cao nhất Châu Âu. câu lạc bộ cho biết như vậy. 4. ủy ban nhân dân tỉnh chịu trách nhiệm.',
      findings: [{ text: 'câu' }, { text: 'ủy' }],
    },
  ],
})
