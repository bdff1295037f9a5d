/**
 * Positions in the text extracted from a Word file: the paragraph (from 1, as
 * Word counts them) and the character within it (UTF-16 code units, from 1),
 * found from the offsets where the paragraphs start.
 */
import type { Location } from '../engine/types.js'

/** Paragraph and character of `offset`, given the start offset of every paragraph (ascending). */
export function paragraphPosition(paragraphStarts: readonly number[], offset: number): { paragraph: number; character: number } {
  let lo = 0
  let hi = paragraphStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (paragraphStarts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return { paragraph: lo + 1, character: offset - (paragraphStarts[lo] ?? 0) + 1 }
}

/** `location` with line and column read as paragraph and character. */
export function toParagraphLocation<L extends Location>(location: L, paragraphStarts: readonly number[]): L {
  const start = paragraphPosition(paragraphStarts, location.range[0])
  const end = paragraphPosition(paragraphStarts, location.range[1])
  return { ...location, line: start.paragraph, column: start.character, endLine: end.paragraph, endColumn: end.character }
}
