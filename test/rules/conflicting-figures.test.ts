import rule from '../../rules/conflicting-figures/conflicting-figures.js'
import { ruleTester } from '../support/rule-tester.js'
import { seedText } from '../support/seeds.js'

const seed000 = seedText('000').split('\n')

ruleTester.run('conflicting-figures', rule, {
  valid: [
    // Seed 000 lines 21 and 63: 19 bodies excellent, 19 praised — they agree.
    `${seed000[20]}\n\n${seed000[62]}`,
    // Seed 001: the caption and the body both say 11.
    `${seedText('001').split('\n')[4]}\n\n${seedText('001').split('\n')[26]}`,
    // Different periods.
    'Năm 2021 kết nạp 256 đảng viên mới.\n\nNăm 2022 kết nạp 265 đảng viên mới.',
    'Trong năm 2021 kết nạp 256 đảng viên mới. Từ đầu nhiệm kỳ đã kết nạp 952 đảng viên mới.',
    // A plan is not a fact.
    'Năm 2021 kết nạp 256 đảng viên mới. Năm 2021 đề ra chỉ tiêu kết nạp 300 đảng viên mới.',
    // Different subjects (vn-law: Luật Tổ chức chính quyền địa phương).
    'Hội đồng nhân dân cấp tỉnh thành lập ba Ban. Hội đồng nhân dân cấp huyện thành lập hai Ban.',
    'Xã An Phú kết nạp 5 đảng viên mới. Xã Bình Minh kết nạp 7 đảng viên mới.',
    // An approximate figure agrees with an exact one.
    'Thành phố kết nạp hơn 250 đảng viên mới. Cụ thể, thành phố kết nạp 256 đảng viên mới.',
    // A part of the figure before.
    'Trong năm, kết nạp 256 đảng viên mới. Trong đó, Đảng bộ xã An Phú kết nạp 12 đảng viên mới.',
    // Two figures in one sentence are a list, not a repeat.
    'Xã A kết nạp 5 đảng viên mới, xã B kết nạp 7 đảng viên mới.',
  ],
  invalid: [
    {
      text: 'Năm 2021, toàn thành phố kết nạp 256 đảng viên mới.\n\nTrong năm 2021, Đảng bộ thành phố đã kết nạp được 265 đảng viên mới, đạt 128% chỉ tiêu.',
      findings: [
        {
          messageId: 'conflict',
          text: '265',
          line: 3,
          message: 'Số liệu mâu thuẫn: “kết nạp … đảng viên mới” ở đây là 265, nhưng ở dòng 1 là 256.',
        },
      ],
    },
    {
      name: 'a figure that shares its verb with the one before',
      text: 'Đã xử lý kỷ luật 1 tổ chức đảng và 125 đảng viên.\n\nQua kiểm tra, đã xử lý kỷ luật 152 đảng viên.',
      findings: [{ messageId: 'conflict', text: '152', data: { claim: 'xử lý kỷ luật … đảng viên', value: '152', other: '125', line: 1 } }],
    },
  ],
})
