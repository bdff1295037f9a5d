/**
 * The document's prose as nlcst, so unified utilities (unist-util-visit,
 * nlcst-to-string, retext plugins) work on it: Root › Paragraph (one per
 * block) › Sentence and WhiteSpace › Word, WhiteSpace, Punctuation, Symbol;
 * a Word holds Text, Punctuation and Symbol children (`05-NQ/TU`). Positions
 * are in the original file.
 */
import type {
  Paragraph,
  Punctuation,
  Root,
  Sentence as NlcstSentence,
  SentenceContent,
  Symbol as NlcstSymbol,
  Text,
  WhiteSpace,
  Word,
} from 'nlcst'
import type { Position } from 'unist'
import { CharClass, charClassAt } from '../vietnamese/chars.js'
import type { SoatDocument } from './document.js'
import type { LineIndex } from './line-index.js'
import type { Block, Token } from './nodes.js'

function position(lines: LineIndex, start: number, end: number): Position {
  const s = lines.position(start)
  const e = lines.position(end)
  return { start: { line: s.line, column: s.column, offset: start }, end: { line: e.line, column: e.column, offset: end } }
}

function wordChildren(token: Token, lines: LineIndex): Word['children'] {
  const text = token.text
  const verbatim = token.end - token.start === text.length
  const children: Word['children'] = []
  let i = 0
  while (i < text.length) {
    const start = i
    const cls = charClassAt(text, i)
    const isText = cls === CharClass.Letter || cls === CharClass.Mark || cls === CharClass.Digit || cls === CharClass.Invisible
    if (isText || token.isLink) {
      i++
      while (i < text.length && (token.isLink || [CharClass.Letter, CharClass.Mark, CharClass.Digit, CharClass.Invisible].includes(charClassAt(text, i)))) i++
    } else {
      i++
    }
    const value = text.slice(start, i)
    const from = verbatim ? token.start + start : token.start
    const to = verbatim ? token.start + i : token.end
    const pos = position(lines, from, to)
    if (isText || token.isLink) children.push({ type: 'TextNode', value, position: pos } satisfies Text)
    else if (cls === CharClass.Punctuation) children.push({ type: 'PunctuationNode', value, position: pos } satisfies Punctuation)
    else children.push({ type: 'SymbolNode', value, position: pos } satisfies NlcstSymbol)
  }
  return children
}

function tokenNode(token: Token, lines: LineIndex): SentenceContent {
  const pos = position(lines, token.start, token.end)
  switch (token.kind) {
    case 'word':
      return { type: 'WordNode', children: wordChildren(token, lines), position: pos }
    case 'whitespace':
      return { type: 'WhiteSpaceNode', value: token.text, position: pos }
    case 'punctuation':
      return { type: 'PunctuationNode', value: token.text, position: pos }
    default:
      return { type: 'SymbolNode', value: token.text, position: pos }
  }
}

function whitespace(block: Block, from: number, to: number, lines: LineIndex): WhiteSpace | undefined {
  if (to <= from) return undefined
  const start = block.sourceStart(from)
  const end = block.sourceEnd(to)
  return { type: 'WhiteSpaceNode', value: block.text.slice(from, to), position: position(lines, start, end) }
}

function paragraph(block: Block, lines: LineIndex): Paragraph {
  const children: Paragraph['children'] = []
  let cursor = 0
  for (const sentence of block.sentences) {
    const gap = whitespace(block, cursor, sentence.proseStart, lines)
    if (gap) children.push(gap)
    const node: NlcstSentence = {
      type: 'SentenceNode',
      children: sentence.tokens.map((t) => tokenNode(t, lines)),
      position: position(lines, sentence.start, sentence.end),
    }
    children.push(node)
    cursor = sentence.proseEnd
  }
  const tail = whitespace(block, cursor, block.text.length, lines)
  if (tail) children.push(tail)
  return { type: 'ParagraphNode', children, position: position(lines, block.sourceStart(0), block.sourceEnd(block.text.length)) }
}

/** Build the nlcst tree of a document. */
export function toNlcst(document: SoatDocument): Root {
  const lines = document.lines
  const children: Root['children'] = []
  for (const block of document.blocks) children.push(paragraph(block, lines))
  return {
    type: 'RootNode',
    children,
    position: position(lines, 0, document.text.length),
  }
}
