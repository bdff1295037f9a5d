import rule from '../../rules/ratio-percent-mismatch/ratio-percent-mismatch.js'
import { ruleTester } from '../support/rule-tester.js'
import { seedText } from '../support/seeds.js'

const seed004 = seedText('004').split('\n')

ruleTester.run('ratio-percent-mismatch', rule, {
  valid: [
    // Seed 004 line 6: 161/181 = 88,95%, printed 88,9%: one unit in the last digit is accepted.
    seed004[5]!,
    'Có 7/10 xã (70%) đạt chuẩn nông thôn mới.',
    'Đã có 2/3 số xã, đạt 66,7%, hoàn thành kế hoạch.',
    'Đã có 2/3 số xã, đạt 67%, hoàn thành kế hoạch.',
    // A change is not the fraction's percentage.
    'Có 7/10 xã đạt chuẩn, tăng 20% so với năm trước.',
    // A part's percentage of its total.
    'Tỉnh có 35 đơn vị, trong đó 23 đơn vị (chiếm 65,7%) hoàn thành tốt nhiệm vụ.',
    // An approximate percentage is not checked.
    'Đã tổ chức 161/181 lớp (khoảng 90%).',
  ],
  invalid: [
    {
      name: 'seed 004 line 5: 7/6 = 116,7%, the text says 118%',
      text: seed004[4]!,
      findings: [
        {
          messageId: 'mismatch',
          text: '118%',
          line: 1,
          column: 942,
          message: 'Tỷ lệ không khớp: 7/6 = 116,7%, nhưng văn bản ghi 118%.',
        },
      ],
    },
    {
      text: 'Công tác giáo dục lý luận chính trị có nhiều đổi mới, với 161/181 lớp được tổ chức (đạt 89,9%).',
      findings: [{ messageId: 'mismatch', text: '89,9%', data: { fraction: '161/181', computed: '88,95%', percent: '89,9%' } }],
    },
    {
      text: 'Tỉnh có 35 đơn vị, trong đó 23 đơn vị (chiếm 60%) hoàn thành tốt nhiệm vụ.',
      findings: [{ messageId: 'mismatch', text: '60%', message: 'Tỷ lệ không khớp: 23/35 = 65,7%, nhưng văn bản ghi 60%.' }],
    },
  ],
})
