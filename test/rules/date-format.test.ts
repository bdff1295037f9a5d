import rule from '../../rules/date-format/date-format.js'
import { ruleTester } from '../support/rule-tester.js'
import { seedText } from '../support/seeds.js'

const seed000 = seedText('000').split('\n')
const seed002 = seedText('002').split('\n')

ruleTester.run('date-format', rule, {
  valid: [
    // Seed 002: the CMS dateline (`/`) is left out; the text writes `31.10.2016` and `18.5.2021`.
    `${seed002[2]}\n\n${seed002[20]}\n\n${seed002[26]}`,
    'Ngày 25/10/2021, Ban Thường vụ ban hành nghị quyết; ngày 14/1/2022 hội nghị khai mạc.',
    // Dates in words and months are not numeric day styles.
    'Hà Nội, ngày 05 tháng 4 năm 2016. Nghị quyết ngày 25/10/2021 có hiệu lực từ tháng 5-2022.',
    { text: 'Ngày 25/10/2021 và ngày 14/1/2022.', options: { style: '/' } },
    // A quotation keeps its own style (Viwiki).
    'Theo báo cáo ngày 2/9/1963 thì “hôm 31-8-1963, một Đại hội đồng Phật giáo đã được triệu tập”.',
  ],
  invalid: [
    {
      name: 'seed 000 lines 1, 31 and 45: one date in another style',
      text: [seed000[0], seed000[30], seed000[44]].join('\n\n'),
      findings: [
        {
          messageId: 'mixedStyle',
          text: '25/10/2021',
          line: 3,
          message: 'Ngày “25/10/2021” viết với dấu “/”, trong khi văn bản chủ yếu dùng dấu “-” (như “15-5-2016”).',
          suggestions: [[seed000[0], seed000[30]!.replace('25/10/2021', '25-10-2021'), seed000[44]].join('\n\n')],
        },
      ],
    },
    {
      name: 'a tie: the style used first wins',
      text: 'Ngày 25/10/2021 ban hành; ngày 15-5-2016 ký.',
      findings: [{ messageId: 'mixedStyle', text: '15-5-2016', data: { date: '15-5-2016', separator: '-', main: '/', example: '25/10/2021' } }],
    },
    {
      name: 'the newsroom’s style',
      text: 'Chiều 4-1, hội nghị khai mạc; Chỉ thị ngày 15-5-2016.',
      options: { style: '/' },
      findings: [
        { messageId: 'configuredStyle', text: '4-1', suggestions: ['Chiều 4/1, hội nghị khai mạc; Chỉ thị ngày 15-5-2016.'] },
        { messageId: 'configuredStyle', text: '15-5-2016' },
      ],
    },
  ],
})
