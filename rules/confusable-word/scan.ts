/**
 * Which words of a block `confusable-word` judges, and their neighbours as
 * context-model ids. A word is judged when it is a lower-case syllable (or
 * the capitalised first word of a sentence) with confusable variants, outside
 * quotation marks, in a block that is not a quotation, with a known syllable,
 * a number or a clause boundary on each side, as the tables were counted:
 * punctuation ends a run, a number is `<num>`, links, codes, foreign words and
 * hyphenated words are unknown. Names (a capital inside a sentence), acronyms
 * and all-caps headlines are never judged.
 */
import type { Block, Token } from '../../src/document/nodes.js'
import { confusionSet, type ConfusionSet } from '../../src/vietnamese/confusion-sets.js'
import { BOUNDARY_ID, NUMBER_ID, UNKNOWN_ID, type LanguageTables } from '../../src/vietnamese/language-tables.js'
import { syllableKey } from '../../src/vietnamese/syllable-key.js'

/** Called for each judged word: its id, the ids of its neighbours and its variants. */
export type JudgeVisitor = (token: Token, left: number, id: number, right: number, set: ConfusionSet) => void

const DIGIT = /\p{Nd}/u
const LETTERS = /^\p{L}+$/u
const OPENING_QUOTES = new Set(['“', '«', '‘', '„'])
const CLOSING_QUOTES = new Set(['”', '»', '’'])
const STRAIGHT_QUOTES = new Set(['"'])

/** Context id of each word token, by its text (shared by every document of the process). */
const idCache = new Map<string, number>()

function contextId(token: Token, tables: LanguageTables): number {
  if (token.isLink) return UNKNOWN_ID
  const lower = token.lower
  let id = idCache.get(lower)
  if (id === undefined) {
    if (DIGIT.test(lower)) id = NUMBER_ID
    else if (!LETTERS.test(lower)) id = UNKNOWN_ID
    else id = tables.ids.get(syllableKey(lower)) ?? UNKNOWN_ID
    if (idCache.size > 100_000) idCache.clear()
    idCache.set(lower, id)
  }
  return id
}

/** Whether the word may be judged as written: lower case, or capitalised first word of its sentence. */
function judgeableCase(token: Token, first: boolean): boolean {
  const text = token.text
  if (text === token.lower) return true
  if (!first) return false
  // Capitalised (`Được`), not all caps (`ĐƯỢC`, `UBND`).
  return text.slice(1) === token.lower.slice(1) && text.length > 1
}

/**
 * Visit the judged words of `block` in order. Per word one cache lookup for
 * its context id and one for its variants; no allocation per word.
 */
export function scanBlock(block: Block, tables: LanguageTables, visit: JudgeVisitor): void {
  if (block.kind === 'quote') return
  let inCurly = 0
  let inStraight = false
  for (const sentence of block.sentences) {
    const tokens = sentence.tokens
    // The word before the current one and its id; BOUNDARY_ID after punctuation or at the start.
    let prevId = BOUNDARY_ID
    let pending: Token | undefined
    let pendingId = 0
    let pendingLeft = 0
    let pendingSet: ConfusionSet | undefined
    let first = true
    let quoted = inCurly > 0 || inStraight
    const flush = (right: number): void => {
      if (pending && pendingSet && right !== UNKNOWN_ID) visit(pending, pendingLeft, pendingId, right, pendingSet)
      pending = undefined
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!
      if (t.kind === 'whitespace') continue
      if (t.kind !== 'word') {
        flush(BOUNDARY_ID)
        prevId = BOUNDARY_ID
        for (const mark of t.text) {
          if (OPENING_QUOTES.has(mark)) inCurly++
          else if (CLOSING_QUOTES.has(mark)) inCurly = inCurly > 0 ? inCurly - 1 : 0
          else if (STRAIGHT_QUOTES.has(mark)) inStraight = !inStraight
        }
        quoted = inCurly > 0 || inStraight
        continue
      }
      const id = contextId(t, tables)
      // A capitalised first word before another capital starts a name (`Hà Nội`, `Trần Văn`).
      if (pending !== undefined && pending.text !== pending.lower && t.text !== t.lower) pending = undefined
      flush(id)
      if (!quoted && prevId !== UNKNOWN_ID && id > NUMBER_ID && judgeableCase(t, first)) {
        const set = confusionSet(t.lower)
        if (set.texts.length > 0) {
          pending = t
          pendingId = id
          pendingLeft = prevId
          pendingSet = set
        }
      }
      prevId = id
      first = false
    }
    flush(BOUNDARY_ID)
  }
}
