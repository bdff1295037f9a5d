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
import { FormMemo } from '../../src/document/token-form.js'
import { QUOTE_PAIRS } from '../../src/vietnamese/chars.js'
import { buildConfusionSet, type ConfusionSet } from '../../src/vietnamese/confusion-sets.js'
import { BOUNDARY_ID, NUMBER_ID, UNKNOWN_ID, type LanguageTables } from '../../src/vietnamese/language-tables.js'
import { syllableKey } from '../../src/vietnamese/syllable-key.js'

/** What the scan knows of a word form (its lower-case text), shared by every document of the process. */
export interface WordForm {
  /** Context-model id: a syllable's, or NUMBER_ID, UNKNOWN_ID. */
  readonly id: number
  /** The lower-case text. */
  readonly lower: string
  /** Its confusion set, built on first need (most words are settled by their neighbours without it). */
  set: ConfusionSet | undefined
}

/** Called for each judged word: its neighbours' ids and its form. */
export type JudgeVisitor = (token: Token, left: number, right: number, form: WordForm) => void

const DIGIT = /\p{Nd}/u
const LETTERS = /^\p{L}+$/u
const OPENING_QUOTES = new Set(QUOTE_PAIRS.map(([open]) => open))
/** Closing quotes that never open one (`“` closes `„` but opens a quotation more often). */
const CLOSING_QUOTES = new Set(QUOTE_PAIRS.map(([, close]) => close).filter((close) => !OPENING_QUOTES.has(close)))
const STRAIGHT_QUOTES = new Set(['"'])

/** Word forms by lower-case text, shared by the token forms that differ only in case. */
const forms = new Map<string, WordForm>()
const FORM_LIMIT = 100_000

function wordFormOf(lower: string, tables: LanguageTables): WordForm {
  let form = forms.get(lower)
  if (form === undefined) {
    let id: number
    if (DIGIT.test(lower)) id = NUMBER_ID
    else if (!LETTERS.test(lower)) id = UNKNOWN_ID
    else id = tables.ids.get(syllableKey(lower)) ?? UNKNOWN_ID
    if (forms.size >= FORM_LIMIT) forms.clear()
    form = { id, lower, set: undefined }
    forms.set(lower, form)
  }
  return form
}

/** The tables of the current `scanBlock` call, which the memo below derives with. */
let scanTables: LanguageTables | undefined

/**
 * The word form of each token form, kept on the token form (an array read per
 * word, no string hashing), with the tables it was derived from.
 */
const tokenWordForms = new FormMemo((form) => ({ tables: scanTables!, form: wordFormOf(form.lower, scanTables!) }))

function formOf(token: Token, tables: LanguageTables): WordForm {
  const memo = tokenWordForms.of(token)
  return memo.tables === tables ? memo.form : wordFormOf(token.lower, tables)
}

/** The confusion set of a word form, built once. */
export function variantsOf(form: WordForm): ConfusionSet {
  form.set ??= buildConfusionSet(form.lower)
  return form.set
}

/** Whether the word may be judged as written: lower case, or capitalised first word of its sentence. */
function judgeableCase(token: Token, lower: string, first: boolean): boolean {
  const text = token.text
  if (text === lower) return true
  if (!first) return false
  // Capitalised (`Được`), not all caps (`ĐƯỢC`, `UBND`).
  return text.length > 1 && text.slice(1) === lower.slice(1)
}

/**
 * Visit the judged words of `block` in order. Per word token one cache
 * lookup for its form; no allocation per word. When `counts` is given, each
 * word's id is counted there (index 0 holds the number of words), quotations
 * included: how often the document uses a word.
 */
export function scanBlock(block: Block, tables: LanguageTables, visit: JudgeVisitor, counts?: Int32Array): void {
  const quotation = block.kind === 'quote'
  if (quotation && !counts) return
  scanTables = tables
  let inCurly = 0
  let inStraight = false
  for (const sentence of block.sentences) {
    const tokens = sentence.tokens
    // The id of the word before the current one; BOUNDARY_ID after punctuation or at the start.
    let prevId = BOUNDARY_ID
    let pending: Token | undefined
    let pendingForm: WordForm | undefined
    let pendingLeft = 0
    let first = true
    let quoted = inCurly > 0 || inStraight
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!
      const kind = t.kind
      if (kind === 'whitespace') continue
      if (kind !== 'word') {
        if (pending) visit(pending, pendingLeft, BOUNDARY_ID, pendingForm!)
        pending = undefined
        prevId = BOUNDARY_ID
        const text = t.text
        for (let k = 0; k < text.length; k++) {
          const mark = text[k]!
          if (OPENING_QUOTES.has(mark)) inCurly++
          else if (CLOSING_QUOTES.has(mark)) inCurly = inCurly > 0 ? inCurly - 1 : 0
          else if (STRAIGHT_QUOTES.has(mark)) inStraight = !inStraight
        }
        quoted = inCurly > 0 || inStraight
        continue
      }
      const form = t.isLink ? undefined : formOf(t, tables)
      const id = form === undefined ? UNKNOWN_ID : form.id
      if (counts) {
        counts[id]!++
        counts[BOUNDARY_ID]!++
      }
      if (quotation) continue
      if (pending) {
        // A capitalised first word before another capital starts a name (`Hà Nội`, `Trần Văn`); an unknown word is no context.
        if (id !== UNKNOWN_ID && !(pending.text !== pendingForm!.lower && t.text !== form!.lower)) visit(pending, pendingLeft, id, pendingForm!)
        pending = undefined
      }
      if (!quoted && prevId !== UNKNOWN_ID && id > NUMBER_ID && judgeableCase(t, form!.lower, first)) {
        pending = t
        pendingForm = form
        pendingLeft = prevId
      }
      prevId = id
      first = false
    }
    if (pending) visit(pending, pendingLeft, BOUNDARY_ID, pendingForm!)
  }
}
