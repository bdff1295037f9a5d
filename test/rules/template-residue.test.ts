import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import rule from '../../rules/template-residue/template-residue.js'
import { packageRoot } from '../../src/paths.js'
import { lintWithRule, ruleTester } from '../support/rule-tester.js'

ruleTester.run('template-residue', rule, {
  valid: [
    // Real published text (seed 001): braces, brackets and x never appear as placeholders.
    'Tại hội nghị, BTV Đảng ủy Khối các cơ quan tỉnh tặng Giấy khen cho 11 tổ chức cơ sở Đảng hoàn thành xuất sắc nhiệm vụ năm 2021.',
    'Hội nghị BCH lần thứ Mười một (khóa XIX) kiểm điểm công tác lãnh đạo, chỉ đạo của tập thể, cá nhân BTV Đảng ủy Khối năm 2021.',
    'Tập hợp {x, y} gồm hai phần tử; công thức {a} được giữ nguyên.',
    'Đại hội đại biểu toàn quốc lần thứ XXX của Công đoàn.',
    'Tắt [X]',
    { text: 'Mẫu trong mã: `{name} - {time}` không phải là văn bản.', format: 'markdown' },
    { text: '<p>Mẫu CMS: <code>{body}</code></p>', format: 'html' },
  ],
  invalid: [
    {
      name: 'seed 000 line 70',
      text: ' {name} - {time}',
      findings: [
        { messageId: 'placeholder', text: '{name}', line: 1, column: 2, suggestions: [''] },
        { messageId: 'placeholder', text: '{time}', line: 1, column: 11, suggestions: [''] },
      ],
    },
    {
      text: 'Đoạn văn.\n{body}\nĐoạn sau.',
      findings: [{ messageId: 'placeholder', text: '{body}', line: 2, column: 1, suggestions: ['Đoạn văn.\nĐoạn sau.'] }],
    },
    {
      text: 'Ngày xx/xx/2022, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.',
      findings: [{ messageId: 'placeholder', text: 'xx/xx/2022', data: { text: 'xx/xx/2022' } }],
    },
    {
      text: 'Ảnh: [Chú thích ảnh]. Lorem ipsum dolor sit amet. TODO: bổ sung số liệu.',
      findings: [
        { messageId: 'placeholder', text: '[Chú thích ảnh]' },
        { messageId: 'placeholder', text: 'Lorem ipsum' },
        { messageId: 'placeholder', text: 'TODO' },
      ],
    },
    {
      name: 'positions point into the Markdown source',
      text: '# Tin\n\nTác giả: **{author}**',
      format: 'markdown',
      findings: [{ messageId: 'placeholder', text: '{author}', line: 3, column: 12 }],
    },
    {
      name: 'positions survive an HTML entity before the placeholder',
      text: '<p>Tin &amp; ảnh: {name}</p>',
      format: 'html',
      findings: [{ messageId: 'placeholder', text: '{name}', line: 1, column: 19 }],
    },
  ],
})

describe('placeholders.json examples', () => {
  const data = JSON.parse(readFileSync(join(packageRoot, 'rules/template-residue/placeholders.json'), 'utf8')) as {
    patterns: Array<{ id: string; examples: { flag: string[]; pass: string[] } }>
  }
  for (const pattern of data.patterns) {
    it(`${pattern.id}: flags its examples and passes its counter-examples`, async () => {
      for (const text of pattern.examples.flag) expect((await lintWithRule('template-residue', rule, text)).length, text).toBeGreaterThan(0)
      for (const text of pattern.examples.pass) expect(await lintWithRule('template-residue', rule, text), text).toEqual([])
    })
  }
})
