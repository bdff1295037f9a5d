/** What a format parser hands to the document model. */
import type { MappedText } from './mapped-text.js'

/** The formats soát reads. */
export type DocumentFormat = 'text' | 'markdown' | 'html' | 'docx'

/**
 * What the markup says a block is. Plain text says nothing (`line`); the
 * document model then guesses title, lead, caption and byline from the text.
 */
export type BlockHint =
  | 'line'
  | 'title'
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'quote'
  | 'caption'
  | 'table-cell'

/** One block of prose from the source. */
export interface RawBlock {
  prose: MappedText
  hint: BlockHint
}

/** A comment in the source (`<!-- soat-disable -->`), the carrier of inline directives. */
export interface SourceComment {
  /** The comment's inner text. */
  value: string
  /** Source range of the whole comment. */
  start: number
  end: number
}

/** What a caller may tell a parser beyond the source. */
export interface ParseOptions {
  /**
   * For line-based formats (plain text, text extracted from a Word file): what
   * the original markup said each line is, by 0-based line number (a Word
   * heading → `heading`); lines without one are `line`.
   */
  lineHints?: ReadonlyArray<BlockHint | undefined>
}

/** The result of parsing one source. */
export interface ParsedSource {
  blocks: RawBlock[]
  comments: SourceComment[]
}
