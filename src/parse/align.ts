/**
 * Aligns a decoded text node (`value`) with the source slice it came from, so
 * that each prose character maps to its source offset: HTML entities
 * (`&amp;`, `&#7855;`), Markdown backslash escapes (`\*`) and CRLF pairs are
 * the places where they differ.
 */
import type { MappedText } from './mapped-text.js'

const ENTITY = /&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/y

/**
 * Append `value` to `out`, aligned with `source.slice(sourceStart, sourceEnd)`.
 * Where the two cannot be aligned, the rest is appended as one piece mapped
 * onto the rest of the source slice (positions stay inside the node).
 */
export function appendAligned(out: MappedText, value: string, source: string, sourceStart: number, sourceEnd: number): void {
  if (source.slice(sourceStart, sourceEnd) === value) {
    out.appendExact(value, sourceStart)
    return
  }
  let i = sourceStart
  let j = 0
  let runStart = -1
  const flush = (): void => {
    if (runStart >= 0) {
      out.appendExact(value.slice(runStart, j), i - (j - runStart))
      runStart = -1
    }
  }
  while (j < value.length && i < sourceEnd) {
    const s = source[i]
    if (s === '&') {
      ENTITY.lastIndex = i
      const entity = ENTITY.exec(source)
      if (entity && entity.index === i && i + entity[0].length <= sourceEnd) {
        flush()
        const after = i + entity[0].length
        // The entity decodes to one or two UTF-16 units; take the length that realigns.
        let k = 1
        if (after < sourceEnd && source[after] !== value[j + 1] && source[after] === value[j + 2]) k = 2
        else if (after >= sourceEnd && value.length - j === 2) k = 2
        out.append(value.slice(j, j + k), i, after - i)
        i = after
        j += k
        continue
      }
    }
    if (s === value[j]) {
      if (runStart < 0) runStart = j
      i++
      j++
      continue
    }
    flush()
    if (s === '\r' && source[i + 1] === '\n' && value[j] === '\n') {
      out.append('\n', i, 2)
      i += 2
      j++
      continue
    }
    if (s === '\\' && source[i + 1] === value[j]) {
      out.append(value[j]!, i, 2)
      i += 2
      j++
      continue
    }
    // Cannot align: map the remainder onto the remaining source.
    out.append(value.slice(j), i, sourceEnd - i)
    return
  }
  flush()
  if (j < value.length) out.append(value.slice(j), Math.min(i, sourceEnd), 0)
}
