/**
 * Confusion sets: for a syllable, the other syllables a writer slips into in
 * its place — a tone (`đước`/`được`), a vowel mark (a/ă/â, o/ô/ơ, u/ư, e/ê,
 * `uô`/`ươ`), both at once, an onset heard alike (s/x, ch/tr, d/gi/r, n/l,
 * v/d), an onset letter dropped or added (`hỉ`/`chỉ`, `ược`/`được`), a coda
 * heard alike (c/t/ch, n/ng/nh, i/y), `d` for `đ`. Each variant is a well-formed syllable of the
 * lexicon and carries its edit type, which `confusable-word` weighs with a
 * prior learned from labeled mistakes. Built once per syllable and cached.
 */
import { lexicon } from './lexicon.js'
import { languageTables } from './language-tables.js'
import { TONES } from './letters.js'
import { foldKey, syllableKey } from './syllable-key.js'
import { composeSyllable, parseSyllable, type Syllable } from './syllable.js'
import type { Tone } from './tone.js'

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

/** Write `onset` (a sound, spelt as the rhyme needs) + `rhyme` + `tone`; undefined when no spelling makes a syllable. */
function compose(onset: string, rhyme: string, tone: Tone): string | undefined {
  for (const spelling of SAME_SOUND[onset] ?? [onset]) {
    const text = composeSyllable(spelling, rhyme, tone)
    if (text) return text
  }
  return undefined
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

/**
 * Every confusable variant of a syllable (lower case, toneless or not), with
 * its edit type; no lexicon check. Used by `confusionSet` and by tests.
 */
export function candidateVariants(syllable: Syllable): Array<{ text: string; type: EditType }> {
  const out: Array<{ text: string; type: EditType }> = []
  // Variants are told apart by the model's key, so `kỉ`/`kỷ` or `qui`/`quy` are never each other's variant.
  const seen = new Set<string>([foldKey(syllable.key)])
  const add = (text: string | undefined, type: EditType): void => {
    if (!text) return
    const key = syllableKey(text)
    if (seen.has(key)) return
    seen.add(key)
    out.push({ text, type })
  }
  const [onset, rhyme] = parts(syllable)
  const tone = syllable.tone
  for (const t of TONES) if (t !== tone) add(compose(onset, rhyme, t), EditType.Tone)
  for (const r of markVariants(rhyme)) {
    add(compose(onset, r, tone), EditType.VowelMark)
    for (const t of TONES) if (t !== tone) add(compose(onset, r, t), EditType.VowelMarkTone)
  }
  for (const group of ONSET_GROUPS) {
    if (!group.includes(onset)) continue
    for (const o of group) if (o !== onset) add(compose(o, rhyme, tone), EditType.Onset)
  }
  for (const o of ONE_LETTER_ONSETS) {
    const sound = soundOf(o)
    if (sound !== o) continue
    if (oneLetterMore(onset, o)) add(compose(o, rhyme, tone), EditType.OnsetAdded)
    else if (oneLetterMore(o, onset)) add(compose(o, rhyme, tone), EditType.OnsetDropped)
  }
  for (const r of codaVariants(syllable)) add(compose(onset, r, tone), EditType.Coda)
  if (onset === 'd') add(compose('đ', rhyme, tone), EditType.Stroke)
  if (onset === 'đ') add(compose('d', rhyme, tone), EditType.Stroke)
  return out
}

const cache = new Map<string, ConfusionSet>()
const CACHE_LIMIT = 100_000

/**
 * The confusable variants of `lower` (a lower-case NFC word) that are
 * well-formed syllables of the lexicon known to the context model; the empty
 * set when `lower` is not a syllable. Cached per word.
 */
export function confusionSet(lower: string): ConfusionSet {
  let set = cache.get(lower)
  if (set === undefined) {
    set = buildSet(lower)
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(lower, set)
  }
  return set
}

function buildSet(lower: string): ConfusionSet {
  const syllable = parseSyllable(lower)
  if (!syllable) return NO_VARIANTS
  const words = lexicon()
  const modelIds = languageTables().ids
  const texts: string[] = []
  const ids: number[] = []
  const types: number[] = []
  for (const v of candidateVariants(syllable)) {
    if (!words.has(v.text)) continue
    const id = modelIds.get(syllableKey(v.text))
    if (id === undefined) continue
    texts.push(v.text)
    ids.push(id)
    types.push(v.type)
  }
  if (texts.length === 0) return NO_VARIANTS
  return { texts, ids: Int32Array.from(ids), types: Uint8Array.from(types) }
}
