/**
 * Notes a date written in a different style from the rest of the document
 * (`25/10/2021` among `15-5-2016` and `Chiều 4-1`). Only dates written with
 * digits count (`/`, `-`, `.`); dates in words (`ngày 4 tháng 1 năm 2022`),
 * months (`tháng 5/2024`), the page's dateline (`THỨ NĂM, 02/12/2021
 * 09:07:46`, stamped by the CMS) and dates inside quotations are left out.
 */
import { defineRule } from '../../src/engine/types.js'
import { type DateMention, numerals } from '../../src/numbers/numerals.js'
import { QUOTE_PAIRS } from '../../src/vietnamese/chars.js'

type Separator = '/' | '-' | '.'

interface Options {
  style: 'consistent' | Separator
}

const SEPARATORS: readonly string[] = ['/', '-', '.']

/** Whether a date sits inside a quotation (`“hôm 31-8-1963, …”`): quoted text keeps its own style. */
function isQuoted(date: DateMention): boolean {
  const block = date.block
  const before = block.document.text.slice(block.start, date.start)
  for (const [open, close] of QUOTE_PAIRS) {
    if (open === close) continue
    if (before.lastIndexOf(open) > before.lastIndexOf(close)) return true
  }
  // Straight quotes: an odd number before the date opens a quotation.
  return (before.match(/"/gu)?.length ?? 0) % 2 === 1
}

function restyled(date: DateMention, separator: Separator): string {
  return date.text.replace(/[/.\-–]/gu, separator)
}

export default defineRule<Options>({
  meta: {
    id: 'date-format',
    category: 'numbers',
    level: 'note',
    fixable: false,
    hasSuggestions: true,
    description: {
      vi: 'Văn bản viết ngày tháng theo nhiều kiểu khác nhau (25/10/2021, 15-5-2016, 31.10.2016).',
      en: 'A document that writes dates in more than one style (25/10/2021, 15-5-2016, 31.10.2016).',
    },
    messages: {
      mixedStyle: {
        vi: 'Ngày “{date}” viết với dấu “{separator}”, trong khi văn bản chủ yếu dùng dấu “{main}” (như “{example}”).',
        en: 'The date “{date}” is written with “{separator}”, while the document mostly uses “{main}” (as in “{example}”).',
      },
      configuredStyle: {
        vi: 'Ngày “{date}” viết với dấu “{separator}”; quy ước của toà soạn là dấu “{main}”.',
        en: 'The date “{date}” is written with “{separator}”; the house style is “{main}”.',
      },
      restyle: { vi: 'Viết lại thành “{replacement}”.', en: 'Rewrite as “{replacement}”.' },
      example: { vi: 'Ngày viết theo kiểu chính của văn bản.', en: 'A date in the document’s main style.' },
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        style: {
          enum: ['consistent', '/', '-', '.'],
          description: 'consistent: the style used most in the document wins; or the one separator the newsroom requires.',
        },
      },
    },
    defaults: { style: 'consistent' },
  },
  create(context) {
    return {
      document(document) {
        const dates = document.layer(numerals).dates.filter(
          (d) => SEPARATORS.includes(d.style) && d.shape !== 'month-year' && !d.dateline && !isQuoted(d),
        )
        if (dates.length === 0) return
        const counts = new Map<string, number>()
        for (const d of dates) counts.set(d.style, (counts.get(d.style) ?? 0) + 1)
        const configured = context.options.style !== 'consistent'
        if (!configured && counts.size < 2) return
        let main = context.options.style as string
        if (!configured) {
          // The style used most; on a tie, the one used first.
          let best = 0
          for (const d of dates) {
            const n = counts.get(d.style)!
            if (n > best) {
              best = n
              main = d.style
            }
          }
        }
        const examples = dates.filter((d) => d.style === main)
        const example = examples.find((d) => d.shape === 'full') ?? examples[0]
        for (const date of dates) {
          if (date.style === main) continue
          const replacement = restyled(date, main as Separator)
          context.report({
            messageId: configured ? 'configuredStyle' : 'mixedStyle',
            range: [date.start, date.end],
            data: { date: date.text, separator: date.style, main, example: example?.text ?? '' },
            suggest: [{ messageId: 'restyle', data: { replacement }, fix: { range: [date.start, date.end], text: replacement } }],
            ...(example ? { related: [{ range: [example.start, example.end] as const, messageId: 'example' }] } : {}),
          })
        }
      },
    }
  },
})
