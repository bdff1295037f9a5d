/**
 * Vietnamese letters with their tone: a lookup from each precomposed letter
 * (`ệ`, `Ừ`, `ý`) to its toneless lower-case letter and tone, and back. The
 * syllable grammar reads words through it without calling `normalize` on
 * text that is already NFC.
 */
import { TONE_MARKS, type Tone } from './tone.js'

/** The twelve vowel letters of the alphabet, lower case, toneless. */
export const VOWEL_LETTERS = 'aăâeêioôơuưy'

/** The consonant letters of the alphabet (no f, j, w, z), lower case. */
export const CONSONANT_LETTERS = 'bcdđghklmnpqrstvx'

/** Latin letters the Vietnamese alphabet lacks; in a word they mark a foreign word or a Telex leftover. */
export const FOREIGN_LETTERS = 'fjwz'

/** Vowel letters that carry a vowel mark (breve, circumflex, horn) and `đ`. */
export const MARKED_LETTERS = 'ăâêôơưđ'

/** The combining mark that writes each tone (`ngang` has none). */
export const TONE_MARK_OF: Readonly<Record<Tone, string>> = {
  ngang: '',
  huyen: '\u0300',
  sac: '\u0301',
  hoi: '\u0309',
  nga: '\u0303',
  nang: '\u0323',
}

/** The six tones in the order of the Vietnamese tone table. */
export const TONES: readonly Tone[] = ['ngang', 'huyen', 'sac', 'hoi', 'nga', 'nang']

/** A letter read: its lower-case toneless form and its tone. */
export interface LetterReading {
  /** Lower case, toneless, NFC (`ệ` → `ê`). */
  readonly base: string
  readonly tone: Tone
  /** Whether the letter was written upper case. */
  readonly upper: boolean
}

const readings = new Map<string, LetterReading>()
const composed = new Map<string, string>()

for (const base of VOWEL_LETTERS) {
  for (const tone of TONES) {
    const lower = (base + TONE_MARK_OF[tone]).normalize('NFC')
    const upper = lower.toUpperCase()
    readings.set(lower, { base, tone, upper: false })
    readings.set(upper, { base, tone, upper: true })
    composed.set(base + tone, lower)
  }
}
for (const base of CONSONANT_LETTERS + FOREIGN_LETTERS) {
  readings.set(base, { base, tone: 'ngang', upper: false })
  readings.set(base.toUpperCase(), { base, tone: 'ngang', upper: true })
}

/** How `ch` (one NFC character) reads as a Vietnamese letter, or undefined when it is not one. */
export function readLetter(ch: string): LetterReading | undefined {
  return readings.get(ch)
}

/** `base` (a lower-case toneless vowel letter) written with `tone`, lower case (`ê` + `nang` → `ệ`). */
export function toneLetter(base: string, tone: Tone): string {
  return composed.get(base + tone) ?? base
}

/** Whether `ch` is one of the twelve vowel letters (lower-case, toneless). */
export function isVowelLetter(ch: string): boolean {
  return VOWEL_LETTERS.includes(ch)
}

/** Whether `text` holds a combining tone mark (U+0300, U+0301, U+0303, U+0309, U+0323). */
export function hasToneMark(text: string): boolean {
  for (const ch of text.normalize('NFD')) if (TONE_MARKS[ch]) return true
  return false
}
