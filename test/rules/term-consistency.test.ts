import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import rule from '../../rules/term-consistency/term-consistency.js'
import { packageRoot } from '../../src/paths.js'
import { lintWithRule, ruleTester } from '../support/rule-tester.js'

ruleTester.run('term-consistency', rule, {
  valid: [
    // Seed 002 lines 13 and 19: one accepted form throughout.
    'Tuyên truyền, chỉ đạo tổ chức thực hiện các biện pháp phòng chống dịch Covid-19. Chỉ đạo kiểm tra hoạt động của các tổ "Covid cộng đồng", tổ "An toàn Covid". Phòng chống dịch Covid-19 hiệu quả.',
    'Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19.',
    'phát triển kinh tế - xã hội của tỉnh; Kinh tế - xã hội tiếp tục phát triển.',
    'các tổ chức chính trị-xã hội và kinh tế-xã hội của địa phương',
    'các phi cơ B-52 và F-4; hai chiếc B-52 bị bắn rơi.',
    // Codes and numbers are not terms.
    'Nghị quyết số 05-NQ/TU và Kết luận số 01-KL/TW, nhiệm kỳ 2020-2025 và 2020 - 2025.',
    // A capital at the start of a sentence is not another form.
    'Dịch vụ e-mail của tỉnh. E-mail công vụ được dùng thống nhất.',
    'Chloroethyl: 2-Chloroethyl chloromethylsulfide; 2-chloroethyl ethyl sulfide.',
  ],
  invalid: [
    {
      name: 'seed 000 line 33: COVID19 beside COVID-19',
      text: 'cần tập trung thực hiện có hiệu quả công tác phòng, chống dịch COVID19 theo phương châm “Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19”.',
      output: 'cần tập trung thực hiện có hiệu quả công tác phòng, chống dịch COVID-19 theo phương châm “Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19”.',
      findings: [
        {
          messageId: 'inconsistent',
          text: 'COVID19',
          column: 64,
          level: 'warning',
          message: 'Bài viết cả “COVID19” lẫn “COVID-19”; nên thống nhất một cách viết: “COVID-19”.',
        },
      ],
    },
    {
      name: 'a form that is never right',
      text: 'phòng, chống dịch Covid 19 trên địa bàn',
      output: 'phòng, chống dịch COVID-19 trên địa bàn',
      findings: [{ messageId: 'preferred', text: 'Covid 19', data: { actual: 'Covid 19', expected: 'COVID-19' } }],
    },
    {
      name: 'an accepted form beside the preferred one',
      text: 'phòng, chống dịch Covid-19 và thích ứng an toàn với COVID-19',
      output: 'phòng, chống dịch COVID-19 và thích ứng an toàn với COVID-19',
      findings: [{ messageId: 'inconsistent', text: 'Covid-19' }],
    },
    {
      name: 'unlisted words that differ by a hyphen: the most frequent form is suggested',
      text: 'dùng M72 bắn hỏng 3 xe tăng; súng M-72 và đạn M-72 được thu giữ.',
      findings: [{ messageId: 'inconsistent', text: 'M72', data: { actual: 'M72', expected: 'M-72' }, suggestions: ['dùng M-72 bắn hỏng 3 xe tăng; súng M-72 và đạn M-72 được thu giữ.'] }],
    },
    {
      name: 'a newsroom’s own preferred forms',
      text: 'Liên hệ qua zalo của tòa soạn.',
      options: { terms: [{ term: 'Zalo', variants: ['zalo'] }] },
      output: 'Liên hệ qua Zalo của tòa soạn.',
      findings: [{ messageId: 'preferred', text: 'zalo' }],
    },
  ],
})

describe('terms.json examples', () => {
  const data = JSON.parse(readFileSync(join(packageRoot, 'rules/term-consistency/terms.json'), 'utf8')) as {
    terms: Array<{ term: string; examples?: { flag?: string[]; pass?: string[] } }>
  }
  for (const term of data.terms.filter((t) => t.examples)) {
    it(`${term.term}: flags its examples and passes its counter-examples`, async () => {
      for (const text of term.examples!.flag ?? []) expect((await lintWithRule('term-consistency', rule, text)).length, text).toBeGreaterThan(0)
      for (const text of term.examples!.pass ?? []) expect((await lintWithRule('term-consistency', rule, text)).map((f) => f.text), text).toEqual([])
    })
  }
})
