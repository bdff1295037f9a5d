/** Keys for comparing blocks and sentences as an editor would: same words, whatever the spacing, case or final stop. */
import type { Token } from './nodes.js'

/** The words of `tokens` as comparison keys (NFC, lower case). */
export function wordKeys(tokens: readonly Token[]): string[] {
  const keys: string[] = []
  for (const t of tokens) if (t.kind === 'word') keys.push(t.lower)
  return keys
}

/**
 * Whether two word-key lists differ by at most one word: one insertion, one
 * deletion, or one substitution that `substitutable` accepts (by default any).
 */
export function withinOneWord(
  a: readonly string[],
  b: readonly string[],
  substitutable: (x: string, y: string) => boolean = () => true,
): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  let j = 0
  let edits = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++
      j++
      continue
    }
    if (++edits > 1) return false
    if (a.length > b.length) i++
    else if (b.length > a.length) j++
    else {
      if (!substitutable(a[i]!, b[j]!)) return false
      i++
      j++
    }
  }
  edits += a.length - i + (b.length - j)
  return edits <= 1
}

/** Levenshtein distance of two short strings (code units), stopping early above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let previous = Array.from({ length: b.length + 1 }, (_, k) => k)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      current.push(value)
      if (value < best) best = value
    }
    if (best > max) return max + 1
    previous = current
  }
  return previous[b.length]!
}
