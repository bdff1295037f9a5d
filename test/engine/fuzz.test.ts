/**
 * The fuzzer (after ESLint's): random drafts made of Vietnamese letters, marks, digits, punctuation, NBSP and
 * thin spaces, placeholders and directives, in all three formats, through every rule with fixes on. No rule may
 * throw, no finding may point outside the text, and fixing must give text that lints again without failures.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Soat } from '../../src/api.js'

const pieces = [
  'Đồng chí', 'Thành ủy', 'Uỷ ban', 'ủy ban', 'năm năm', 'TP.', 'TP. Sông Công', '5.943', '98,2%', '7/6', '05-NQ/TU', '25/10/2021',
  'THỨ NĂM, 02/12/2021', '{name}', '{body}', 'xxx', 'Trả lời', '0 bình luận', '“', '”', '"', '(', ')', '[', ']', '...', '…', '.', ',',
  ';', ':', '!', '?', ' ', ' ', ' ', '\u00A0', '\u2009', '\u200B', '\n', '\n\n', '\r\n', 'quiy', 'đước', 'hỉ đạo', 'COVID19', 'COVID-19',
  'TCCSĐ', 'HĐND', 'được', 'ho\u0300a', '😀', '<!-- soat-disable -->', '<!-- soat-enable -->', '<!-- soat-disable-next-line -->', '*', '#',
  '<p>', '</p>', '&amp;', 'tổ chức cơ sở đảng', 'Nguyễn Xuân Tường', 'Nguyễn Xuân Trường', '35', 'trong đó có', '23', '12', 'chi bộ',
]
const draft = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join(''))

describe('fuzzing every rule', () => {
  const soat = new Soat({ config: { extends: ['soat:all'] }, reportUnusedDisableDirectives: true })
  for (const filePath of ['draft.txt', 'draft.md', 'draft.html']) {
    it(`never throws, never points outside the text, fixes cleanly (${filePath})`, async () => {
      await fc.assert(
        fc.asyncProperty(draft, async (text) => {
          const result = await soat.lintText(text, { filePath, fix: true })
          expect(result.notifications.filter((n) => n.level === 'error')).toEqual([])
          const output = result.output ?? text
          const again = await soat.lintText(output, { filePath })
          expect(again.notifications.filter((n) => n.level === 'error')).toEqual([])
          for (const f of again.findings) {
            expect(f.range[0]).toBeGreaterThanOrEqual(0)
            expect(f.range[1]).toBeLessThanOrEqual(output.length)
            expect(output.slice(f.range[0], f.range[1])).toBe(f.text)
          }
        }),
        { numRuns: 150, seed: 20261129 },
      )
    })
  }
})
