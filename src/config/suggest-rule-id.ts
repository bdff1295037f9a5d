/** “Did you mean …?” for mistyped rule ids. */
import type { Locale } from '../engine/types.js'

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return row[b.length]!
}

/** The known rule id closest to a mistyped `id`, if one is close enough. */
export function closestRuleId(id: string, known: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of known) {
    const d = levenshtein(id, candidate)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  if (!best || bestDistance > Math.max(2, Math.floor(id.length / 3))) return undefined
  return best
}

/** “ Did you mean “spelling”?” for a mistyped rule id (empty when nothing is close). */
export function suggestRuleId(id: string, known: readonly string[], locale: Locale = 'en'): string {
  const best = closestRuleId(id, known)
  if (!best) return ''
  return locale === 'vi' ? ` Có phải “${best}”?` : ` Did you mean “${best}”?`
}

