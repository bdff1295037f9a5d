import rule from '../../rules/impossible-ratio/impossible-ratio.js'
import { ruleTester } from '../support/rule-tester.js'
import { seedText } from '../support/seeds.js'

const seed004 = seedText('004').split('\n')

ruleTester.run('impossible-ratio', rule, {
  valid: [
    // Seed 004 line 6: a fraction below one.
    seed004[5]!,
    // Over-fulfilment of a target (seed 000 line 23, seed 004 lines 7 and 8).
    'Trong năm, toàn thành phố cũng đã kết nạp được 256 đảng viên mới, đạt 128% chỉ tiêu tỉnh giao.',
    'Từ đầu nhiệm kỳ, toàn thị xã đã kết nạp 952 đảng viên mới, đạt 190% chỉ tiêu nghị quyết.',
    'Toàn thị xã đã tiến hành kiểm tra, giám sát 692 lượt tổ chức đảng (đạt 141,5% so với chỉ tiêu nghị quyết) và 2.311 đảng viên (đạt 158,6%).',
    'Các đơn vị đã hoàn thành xuất bản lịch sử Đảng bộ, vượt 118% mục tiêu đề án.',
    // Dates and codes are not fractions.
    'Ngày 15/5, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ.',
    'Triển khai Nghị quyết số 05-NQ/TU, ngày 25/10/2021 của Ban Thường vụ Tỉnh ủy.',
    // Seed 003 line 17.
    'Nâng tổng số 6/10 xã, phường hiện có cán bộ thành phố luân chuyển đến; 2/10 xã, phường có cán bộ chủ chốt luân chuyển ngang.',
    // A change and a sum of rates may exceed 100% (vn-law: Bộ luật Hình sự).
    'Doanh thu năm 2021 tăng 150% so với cùng kỳ.',
    'Gây tổn hại cho sức khỏe của 03 người trở lên mà tổng tỷ lệ tổn thương cơ thể của những người này từ 122% đến 200%.',
    'Tỷ lệ tăng trưởng tín dụng đạt 112%.',
    // A bare day/month with nothing counted after it.
    'Kết quả được công bố vào 7/6.',
  ],
  invalid: [
    {
      name: 'seed 004 line 5: 7/6 units',
      text: seed004[4]!,
      findings: [
        {
          messageId: 'partExceedsWhole',
          text: '7/6',
          line: 1,
          column: 882,
          message: 'Tỷ lệ vô lý: “7/6” (số phần 7 lớn hơn tổng số 6).',
        },
      ],
    },
    {
      name: 'Markdown: emphasis around the fraction',
      text: 'Có **7/6** đơn vị hoàn thành xuất bản lịch sử Đảng bộ.',
      format: 'markdown',
      findings: [{ messageId: 'partExceedsWhole', text: '7/6', column: 6 }],
    },
    {
      text: 'Có 12/10 xã đạt chuẩn nông thôn mới.',
      findings: [{ messageId: 'partExceedsWhole', text: '12/10', data: { fraction: '12/10', part: '12', whole: '10' } }],
    },
    {
      name: 'a share of members over 100%',
      text: 'Tỷ lệ đảng viên tham gia học tập, quán triệt nghị quyết đạt 112%.',
      findings: [{ messageId: 'shareOver100', text: '112%', message: 'Tỷ lệ vô lý: “112%” là phần của một tổng thể nhưng vượt 100%.' }],
    },
    { text: 'Có 105% đảng viên tham gia sinh hoạt chi bộ định kỳ.', findings: [{ messageId: 'shareOver100', text: '105%' }] },
    { text: 'Số hộ nghèo chiếm 120% tổng số hộ của xã.', findings: [{ messageId: 'shareOver100', text: '120%' }] },
  ],
})
