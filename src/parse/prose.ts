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
import { CLOSING_AFTER_TERMINAL, CharClass, charClassAt, startsUpper } from '../vietnamese/chars.js'

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

/** Tokens of one block and its sentences. */
export interface TokenizedProse {
  tokens: RawToken[]
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
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy
const DOMAIN_RE = /[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.(?:vn|com|org|net|gov|edu|info|int|io|asia)(?![\p{L}\p{N}])/iuy
const TRAILING_URL_PUNCT = /[.,;:!?)\]}'’”»]+$/u

function isWordClass(c: CharClass): boolean {
  return c === CharClass.Letter || c === CharClass.Mark || c === CharClass.Digit || c === CharClass.Invisible
}

/** Whether the character at `i` joins the word characters around it. */
function joinsWord(text: string, i: number): boolean {
  if (i === 0 || i + 1 >= text.length) return false
  const ch = text[i]
  const before = charClassAt(text, i - 1)
  const after = charClassAt(text, i + 1)
  switch (ch) {
    case '.':
    case ',':
    case ':':
      // 5.943 · 98,2 · 09:07:46 · 18.5.2021
      return before === CharClass.Digit && after === CharClass.Digit
    case '\u2013':
      // 96–98 · 2020–2025
      return before === CharClass.Digit && after === CharClass.Digit
    case '-':
    case '\u2010':
    case '\u2011':
    case '/':
    case '_':
    case "'":
    case '’':
      // 05-NQ/TU · COVID-19 · 4-1 · 7/6
      return isWordClass(before) && before !== CharClass.Invisible && isWordClass(after) && after !== CharClass.Invisible
    default:
      return false
  }
}

function matchLink(text: string, i: number, runEnd: number): number {
  const run = text.slice(i, runEnd)
  if (!/[.@:]/.test(run)) return -1
  for (const re of [URL_RE, EMAIL_RE, DOMAIN_RE]) {
    re.lastIndex = i
    const m = re.exec(text)
    if (m && m.index === i) {
      let value = m[0]
      if (value.length > runEnd - i) value = value.slice(0, runEnd - i)
      value = value.replace(TRAILING_URL_PUNCT, '')
      if (value.length > 0) return i + value.length
    }
  }
  return -1
}

function isTerminal(value: string): boolean {
  return /^[.!?…]+$/.test(value)
}

function isEllipsis(value: string): boolean {
  return value === '…' || /^\.{2,}$/.test(value) || value.startsWith('…')
}

/** Split `text` into tokens (no sentences). */
export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const cls = charClassAt(text, i)
    const start = i
    if (cls === CharClass.Whitespace || cls === CharClass.LineBreak) {
      i++
      while (i < n) {
        const c = charClassAt(text, i)
        if (c !== CharClass.Whitespace && c !== CharClass.LineBreak) break
        i++
      }
      tokens.push({ kind: 'whitespace', start, end: i, link: false })
      continue
    }
    if (isWordClass(cls)) {
      let runEnd = i
      while (runEnd < n) {
        const c = charClassAt(text, runEnd)
        if (c === CharClass.Whitespace || c === CharClass.LineBreak) break
        runEnd++
      }
      if (cls !== CharClass.Invisible && cls !== CharClass.Mark) {
        const linkEnd = matchLink(text, i, runEnd)
        if (linkEnd > i) {
          tokens.push({ kind: 'word', start, end: linkEnd, link: true })
          i = linkEnd
          continue
        }
      }
      i++
      while (i < n) {
        const c = charClassAt(text, i)
        if (isWordClass(c)) {
          i++
        } else if (joinsWord(text, i)) {
          i += 2
        } else {
          break
        }
      }
      tokens.push({ kind: 'word', start, end: i, link: false })
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
      tokens.push({ kind: 'punctuation', start, end: i, link: false })
      continue
    }
    // Symbols and anything else: one code point each.
    const point = text.codePointAt(i) ?? 0
    i += point > 0xffff ? 2 : 1
    tokens.push({ kind: 'symbol', start, end: i, link: false })
  }
  return tokens
}

function nextNonSpace(tokens: RawToken[], from: number): number {
  let k = from
  while (k < tokens.length && tokens[k]!.kind === 'whitespace') k++
  return k
}

function startsSentence(text: string, tokens: RawToken[], k: number): boolean {
  let token = tokens[k]
  if (!token) return false
  // “Xây dựng…” — look through an opening quote or bracket.
  if (token.kind === 'punctuation' && /^[“"‘'(«[]$/.test(text.slice(token.start, token.end))) {
    token = tokens[k + 1]
    if (!token) return false
  }
  const first = text.slice(token.start, token.end)
  return startsUpper(first) || /^\p{Nd}/u.test(first)
}

/** Whether the terminal token at index `k` ends its sentence. */
function endsSentence(text: string, tokens: RawToken[], k: number, afterClosers: number): boolean {
  const mark = text.slice(tokens[k]!.start, tokens[k]!.end)
  const following = tokens[afterClosers]
  if (!following) return true
  if (following.kind !== 'whitespace') return false // TP.Thanh, a.b
  const next = nextNonSpace(tokens, afterClosers)
  if (next >= tokens.length) return true
  if (isEllipsis(mark)) return startsSentence(text, tokens, next) // “đề án... thực hiện” goes on
  if (mark === '.') {
    const before = tokens[k - 1]
    if (before && before.kind === 'word' && !before.link) {
      const word = text.slice(before.start, before.end)
      if (isAbbreviation(word)) return false // TP. Sông Công
      // Initials and v.v.: a single letter before the stop.
      if ([...word].length === 1 && /\p{L}/u.test(word)) return false
    }
  }
  return true
}

/** Tokenize `text` and split it into sentences. */
export function tokenizeProse(text: string): TokenizedProse {
  const tokens = tokenize(text)
  const sentences: RawSentence[] = []
  let first = nextNonSpace(tokens, 0)
  let k = first
  while (k < tokens.length) {
    const token = tokens[k]!
    if (token.kind === 'punctuation' && isTerminal(text.slice(token.start, token.end))) {
      let m = k + 1
      while (m < tokens.length && tokens[m]!.kind === 'punctuation' && CLOSING_AFTER_TERMINAL.has(text.slice(tokens[m]!.start, tokens[m]!.end))) m++
      if (endsSentence(text, tokens, k, m)) {
        sentences.push({ firstToken: first, endToken: m })
        first = nextNonSpace(tokens, m)
        k = first
        continue
      }
    }
    k++
  }
  if (first < tokens.length) {
    let end = tokens.length
    while (end > first && tokens[end - 1]!.kind === 'whitespace') end--
    sentences.push({ firstToken: first, endToken: end })
  }
  return { tokens, sentences }
}
