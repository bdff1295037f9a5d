/** Keys for comparing blocks and sentences as an editor would: same words, whatever the spacing, case or final stop. */
import type { Token } from './nodes.js'

/** The words of `tokens` as comparison keys (NFC, lower case). */
export function wordKeys(tokens: readonly Token[]): string[] {
  const keys: string[] = []
  for (const t of tokens) if (t.kind === 'word') keys.push(t.lower)
  return keys
}

/** Whether two word-key lists differ by at most one word (one insertion, deletion or substitution). */
export function withinOneWord(a: readonly string[], b: readonly string[]): boolean {
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
      i++
      j++
    }
  }
  edits += a.length - i + (b.length - j)
  return edits <= 1
}
