/**
 * The Vietnamese-aware prose tokenizer: splits one block of prose into word,
 * whitespace, punctuation and symbol tokens and groups them into sentences.
 * One pass over the characters with a lookup table; about 30× faster than
 * parse-latin here (see `npm run bench`), which is what the 2 MB/s budget needs.
 *
 * Vietnamese specifics: `.` and `,` join digits (`5.943`, `98,2`); `-`, `/`
 * and `:` join inside codes, dates and times (`05-NQ/TU`, `25/10/2021`,
 * `09:07:46`); an en dash joins digit ranges (`96–98`); URLs, e-mail
 * addresses and domains (`Baothanhhoa.vn`) are one token; a full stop after an
 * abbreviation (`TP. Sông Công`) or an ellipsis before a lower-case word does
 * not end the sentence. NBSP and thin spaces are whitespace.
 */
import { join } from 'node:path'
import { loadDataFile } from '../data/load-data-file.js'
import { packageRoot } from '../paths.js'
import { CHAR_TABLE_SIZE, CLOSING_AFTER_TERMINAL, CharClass, charClassAt, charClassTable, startsUpper } from '../vietnamese/chars.js'

/** The kind of a token, as nlcst names its nodes (WordNode, WhiteSpaceNode…). */
export type TokenKind = 'word' | 'whitespace' | 'punctuation' | 'symbol'

/** A token with offsets into the tokenized text. */
export interface RawToken {
  kind: TokenKind
  start: number
  end: number
  /** A URL, e-mail address or domain name, kept whole. */
  link: boolean
}

/** A sentence as a half-open range of token indexes. */
export interface RawSentence {
  firstToken: number
  endToken: number
}

/** Tokens of one block (as arrays) and its sentences. */
export interface TokenizedProse {
  tokens: TokenArrays
  sentences: RawSentence[]
}

let abbreviations: Set<string> | undefined

function isAbbreviation(word: string): boolean {
  abbreviations ??= new Set(
    loadDataFile<{ abbreviations: string[] }>(join(packageRoot, 'src/vietnamese/abbreviations.json')).abbreviations,
  )
  return abbreviations.has(word)
}

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"“”]+/iy
// ASCII classes only: Unicode property classes cost milliseconds to compile at start, and addresses are ASCII.
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/y
const DOMAIN_RE = /[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.(?:vn|com|org|net|gov|edu|info|int|io|asia)/iy
const TRAILING_URL_PUNCT = /[.,;:!?)\]}'’”»]+$/u
const LINK_RES = [URL_RE, EMAIL_RE, DOMAIN_RE]

/** Token kinds as stored in the tokenizer's arrays. */
export const KIND_WORD = 0
export const KIND_WHITESPACE = 1
export const KIND_PUNCTUATION = 2
export const KIND_SYMBOL = 3
const KIND_NAMES: readonly TokenKind[] = ['word', 'whitespace', 'punctuation', 'symbol']

/** Token flags: a URL/e-mail/domain; holds a combining mark (maybe not NFC); holds an invisible character. */
export const FLAG_LINK = 1
export const FLAG_MARK = 2
export const FLAG_INVISIBLE = 4

/**
 * Tokens of a text as parallel arrays. `tokenizeToArrays` fills one shared
 * buffer: its content is valid until the next call, so callers read it at
 * once (the document model turns it into tokens immediately).
 */
export interface TokenArrays {
  count: number
  kinds: Uint8Array
  starts: Uint32Array
  ends: Uint32Array
  flags: Uint8Array
}

class TokenBuffer implements TokenArrays {
  count = 0
  kinds: Uint8Array
  starts: Uint32Array
  ends: Uint32Array
  flags: Uint8Array

  constructor(capacity: number) {
    this.count = 0
    this.kinds = new Uint8Array(capacity)
    this.starts = new Uint32Array(capacity)
    this.ends = new Uint32Array(capacity)
    this.flags = new Uint8Array(capacity)
  }

  push(kind: number, start: number, end: number, flags: number): void {
    if (this.count === this.kinds.length) this.grow()
    const k = this.count++
    this.kinds[k] = kind
    this.starts[k] = start
    this.ends[k] = end
    this.flags[k] = flags
  }

  private grow(): void {
    const size = this.kinds.length * 2
    const kinds = new Uint8Array(size)
    kinds.set(this.kinds)
    const starts = new Uint32Array(size)
    starts.set(this.starts)
    const ends = new Uint32Array(size)
    ends.set(this.ends)
    const flags = new Uint8Array(size)
    flags.set(this.flags)
    this.kinds = kinds
    this.starts = starts
    this.ends = ends
    this.flags = flags
  }
}

function isWordClass(c: number): boolean {
  return c === CharClass.Letter || c === CharClass.Mark || c === CharClass.Digit || c === CharClass.Invisible
}

function classAt(table: Uint8Array, text: string, i: number): number {
  const code = text.charCodeAt(i)
  return code < CHAR_TABLE_SIZE ? table[code]! : charClassAt(text, i)
}

/** Whether the character at `i` joins the word characters around it. */
function joinsWord(table: Uint8Array, text: string, i: number): boolean {
  if (i === 0 || i + 1 >= text.length) return false
  const code = text.charCodeAt(i)
  switch (code) {
    case 0x2e: // .
    case 0x2c: // ,
    case 0x3a: // :
    case 0x2013: // – (en dash)
      // 5.943 · 98,2 · 09:07:46 · 96–98
      return classAt(table, text, i - 1) === CharClass.Digit && classAt(table, text, i + 1) === CharClass.Digit
    case 0x2d: // -
    case 0x2010:
    case 0x2011:
    case 0x2f: // /
    case 0x5f: // _
    case 0x27: // '
    case 0x2019: {
      // 05-NQ/TU · COVID-19 · 4-1 · 7/6
      const before = classAt(table, text, i - 1)
      const after = classAt(table, text, i + 1)
      return isWordClass(before) && before !== CharClass.Invisible && isWordClass(after) && after !== CharClass.Invisible
    }
    default:
      return false
  }
}

function matchLink(table: Uint8Array, text: string, i: number, runEnd: number): number {
  for (const re of LINK_RES) {
    re.lastIndex = i
    const m = re.exec(text)
    if (m && m.index === i) {
      // A domain ends at a word boundary: not `abc.vnexpress`, not `abc.việt`.
      const after = i + m[0].length
      if (re === DOMAIN_RE && after < text.length && isWordClass(classAt(table, text, after))) continue
      let value = m[0]
      if (value.length > runEnd - i) value = value.slice(0, runEnd - i)
      value = value.replace(TRAILING_URL_PUNCT, '')
      if (value.length > 0) return i + value.length
    }
  }
  return -1
}

/** Whether a character may start a sentence-final mark (`.`, `!`, `?`, `…`): a test before slicing the token. */
function startsTerminal(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026
}

function isTerminal(value: string): boolean {
  return /^[.!?…]+$/.test(value)
}

function isEllipsis(value: string): boolean {
  return value === '…' || /^\.{2,}$/.test(value) || value.startsWith('…')
}

const scratch = new TokenBuffer(4096)

/** Split `text` into tokens, as parallel arrays (a shared buffer, valid until the next call). */
export function tokenizeToArrays(text: string): TokenArrays {
  const table = charClassTable()
  const n = text.length
  const out = scratch
  out.count = 0
  let i = 0
  // End of the current run of non-whitespace characters (scanned only as far as a word needs) and the last
  // `.`, `@` or `:` in it. Every link pattern holds one of these at or after its start, in its run, so a word
  // at `i` may start a link only if `lastLinkMark >= i`.
  let runEnd = -1
  let lastLinkMark = -1
  while (i < n) {
    const cls = classAt(table, text, i)
    const start = i
    if (cls === CharClass.Whitespace || cls === CharClass.LineBreak) {
      i++
      // The hot loops read the table inline (classAt, without a call per character).
      while (i < n) {
        const code = text.charCodeAt(i)
        const c = code < CHAR_TABLE_SIZE ? table[code]! : charClassAt(text, i)
        if (c !== CharClass.Whitespace && c !== CharClass.LineBreak) break
        i++
      }
      out.push(KIND_WHITESPACE, start, i, 0)
      continue
    }
    if (isWordClass(cls)) {
      let flags = cls === CharClass.Mark ? FLAG_MARK : cls === CharClass.Invisible ? FLAG_INVISIBLE : 0
      // A `.` or `:` joined into the word (5.943, 09:07).
      let joinedLinkMark = -1
      i++
      while (i < n) {
        const code = text.charCodeAt(i)
        const c = code < CHAR_TABLE_SIZE ? table[code]! : charClassAt(text, i)
        if (c === CharClass.Letter || c === CharClass.Digit) i++
        else if (c === CharClass.Mark) {
          flags |= FLAG_MARK
          i++
        } else if (c === CharClass.Invisible) {
          flags |= FLAG_INVISIBLE
          i++
        } else if (joinsWord(table, text, i)) {
          if (code === 0x2e || code === 0x3a) joinedLinkMark = i
          i += 2
        } else break
      }
      if (cls !== CharClass.Invisible && cls !== CharClass.Mark) {
        if (start >= runEnd) {
          // A new run: it ends with this word (the usual case, nothing more to read) or goes on past it.
          runEnd = i
          lastLinkMark = joinedLinkMark
          while (runEnd < n) {
            const code = text.charCodeAt(runEnd)
            const c = code < CHAR_TABLE_SIZE ? table[code]! : charClassAt(text, runEnd)
            if (c === CharClass.Whitespace || c === CharClass.LineBreak) break
            if (code === 0x2e || code === 0x40 || code === 0x3a) lastLinkMark = runEnd
            runEnd++
          }
        }
        if (lastLinkMark >= start) {
          const linkEnd = matchLink(table, text, start, runEnd)
          if (linkEnd > start) {
            out.push(KIND_WORD, start, linkEnd, FLAG_LINK)
            i = linkEnd
            continue
          }
        }
      }
      out.push(KIND_WORD, start, i, flags)
      continue
    }
    if (cls === CharClass.Punctuation) {
      const ch = text[i]
      i++
      if (ch === '.' || ch === '!' || ch === '?') {
        while (i < n && (text[i] === '.' || text[i] === '!' || text[i] === '?' || text[i] === '…')) i++
      } else if (ch === '…') {
        while (i < n && text[i] === '…') i++
      } else {
        while (i < n && text[i] === ch && ch !== '"' && ch !== '“' && ch !== '”' && ch !== '(' && ch !== ')') i++
      }
      out.push(KIND_PUNCTUATION, start, i, 0)
      continue
    }
    // Symbols and anything else: one code point each.
    const code = text.charCodeAt(i)
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1
    out.push(KIND_SYMBOL, start, i, 0)
  }
  return out
}

/** The name of a token kind code. */
export function kindName(code: number): TokenKind {
  return KIND_NAMES[code]!
}

/** Split `text` into tokens (objects; see `tokenizeToArrays` for the fast form). */
export function tokenize(text: string): RawToken[] {
  const t = tokenizeToArrays(text)
  const tokens: RawToken[] = []
  for (let k = 0; k < t.count; k++) {
    tokens.push({ kind: KIND_NAMES[t.kinds[k]!]!, start: t.starts[k]!, end: t.ends[k]!, link: (t.flags[k]! & FLAG_LINK) !== 0 })
  }
  return tokens
}

function nextNonSpace(t: TokenArrays, from: number): number {
  let k = from
  while (k < t.count && t.kinds[k] === KIND_WHITESPACE) k++
  return k
}

function slice(text: string, t: TokenArrays, k: number): string {
  return text.slice(t.starts[k], t.ends[k])
}

function startsSentence(text: string, t: TokenArrays, k: number): boolean {
  if (k >= t.count) return false
  // “Xây dựng…” — look through an opening quote or bracket.
  if (t.kinds[k] === KIND_PUNCTUATION && /^[“"‘'(«[]$/.test(slice(text, t, k))) {
    k++
    if (k >= t.count) return false
  }
  const first = slice(text, t, k)
  return startsUpper(first) || /^\p{Nd}/u.test(first)
}

/** Whether the terminal token at index `k` ends its sentence. */
function endsSentence(text: string, t: TokenArrays, k: number, afterClosers: number): boolean {
  const mark = slice(text, t, k)
  if (afterClosers >= t.count) return true
  if (t.kinds[afterClosers] !== KIND_WHITESPACE) return false // TP.Thanh, a.b
  const next = nextNonSpace(t, afterClosers)
  if (next >= t.count) return true
  if (isEllipsis(mark)) return startsSentence(text, t, next) // “đề án... thực hiện” goes on
  if (mark === '.' && k > 0 && t.kinds[k - 1] === KIND_WORD && (t.flags[k - 1]! & FLAG_LINK) === 0) {
    const word = slice(text, t, k - 1)
    if (isAbbreviation(word)) return false // TP. Sông Công
    // Initials and v.v.: a single letter before the stop.
    if ([...word].length === 1 && /\p{L}/u.test(word)) return false
  }
  return true
}

/** Tokenize `text` and split it into sentences. */
export function tokenizeProse(text: string): TokenizedProse {
  const t = tokenizeToArrays(text)
  const sentences: RawSentence[] = []
  const { kinds, count } = t
  let first = nextNonSpace(t, 0)
  let k = first
  while (k < count) {
    if (kinds[k] === KIND_PUNCTUATION && startsTerminal(text.charCodeAt(t.starts[k]!)) && isTerminal(slice(text, t, k))) {
      let m = k + 1
      while (m < t.count && t.kinds[m] === KIND_PUNCTUATION && CLOSING_AFTER_TERMINAL.has(slice(text, t, m))) m++
      if (endsSentence(text, t, k, m)) {
        sentences.push({ firstToken: first, endToken: m })
        first = nextNonSpace(t, m)
        k = first
        continue
      }
    }
    k++
  }
  if (first < t.count) {
    let end = t.count
    while (end > first && t.kinds[end - 1] === KIND_WHITESPACE) end--
    sentences.push({ firstToken: first, endToken: end })
  }
  return { tokens: t, sentences }
}
