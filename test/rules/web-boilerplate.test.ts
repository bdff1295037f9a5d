import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import rule from '../../rules/web-boilerplate/web-boilerplate.js'
import { packageRoot } from '../../src/paths.js'
import { lintWithRule, ruleTester } from '../support/rule-tester.js'

const paragraph = 'Hội nghị đã thông qua nghị quyết về nhiệm vụ trọng tâm năm 2022 với sự nhất trí rất cao của các đại biểu.'

ruleTester.run('web-boilerplate', rule, {
  valid: [
    'Đồng chí Bí thư Tỉnh ủy đã trả lời phỏng vấn báo chí về kết quả hội nghị.',
    'Bình luận về sự kiện, đồng chí nhấn mạnh vai trò của tổ chức cơ sở đảng.',
    // A weak phrase alone at the end, with no strong chrome around it, may be a real section label.
    `${paragraph}\n\nThời tiết`,
    // Weak phrases inside the article body never count.
    `Trả lời\n\n${paragraph}\n\nĐịa phương\n\n${paragraph}`,
    // Real published text (seed 001).
    'Tại hội nghị, các đại biểu đã thảo luận đánh giá những kết quả đã đạt được, chia sẻ những khó khăn, thuận lợi, kinh nghiệm trong triển khai nhiệm vụ.',
  ],
  invalid: [
    {
      name: 'seed 003 line 1: skip link',
      text: `Truy cập nội dung luôn\n\n${paragraph}`,
      findings: [{ messageId: 'chrome', text: 'Truy cập nội dung luôn', line: 1, column: 1, suggestions: [paragraph] }],
    },
    {
      name: 'seed 002: comment box after the byline',
      text: `${paragraph}\n\nPV\n\nComment\n\nVui lòng nhập tiếng việt có dấu`,
      findings: [
        { messageId: 'chrome', text: 'Comment', line: 5 },
        { messageId: 'chrome', text: 'Vui lòng nhập tiếng việt có dấu', line: 7 },
      ],
    },
    {
      name: 'each sentence of a chrome block',
      text: `${paragraph}\n\nÝ kiến của bạn sẽ được biên tập trước khi đăng. Vui lòng gõ tiếng Việt có dấu`,
      findings: [
        { messageId: 'chrome', text: 'Ý kiến của bạn sẽ được biên tập trước khi đăng.', data: { text: 'Ý kiến của bạn sẽ được biên tập trước khi đăng' } },
        { messageId: 'chrome', text: 'Vui lòng gõ tiếng Việt có dấu', suggestions: [paragraph] },
      ],
    },
    {
      text: `${paragraph}\n\n0 bình luận\n\nXem thêm TP.Thanh Hóa\n\nChia sẻ thông tin với bạn bè!\nTắt [X]`,
      findings: [
        { messageId: 'chrome', text: '0 bình luận' },
        { messageId: 'chrome', text: 'Xem thêm TP.Thanh Hóa' },
        { messageId: 'chrome', text: 'Chia sẻ thông tin với bạn bè!' },
        { messageId: 'chrome', text: 'Tắt [X]' },
      ],
    },
    {
      name: 'HTML page chrome',
      text: `<article><p>${paragraph}</p></article><footer><p>12 bình luận</p><button>Chia sẻ</button></footer>`,
      format: 'html',
      findings: [{ messageId: 'chrome', text: '12 bình luận' }, { messageId: 'chrome', text: 'Chia sẻ' }],
    },
  ],
})

describe('boilerplate-phrases.json examples', () => {
  const data = JSON.parse(readFileSync(join(packageRoot, 'rules/web-boilerplate/boilerplate-phrases.json'), 'utf8')) as {
    examples: { flag: string[]; pass: string[] }
  }
  it('flags each example as a whole line at the end of a page and passes the sentences', async () => {
    for (const text of data.examples.flag) {
      expect((await lintWithRule('web-boilerplate', rule, `${paragraph}\n\n${text}`)).length, text).toBeGreaterThan(0)
    }
    for (const text of data.examples.pass) expect(await lintWithRule('web-boilerplate', rule, text), text).toEqual([])
  })
})
