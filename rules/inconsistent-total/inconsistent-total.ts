/**
 * Flags a stated total whose listed parts do not add up (`35 đảng bộ, chi bộ,
 * trong đó có 25 đảng bộ và 12 chi bộ`: 25 + 12 = 37 ≠ 35), a part larger than
 * its total, and percentages of one breakdown that sum over 100%. Parts after
 * `trong đó` are often a selection (`256 đảng viên, trong đó 30 nữ`): they
 * must add up only when their nouns name every kind the total names.
 */
import type { Sentence } from '../../src/document/nodes.js'
import { defineRule, type ReportDescriptor } from '../../src/engine/types.js'
import { type Breakdown, breakdownsOf, relatedHeads } from '../../src/numbers/breakdowns.js'
import { numerals, type Numerals, type Quantity } from '../../src/numbers/numerals.js'
import { formatVietnamese } from '../../src/numbers/vietnamese-numerals.js'

function format(q: Quantity, value = q.value, decimals = q.decimals): string {
  return `${formatVietnamese(value, Math.max(decimals, 0))}${q.percent ? '%' : ''}`
}

/** Whether a part is measured like its total: both percentages, or both counts or sums of the same unit. */
function comparable(total: Quantity, part: Quantity): boolean {
  if (part.kind === 'fraction' || part.kind === 'range' || total.kind === 'fraction' || total.kind === 'range') return false
  return total.percent === part.percent && (total.unit?.text ?? '') === (part.unit?.text ?? '')
}

/** Whether a part counts one of the kinds its total names (`23 đảng bộ` of `35 đảng bộ, chi bộ`). */
function sameKind(b: Breakdown, part: Quantity): boolean {
  // After `gồm` or a colon every part belongs to the total (`7 thành viên, gồm 1 chủ tịch, …`).
  return !b.marker.partial || b.total!.percent || !part.noun || b.totalHeads.length === 0 || b.totalHeads.some((h) => relatedHeads(h, part.noun!.head))
}

/** Rounding allowance of a sum: one unit in the last printed digit of each term. */
function allowance(terms: readonly Quantity[]): number {
  return terms.reduce((sum, q) => sum + 10 ** -q.decimals, 0) + 1e-9
}

function sumText(parts: readonly Quantity[], sum: number): string {
  const decimals = Math.max(...parts.map((p) => p.decimals))
  return `${parts.map((p) => format(p)).join(' + ')} = ${format(parts[0]!, sum, decimals)}`
}

function check(b: Breakdown): ReportDescriptor | undefined {
  const { total, parts } = b
  const last = parts[parts.length - 1]!
  // A percentage total's parts may be shares of their own group (`32,5% dân cư …, bao gồm 41,7% người dưới 18 tuổi`):
  // only the over-100% check below applies to them.
  if (total && !total.approximate && !total.percent) {
    const same = parts.filter((p) => comparable(total, p) && sameKind(b, p))
    if (same.length === 0 || same.some((p) => p.approximate)) return undefined
    const sum = same.reduce((s, p) => s + p.value, 0)
    if (b.exhaustive && same.length === parts.length) {
      const off = total.percent ? Math.abs(sum - total.value) > allowance([total, ...parts]) : Math.abs(sum - total.value) > 1e-9
      if (off) {
        return {
          messageId: 'partsDoNotAddUp',
          range: [total.start, last.end],
          data: { arithmetic: `${sumText(parts, sum)} ≠ ${format(total)}` },
        }
      }
      return undefined
    }
    // A part larger than its total, when it counts the same kind of thing.
    const tooBig = same.find((p) => p.value > total.value && (!p.noun || b.totalHeads.some((h) => relatedHeads(h, p.noun!.head))))
    if (tooBig) {
      return { messageId: 'partExceedsTotal', range: [tooBig.start, tooBig.end], data: { part: format(tooBig), total: format(total) } }
    }
  }
  // Percentages of one breakdown: `trong đó 60% …, 50% …`.
  const percents = parts.filter((p) => p.kind === 'percent' && p.high === undefined)
  if (percents.length >= 2 && percents.length === parts.length && !percents.some((p) => p.approximate || p.relation)) {
    const sum = percents.reduce((s, p) => s + p.value, 0)
    if (sum > 100 + allowance(percents)) {
      return { messageId: 'percentsOver100', range: [percents[0]!.start, last.end], data: { arithmetic: `${sumText(percents, sum)} > 100%` } }
    }
  }
  return undefined
}

function checkSentence(sentence: Sentence, layer: Numerals): ReportDescriptor[] {
  const reports: ReportDescriptor[] = []
  for (const b of breakdownsOf(sentence, layer)) {
    const report = check(b)
    if (report) reports.push(report)
  }
  return reports
}

export default defineRule({
  meta: {
    id: 'inconsistent-total',
    category: 'numbers',
    level: 'error',
    fixable: false,
    description: {
      vi: 'Tổng số không khớp với các phần được liệt kê, hoặc các tỷ lệ phần trăm của một cơ cấu cộng lại quá 100%.',
      en: 'A stated total whose listed parts do not add up, or percentages of one breakdown that sum over 100%.',
    },
    messages: {
      partsDoNotAddUp: {
        vi: 'Các phần không cộng lại bằng tổng: {arithmetic}.',
        en: 'The parts do not add up to the total: {arithmetic}.',
      },
      partExceedsTotal: {
        vi: 'Một phần lớn hơn tổng: {part} > {total}.',
        en: 'A part is larger than its total: {part} > {total}.',
      },
      percentsOver100: {
        vi: 'Các tỷ lệ của một cơ cấu cộng lại vượt 100%: {arithmetic}.',
        en: 'The percentages of one breakdown add up to over 100%: {arithmetic}.',
      },
    },
  },
  create(context) {
    return {
      document(document) {
        const layer = document.layer(numerals)
        let previous: Sentence | undefined
        for (const q of layer.quantities) {
          if (q.sentence === previous) continue
          previous = q.sentence
          if (layer.quantitiesOf(q.sentence).length < 2) continue
          for (const report of checkSentence(q.sentence, layer)) context.report(report)
        }
      },
    }
  },
})
