/**
 * Flags a percentage that disagrees with the fraction or the counts it
 * describes (`7/6 … vượt 118%`: 7/6 = 116,7%), beyond rounding: one unit in the
 * last printed digit is accepted (`161/181 lớp (đạt 88,9%)`: 88,95% rounds
 * either way).
 */
import type { Sentence } from '../../src/document/nodes.js'
import { defineRule, type ReportDescriptor } from '../../src/engine/types.js'
import { breakdownsOf } from '../../src/numbers/breakdowns.js'
import { previousSolid } from '../../src/numbers/context.js'
import { numerals, type Numerals, type Quantity } from '../../src/numbers/numerals.js'
import { formatVietnamese } from '../../src/numbers/vietnamese-numerals.js'
import { wordKey } from '../../src/numbers/word-trie.js'

/** Words between a fraction and its percentage, at most. */
const MAX_WORDS_BETWEEN = 15
/** `(đạt 65,7%)`, `, chiếm 65,7%`: what may introduce a part's percentage. */
const PART_PERCENT_LEADS = new Set(['(', 'chiếm', 'đạt', 'bằng', 'là', '='].map(wordKey))

function isPlainPercent(q: Quantity | undefined): q is Quantity {
  return q !== undefined && q.kind === 'percent' && q.high === undefined && !q.approximate && q.relation !== 'change'
}

/** Whether `actual` printed with `decimals` decimals is `expected` give or take one unit in the last digit. */
export function agrees(expected: number, actual: number, decimals: number): boolean {
  return Math.abs(expected - actual) <= 10 ** -decimals + 1e-9
}

function mismatch(fraction: string, expected: number, percent: Quantity, related: readonly [number, number]): ReportDescriptor | undefined {
  if (agrees(expected, percent.value, percent.decimals)) return undefined
  return {
    messageId: 'mismatch',
    range: [percent.start, percent.end],
    data: { fraction, computed: `${formatVietnamese(expected, percent.decimals + 1)}%`, percent: percent.text },
    related: [{ range: related, messageId: 'counts' }],
  }
}

/** `7/6 đơn vị …, vượt 118%`: the next figure after a fraction, in its clause. */
function fractionChecks(quantities: readonly Quantity[]): ReportDescriptor[] {
  const reports: ReportDescriptor[] = []
  quantities.forEach((q, i) => {
    if (q.kind !== 'fraction' || q.approximate || !q.denominator) return
    const p = quantities[i + 1]
    if (!isPlainPercent(p)) return
    const tokens = q.sentence.tokens
    let words = 0
    for (let k = q.endToken; k < p.firstToken; k++) {
      if (tokens[k]!.text === ';') return
      if (tokens[k]!.kind === 'word' && ++words > MAX_WORDS_BETWEEN) return
    }
    const report = mismatch(q.text, (q.numerator! / q.denominator) * 100, p, [q.start, q.end])
    if (report) reports.push(report)
  })
  return reports
}

/** `35 đơn vị, trong đó 23 đơn vị (chiếm 65,7%)`: a part's percentage of its total. */
function breakdownChecks(sentence: Sentence, layer: Numerals): ReportDescriptor[] {
  const reports: ReportDescriptor[] = []
  const quantities = layer.quantitiesOf(sentence)
  const tokens = sentence.tokens
  for (const b of breakdownsOf(sentence, layer)) {
    const total = b.total
    if (!total || total.percent || total.approximate || total.kind === 'fraction' || total.kind === 'range' || total.value <= 0) continue
    b.parts.forEach((part, i) => {
      if (part.percent || part.approximate || part.kind !== total.kind) return
      const [, itemEnd] = b.items[i]!
      const p = quantities.find((q) => q.firstToken >= part.endToken && q.endToken <= itemEnd)
      if (!isPlainPercent(p)) return
      const lead = previousSolid(tokens, p.firstToken)
      if (lead < 0 || !PART_PERCENT_LEADS.has(wordKey(tokens[lead]!.text))) return
      const fraction = `${formatVietnamese(part.value, 3)}/${formatVietnamese(total.value, 3)}`
      const report = mismatch(fraction, (part.value / total.value) * 100, p, [part.start, part.end])
      if (report) reports.push(report)
    })
  }
  return reports
}

export default defineRule({
  meta: {
    id: 'ratio-percent-mismatch',
    category: 'numbers',
    level: 'error',
    fixable: false,
    description: {
      vi: 'Tỷ lệ phần trăm không khớp với phân số hoặc số liệu mà nó mô tả, quá mức làm tròn.',
      en: 'A percentage that disagrees with the fraction or counts it describes, beyond rounding.',
    },
    messages: {
      mismatch: {
        vi: 'Tỷ lệ không khớp: {fraction} = {computed}, nhưng văn bản ghi {percent}.',
        en: 'The percentage does not match: {fraction} = {computed}, but the text says {percent}.',
      },
      counts: { vi: 'Số liệu gốc của tỷ lệ.', en: 'The figures the percentage describes.' },
    },
  },
  create(context) {
    return {
      document(document) {
        const layer = document.layer(numerals)
        const seen = new Set<Sentence>()
        for (const q of layer.quantities) {
          if (seen.has(q.sentence)) continue
          seen.add(q.sentence)
          const quantities = layer.quantitiesOf(q.sentence)
          if (quantities.length < 2) continue
          for (const report of [...fractionChecks(quantities), ...breakdownChecks(q.sentence, layer)]) context.report(report)
        }
      },
    }
  },
})
