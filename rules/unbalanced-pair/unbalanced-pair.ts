/**
 * Flags quotes, parentheses and brackets left open or closed without opening
 * within a paragraph (seed 000 line 45: `… phong cách Hồ Chí Minh”, gắn với`,
 * a closing quote with no opening one). Nested pairs pass; apostrophes
 * (`’` inside or after a word) are never quotes; list labels (`a)`, `1)`) at
 * the start of a line or after a colon or semicolon are not brackets.
 */
import type { Block, Token } from '../../src/document/nodes.js'
import { FormMemo } from '../../src/document/token-form.js'
import { defineRule } from '../../src/engine/types.js'
import { isWhitespace } from '../../src/vietnamese/chars.js'

/** Opening mark → closing mark. Straight quotes (`"`) are paired by their position. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['(', ')'],
  ['[', ']'],
  ['«', '»'],
  ['‘', '’'],
])
const CLOSERS: ReadonlyMap<string, string> = new Map([...PAIRS].map(([open, close]) => [close, open]))
const STRAIGHT = '"'
/** Opening quotes, which may stay open across paragraphs. */
const QUOTES = new Set(['“', '«', '‘', STRAIGHT])
/** How many paragraphs a quotation may run over. */
const MAX_CARRY = 100

interface Mark {
  char: string
  start: number
  end: number
}

/** Characters after which a straight quote opens (`tổ "An toàn`). */
function opensAfter(ch: string | undefined): boolean {
  return ch === undefined || isWhitespace(ch) || PAIRS.has(ch) || ch === STRAIGHT
}

/** Characters before which a straight quote closes (`đồng",`). */
function closesBefore(ch: string | undefined): boolean {
  return ch === undefined || isWhitespace(ch) || /[\p{P}]/u.test(ch)
}

/** Whether the word before a `)` is a list label at the start of a sentence or after `:`/`;` (`a) Tổ chức…`, `; b) Sửa đổi…`). */
function isListLabel(tokens: readonly Token[], index: number): boolean {
  const label = tokens[index - 1]
  if (!label || label.kind !== 'word' || !/^[\p{L}\d]{1,4}$/u.test(label.text)) return false
  let k = index - 2
  // `như sau: “đ) Quyết định…`: a label may open a quotation.
  if (tokens[k]?.kind === 'punctuation' && /^[“"]$/.test(tokens[k]!.text)) k--
  const before = tokens[k]
  if (!before) return true // the start of a sentence
  // `như sau: a)`, and `quy định;c)` without its space.
  const mark = before.kind === 'whitespace' ? tokens[k - 1] : before
  return mark !== undefined && mark.kind === 'punctuation' && /^[:;]$/.test(mark.text)
}

function isPairMark(char: string): boolean {
  return PAIRS.has(char) || CLOSERS.has(char) || char === STRAIGHT
}

/** Whether a token is punctuation holding a quote or bracket; once per distinct text (most punctuation is `,` and `.`). */
const holdsPairMark = new FormMemo((form) => form.kind === 'punctuation' && [...form.text].some(isPairMark))

function blockMarks(block: Block): Mark[] {
  const marks: Mark[] = []
  for (const sentence of block.sentences) {
    const tokens = sentence.tokens
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!
      if (!holdsPairMark.of(token)) continue
      // Punctuation tokens hold runs of one character (`[[`), so look at each.
      for (let i = 0; i < token.text.length; i++) {
        const char = token.text[i]!
        if (!isPairMark(char)) continue
        if (char === ')' && i === 0 && isListLabel(tokens, k)) continue
        const proseIndex = token.proseStart + i
        marks.push({ char, start: block.sourceStart(proseIndex), end: block.sourceEnd(proseIndex + 1) })
      }
    }
  }
  return marks
}

export default defineRule({
  meta: {
    id: 'unbalanced-pair',
    category: 'style',
    level: 'warning',
    fixable: false,
    hasSuggestions: true,
    description: {
      vi: 'Dấu ngoặc kép, ngoặc đơn, ngoặc vuông mở mà không đóng hoặc đóng mà không mở trong một đoạn.',
      en: 'Quotes, parentheses and brackets left open or closed without opening within a paragraph.',
    },
    messages: {
      unmatchedClose: {
        vi: 'Dấu đóng {mark} không có dấu mở tương ứng trong đoạn.',
        en: 'Closing {mark} has no matching opening mark in this paragraph.',
      },
      unclosed: {
        vi: 'Dấu mở {mark} chưa được đóng trong đoạn (thiếu {expected}).',
        en: 'Opening {mark} is not closed in this paragraph ({expected} missing).',
      },
      remove: { vi: 'Xoá dấu {mark}.', en: 'Remove {mark}.' },
    },
  },
  create(context) {
    const document = context.document
    const report = (messageId: 'unmatchedClose' | 'unclosed', mark: Mark): void => {
      const expected = messageId === 'unclosed' ? (PAIRS.get(mark.char) ?? STRAIGHT) : ''
      context.report({
        messageId,
        range: [mark.start, mark.end],
        data: { mark: mark.char, expected },
        suggest: [{ messageId: 'remove', data: { mark: mark.char }, fix: { range: [mark.start, mark.end], text: '' } }],
      })
    }
    /**
     * Quotes left open at the end of a paragraph, carried on: a quotation of several paragraphs (an amending
     * law quoting whole articles) opens in one paragraph and closes in a later one.
     */
    let carried: Array<{ mark: Mark; since: number }> = []
    const text = document.text
    const finish = (unclosed: Mark): void => {
      // A lone straight quote glued to the word before it (`Minh",`) was meant to close.
      const closing = unclosed.char === STRAIGHT && !opensAfter(text[unclosed.start - 1]) && closesBefore(text[unclosed.end])
      report(closing ? 'unmatchedClose' : 'unclosed', unclosed)
    }
    return {
      block(block) {
        if (carried.length > 0) {
          const expired = carried.filter((c) => block.index - c.since > MAX_CARRY)
          for (const c of expired) finish(c.mark)
          if (expired.length) carried = carried.filter((c) => !expired.includes(c))
        }
        const marks = blockMarks(block)
        if (marks.length === 0) return
        const since = new Map(carried.map((c) => [c.mark, c.since]))
        const stack: Mark[] = carried.map((c) => c.mark)
        const hasSingleOpen = marks.some((m) => m.char === '‘')
        for (const mark of marks) {
          const { char } = mark
          if (char === STRAIGHT) {
            // Straight quotes toggle: one opens, the next closes, unless a bracket opened since
            // (`"Tuần lễ đẫm máu" ("Semaine Sanglante")`): then it opens a quotation inside the bracket.
            const open = stack.findLastIndex((m) => m.char === STRAIGHT)
            if (open >= 0 && open > stack.findLastIndex((m) => m.char !== STRAIGHT)) stack.splice(open)
            else stack.push(mark)
            continue
          }
          if (PAIRS.has(char)) {
            stack.push(mark)
            continue
          }
          const opener = CLOSERS.get(char)!
          const open = stack.findLastIndex((m) => m.char === opener)
          if (open >= 0) {
            for (const unclosed of stack.splice(open).slice(1)) report('unclosed', unclosed)
            continue
          }
          // An apostrophe, not a quote, unless the paragraph opens single quotes.
          if (char === '’' && !hasSingleOpen) continue
          report('unmatchedClose', mark)
        }
        carried = []
        for (const unclosed of stack) {
          if (QUOTES.has(unclosed.char)) carried.push({ mark: unclosed, since: since.get(unclosed) ?? block.index })
          else finish(unclosed)
        }
      },
      'document:exit'() {
        for (const c of carried) finish(c.mark)
      },
    }
  },
})
