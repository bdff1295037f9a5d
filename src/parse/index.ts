/**
 * Picks the parser for a format and the format for a file name. Markdown and
 * HTML parsers (remark, rehype) are loaded on first use, so linting plain text
 * does not pay for them at start-up. A Word file (`docx`) is linted as the
 * text extracted from it (src/parse/docx.ts, one paragraph per line), which
 * the plain-text parser reads with the extracted headings as line hints.
 */
import { extname } from 'node:path'
import { parsePlainText } from './plain-text.js'
import type { DocumentFormat, ParsedSource, ParseOptions } from './types.js'

/** File extensions soát lints, by format. */
export const EXTENSIONS: Readonly<Record<string, DocumentFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
}

/** The format of a file from its name; plain text when unknown or absent. */
export function formatOf(filePath: string | undefined): DocumentFormat {
  if (!filePath) return 'text'
  return EXTENSIONS[extname(filePath).toLowerCase()] ?? 'text'
}

type Parser = (source: string, options?: ParseOptions) => ParsedSource

const parsers: Partial<Record<DocumentFormat, Parser>> = { text: parsePlainText, docx: parsePlainText }

/** Load the parser of `format` (call before `parseSource`). */
export async function loadParser(format: DocumentFormat): Promise<void> {
  if (parsers[format]) return
  if (format === 'markdown') parsers.markdown = (await import('./markdown.js')).parseMarkdown
  else if (format === 'html') parsers.html = (await import('./html.js')).parseHtml
}

/** Parse `source` in `format` into prose blocks and comments; the format's parser must be loaded. */
export function parseSource(source: string, format: DocumentFormat, options: ParseOptions = {}): ParsedSource {
  const parser = parsers[format]
  if (!parser) throw new Error(`soat: the ${format} parser is not loaded; call loadParser('${format}') first`)
  return parser(source, options)
}
