/**
 * Character classes shared by the whole project: whitespace (with NBSP and
 * thin spaces), letters with Vietnamese marks, digits, punctuation, quotes,
 * dashes and invisible characters. Defined once here so no rule keeps its own
 * idea of "blank" (ESLint's two diverging definitions are the cautionary tale).
 */

/** Class codes of the tokenizer's lookup table. */
export const enum CharClass {
  Other = 0,
  Whitespace = 1,
  Letter = 2,
  Mark = 3,
  Digit = 4,
  Punctuation = 5,
  Symbol = 6,
  Invisible = 7,
  LineBreak = 8,
}

/**
 * Characters that are whitespace in prose. Beyond ASCII blanks this covers
 * NBSP (U+00A0), the U+2000–U+200A spaces (thin space U+2009 among them),
 * narrow NBSP (U+202F), medium mathematical space (U+205F) and the
 * ideographic space (U+3000): the CMS exports of the seeds are full of them.
 */
export const WHITESPACE_CHARS =
  ' \t\f\v\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000'

/** Line breaks: LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
export const LINE_BREAK_CHARS = '\n\r\u0085\u2028\u2029'

/**
 * Invisible characters that are not whitespace: zero-width space, joiners,
 * word joiner, soft hyphen, BOM inside text, bidi marks. The tokenizer keeps
 * them inside a word (so “đ\u200Bược” stays one token) and the `encoding`
 * rule reports them.
 */
export const INVISIBLE_CHARS = '\u00AD\u200B\u200C\u200D\u200E\u200F\u2060\u2061\u2062\u2063\u2064\uFEFF\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069'

/** Opening and closing quotes, paired. */
export const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['‘', '’'],
  ['«', '»'],
  ['„', '“'],
]

/** Closing characters that may follow a sentence-final mark: `nhiệm vụ.”` */
export const CLOSING_AFTER_TERMINAL = new Set(['”', '"', '’', "'", ')', ']', '»', '}'])

/** Dashes and hyphens. */
export const HYPHENS = new Set(['-', '\u2010', '\u2011'])
export const DASHES = new Set(['\u2012', '\u2013', '\u2014', '\u2015', '\u2212'])

/** Code units below this have their class in the lookup table. */
export const CHAR_TABLE_SIZE = 0x3100
const TABLE_SIZE = CHAR_TABLE_SIZE
let table: Uint8Array | undefined

const LETTER = /\p{L}/u
const MARK = /\p{M}/u
const DIGIT = /\p{Nd}/u
const PUNCT = /\p{P}/u
const SYMBOL = /\p{S}/u

function classifyByRegex(ch: string): CharClass {
  if (WHITESPACE_CHARS.includes(ch)) return CharClass.Whitespace
  if (LINE_BREAK_CHARS.includes(ch)) return CharClass.LineBreak
  if (INVISIBLE_CHARS.includes(ch)) return CharClass.Invisible
  if (LETTER.test(ch)) return CharClass.Letter
  if (MARK.test(ch)) return CharClass.Mark
  if (DIGIT.test(ch)) return CharClass.Digit
  if (PUNCT.test(ch)) return CharClass.Punctuation
  if (SYMBOL.test(ch)) return CharClass.Symbol
  return CharClass.Other
}

function buildTable(): Uint8Array {
  const t = new Uint8Array(TABLE_SIZE)
  for (let code = 0; code < TABLE_SIZE; code++) {
    // Surrogate halves never reach the table (see charClassAt).
    t[code] = classifyByRegex(String.fromCharCode(code))
  }
  return t
}

/** The lookup table of classes for code units below CHAR_TABLE_SIZE (built on first use). */
export function charClassTable(): Uint8Array {
  table ??= buildTable()
  return table
}

/** The class of the UTF-16 code unit at `index` (astral characters use the full code point). */
export function charClassAt(text: string, index: number): CharClass {
  const code = text.charCodeAt(index)
  if (code < TABLE_SIZE) {
    table ??= buildTable()
    return table[code] as CharClass
  }
  const point = text.codePointAt(index) ?? code
  return classifyByRegex(String.fromCodePoint(point))
}

/** Whether `ch` (one character) is prose whitespace, NBSP and thin spaces included. */
export function isWhitespace(ch: string): boolean {
  return WHITESPACE_CHARS.includes(ch) || LINE_BREAK_CHARS.includes(ch)
}

/** Whether `ch` is a zero-width or otherwise invisible character. */
export function isInvisible(ch: string): boolean {
  return INVISIBLE_CHARS.includes(ch)
}

/** A regular-expression character class source matching prose whitespace, line breaks included. */
export const WHITESPACE_CLASS = `[${WHITESPACE_CHARS}${LINE_BREAK_CHARS}]`

const WHITESPACE_RUN_RE = new RegExp(`${WHITESPACE_CLASS}+`, 'gu')
const INVISIBLE_RE = new RegExp(`[${INVISIBLE_CHARS}]`, 'gu')
const HAS_INVISIBLE_RE = new RegExp(`[${INVISIBLE_CHARS}]`, 'u')

/** Collapse every run of prose whitespace to one ASCII space and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN_RE, ' ').trim()
}

/** Remove invisible characters (zero-width, bidi marks, soft hyphen). */
export function stripInvisible(text: string): string {
  return HAS_INVISIBLE_RE.test(text) ? text.replace(INVISIBLE_RE, '') : text
}

/** Case of each BMP code unit, filled on first use: bit 1 set, `toLowerCase` changes it; bit 2 set, `toUpperCase` keeps it. */
const CASE_KNOWN = 4
const LOWERS_TO_OTHER = 1
const UPPER_STABLE = 2
let caseBits: Uint8Array | undefined

function caseOf(code: number): number {
  caseBits ??= new Uint8Array(0x10000)
  let bits = caseBits[code]!
  if (bits === 0) {
    const ch = String.fromCharCode(code)
    bits = CASE_KNOWN | (ch !== ch.toLowerCase() ? LOWERS_TO_OTHER : 0) | (ch === ch.toUpperCase() ? UPPER_STABLE : 0)
    caseBits[code] = bits
  }
  return bits
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff
}

/** Whether the first letter of `word` is upper case. */
export function startsUpper(word: string): boolean {
  if (word.length === 0) return false
  const code = word.charCodeAt(0)
  // ASCII and the BMP by table; an astral first character as the string functions see it.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  if (isSurrogate(code)) {
    const ch = String.fromCodePoint(word.codePointAt(0)!)
    return ch !== ch.toLowerCase() && ch === ch.toUpperCase()
  }
  const bits = caseOf(code)
  return (bits & LOWERS_TO_OTHER) !== 0 && (bits & UPPER_STABLE) !== 0
}

/** Whether `word` has letters and all of them are upper case (`HĐND`, `TCCSĐ`). */
export function isAllUpper(word: string): boolean {
  // Case mapping without a locale is per character (the one context rule, final sigma, picks between two lower
  // cases), so the string test is a test of each code unit; astral characters take the string functions.
  let lowers = false
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) return false
      if (code >= 0x41 && code <= 0x5a) lowers = true
      continue
    }
    if (isSurrogate(code)) return word !== word.toLowerCase() && word === word.toUpperCase()
    const bits = caseOf(code)
    if ((bits & UPPER_STABLE) === 0) return false
    if (bits & LOWERS_TO_OTHER) lowers = true
  }
  return lowers
}
