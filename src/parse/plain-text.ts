/**
 * Plain text: one block per line, as CMS exports and editors' drafts put one
 * paragraph on a line. `<!-- … -->` comments carry inline directives and are
 * not prose. Text extracted from a Word file is read the same way, one
 * paragraph per line, with the headings its styles marked given as line hints.
 */
import { MappedText } from './mapped-text.js'
import type { ParsedSource, ParseOptions, RawBlock, SourceComment } from './types.js'

const COMMENT_RE = /<!--([\s\S]*?)-->/g

/** Parse plain text into line blocks and comments. */
export function parsePlainText(source: string, options: ParseOptions = {}): ParsedSource {
  const hints = options.lineHints
  const comments: SourceComment[] = []
  if (source.includes('<!--')) {
    for (const m of source.matchAll(COMMENT_RE)) {
      comments.push({ value: m[1]!, start: m.index, end: m.index + m[0].length })
    }
  }
  const blocks: RawBlock[] = []
  let c = 0
  // Lines end at \r\n, \r or \n; a final line break starts no line of its own.
  const n = source.length
  let lineStart = 0
  for (let lineNumber = 0; lineStart < n; lineNumber++) {
    let lineEnd = lineStart
    while (lineEnd < n) {
      const code = source.charCodeAt(lineEnd)
      if (code === 0x0a || code === 0x0d) break
      lineEnd++
    }
    const next = lineEnd + (source.charCodeAt(lineEnd) === 0x0d && source.charCodeAt(lineEnd + 1) === 0x0a ? 2 : lineEnd < n ? 1 : 0)
    if (source.slice(lineStart, lineEnd).trim().length > 0) {
      const prose = new MappedText()
      let pos = lineStart
      // Cut out comments that overlap this line.
      while (c < comments.length && comments[c]!.end <= lineStart) c++
      for (let k = c; k < comments.length && comments[k]!.start < lineEnd; k++) {
        const comment = comments[k]!
        if (comment.start > pos) prose.appendExact(source.slice(pos, comment.start), pos)
        pos = Math.max(pos, comment.end)
      }
      if (pos < lineEnd) prose.appendExact(source.slice(pos, lineEnd), pos)
      if (prose.text.trim().length > 0) blocks.push({ prose, hint: hints?.[lineNumber] ?? 'line' })
    }
    lineStart = next
  }
  return { blocks, comments }
}
