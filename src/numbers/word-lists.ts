/**
 * The numeral layer's word lists (src/numbers/*.json, schema-checked),
 * compiled once per process into lookup tables.
 */
import { join } from 'node:path'
import { loadDataFile } from '../data/load-data-file.js'
import { packageRoot } from '../paths.js'
import type { OtherKind, Qualifier } from './types.js'
import { WordTrie, wordKey } from './word-trie.js'

/** number-words.json */
export interface NumberWordsFile {
  digits: Array<{ word: string; value: number; afterTensOnly?: boolean }>
  ten: string[]
  tens: string[]
  hundred: string[]
  zeroTens: string[]
  magnitudes: Record<string, number>
  magnitudeCompounds: string[]
  examples: Array<{ text: string; value: number }>
}

/** quantity-words.json */
export interface QuantityWordsFile {
  countedNouns: string[]
  classifiers: string[]
  nounModifiers: string[]
  nounBoundaries: string[]
  approximations: Array<{ phrase: string; qualifier: Qualifier; after?: boolean }>
  labels: Partial<Record<LabelKind, string[]>>
  units: Array<{ phrase: string; measure: string; glued?: boolean; prefix?: boolean }>
  percentRelations: { target: string[]; change: string[] }
}

/** breakdown-words.json */
export interface BreakdownWordsFile {
  partialMarkers: string[]
  listMarkers: string[]
  separators: string[]
  openEnds: string[]
  partLeads: string[]
}

/** calendar-words.json */
export interface CalendarWordsFile {
  weekdays: Array<{ day: number; full: string; short: string[] }>
  dateCues: string[]
  lunarMarkers: string[]
}

/** What a word before a number makes of it: `count` (`tổng số 35`) or a kind of non-quantity. */
export type LabelKind = 'count' | Extract<OtherKind, 'code' | 'label' | 'ordinal' | 'year' | 'month' | 'day' | 'quarter' | 'phone' | 'version'>

/** A unit after (or before) a number. */
export interface UnitEntry {
  phrase: string
  measure: string
  glued: boolean
  prefix: boolean
}

/** A weekday name as listed. */
export interface WeekdayEntry {
  day: number
  full: boolean
}

/** The compiled lists. */
export interface NumeralWords {
  /** Digit words by key, with whether they need a preceding `mươi`/`mười`. */
  digits: Map<string, { value: number; afterTensOnly: boolean }>
  ten: Set<string>
  tens: Set<string>
  hundred: Set<string>
  zeroTens: Set<string>
  /** Magnitude words by key. */
  magnitudes: Map<string, number>
  /** Two-word compounds that start with a magnitude but are not numbers (`tỷ lệ`), as `key key`. */
  magnitudeCompounds: Set<string>
  countedNouns: WordTrie<true>
  classifiers: WordTrie<true>
  nounModifiers: WordTrie<true>
  nounBoundaries: WordTrie<true>
  approximationsBefore: WordTrie<Qualifier>
  approximationsAfter: WordTrie<Qualifier>
  labels: WordTrie<LabelKind>
  units: WordTrie<UnitEntry>
  /** Units that may be glued to digits (`140.000đ`), by lower-case text. */
  gluedUnits: Map<string, UnitEntry>
  targets: WordTrie<true>
  changes: WordTrie<true>
  weekdays: WordTrie<WeekdayEntry>
  /** Full weekday names by day (0 Sunday). */
  weekdayNames: string[]
  dateCues: WordTrie<true>
  lunarMarkers: WordTrie<true>
  /** Keys of every word that may start a number written in words. */
  numberWordStarts: Set<string>
  /** Keys of every word a number in words is made of (digits, `mười`, `mươi`, `trăm`, `linh`, magnitudes). */
  numberWordKeys: Set<string>
  /** The same words as written in lower case, capitalised and in capitals: a test on every token that allocates nothing. */
  numberWordSurfaces: Set<string>
  /** Breakdown markers: `partial` after `trong đó`, not after `gồm` or a colon. */
  breakdownMarkers: WordTrie<{ partial: boolean }>
  separators: WordTrie<true>
  openEnds: WordTrie<true>
  partLeads: WordTrie<true>
}

const dir = join(packageRoot, 'src/numbers')
let compiled: NumeralWords | undefined

function trie<T>(phrases: readonly string[], value: T): WordTrie<T> {
  return new WordTrie(phrases.map((p) => [p, value] as const))
}

/** The layer's word lists, loaded and compiled on first use. */
export function numeralWords(): NumeralWords {
  if (compiled) return compiled
  const numbers = loadDataFile<NumberWordsFile>(join(dir, 'number-words.json'))
  const quantities = loadDataFile<QuantityWordsFile>(join(dir, 'quantity-words.json'))
  const calendar = loadDataFile<CalendarWordsFile>(join(dir, 'calendar-words.json'))
  const breakdowns = loadDataFile<BreakdownWordsFile>(join(dir, 'breakdown-words.json'))
  const breakdownMarkers = new WordTrie<{ partial: boolean }>()
  for (const m of breakdowns.partialMarkers) breakdownMarkers.add(m, { partial: true })
  for (const m of breakdowns.listMarkers) breakdownMarkers.add(m, { partial: false })
  const keys = (words: readonly string[]): Set<string> => new Set(words.map(wordKey))

  const labels = new WordTrie<LabelKind>()
  for (const [kind, phrases] of Object.entries(quantities.labels) as Array<[LabelKind, string[]]>) {
    for (const phrase of phrases) labels.add(phrase, kind)
  }
  const units = new WordTrie<UnitEntry>()
  const gluedUnits = new Map<string, UnitEntry>()
  for (const u of quantities.units) {
    const entry: UnitEntry = { phrase: u.phrase, measure: u.measure, glued: u.glued ?? false, prefix: u.prefix ?? false }
    units.add(u.phrase, entry)
    if (entry.glued) gluedUnits.set(u.phrase.toLowerCase(), entry)
  }
  const weekdays = new WordTrie<WeekdayEntry>()
  const weekdayNames: string[] = []
  for (const w of calendar.weekdays) {
    weekdays.add(w.full, { day: w.day, full: true })
    for (const s of w.short) weekdays.add(s, { day: w.day, full: false })
    weekdayNames[w.day] = w.full
  }
  const digits = new Map(numbers.digits.map((d) => [wordKey(d.word), { value: d.value, afterTensOnly: d.afterTensOnly ?? false }]))
  const numberWordStarts = new Set([...digits].filter(([, d]) => !d.afterTensOnly && d.value > 0).map(([k]) => k))
  for (const k of keys(numbers.ten)) numberWordStarts.add(k)

  compiled = {
    digits,
    ten: keys(numbers.ten),
    tens: keys(numbers.tens),
    hundred: keys(numbers.hundred),
    zeroTens: keys(numbers.zeroTens),
    magnitudes: new Map(Object.entries(numbers.magnitudes).map(([w, v]) => [wordKey(w), v])),
    magnitudeCompounds: new Set(numbers.magnitudeCompounds.map((c) => c.split(' ').map(wordKey).join(' '))),
    countedNouns: trie(quantities.countedNouns, true as const),
    classifiers: trie(quantities.classifiers, true as const),
    nounModifiers: trie(quantities.nounModifiers, true as const),
    nounBoundaries: trie(quantities.nounBoundaries, true as const),
    approximationsBefore: new WordTrie(quantities.approximations.filter((a) => !a.after).map((a) => [a.phrase, a.qualifier] as const)),
    approximationsAfter: new WordTrie(quantities.approximations.filter((a) => a.after).map((a) => [a.phrase, a.qualifier] as const)),
    labels,
    units,
    gluedUnits,
    targets: trie(quantities.percentRelations.target, true as const),
    changes: trie(quantities.percentRelations.change, true as const),
    weekdays,
    weekdayNames,
    dateCues: trie(calendar.dateCues, true as const),
    lunarMarkers: trie(calendar.lunarMarkers, true as const),
    numberWordStarts,
    numberWordKeys: new Set([
      ...digits.keys(),
      ...keys(numbers.ten),
      ...keys(numbers.tens),
      ...keys(numbers.hundred),
      ...keys(numbers.zeroTens),
      ...Object.keys(numbers.magnitudes).map(wordKey),
    ]),
    numberWordSurfaces: new Set(
      [...numbers.digits.filter((d) => !d.afterTensOnly && d.value > 0).map((d) => d.word), ...numbers.ten].flatMap((w) => {
        const lower = w.normalize('NFC').toLowerCase()
        return [lower, lower.charAt(0).toUpperCase() + lower.slice(1), lower.toUpperCase()]
      }),
    ),
    breakdownMarkers,
    separators: trie(breakdowns.separators, true as const),
    openEnds: trie(breakdowns.openEnds, true as const),
    partLeads: trie(breakdowns.partLeads, true as const),
  }
  return compiled
}
