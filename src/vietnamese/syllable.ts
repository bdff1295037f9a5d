/**
 * The Vietnamese syllable grammar: splits a written syllable into onset,
 * glide, nucleus, coda and tone, in NFC or NFD and any case, and tells a
 * well-formed syllable from a non-syllable by the orthography's own
 * constraints, with no dictionary: stop codas (c, ch, p, t) take only sắc or
 * nặng; k, gh, ngh stand only before front vowels (i, e, ê, y, iê) and c, g,
 * ng never do; q is always `qu`; the vowels and coda must make a rhyme of the
 * table in rhymes.ts; the tone mark sits where the old or the new style puts
 * it. `quiy`, `tieếp`, `địng`, `kà`, `trănm` and `nguowif` are not syllables.
 */
import { FOREIGN_LETTERS, isVowelLetter, readLetter, toneLetter } from './letters.js'
import { QU_RHYMES, RHYMES, type Coda, type Glide, type RhymeInfo } from './rhymes.js'
import { TONE_MARKS, toneKeyOf, type Tone } from './tone.js'

export type { Coda, Glide } from './rhymes.js'

/** A written onset (`q` stands for the q of `qu`; its u is the glide). `''` when the syllable starts with a vowel. */
export type Onset =
  | ''
  | 'b' | 'c' | 'ch' | 'd' | 'đ' | 'g' | 'gh' | 'gi' | 'h' | 'k' | 'kh' | 'l' | 'm' | 'n'
  | 'ng' | 'ngh' | 'nh' | 'p' | 'ph' | 'q' | 'r' | 's' | 't' | 'th' | 'tr' | 'v' | 'x'

/** Every written onset. */
export const ONSETS: ReadonlySet<string> = new Set<Onset>([
  '', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n',
  'ng', 'ngh', 'nh', 'p', 'ph', 'q', 'r', 's', 't', 'th', 'tr', 'v', 'x',
])

/**
 * Where the tone mark of a syllable sits: `new` (`hoà`, `uỷ`, `thuỷ`), `old`
 * (`hòa`, `ủy`, `thủy`), or `neutral` when both styles agree (`hoàng`,
 * `quý`, `được`) or the syllable has no mark.
 */
export type TonePlacement = 'new' | 'old' | 'neutral'

/** A tone-placement style: the new (mark on the main vowel) or the old (mark on the glide of open oa, oe, uy). */
export type ToneStyle = 'new' | 'old'

/** A well-formed syllable, split. All string parts are lower case, toneless, NFC. */
export interface Syllable {
  /** The text parsed, as given. */
  readonly text: string
  /** Lower case, toneless, NFC: `Được` → `đươc`, `QUÝ` → `quy`. One character per letter of `text`. */
  readonly base: string
  readonly onset: Onset
  /**
   * The rhyme as written after a plain onset (`oanh`, `ương`, `uy`). After `gi`
   * the rhyme's leading i is shared with the onset: `gì` is `gi` + `i`,
   * `giếng` is `gi` + `iêng`; after `q` the rhyme starts with the glide u
   * (`quốc` is `q` + `uôc`, glide u, nucleus ô).
   */
  readonly rhyme: string
  readonly glide: Glide
  /** A vowel (`a` … `y`), a diphthong (`iê`, `yê`, `ia`, `ya`, `uô`, `ua`, `ươ`, `ưa`) or `oo` (`xoong`). */
  readonly nucleus: string
  readonly coda: Coda
  readonly tone: Tone
  /** Index in `base` (and in the NFC text) of the letter with the tone mark; -1 for ngang. */
  readonly toneIndex: number
  /** Index in `base` where the new style puts the mark. */
  readonly newToneIndex: number
  /** Index in `base` where the old style puts the mark (differs from the new only for open oa, oe, uy). */
  readonly oldToneIndex: number
  /** Which style the written mark follows. */
  readonly placement: TonePlacement
  /** The tone-normalised key (`toneKey`): equal for `uỷ`/`ủy`, `Hoà`/`hòa`. */
  readonly key: string
}

/**
 * Why a token is not a syllable:
 * - `empty`: no letters;
 * - `notLetter`: a digit, punctuation or symbol inside (`part` is the character);
 * - `foreignLetter`: f, j, w, z or a letter outside the Vietnamese alphabet (`ü`, `ç`);
 * - `toneMarks`: two tone marks or more (`tieếp` has one, `tíếp` two);
 * - `noVowel`: no vowel letter (`km`, `nm`);
 * - `onset`: the leading consonants are not an onset (`bl`, `tl`, `sh`);
 * - `coda`: the letters after the vowels are not a coda (`nm` of `trănm`, `nline` of `online`);
 * - `rhyme`: vowels and coda do not make a rhyme (`iy` of `quiy`, `ieêp` of `tieếp`, `ing` of `địng`);
 * - `stopTone`: a stop coda (c, ch, p, t) with a tone other than sắc or nặng (`tôt`, `hành` is fine, `hàc` is not);
 * - `frontOnly`: k, gh or ngh before a vowel other than i, e, ê, y (`kà` for `cà`, `ghà`);
 * - `notFront`: c, g or ng before i, e, ê, y (`ce` for `ke`, `ngi` for `nghi`);
 * - `qWithoutU`: q not followed by u;
 * - `glideAfterC`: c or k before a glide (`coa`, `kuy`: written `qua`, `quy`);
 * - `tonePosition`: the tone mark sits where neither style puts it (`hòang`, `tíên`, `qúy`).
 */
export type SyllableProblemCode =
  | 'empty'
  | 'notLetter'
  | 'foreignLetter'
  | 'toneMarks'
  | 'noVowel'
  | 'onset'
  | 'coda'
  | 'rhyme'
  | 'stopTone'
  | 'frontOnly'
  | 'notFront'
  | 'qWithoutU'
  | 'glideAfterC'
  | 'tonePosition'

/** Why a token is not a syllable, with the offending letters (lower case, toneless). */
export interface SyllableProblem {
  readonly code: SyllableProblemCode
  /** The text analysed, as given. */
  readonly text: string
  /** The letters at fault: the onset, rhyme or coda in question, the foreign letter, the marked letter. */
  readonly part: string
}

/** The result of `analyzeSyllable`: a syllable, or the reason it is not one. */
export type SyllableAnalysis = { readonly ok: true; readonly syllable: Syllable } | { readonly ok: false; readonly problem: SyllableProblem }

const COMBINING = /[\u0300-\u036f]/u
const LETTER = /\p{L}/u
const FRONT_NUCLEI: ReadonlySet<string> = new Set(['i', 'e', 'ê', 'y', 'iê', 'ia'])
/** Onsets before which an open `y` is written (`ly`, `kỳ`, `mỹ`, `thủy`…), as opposed to `ngy`, `chy`. */
const Y_ONSETS: ReadonlySet<string> = new Set(['', 'b', 'd', 'đ', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'th', 'v', 'x'])
const STOP_TONES: ReadonlySet<Tone> = new Set<Tone>(['sac', 'nang'])

interface Reading {
  base: string
  tone: Tone
  toneIndex: number
}

function fail(code: SyllableProblemCode, text: string, part: string): SyllableAnalysis {
  return { ok: false, problem: { code, text, part } }
}

/** Read `text` letter by letter into a lower-case toneless base and its tone. */
function read(text: string): Reading | SyllableAnalysis {
  const s = COMBINING.test(text) ? text.normalize('NFC') : text
  let base = ''
  let tone: Tone = 'ngang'
  let toneIndex = -1
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!
    const letter = readLetter(ch)
    if (!letter) {
      // A tone mark NFC could not compose sits on a consonant (`n\u0301`).
      if (TONE_MARKS[ch]) return fail('tonePosition', text, base.slice(-1))
      const point = String.fromCodePoint(s.codePointAt(i)!)
      return fail(LETTER.test(point) || COMBINING.test(point) ? 'foreignLetter' : 'notLetter', text, point)
    }
    if (FOREIGN_LETTERS.includes(letter.base)) return fail('foreignLetter', text, letter.base)
    if (letter.tone !== 'ngang') {
      if (toneIndex >= 0) return fail('toneMarks', text, base.slice(toneIndex, toneIndex + 1) + letter.base)
      tone = letter.tone
      toneIndex = base.length
    }
    base += letter.base
  }
  return { base, tone, toneIndex }
}

/** Why `rest` (vowels and what follows them) is not a rhyme: a bad coda or a bad vowel cluster. */
function rhymeProblem(text: string, rest: string): SyllableAnalysis {
  let v = 0
  while (v < rest.length && isVowelLetter(rest[v]!)) v++
  const tail = rest.slice(v)
  if (tail !== '' && !['c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'].includes(tail)) return fail('coda', text, tail)
  return fail('rhyme', text, rest)
}

/**
 * Analyse `text` as one Vietnamese syllable (NFC or NFD, any case, invisible
 * characters not allowed): the split syllable, or the first rule it breaks.
 */
export function analyzeSyllable(text: string): SyllableAnalysis {
  if (text === '') return fail('empty', text, '')
  const reading = read(text)
  if ('ok' in reading) return reading
  return analyzeBase(text, reading.base, reading.tone, reading.toneIndex)
}

/** Analyse a lower-case toneless `base` with `tone` written at `toneIndex` (-1: not written yet, not checked). */
function analyzeBase(text: string, base: string, tone: Tone, toneIndex: number): SyllableAnalysis {
  let i = 0
  while (i < base.length && !isVowelLetter(base[i]!)) i++
  if (i === base.length) return fail('noVowel', text, base)
  let onset = base.slice(0, i)
  if (!ONSETS.has(onset)) return fail('onset', text, onset)

  let rhymeStart = i
  let info: RhymeInfo | undefined
  if (onset === 'q') {
    if (base[i] !== 'u') return fail('qWithoutU', text, 'q')
    info = QU_RHYMES.get(base.slice(i))
    if (!info) return rhymeProblem(text, base.slice(i))
  } else {
    if (onset === 'g' && base[i] === 'i') {
      onset = 'gi'
      const after = base[i + 1]
      // gì, gìn, giết: the i is shared with the rhyme; gia, giữ, giường, giề: it is not.
      if (after !== undefined && isVowelLetter(after) && (after !== 'ê' || i + 2 === base.length)) rhymeStart = i + 1
    }
    const rest = base.slice(rhymeStart)
    info = RHYMES.get(rest)
    if (!info) return rhymeProblem(text, rest)
    const front = info.glide === '' && FRONT_NUCLEI.has(info.nucleus)
    if (onset === 'k' || onset === 'gh' || onset === 'ngh') {
      if (info.glide !== '' && onset === 'k') return fail('glideAfterC', text, onset + info.glide)
      if (!front && !(onset === 'k' && info.nucleus === 'y')) return fail('frontOnly', text, onset)
    } else if (onset === 'c' || onset === 'g' || onset === 'ng') {
      if (front) return fail('notFront', text, onset)
      if (onset === 'c' && info.glide !== '') return fail('glideAfterC', text, onset + info.glide)
      if (onset !== 'ng' && info.nucleus === 'y' && info.glide === '') return fail('notFront', text, onset)
    }
    if (info.glide === '') {
      // yên, yêu but tiên, miếu; ia and iê need the onset, yê refuses it.
      if (info.nucleus === 'yê' && onset !== '') return fail('rhyme', text, rest)
      if (info.nucleus === 'iê' && onset === '') return fail('rhyme', text, rest)
      if (info.nucleus === 'y' && !Y_ONSETS.has(onset)) return fail('rhyme', text, rest)
    }
  }

  if (info.stop && !STOP_TONES.has(tone)) return fail('stopTone', text, info.coda)
  const newToneIndex = rhymeStart + info.newMark
  const oldToneIndex = rhymeStart + info.oldMark
  if (toneIndex >= 0 && toneIndex !== newToneIndex && toneIndex !== oldToneIndex) {
    return fail('tonePosition', text, base[toneIndex]!)
  }
  const placement: TonePlacement =
    toneIndex < 0 || newToneIndex === oldToneIndex ? 'neutral' : toneIndex === newToneIndex ? 'new' : 'old'
  return {
    ok: true,
    syllable: {
      text,
      base,
      onset: onset as Onset,
      rhyme: info.text,
      glide: info.glide,
      nucleus: info.nucleus,
      coda: info.coda,
      tone,
      toneIndex,
      newToneIndex,
      oldToneIndex,
      placement,
      key: toneKeyOf(base, tone),
    },
  }
}

/** `text` as a syllable, or undefined when it is not one. See `analyzeSyllable` for why. */
export function parseSyllable(text: string): Syllable | undefined {
  const analysis = analyzeSyllable(text)
  return analysis.ok ? analysis.syllable : undefined
}

/** Whether `text` is a well-formed Vietnamese syllable (NFC or NFD, any case). */
export function isSyllable(text: string): boolean {
  return analyzeSyllable(text).ok
}

/** Why `text` is not a syllable, or undefined when it is one. */
export function syllableProblem(text: string): SyllableProblem | undefined {
  const analysis = analyzeSyllable(text)
  return analysis.ok ? undefined : analysis.problem
}

/**
 * Write a syllable from its onset, rhyme (as `Syllable.rhyme` gives it) and
 * tone, with the mark where `style` puts it, lower case NFC; undefined when
 * the parts do not make a syllable (`c` + `uy`, `k` + `a`, `t` + `ôt` + ngang).
 * `gi` + `iêng` is `giêng`, `gi` + `i` is `gi`.
 */
export function composeSyllable(onset: string, rhyme: string, tone: Tone, style: ToneStyle = 'new'): string | undefined {
  const letters = onset === 'gi' && rhyme.startsWith('i') ? 'g' + rhyme : onset + rhyme
  const analysis = analyzeLetters(letters, tone)
  if (!analysis?.ok || analysis.syllable.onset !== onset || analysis.syllable.rhyme !== rhyme) return undefined
  return placeTone(letters, analysis.syllable, tone, style)
}

/**
 * Write the toneless lower-case `letters` (`nguoi` is not letters of a
 * syllable, `ngươi` is) with `tone`, the mark where `style` puts it; undefined
 * when they do not make a syllable with that tone (`tôt` + ngang, `quiy`).
 * `writeSyllable('ngươi', 'huyen')` → `người`; `writeSyllable('hoa', 'sac', 'old')` → `hóa`.
 */
export function writeSyllable(letters: string, tone: Tone, style: ToneStyle = 'new'): string | undefined {
  const analysis = analyzeLetters(letters, tone)
  return analysis?.ok ? placeTone(letters, analysis.syllable, tone, style) : undefined
}

function analyzeLetters(letters: string, tone: Tone): SyllableAnalysis | undefined {
  if (letters === '') return undefined
  for (let i = 0; i < letters.length; i++) if (readLetter(letters[i]!)?.base !== letters[i] || readLetter(letters[i]!)?.upper) return undefined
  return analyzeBase(letters, letters, tone, -1)
}

function placeTone(letters: string, syllable: Syllable, tone: Tone, style: ToneStyle): string {
  if (tone === 'ngang') return letters
  const at = style === 'new' ? syllable.newToneIndex : syllable.oldToneIndex
  return letters.slice(0, at) + toneLetter(letters[at]!, tone) + letters.slice(at + 1)
}

/**
 * `text` (one syllable) with its tone mark moved where `style` puts it,
 * keeping the case of each letter; NFC. Returns `text` normalised to NFC when
 * it already follows the style, has no mark, or is not a syllable.
 * `restyleTone('Thị', 'new')` → `Thị`; `restyleTone('ủy', 'new')` → `uỷ`; `restyleTone('Hoà', 'old')` → `Hòa`.
 */
export function restyleTone(text: string, style: ToneStyle): string {
  const nfc = text.normalize('NFC')
  const syllable = parseSyllable(nfc)
  if (!syllable || syllable.placement === 'neutral' || syllable.placement === style) return nfc
  const from = syllable.toneIndex
  const to = style === 'new' ? syllable.newToneIndex : syllable.oldToneIndex
  const chars = [...nfc]
  const move = (index: number, tone: Tone): string => {
    const ch = chars[index]!
    const letter = readLetter(ch)!
    const lower = toneLetter(letter.base, tone)
    return letter.upper ? lower.toUpperCase() : lower
  }
  chars[to] = move(to, syllable.tone)
  chars[from] = move(from, 'ngang')
  return chars.join('')
}
