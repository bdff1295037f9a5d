/**
 * Flags numbers written with English separators in Vietnamese text:
 * `1,234,567` or `5,943 đảng viên` (a comma grouping thousands) and `98.2%`
 * (a decimal point). Vietnamese groups thousands with `.` and marks decimals
 * with `,` (`5.943`, `98,2%`). Phone numbers, versions, codes, dates and
 * article numbers never reach this rule: the numeral layer does not read them
 * as quantities. A bare `5,943` or `18.5` stays ambiguous and passes.
 */
import { defineRule } from '../../src/engine/types.js'
import { numerals } from '../../src/numbers/numerals.js'
import { toVietnameseStyle } from '../../src/numbers/vietnamese-numerals.js'

export default defineRule({
  meta: {
    id: 'number-format',
    category: 'numbers',
    level: 'warning',
    fixable: false,
    hasSuggestions: true,
    description: {
      vi: 'Số viết theo kiểu tiếng Anh (5,943 nghĩa là 5943; 98.2%) trong văn bản tiếng Việt.',
      en: 'Numbers written with English separators (5,943 meaning 5943; 98.2%) in Vietnamese text.',
    },
    messages: {
      englishGrouping: {
        vi: '“{number}” dùng dấu phẩy để ngăn cách hàng nghìn như tiếng Anh; tiếng Việt viết “{expected}”.',
        en: '“{number}” groups thousands with commas, as English does; Vietnamese writes “{expected}”.',
      },
      englishDecimal: {
        vi: '“{number}” dùng dấu chấm thập phân như tiếng Anh; tiếng Việt viết “{expected}”.',
        en: '“{number}” uses a decimal point, as English does; Vietnamese writes “{expected}”.',
      },
      rewrite: { vi: 'Viết lại thành “{expected}”.', en: 'Rewrite as “{expected}”.' },
      vietnameseStyle: { vi: 'Số viết theo kiểu tiếng Việt trong cùng văn bản.', en: 'A number in Vietnamese style in the same document.' },
    },
  },
  create(context) {
    return {
      document(document) {
        const quantities = document.layer(numerals).quantities
        const vietnamese = quantities.find((q) => q.style === 'vi-grouped' || q.style === 'vi-decimal')
        for (const q of quantities) {
          if (q.style !== 'en-grouped' && q.style !== 'en-decimal') continue
          // The digits themselves (`$1,500`: not the dollar sign).
          const token = q.sentence.tokens.slice(q.firstToken, q.endToken).find((t) => /^\d/u.test(t.text))!
          const number = token.text
          const expected = toVietnameseStyle(number, q.style)
          context.report({
            messageId: q.style === 'en-grouped' ? 'englishGrouping' : 'englishDecimal',
            range: [token.start, token.end],
            data: { number, expected },
            suggest: [{ messageId: 'rewrite', fix: { range: [token.start, token.end], text: expected } }],
            ...(vietnamese ? { related: [{ range: [vietnamese.start, vietnamese.end] as const, messageId: 'vietnameseStyle' }] } : {}),
          })
        }
      },
    }
  },
})
