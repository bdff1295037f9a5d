/**
 * Guesses what each block of a press release is — title, lead, caption,
 * byline or paragraph — from its shape, where the markup does not say.
 * Scraped plain text has no markup: the title is the first short line without
 * a full stop, the lead the first real paragraph near the top, captions are
 * short one-sentence lines, bylines the short name lines after the last
 * paragraph.
 */
import { startsUpper } from '../vietnamese/chars.js'
import type { Block, BlockKind } from './nodes.js'

/** Shape of a block, measured once. */
interface Shape {
  words: number
  sentences: number
  terminal: boolean
  colonOrSemicolon: boolean
  startsUpperOrDigit: boolean
}

function shapeOf(block: Block): Shape {
  const words = block.words
  const text = block.trimmedText
  const last = text[text.length - 1] ?? ''
  const first = words[0]?.text ?? ''
  return {
    words: words.length,
    sentences: block.sentences.length,
    terminal: /[.!?…]/u.test(last) || (/["”’)»]/u.test(last) && /[.!?…]["”’)»]+$/u.test(text)),
    colonOrSemicolon: last === ':' || last === ';',
    startsUpperOrDigit: startsUpper(first) || /^\p{Nd}/u.test(first),
  }
}

function isHeadingLike(s: Shape): boolean {
  return s.words >= 3 && s.words <= 40 && !s.terminal && !s.colonOrSemicolon && s.startsUpperOrDigit
}

function isProseLike(s: Shape): boolean {
  return s.words >= 15 && (s.terminal || s.sentences > 1)
}

/** A real paragraph of the article: long, ending like prose (chrome such as “Ý kiến của bạn … Vui lòng gõ tiếng Việt có dấu” does not). */
function isSubstantial(s: Shape): boolean {
  return (s.terminal && s.words >= 20) || s.words >= 40
}

function isBylineLike(block: Block, s: Shape): boolean {
  if (s.words === 0 || s.words > 6 || s.terminal) return false
  // Names only: letters, spaces, dots and dashes (not “Tắt [X]”, not “0 bình luận”).
  if (!/^[\p{L}\p{M}\s.\-–]+$/u.test(block.trimmedText)) return false
  if (/^(theo|nguồn)\s/iu.test(block.trimmedText)) return true
  return block.words.every((w) => startsUpper(w.text))
}

const GUESSABLE = new Set(['line', 'paragraph'])

/** Set `kindValue` on every block of the document. */
export function classifyBlocks(blocks: readonly Block[]): void {
  const shapes = blocks.map(shapeOf)
  const kinds: (BlockKind | undefined)[] = blocks.map((b) => {
    switch (b.hint) {
      case 'heading':
      case 'list-item':
      case 'quote':
      case 'caption':
      case 'table-cell':
        return b.hint
      default:
        return undefined
    }
  })

  // Title: the first h1, else the first heading-like block near the top.
  let title = blocks.findIndex((b) => b.hint === 'title')
  if (title < 0) {
    for (let i = 0; i < Math.min(3, blocks.length); i++) {
      if (GUESSABLE.has(blocks[i]!.hint) && isHeadingLike(shapes[i]!)) {
        title = i
        break
      }
    }
  }
  blocks.forEach((b, i) => {
    if (b.hint === 'title') kinds[i] = i === title ? 'title' : 'heading'
  })
  if (title >= 0) kinds[title] = 'title'

  // Lead: the first real paragraph near the top.
  const leadLimit = Math.min(blocks.length, Math.max(title, 0) + 3)
  for (let i = 0; i < leadLimit; i++) {
    if (kinds[i] === undefined && GUESSABLE.has(blocks[i]!.hint) && isProseLike(shapes[i]!)) {
      kinds[i] = 'lead'
      break
    }
  }

  // Bylines: short name lines after the last substantial paragraph.
  let lastParagraph = -1
  shapes.forEach((s, i) => {
    if (isSubstantial(s)) lastParagraph = i
  })
  for (let i = lastParagraph + 1; i < blocks.length; i++) {
    if (kinds[i] === undefined && GUESSABLE.has(blocks[i]!.hint) && isBylineLike(blocks[i]!, shapes[i]!)) kinds[i] = 'byline'
  }

  // Captions: short single-sentence blocks; the rest are paragraphs.
  blocks.forEach((block, i) => {
    if (kinds[i] !== undefined) {
      block.kindValue = kinds[i]
      return
    }
    const s = shapes[i]!
    block.kindValue = s.sentences <= 1 && s.words <= 30 && !s.colonOrSemicolon ? 'caption' : 'paragraph'
  })
}
