/**
 * Capital letters of Vietnamese words: which syllables of a name start with a
 * capital, and how to give a written name the capitals of its canonical form
 * without touching its letters or tone marks (`Uỷ ban kiểm tra` keeps its
 * `uỷ` and becomes `Uỷ ban Kiểm tra`).
 */
import { isAllUpper, startsUpper } from './chars.js'

/** `word` with its first letter upper case (the rest untouched). */
export function upperFirst(word: string): string {
  const first = word.codePointAt(0)
  if (first === undefined) return word
  const ch = String.fromCodePoint(first)
  return ch.toUpperCase() + word.slice(ch.length)
}

/** `word` with its first letter lower case (the rest untouched). */
export function lowerFirst(word: string): string {
  const first = word.codePointAt(0)
  if (first === undefined) return word
  const ch = String.fromCodePoint(first)
  return ch.toLowerCase() + word.slice(ch.length)
}

/** Whether `word` has a letter whose case can change (so its capitals mean something). */
export function hasCasedLetter(word: string): boolean {
  return word.toLowerCase() !== word.toUpperCase()
}

/**
 * Whether `word` looks like one capitalised syllable or name part: a capital
 * first letter, then only lower-case letters (`Tường`, `A`), no digits.
 */
export function isCapitalisedWord(word: string): boolean {
  if (!startsUpper(word)) return false
  const rest = word.slice(String.fromCodePoint(word.codePointAt(0)!).length)
  return /^[\p{Ll}\p{M}]*$/u.test(rest)
}

/** Whether every cased letter of `words` is upper case (a headline in capitals). */
export function isShouted(words: readonly string[]): boolean {
  let cased = 0
  for (const w of words) {
    if (!hasCasedLetter(w)) continue
    if (!isAllUpper(w)) return false
    cased += [...w].filter((c) => c.toLowerCase() !== c.toUpperCase()).length
  }
  return cased >= 2
}
