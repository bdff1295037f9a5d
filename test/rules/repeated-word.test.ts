import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import rule from '../../rules/repeated-word/repeated-word.js'
import { packageRoot } from '../../src/paths.js'
import { lintWithRule, ruleTester } from '../support/rule-tester.js'

ruleTester.run('repeated-word', rule, {
  valid: [
    // RULES.md must-not-flag: reduplication and repeats across a comma.
    'Ngày ngày, các em đến trường.',
    'Thường thường thì hội nghị họp vào cuối năm.',
    'Đi từ từ thôi, chỗ này đâu đâu cũng có người.',
    'Làm rõ người, rõ việc, rõ trách nhiệm.',
    // vn-law: the seam of two compounds (hành vi + vi phạm, trường hợp + hợp đồng, trở thành + thành viên).
    'Căn cứ vào tính chất, hậu quả của hành vi vi phạm mà có thể không bảo vệ.',
    'Trường hợp hợp đồng này là hợp đồng có đền bù.',
    'Điều kiện trở thành thành viên của tổ chức.',
    'Đẩy mạnh công nghiệp hoá, thực hiện hiện đại hoá nông nghiệp.',
    'Hỗ trợ học sinh sinh viên có hoàn cảnh khó khăn.',
    'Vận chuyển hàng không không thường lệ là việc vận chuyển bằng đường hàng không.',
    'Buộc người phiên dịch dịch không trung thực.',
    // vn-law: “năm năm” is five years.
    'Nhiệm kỳ của mỗi khóa Quốc hội là năm năm.',
    // Names and titles.
    'Diễn viên Trần Viên Viên đóng vai chính.',
    'Theo quy định của Luật Luật sư.',
    'Xuất trình các giấy tờ theo quy định của Luật luật sư.',
    // Seed 002 line 37: the congress (Đại hội) of the Veterans' Association (Hội Cựu chiến binh).
    'Đại hội Đoàn TNCS Hồ Chí Minh, Đại hội Hội Cựu chiến binh các cấp trong tỉnh.',
    // Numbers are not words.
    'Tỷ số 1 1 sau hiệp một.',
    { text: 'Đi đi lại lại nhiều lần.', options: { allow: ['lại'] } },
  ],
  invalid: [
    {
      name: 'seed 000 line 63',
      text: 'Đảng bộ phường Đông Vệ đạt danh hiệu trong sạch, vững mạnh 5 năm năm liên tục.',
      output: 'Đảng bộ phường Đông Vệ đạt danh hiệu trong sạch, vững mạnh 5 năm liên tục.',
      findings: [{ messageId: 'repeated', text: 'năm năm', line: 1, column: 62, level: 'warning', message: 'Từ “năm” bị lặp.' }],
    },
    {
      name: 'a listed pair before a date',
      text: 'Ngày ngày 28 tháng 12 năm 2013, hội nghị khai mạc.',
      output: 'Ngày 28 tháng 12 năm 2013, hội nghị khai mạc.',
      findings: [{ messageId: 'repeated', text: 'Ngày ngày', data: { word: 'ngày' } }],
    },
    {
      name: 'function words',
      text: 'Tổ chức đã được được khen thưởng vì thành tích của của nhân dân.',
      output: 'Tổ chức đã được khen thưởng vì thành tích của nhân dân.',
      findings: [
        { messageId: 'repeated', text: 'được được' },
        { messageId: 'repeated', text: 'của của' },
      ],
    },
    {
      name: 'vn-law slips',
      text: 'Thì bị phạt từ từ 03 năm đến 07 năm; b) 02 năm trong trong trường hợp bị phạt tù.',
      output: 'Thì bị phạt từ 03 năm đến 07 năm; b) 02 năm trong trường hợp bị phạt tù.',
      findings: [
        { messageId: 'repeated', text: 'từ từ' },
        { messageId: 'repeated', text: 'trong trong' },
      ],
    },
    {
      name: 'after a numeral word',
      text: 'Hai người người cố vấn chính.',
      output: 'Hai người cố vấn chính.',
      findings: [{ messageId: 'repeated', text: 'người người' }],
    },
    {
      name: 'across a line break inside a paragraph',
      text: 'Ban Thường vụ đã chỉ\nchỉ đạo sát sao.',
      format: 'markdown',
      output: 'Ban Thường vụ đã chỉ đạo sát sao.',
      findings: [{ messageId: 'repeated', line: 1, column: 18 }],
    },
  ],
})

describe('reduplications.json examples', () => {
  const data = JSON.parse(readFileSync(join(packageRoot, 'rules/repeated-word/reduplications.json'), 'utf8')) as {
    examples: { flag: string[]; pass: string[] }
  }
  it.each(data.examples.flag)('flags %s', async (text) => {
    expect((await lintWithRule('repeated-word', rule, text)).length).toBeGreaterThan(0)
  })
  it.each(data.examples.pass)('passes %s', async (text) => {
    expect(await lintWithRule('repeated-word', rule, text)).toEqual([])
  })
})
