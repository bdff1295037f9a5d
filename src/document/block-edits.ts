/** Edits that remove whole blocks cleanly, for rules that suggest deleting a duplicate or scraped line. */
import type { Block } from './nodes.js'
import type { Range } from '../engine/types.js'

/**
 * The range that removes `block` with its line: in text and Markdown, from the
 * start of its first line through its line break (and one blank line after it,
 * so no double gap is left); in HTML, the block's text.
 */
export function blockRemovalRange(block: Block): Range {
  const document = block.document
  if (document.format === 'html' || document.format === 'docx') return [block.start, block.end]
  const lines = document.lines
  const firstLine = lines.lineOf(block.start)
  const lastLine = lines.lineOf(Math.max(block.start, block.end - 1))
  const start = lines.lineStart(firstLine)
  // Only whole lines: if something else shares the line, remove the block's text alone.
  if (document.text.slice(start, block.start).trim() !== '' || document.text.slice(block.end, lines.lineEnd(lastLine)).trim() !== '') {
    return [block.start, block.end]
  }
  let end = lastLine < lines.lineCount ? lines.lineStart(lastLine + 1) : document.text.length
  if (lastLine + 1 <= lines.lineCount && end < document.text.length && lines.lineText(lastLine + 1).trim() === '') {
    end = lastLine + 2 <= lines.lineCount ? lines.lineStart(lastLine + 2) : document.text.length
  }
  if (end >= document.text.length && start > 0) {
    // Last line of the file: take the line break before it instead.
    const breakStart = document.text[start - 1] === '\n' && document.text[start - 2] === '\r' ? start - 2 : start - 1
    return [breakStart, document.text.length]
  }
  return [start, end]
}
