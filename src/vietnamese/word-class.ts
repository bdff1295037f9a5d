/**
 * What a word token is, for the spelling checks: a Vietnamese syllable, a
 * misspelt one, or something that must never reach spelling (numbers, codes,
 * acronyms, units, links, foreign words and names). Pure: it reads the token's
 * text and, for words with no Vietnamese mark, the words beside it.
 *
 * The line between a typo and a foreign word: a token that looks like one
 * Vietnamese syllable and carries a Vietnamese mark but breaks the grammar is
 * a typo even capitalised (`Tieếp`, `Địng`); a capitalised word without one is
 * a name (`Johnson`, `Samothrace`); a bare lower-case word is a typo only among
 * Vietnamese words (`quiy chế`, not `of the`); place names of the minority
 * languages keep their k, kr, j (`Đắk Lắk`, `Bắc Kạn`, `Krông Pắc`, `Hồng Kông`).
 */
import { join } from 'node:path'
import { loadDataFile } from '../data/load-data-file.js'
import { packageRoot } from '../paths.js'
import { isAllUpper, stripInvisible } from './chars.js'
import { readLetter } from './letters.js'
import { analyzeSyllable, isSyllable, parseSyllable, type Syllable, type SyllableProblem } from './syllable.js'
import { fromTelex, fromVni } from './typing.js'

/**
 * The class of a word token:
 * - `syllable`: a well-formed Vietnamese syllable, any case (`quy`, `Nguyễn`, `ĐẢNG`): check it against the lexicon;
 * - `malformed`: not a syllable but meant as one (`quiy`, `tieếp`, `Địng`, `kà`, `nguowif`): a typo;
 * - `joined`: two syllables run together (`đượcmột`, `Biệnchỉ`): a missing space;
 * - `compound`: syllables joined by hyphens (`Lê-nin`, `pa-nô`);
 * - `number`: digits (`2021`, `5.943`, `98,2`, `25/10/2021`, `96–98`) and roman numerals (`XIII`);
 * - `code`: letters with digits or slashes (`05-NQ/TU`, `COVID-19`, `Mazda3`, `F-16`, `HĐND-UBND`);
 * - `acronym`: capitals (`HĐND`, `TCCSĐ`, `UBND`, `NATO`);
 * - `unit`: a unit or currency sign (`km`, `MW`, `USD`);
 * - `abbreviation`: lower-case letters with no vowel, or a single letter (`vd`, `tr`, `b`);
 * - `link`: a URL, e-mail address or domain;
 * - `loanword`: a word of several syllables written solid with Vietnamese marks (`điôxít`, `magiê`, `Grêgôriô`);
 * - `foreign`: a foreign word or name (`Johnson`, `Samothrace`, `Azerbaijan`, `online`, `Đắk`).
 */
export type WordClass =
  | 'syllable'
  | 'malformed'
  | 'joined'
  | 'compound'
  | 'number'
  | 'code'
  | 'acronym'
  | 'unit'
  | 'abbreviation'
  | 'link'
  | 'loanword'
  | 'foreign'

/** The classes `spelling` must look at; every other class must never reach it. */
export const SPELLING_CLASSES: ReadonlySet<WordClass> = new Set(['syllable', 'malformed', 'joined'])

/** What `classifyWord` found. */
export interface WordInfo {
  readonly class: WordClass
  /** The syllable, for `syllable`. */
  readonly syllable?: Syllable
  /** Why it is not a syllable, for `malformed` (and every class that failed the grammar). */
  readonly problem?: SyllableProblem
  /** For `malformed`: the word has no Vietnamese mark at all (`quiy`, `tot`): weaker evidence of a typo than `tieếp`. */
  readonly bare?: boolean
  /** For `malformed` typed with an input method's keys: the syllable meant (`nguowif` → `người`). */
  readonly decoded?: string
  /** For `joined`: the two syllables (`đượcmột` → [`được`, `một`]). */
  readonly parts?: readonly [string, string]
}

/** Where the word stands: the word tokens before and after it in its sentence (undefined at either end). */
export interface WordContext {
  /** A URL, e-mail address or domain (the tokenizer's `isLink`). */
  readonly isLink?: boolean
  readonly previous?: string
  readonly next?: string
}

let units: ReadonlySet<string> | undefined

function unitSet(): ReadonlySet<string> {
  units ??= new Set(loadDataFile<{ units: string[] }>(join(packageRoot, 'src/vietnamese/units.json')).units)
  return units
}

const DIGIT = /\p{Nd}/u
const NUMBER = /^[\p{Nd}.,:/\u2013-]+$/u
const ROMAN = /^(?=[MDCLXVI]{2,}$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u
/** Lower-case roman numerals of list items: `(ii)`, `(iv)`. */
const SMALL_ROMAN = /^(?:ii|iii|iv|vi|vii|viii|ix|xi|xii)$/u
const HYPHEN = /[-\u2010\u2011]/u
const VOWEL = /[aăâeêioôơuưy]/u
/** Problems typical of place names of the minority languages: `Kạn`, `Kông` (k), `Đắk` (coda k), `Krông`, `Prông` (clusters), `Jút`. */
const NAME_PROBLEMS: ReadonlySet<string> = new Set(['frontOnly', 'onset', 'foreignLetter', 'glideAfterC'])

/** Whether a capitalised or upper-case word's problem is one a place name may have (`Krông`), not a slip (`Ttây`: a doubled letter). */
function nameLike(problem: SyllableProblem, letters: string): boolean {
  if (/k$/u.test(letters)) return true
  if (!NAME_PROBLEMS.has(problem.code)) return false
  return !(problem.code === 'onset' && /(.)\1/u.test(problem.part))
}

/** Lower-case toneless letters of `word` (`?` for a character that is not a Vietnamese letter). */
function lettersOf(word: string): string {
  let out = ''
  for (const ch of word) out += readLetter(ch)?.base ?? '?'
  return out
}

/** Number of vowel groups: 1 for anything shaped like one syllable (`quiy`, `trănm`), 2+ for `online`, `Lênin`. */
function vowelGroups(letters: string): number {
  let groups = 0
  let inVowels = false
  for (const ch of letters) {
    const vowel = VOWEL.test(ch)
    if (vowel && !inVowels) groups++
    inVowels = vowel
  }
  return groups
}

/** A mark only Vietnamese writes: ă â ê ô ơ ư đ, or a grave, hook, tilde or dot below (not the acute of `José`, `Río`). */
export function hasVietnameseMark(word: string): boolean {
  for (const ch of word) {
    const letter = readLetter(ch)
    if (!letter) continue
    if ('ăâêôơưđ'.includes(letter.base)) return true
    if (letter.tone !== 'ngang' && letter.tone !== 'sac') return true
  }
  return false
}

/** Any mark of the Vietnamese alphabet, the acute included. */
export function hasAnyMark(word: string): boolean {
  for (const ch of word) {
    const letter = readLetter(ch)
    if (letter && (letter.tone !== 'ngang' || 'ăâêôơưđ'.includes(letter.base))) return true
  }
  return false
}

/** Whether `word` is a foreign-looking word: letters only, no Vietnamese mark, not a syllable, not capitals. */
function looksForeign(word: string | undefined): boolean {
  if (word === undefined || word.length < 2 || DIGIT.test(word) || isAllUpper(word)) return false
  if (!/^\p{L}+$/u.test(word)) return false
  return !hasAnyMark(word) && !isSyllable(word)
}

/** Whether the words beside a bare word are Vietnamese enough to call it a typo (`quiy chế`, not `of the United`). */
function amongVietnamese(context: WordContext): boolean {
  return !looksForeign(context.previous) && !looksForeign(context.next)
}

/**
 * Two syllables run together: a closed syllable, then one with an onset and a
 * mark (`đượcmột`, `Dinhvà`, `cáccông`). Loans written solid split into open
 * syllables or a second part with no onset (`magiê`, `ôxít`, `Phêrô`, `anốt`,
 * `Lênin`) and are not joined words.
 */
function splitJoined(word: string): [string, string] | undefined {
  const chars = [...word]
  for (let i = 2; i + 1 < chars.length; i++) {
    const left = chars.slice(0, i).join('')
    const right = chars.slice(i).join('')
    if (!hasAnyMark(right)) continue
    const first = parseSyllable(left)
    if (!first || first.coda === '') continue
    const second = parseSyllable(right)
    if (second && second.onset !== '') return [left, right]
  }
  return undefined
}

function classifyHyphenated(word: string): WordInfo {
  const parts = word.split(HYPHEN).filter(Boolean)
  if (parts.every((p) => isSyllable(p))) return { class: 'compound' }
  if (parts.every((p) => isAllUpper(p))) return { class: 'code' }
  // ngòai-phương: one part meant as a syllable and misspelt.
  for (const part of parts) {
    const problem = analyzeSyllable(part)
    if (!problem.ok && hasVietnameseMark(part) && vowelGroups(lettersOf(part)) === 1 && !nameLike(problem.problem, lettersOf(part))) return { class: 'malformed', problem: problem.problem, bare: false }
  }
  return { class: 'foreign' }
}

/** A syllable run into a capitalised word: `củaAndy`, `hãngLuaka`. */
function splitBeforeCapital(word: string): [string, string] | undefined {
  const at = word.search(/\p{Lu}/u)
  if (at < 2) return undefined
  const left = word.slice(0, at)
  return hasVietnameseMark(left) && isSyllable(left) ? [left, word.slice(at)] : undefined
}

/**
 * Classify one word token. `text` is the token as written (invisible
 * characters are ignored); `context` gives the neighbouring words, which
 * decide only for bare words (no Vietnamese mark) that break the grammar.
 */
export function classifyWord(text: string, context: WordContext = {}): WordInfo {
  if (context.isLink) return { class: 'link' }
  const word = stripInvisible(text).normalize('NFC')
  if (DIGIT.test(word)) {
    if (NUMBER.test(word)) return { class: 'number' }
    const decoded = word === word.toLowerCase() ? fromVni(word) : undefined
    if (decoded && amongVietnamese(context)) return { class: 'malformed', decoded, bare: true }
    return { class: unitSet().has(word) ? 'unit' : 'code' }
  }
  if (word.includes('/') || word.includes('_')) return { class: 'code' }
  if (HYPHEN.test(word)) return classifyHyphenated(word)
  if (!/^\p{L}+$/u.test(word)) return { class: 'foreign' }

  const analysis = analyzeSyllable(word)
  if (analysis.ok) return { class: 'syllable', syllable: analysis.syllable }
  const problem = analysis.problem
  if (unitSet().has(word)) return { class: 'unit', problem }
  if ([...word].length === 1) return { class: 'abbreviation', problem }

  const letters = lettersOf(word)
  const shapedLikeSyllable = !letters.includes('?') && vowelGroups(letters) === 1
  const lower = word === word.toLowerCase()
  const upper = isAllUpper(word)
  const capitalised = !lower && !upper && word.slice(1) === word.slice(1).toLowerCase()

  if (problem.code === 'noVowel') return { class: upper ? 'acronym' : 'abbreviation', problem }
  if (SMALL_ROMAN.test(word)) return { class: 'number', problem }
  if (lower) {
    if (problem.code === 'foreignLetter' || problem.code === 'onset') {
      const decoded = fromTelex(word)
      if (decoded && amongVietnamese(context)) return { class: 'malformed', problem, decoded, bare: !hasAnyMark(word) }
      if (problem.code === 'foreignLetter' || !hasAnyMark(word)) return { class: 'foreign', problem }
    }
    if (hasAnyMark(word)) {
      if (shapedLikeSyllable) return { class: 'malformed', problem, bare: false }
      const parts = splitJoined(word)
      if (parts) return { class: 'joined', problem, parts }
      return { class: 'loanword', problem }
    }
    // A bare word ending in consonants Vietnamese never writes (`and`, `cents`, `rock`, `tail`) is English.
    if (shapedLikeSyllable && problem.code !== 'coda' && amongVietnamese(context)) return { class: 'malformed', problem, bare: true }
    return { class: 'foreign', problem }
  }
  if (upper) {
    if (ROMAN.test(word)) return { class: 'number', problem }
    const marked = hasVietnameseMark(word.replace(/Đ/gu, 'D'))
    if (marked && shapedLikeSyllable && !nameLike(problem, letters)) return { class: 'malformed', problem, bare: false }
    return { class: 'acronym', problem }
  }
  if (!capitalised) {
    const parts = splitBeforeCapital(word)
    return parts ? { class: 'joined', problem, parts } : { class: 'foreign', problem }
  }
  // A capitalised word: a name unless a Vietnamese mark says it was meant as a syllable.
  if (!hasVietnameseMark(word)) return { class: 'foreign', problem }
  if (shapedLikeSyllable) {
    if (nameLike(problem, letters)) return { class: 'foreign', problem }
    return { class: 'malformed', problem, bare: false }
  }
  const parts = splitJoined(word)
  if (parts) return { class: 'joined', problem, parts }
  return { class: 'loanword', problem }
}
