/**
 * Confusion sets: for a syllable, the other syllables a writer slips into in
 * its place — a tone (`đước`/`được`), a vowel mark (a/ă/â, o/ô/ơ, u/ư, e/ê,
 * `uô`/`ươ`), both at once, an onset heard alike (s/x, ch/tr, d/gi/r, n/l,
 * v/d), an onset letter dropped or added (`hỉ`/`chỉ`, `ược`/`được`), a coda
 * heard alike (c/t/ch, n/ng/nh, i/y), `d` for `đ`. Each variant is a
 * well-formed syllable of the Viet74K word list known to the context model
 * (flagged in the tables, so no lexicon is built for it: dictionary-vi would
 * add only the name `nguyễn`, never a lower-case suggestion) and carries its
 * edit type, which `confusable-word` weighs with a prior learned from labeled
 * mistakes.
 */
import { IN_WORD_LIST, languageTables, WELL_FORMED } from './language-tables.js'
import { TONES } from './letters.js'
import { foldKey, syllableKey } from './syllable-key.js'
import { composeSyllable, parseSyllable, writeSyllable, type Syllable } from './syllable.js'
import { toneKeyOf, type Tone } from './tone.js'

/** How a variant differs from the syllable written. */
export const enum EditType {
  /** Another tone, same letters: `đước` → `được`. */
  Tone = 0,
  /** Another vowel mark, same tone: `dân` → `dăn`. */
  VowelMark = 1,
  /** Another vowel mark and another tone: `hoà` → `hỏa`… */
  VowelMarkTone = 2,
  /** An onset that sounds alike (s/x, ch/tr, d/gi/r, n/l, v/d): `sưng` → `xưng`. */
  Onset = 3,
  /** One letter of the onset dropped in the text (the variant has one more): `hỉ` → `chỉ`. */
  OnsetAdded = 4,
  /** One letter of the onset added in the text (the variant has one fewer): `thành` → `hành`. */
  OnsetDropped = 5,
  /** A coda that sounds alike (c/t/ch, n/ng/nh, i/y): `hát` → `hác`, `cách` → `các`. */
  Coda = 6,
  /** `d` for `đ` or back (the stroke left out or put in): `dể` → `để`. */
  Stroke = 7,
}

/** Names of the edit types, in `EditType` order (the keys of the learned priors). */
export const EDIT_TYPE_NAMES = ['tone', 'vowelMark', 'vowelMarkTone', 'onset', 'onsetAdded', 'onsetDropped', 'coda', 'stroke'] as const
export type EditTypeName = (typeof EDIT_TYPE_NAMES)[number]

/** The variants of one syllable, as parallel arrays (no object per variant in the hot loop). */
export interface ConfusionSet {
  /** Lower-case NFC variants, new tone placement. */
  readonly texts: readonly string[]
  /** Context-model id of each variant. */
  readonly ids: Int32Array
  /** Edit type of each variant. */
  readonly types: Uint8Array
}

/** A set whose variant texts are written on first need (most sets are only scored, by id). */
class LazyConfusionSet implements ConfusionSet {
  private written: string[] | undefined

  constructor(
    readonly ids: Int32Array,
    readonly types: Uint8Array,
    /** Toneless letters and tone of each variant, or its text when it was written already. */
    private readonly letters: readonly string[],
    private readonly tones: readonly (Tone | undefined)[],
  ) {}

  get texts(): readonly string[] {
    this.written ??= this.letters.map((letters, i) => {
      const tone = this.tones[i]
      return tone === undefined ? letters : writeSyllable(letters, tone)!
    })
    return this.written
  }
}

/** The empty set, shared. */
export const NO_VARIANTS: ConfusionSet = { texts: [], ids: new Int32Array(0), types: new Uint8Array(0) }

/** Onsets a writer confuses by sound (southern and northern mergers). */
const ONSET_GROUPS: readonly (readonly string[])[] = [['s', 'x'], ['ch', 'tr'], ['d', 'gi', 'r', 'v'], ['n', 'l']]
/** Onsets one letter apart (the text dropped or added a letter): `ch` ↔ `h`, `c`; `th` ↔ `t`, `h`; `''` ↔ one letter. */
const ONE_LETTER_ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'r', 's', 't', 'th', 'tr', 'v', 'x']
/** Codas that sound alike. */
const CODA_PAIRS: Readonly<Record<string, readonly string[]>> = {
  c: ['t', 'ch'],
  t: ['c', 'ch'],
  ch: ['c', 't'],
  n: ['ng', 'nh'],
  ng: ['n', 'nh'],
  nh: ['n', 'ng'],
  i: ['y'],
  y: ['i'],
}
/** Vowel letters that differ only by their mark. */
const MARK_GROUPS: Readonly<Record<string, string>> = { a: 'ăâ', ă: 'aâ', â: 'aă', o: 'ôơ', ô: 'oơ', ơ: 'oô', u: 'ư', ư: 'u', e: 'ê', ê: 'e' }

/** Spellings of one onset sound before different vowels: c/k, g/gh, ng/ngh (`q` + glide is a sound of its own here). */
const SAME_SOUND: Readonly<Record<string, readonly string[]>> = {
  c: ['c', 'k'],
  g: ['g', 'gh'],
  gh: ['g', 'gh'],
  ng: ['ng', 'ngh'],
  ngh: ['ng', 'ngh'],
}

/** The spellings of an onset sound: `SAME_SOUND`'s, or the onset alone (one array per onset, not per call). */
const spellingCache = new Map<string, readonly string[]>()

function spellingsOf(onset: string): readonly string[] {
  let spellings = SAME_SOUND[onset] ?? spellingCache.get(onset)
  if (spellings === undefined) {
    spellings = [onset]
    spellingCache.set(onset, spellings)
  }
  return spellings
}

/** The sound class of an onset spelling (`k` → `c`; `gh` → `g`; `ngh` → `ng`). */
function soundOf(onset: string): string {
  if (onset === 'k') return 'c'
  if (onset === 'gh') return 'g'
  if (onset === 'ngh') return 'ng'
  return onset
}

/** Whether `a` becomes `b` by inserting one letter (`h` → `ch`, `` → `n`). */
function oneLetterMore(a: string, b: string): boolean {
  if (b.length !== a.length + 1) return false
  for (let i = 0; i < b.length; i++) if (b.slice(0, i) + b.slice(i + 1) === a) return true
  return false
}

/** Onsets one letter longer (the text dropped one) and shorter (it added one) than an onset sound, in `ONE_LETTER_ONSETS` order. */
interface OneLetterNeighbours {
  readonly added: readonly string[]
  readonly dropped: readonly string[]
}

const oneLetterNeighbours = new Map<string, OneLetterNeighbours>()

function neighboursOf(onset: string): OneLetterNeighbours {
  let entry = oneLetterNeighbours.get(onset)
  if (entry === undefined) {
    const added: string[] = []
    const dropped: string[] = []
    for (const o of ONE_LETTER_ONSETS) {
      if (soundOf(o) !== o) continue
      if (oneLetterMore(onset, o)) added.push(o)
      else if (oneLetterMore(o, onset)) dropped.push(o)
    }
    entry = { added, dropped }
    oneLetterNeighbours.set(onset, entry)
  }
  return entry
}

/** Rhymes that differ from `rhyme` by the mark of one vowel (or of both letters of `uô`/`ươ`). */
function markVariants(rhyme: string): string[] {
  const out: string[] = []
  for (let i = 0; i < rhyme.length; i++) {
    const others = MARK_GROUPS[rhyme[i]!]
    if (!others) continue
    for (const o of others) out.push(rhyme.slice(0, i) + o + rhyme.slice(i + 1))
  }
  if (rhyme.includes('uô')) out.push(rhyme.replace('uô', 'ươ'))
  if (rhyme.includes('ươ')) out.push(rhyme.replace('ươ', 'uô'))
  if (rhyme.includes('ua') && !rhyme.includes('uâ')) out.push(rhyme.replace('ua', 'ưa'))
  if (rhyme.includes('ưa')) out.push(rhyme.replace('ưa', 'ua'))
  return out
}

/** Rhymes with the other coda of a sound-alike pair. */
function codaVariants(syllable: Syllable): string[] {
  const others = CODA_PAIRS[syllable.coda]
  if (others === undefined) return []
  const stem = syllable.rhyme.slice(0, syllable.rhyme.length - syllable.coda.length)
  return others.map((other) => stem + other)
}

/** The onset as a sound and the rhyme as written after it (`kể` → `c` + `ê`, `gì` → `gi` + `i`). */
function parts(syllable: Syllable): [string, string] {
  return [soundOf(syllable.onset), syllable.rhyme]
}

/** Receives each candidate: the onset as a sound, the rhyme as written after it, the tone and the edit type. */
type CandidateSink = (onset: string, rhyme: string, tone: Tone, type: EditType) => void

/** Every (onset, rhyme, tone) one slip away from `syllable`, with its edit type, in a fixed order; unchecked. */
function forEachCandidate(syllable: Syllable, emit: CandidateSink): void {
  const [onset, rhyme] = parts(syllable)
  const tone = syllable.tone
  for (const t of TONES) if (t !== tone) emit(onset, rhyme, t, EditType.Tone)
  for (const r of markVariants(rhyme)) {
    emit(onset, r, tone, EditType.VowelMark)
    for (const t of TONES) if (t !== tone) emit(onset, r, t, EditType.VowelMarkTone)
  }
  for (const group of ONSET_GROUPS) {
    if (!group.includes(onset)) continue
    for (const o of group) if (o !== onset) emit(o, rhyme, tone, EditType.Onset)
  }
  const neighbours = neighboursOf(onset)
  // Same order as the onset list: each onset is one or the other, never both.
  for (const o of ONE_LETTER_ONSETS) {
    if (neighbours.added.includes(o)) emit(o, rhyme, tone, EditType.OnsetAdded)
    else if (neighbours.dropped.includes(o)) emit(o, rhyme, tone, EditType.OnsetDropped)
  }
  for (const r of codaVariants(syllable)) emit(onset, r, tone, EditType.Coda)
  if (onset === 'd') emit('đ', rhyme, tone, EditType.Stroke)
  if (onset === 'đ') emit('d', rhyme, tone, EditType.Stroke)
}

/** Write `onset` (a sound, spelt as the rhyme needs) + `rhyme` + `tone`; undefined when no spelling makes a syllable. */
function compose(onset: string, rhyme: string, tone: Tone): string | undefined {
  for (const spelling of spellingsOf(onset)) {
    const text = composeSyllable(spelling, rhyme, tone)
    if (text) return text
  }
  return undefined
}

/**
 * Every confusable variant of a syllable (lower case, toneless or not), with
 * its edit type; no word-list check. The reference `confusionSet` is checked
 * against in the tests.
 */
export function candidateVariants(syllable: Syllable): Array<{ text: string; type: EditType }> {
  const out: Array<{ text: string; type: EditType }> = []
  // Variants are told apart by the model's key, so `kỉ`/`kỷ` or `qui`/`quy` are never each other's variant.
  const seen = new Set<string>([foldKey(syllable.key)])
  forEachCandidate(syllable, (onset, rhyme, tone, type) => {
    const text = compose(onset, rhyme, tone)
    if (!text) return
    const key = syllableKey(text)
    if (seen.has(key)) return
    seen.add(key)
    out.push({ text, type })
  })
  return out
}

/** The letters `onset` (a spelling) + `rhyme` make (`gi` + `iêng` is `giêng`). */
function lettersOf(spelling: string, rhyme: string): string {
  return spelling === 'gi' && rhyme.charCodeAt(0) === 105 /* i */ ? 'g' + rhyme : spelling + rhyme
}

const cache = new Map<string, ConfusionSet>()
const CACHE_LIMIT = 100_000

/**
 * The confusable variants of `lower` (a lower-case NFC word) that are
 * well-formed syllables of the word list known to the context model; the empty
 * set when `lower` is not a syllable. Cached per word.
 */
export function confusionSet(lower: string): ConfusionSet {
  let set = cache.get(lower)
  if (set === undefined) {
    set = buildConfusionSet(lower)
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(lower, set)
  }
  return set
}

/**
 * `confusionSet` without the cache. Works on the model's keys: a candidate
 * is first looked up by its key (one string and one map lookup: most
 * candidates are not syllables anyone writes), and only the survivors are
 * checked by the word list's flags (and the grammar, where the key may stand
 * for another spelling). Same variants, in the same order, as
 * `candidateVariants` filtered by the word list and the model.
 */
export function buildConfusionSet(lower: string): ConfusionSet {
  const syllable = parseSyllable(lower)
  if (!syllable) return NO_VARIANTS
  const tables = languageTables()
  const modelIds = tables.ids
  const flags = tables.wordList
  const letterList: string[] = []
  const toneList: (Tone | undefined)[] = []
  const ids: number[] = []
  const types: number[] = []
  const seen = new Set<string>([foldKey(syllable.key)])
  forEachCandidate(syllable, (onset, rhyme, tone, type) => {
    for (const spelling of spellingsOf(onset)) {
      const letters = lettersOf(spelling, rhyme)
      const unfolded = toneKeyOf(letters, tone)
      const key = foldKey(unfolded)
      if (seen.has(key)) continue
      const id = modelIds.get(key)
      // Unknown to the model: no spelling of this sound is (the spellings of one sound share no key).
      if (id === undefined) continue
      // Only syllables of the word list that the grammar accepts (flagged in the tables) are variants.
      if ((flags[id]! & (IN_WORD_LIST | WELL_FORMED)) !== (IN_WORD_LIST | WELL_FORMED)) continue
      if (key === unfolded && spelling !== 'g' && spelling !== 'gi') {
        // A well-formed key is a syllable when written from these letters: its text can wait.
        letterList.push(letters)
        toneList.push(tone)
      } else {
        // The key stands for another spelling (i/y, qui), or `gi` may be read another way: check.
        const text = composeSyllable(spelling, rhyme, tone)
        if (!text) continue
        letterList.push(text)
        toneList.push(undefined)
      }
      seen.add(key)
      ids.push(id)
      types.push(type)
      return
    }
  })
  if (ids.length === 0) return NO_VARIANTS
  return new LazyConfusionSet(Int32Array.from(ids), Uint8Array.from(types), letterList, toneList)
}
