/**
 * Spelling candidates: the lexicon syllables a misspelt word may have been
 * meant as, each with an edit cost. Candidates come from
 * - Telex and VNI leftovers (`nguowif` → `người`, `vie65t` → `việt`);
 * - the same letters with the marks moved, missing, extra or wrong (`vựơt`,
 *   `hửu` → `hữu`, `xêp` → `xếp`, `dén` → `đến`): found through the word's
 *   skeleton (its letters with no tone and no vowel mark, đ as d), which the
 *   lexicon is indexed by;
 * - one keyboard edit of that skeleton (a letter dropped, added, doubled,
 *   replaced, or two letters swapped: `quiy`, `tieếp`, `trănm`, `chến`,
 *   `Luậy`, `thyuết`), the marks then put right as above;
 * - a missing space (`chíâm` → `chí âm`).
 * Every candidate is a well-formed syllable of the lexicon. The cost is a
 * weighted edit distance that is cheap for what Vietnamese typists do most
 * (a mark on the wrong letter, hỏi for ngã, a missing tone, a doubled key, a
 * neighbouring key) and dear for any other letter. Pure and cached per word.
 */
import { lexicon } from './lexicon.js'
import { readLetter } from './letters.js'
import { syllableKey } from './syllable-key.js'
import { analyzeSyllable, parseSyllable, writeSyllable, type ToneStyle } from './syllable.js'
import type { Tone } from './tone.js'
import { fromTelex, fromVni } from './typing.js'

/** How a candidate differs from the word. */
export type EditKind = 'typing' | 'marks' | 'keyboard' | 'split'

/** One candidate: lower case, NFC. */
export interface SpellingCandidate {
  /** The syllable (or two syllables for `split`), tone mark in the new style, lower case. */
  readonly text: string
  /** The same in the old tone style (`hòa`, `ủy`); equal to `text` when the styles agree. */
  readonly oldStyle: string
  /** The lexicon key (`syllableKey`) of each syllable. */
  readonly keys: readonly string[]
  /** Edit cost: 0 for a mark merely misplaced, about 1 per ordinary edit. */
  readonly cost: number
  readonly kind: EditKind
}

/** Edit costs (measured on the Viwiki dev set labels, see scripts/bench-spelling.mjs). */
const COST = {
  /** A Telex or VNI key sequence left undecoded. */
  typing: 0.3,
  /** Two tone marks written where one was meant (`đựợc`, `tieếp`). */
  extraMark: 0.2,
  /** A vowel mark added, dropped or changed (a/ă/â, e/ê, o/ô/ơ, u/ư, d/đ). */
  vowelMark: 0.6,
  /** i for y or y for i. */
  iy: 0.6,
  /** hỏi for ngã or ngã for hỏi, the commonest confusion. */
  hoiNga: 0.4,
  /** A tone mark missing. */
  toneMissing: 0.6,
  /** A tone mark that should not be there. */
  toneExtra: 0.9,
  /** One tone for another. */
  toneOther: 1.0,
  /** A letter typed twice (`Ttây`, `bbất`) or dropped beside its twin. */
  doubled: 0.5,
  /** A neighbouring key (QWERTY). */
  adjacentKey: 1.0,
  /** A letter dropped or added. */
  insertDelete: 1.0,
  /** Two letters swapped. */
  transpose: 0.8,
  /** Any other letter. */
  substitute: 1.6,
  /** A missing space between two syllables. */
  split: 0.8,
} as const

/** Letters of the skeleton: toneless, no vowel marks, đ as d. */
const SKELETON_OF: Readonly<Record<string, string>> = { ă: 'a', â: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u', đ: 'd' }
const ALPHABET = 'abcdeghiklmnopqrstuvxy'
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']

/** Pairs of neighbouring keys on a QWERTY keyboard (`as`, `sa`, `qa`, `aq`…). */
const ADJACENT: ReadonlySet<string> = (() => {
  const pairs = new Set<string>()
  const at = new Map<string, [number, number]>()
  KEY_ROWS.forEach((row, r) => [...row].forEach((ch, c) => at.set(ch, [r, c])))
  for (const [a, [ra, ca]] of at) {
    for (const [b, [rb, cb]] of at) {
      // Rows are staggered by half a key: the key below-left of c in row r is c−1 in row r+1.
      const near = (ra === rb && Math.abs(ca - cb) === 1) || (rb === ra + 1 && (cb === ca || cb === ca - 1)) || (rb === ra - 1 && (cb === ca || cb === ca + 1))
      if (near) pairs.add(a + b)
    }
  }
  return pairs
})()

function skeletonLetter(ch: string): string {
  return SKELETON_OF[ch] ?? ch
}

function skeletonOf(letters: string): string {
  let out = ''
  for (const ch of letters) out += skeletonLetter(ch)
  return out
}

/** A lexicon syllable, as the index holds it. */
interface Entry {
  /** Lower-case toneless letters with vowel marks (`đươc`). */
  readonly base: string
  readonly tone: Tone
  readonly key: string
  readonly newStyle: string
  readonly oldStyle: string
  /** dictionary-vi lists this spelling (`quy`, not `qui`): preferred between i/y variants of one key. */
  readonly listed: boolean
}

const TONE_OF_DIGIT: Readonly<Record<string, Tone>> = { '': 'ngang', '1': 'sac', '2': 'huyen', '3': 'hoi', '4': 'nga', '5': 'nang' }

/** The written i/y variants of a folded lexicon base (`ki` → `ki`, `ky`; `quy` → `quy`, `qui`). */
function spellingsOf(base: string): string[] {
  if (base === 'quy') return ['quy', 'qui']
  if (/^[^aăâeêioôơuưy]+i$/u.test(base)) return [base, base.slice(0, -1) + 'y']
  return [base]
}

let index: Map<string, Entry[]> | undefined

/** Skeleton → the lexicon syllables with it, built once per process (about 8,000 entries). */
function skeletonIndex(): Map<string, Entry[]> {
  if (index) return index
  index = new Map()
  const lex = lexicon()
  for (const key of lex.keys()) {
    const match = /^(\D+)(\d?)$/u.exec(key)
    if (!match) continue
    const tone = TONE_OF_DIGIT[match[2]!]!
    for (const base of spellingsOf(match[1]!)) {
      const newStyle = writeSyllable(base, tone, 'new')
      if (!newStyle) continue
      const entry: Entry = {
        base,
        tone,
        key,
        newStyle,
        oldStyle: writeSyllable(base, tone, 'old')!,
        listed: lex.hasDictionaryKey(base + match[2]),
      }
      const skeleton = skeletonOf(base)
      const list = index.get(skeleton)
      if (list) list.push(entry)
      else index.set(skeleton, [entry])
    }
  }
  return index
}

/** The word read letter by letter: lower-case toneless letters and the tones written on them. */
interface Reading {
  readonly letters: string
  readonly tones: readonly Tone[]
}

function readWord(word: string): Reading | undefined {
  let letters = ''
  const tones: Tone[] = []
  for (const ch of word.normalize('NFC')) {
    const letter = readLetter(ch)
    if (!letter) return undefined
    letters += letter.base
    if (letter.tone !== 'ngang') tones.push(letter.tone)
  }
  return { letters, tones }
}

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0
  const sa = skeletonLetter(a)
  const sb = skeletonLetter(b)
  if (sa === sb) return COST.vowelMark
  if ((sa === 'i' && sb === 'y') || (sa === 'y' && sb === 'i')) return COST.iy
  return ADJACENT.has(sa + sb) ? COST.adjacentKey : COST.substitute
}

/** Cost of dropping `s[i]`: cheap beside a twin (same skeleton letter: `tt`, `eê`). */
function dropCost(s: string, i: number): number {
  const sk = skeletonLetter(s[i]!)
  const twin = (i > 0 && skeletonLetter(s[i - 1]!) === sk) || (i + 1 < s.length && skeletonLetter(s[i + 1]!) === sk)
  return twin ? COST.doubled : COST.insertDelete
}

/** Weighted Damerau-Levenshtein (optimal string alignment) distance from the word's letters to a candidate's. */
export function letterDistance(from: string, to: string): number {
  const n = from.length
  const m = to.length
  const d: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = 1; i <= n; i++) d[i]![0] = d[i - 1]![0]! + dropCost(from, i - 1)
  for (let j = 1; j <= m; j++) d[0]![j] = d[0]![j - 1]! + dropCost(to, j - 1)
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      let best = Math.min(d[i - 1]![j]! + dropCost(from, i - 1), d[i]![j - 1]! + dropCost(to, j - 1), d[i - 1]![j - 1]! + substitutionCost(from[i - 1]!, to[j - 1]!))
      if (i > 1 && j > 1 && from[i - 1] === to[j - 2] && from[i - 2] === to[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + COST.transpose)
      d[i]![j] = best
    }
  }
  return d[n]![m]!
}

/** Cost of writing `to` where the word has the tones `written` (none, one, or two marks by mistake). */
export function toneCost(written: readonly Tone[], to: Tone): number {
  if (written.length === 0) return to === 'ngang' ? 0 : COST.toneMissing
  if (written.includes(to)) return written.length > 1 ? COST.extraMark : 0
  if (to === 'ngang') return COST.toneExtra
  const hoiNga = (t: Tone): boolean => t === 'hoi' || t === 'nga'
  if (hoiNga(to) && written.some(hoiNga)) return COST.hoiNga
  return COST.toneOther
}

/** Every string one keyboard edit away from `skeleton` (and itself), over the letters of the alphabet. */
function skeletonEdits(skeleton: string): Set<string> {
  const out = new Set<string>([skeleton])
  for (let i = 0; i <= skeleton.length; i++) {
    const head = skeleton.slice(0, i)
    const tail = skeleton.slice(i)
    if (tail) out.add(head + tail.slice(1))
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2))
    for (const ch of ALPHABET) {
      out.add(head + ch + tail)
      if (tail && ch !== tail[0]) out.add(head + ch + tail.slice(1))
    }
  }
  return out
}

/** Cost of the typing candidate: Telex or VNI keys left in the word. */
function typingCandidate(word: string): string | undefined {
  if (!/^[a-z0-9]+$/iu.test(word)) return undefined
  return /\d/u.test(word) ? fromVni(word) : fromTelex(word)
}

function candidateOf(entry: Entry, cost: number, kind: EditKind): SpellingCandidate {
  return { text: entry.newStyle, oldStyle: entry.oldStyle, keys: [entry.key], cost, kind }
}

/** Single-syllable candidates of `reading`, best spelling per lexicon key. */
function syllableCandidates(reading: Reading): Map<string, { entry: Entry; cost: number; kind: EditKind }> {
  const found = new Map<string, { entry: Entry; cost: number; kind: EditKind }>()
  const idx = skeletonIndex()
  const skeleton = skeletonOf(reading.letters)
  for (const edited of skeletonEdits(skeleton)) {
    const entries = idx.get(edited)
    if (!entries) continue
    for (const entry of entries) {
      const cost = letterDistance(reading.letters, entry.base) + toneCost(reading.tones, entry.tone)
      if (cost > MAX_COST) continue
      const kind: EditKind = edited === skeleton ? 'marks' : 'keyboard'
      const known = found.get(entry.key)
      if (!known || cost < known.cost || (cost === known.cost && entry.listed && !known.entry.listed)) found.set(entry.key, { entry, cost, kind })
    }
  }
  return found
}

/** Candidates dearer than this are not worth showing. */
const MAX_COST = 2.6

/** Whether a syllable carries a tone or vowel mark (or đ). */
function hasMark(syllable: string): boolean {
  for (const ch of syllable) {
    const letter = readLetter(ch)
    if (letter && (letter.tone !== 'ngang' || letter.base !== skeletonLetter(letter.base))) return true
  }
  return false
}

/** Two syllables run together (`chíâm`, `đượcmột`): each split whose halves are lexicon syllables. */
function splitCandidates(word: string): SpellingCandidate[] {
  const chars = [...word.normalize('NFC').toLowerCase()]
  const out: SpellingCandidate[] = []
  const lex = lexicon()
  for (let i = 1; i < chars.length; i++) {
    const left = parseSyllable(chars.slice(0, i).join(''))
    const right = parseSyllable(chars.slice(i).join(''))
    if (!left || !right || !lex.has(left.text) || !lex.has(right.text)) continue
    // Each half carries a mark of its own (`chí|âm`, `được|một`): `lọai` is not `lọ ai`, nor `nguời` `ngu ời`.
    if (!hasMark(left.text) || !hasMark(right.text)) continue
    const text = `${left.text} ${right.text}`
    out.push({ text, oldStyle: text, keys: [syllableKey(left.text), syllableKey(right.text)], cost: COST.split, kind: 'split' })
  }
  return out
}

const cache = new Map<string, readonly SpellingCandidate[]>()
const CACHE_LIMIT = 20_000

/**
 * The candidates for `word` (any case, NFC or NFD), cheapest first, at most
 * a few dozen; empty when no lexicon syllable is near. The word itself is
 * never among them unless only its tone placement differs.
 */
export function spellingCandidates(word: string): readonly SpellingCandidate[] {
  const lower = word.normalize('NFC').toLowerCase()
  let result = cache.get(lower)
  if (result === undefined) {
    result = computeCandidates(lower)
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(lower, result)
  }
  return result
}

function computeCandidates(lower: string): readonly SpellingCandidate[] {
  const out: SpellingCandidate[] = []
  const seen = new Set<string>()
  const typed = typingCandidate(lower)
  const lex = lexicon()
  if (typed && lex.has(typed)) {
    const syllable = parseSyllable(typed)!
    out.push({ text: typed, oldStyle: writeSyllable(syllable.base, syllable.tone, 'old') ?? typed, keys: [syllableKey(typed)], cost: COST.typing, kind: 'typing' })
    seen.add(syllableKey(typed))
  }
  const reading = readWord(lower)
  if (reading && reading.letters.length <= 10) {
    const selfKey = analyzeSyllable(lower).ok ? syllableKey(lower) : undefined
    for (const [key, { entry, cost, kind }] of syllableCandidates(reading)) {
      if (seen.has(key) || key === selfKey) continue
      seen.add(key)
      out.push(candidateOf(entry, cost, kind))
    }
    if (reading.letters.length >= 3) for (const split of splitCandidates(lower)) out.push(split)
  }
  out.sort((a, b) => a.cost - b.cost || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
  return out.slice(0, 40)
}

/** The written form of a candidate in `style`. */
export function candidateText(candidate: SpellingCandidate, style: ToneStyle): string {
  return style === 'old' ? candidate.oldStyle : candidate.text
}
