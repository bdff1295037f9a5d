import rule from '../../rules/duplicate-headline/duplicate-headline.js'
import { ruleTester } from '../support/rule-tester.js'

const title = 'TP Thanh Hóa tổng kết công tác xây dựng Đảng năm 2021, triển khai nhiệm vụ năm 2022'
const lead = 'Chiều 4-1, Thành ủy TP Thanh Hóa đã tổ chức hội nghị trực tuyến tổng kết công tác xây dựng Đảng và triển khai phương hướng, nhiệm vụ năm 2022.'

ruleTester.run('duplicate-headline', rule, {
  valid: [
    `${title}\n\n${lead}`,
    // Echoed inside a longer sentence: fine.
    `${title}\n\nHội nghị với chủ đề “${title}” đã thành công tốt đẹp.`,
    // Seed 001's opening (real text): the title is not repeated.
    'Hội nghị Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh\n\nPhuthoPortal - Ngày 14/1/2022, BTV Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị BCH lần thứ Mười một (khóa XIX).',
    { text: `# ${title}\n\n${lead}\n\n## Kết quả nổi bật`, format: 'markdown' },
  ],
  invalid: [
    {
      text: `${title}\n\n${lead}\n\n${title}\n\n${title}`,
      findings: [
        { messageId: 'repeated', line: 5, column: 1, text: title, data: { line: 1 }, suggestions: [`${title}\n\n${lead}\n\n${title}`] },
        { messageId: 'repeated', line: 7, column: 1, text: title, data: { line: 1 }, suggestions: [`${title}\n\n${lead}\n\n${title}`] },
      ],
    },
    {
      name: 'seed 000: the lead comes before the headline',
      text: `(Baothanhhoa.vn) - ${lead}\n\n${title}\n\n${lead}\n\n${title}`,
      findings: [{ messageId: 'repeated', line: 7, data: { line: 3 } }],
    },
    {
      name: 'case and spacing do not hide a repeat',
      text: `${title}\n\n${lead}\n\n${title.toUpperCase().replace(/ /g, '  ')}.`,
      findings: [{ messageId: 'repeated', line: 5 }],
    },
    {
      name: 'Markdown: the h1 repeated as a paragraph',
      text: `# ${title}\n\n${lead}\n\n${title}\n`,
      format: 'markdown',
      findings: [{ messageId: 'repeated', line: 5, column: 1 }],
    },
  ],
})
