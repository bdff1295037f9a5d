/** Edits that remove whole blocks cleanly, for rules that suggest deleting a duplicate or scraped line. */
import type { Fix } from '../engine/types.js'
import type { Block } from './nodes.js'

/**
 * The edit that removes `block` with its line: in text and Markdown, its
 * lines with their line breaks and the blank lines after them (so no double
 * gap is left; the last block takes the blank lines before it instead, and the
 * file keeps its final line break); in HTML, the block's text.
 */
export function blockRemoval(block: Block): Fix {
  const document = block.document
  const text = document.text
  if (document.format === 'html' || document.format === 'docx') return { range: [block.start, block.end], text: '' }
  const lines = document.lines
  const firstLine = lines.lineOf(block.start)
  const lastLine = lines.lineOf(Math.max(block.start, block.end - 1))
  const start = lines.lineStart(firstLine)
  // Only whole lines: if something else shares the line, remove the block's text alone.
  if (text.slice(start, block.start).trim() !== '' || text.slice(block.end, lines.lineEnd(lastLine)).trim() !== '') {
    return { range: [block.start, block.end], text: '' }
  }
  let line = lastLine + 1
  while (line <= lines.lineCount && lines.lineText(line).trim() === '' && lines.lineStart(line) < text.length) line++
  const end = line <= lines.lineCount ? lines.lineStart(line) : text.length
  if (end < text.length || start === 0) return { range: [start, end], text: '' }
  // The last block: remove the line breaks before it and keep the file's final one.
  let from = start
  while (from > 0 && /[\s]/u.test(text[from - 1]!)) from--
  const finalBreak = /\r?\n$/u.exec(text)?.[0] ?? ''
  return { range: [from, text.length], text: finalBreak }
}
