/**
 * Tones and tone-normalised keys. Vietnamese writes the tone mark on one vowel
 * of a syllable, and old and new placement differ (`uỷ`/`ủy`, `hoà`/`hòa`,
 * `thuỷ`/`thủy`); comparing by `toneKey` makes both placements equal.
 */

/** The six tones, by the mark that writes them. */
export type Tone = 'ngang' | 'huyen' | 'sac' | 'hoi' | 'nga' | 'nang'

/** Combining tone marks (after NFD) and the tone each writes. */
export const TONE_MARKS: Readonly<Record<string, Tone>> = {
  '\u0300': 'huyen', // à
  '\u0301': 'sac', // á
  '\u0309': 'hoi', // ả
  '\u0303': 'nga', // ã
  '\u0323': 'nang', // ạ
}

const TONE_DIGIT: Readonly<Record<Tone, string>> = { ngang: '', huyen: '2', sac: '1', hoi: '3', nga: '4', nang: '5' }
const TONE_MARK_RE = /[\u0300\u0301\u0303\u0309\u0323]/gu

/** The tone of `syllable` (`ngang` when it has no mark). */
export function toneOf(syllable: string): Tone {
  for (const ch of syllable.normalize('NFD')) {
    const tone = TONE_MARKS[ch]
    if (tone) return tone
  }
  return 'ngang'
}

/** `syllable` without its tone mark, keeping the vowel marks (ă â ê ô ơ ư đ), in NFC. */
export function stripTone(syllable: string): string {
  return syllable.normalize('NFD').replace(TONE_MARK_RE, '').normalize('NFC')
}

/** Per precomposed character: its lower-case toneless form and tone (`Ệ` → [`ê`, `nang`]), filled on first use. */
const charKeys = new Map<string, readonly [string, Tone]>()
const COMBINING_MARK = /[\u0300-\u036f]/u

function charKey(ch: string): readonly [string, Tone] {
  let entry = charKeys.get(ch)
  if (!entry) {
    let tone: Tone = 'ngang'
    for (const part of ch.normalize('NFD')) tone = TONE_MARKS[part] ?? tone
    entry = [ch.normalize('NFD').replace(TONE_MARK_RE, '').normalize('NFC').toLowerCase(), tone]
    charKeys.set(ch, entry)
  }
  return entry
}

/**
 * A key equal for the same syllable whatever its tone placement and case:
 * the lower-case toneless syllable followed by the tone's digit
 * (`Uỷ`, `ủy` → `uy3`; `hoà`, `hòa` → `hoa2`).
 */
export function toneKey(syllable: string): string {
  if (COMBINING_MARK.test(syllable)) {
    // Decomposed input: the marks are separate characters.
    const nfd = syllable.normalize('NFD')
    let tone: Tone = 'ngang'
    for (const ch of nfd) tone = TONE_MARKS[ch] ?? tone
    return toneKeyOf(nfd.replace(TONE_MARK_RE, '').normalize('NFC').toLowerCase(), tone)
  }
  // Precomposed input: one cached lookup per character, no normalisation.
  let base = ''
  let tone: Tone = 'ngang'
  for (const ch of syllable) {
    const [letter, t] = charKey(ch)
    base += letter
    if (t !== 'ngang') tone = t
  }
  return toneKeyOf(base, tone)
}

/**
 * The `toneKey` of a syllable already split into its lower-case toneless NFC
 * letters and its tone (`toneKeyOf('uy', 'hoi')` → `uy3`), for callers that
 * hold the parts (the syllable grammar) and want no second normalisation.
 */
export function toneKeyOf(base: string, tone: Tone): string {
  return base + TONE_DIGIT[tone]
}

/** `toneKey` of each whitespace-separated word of `phrase`, joined by spaces. */
export function phraseToneKey(phrase: string): string {
  return phrase
    .split(/\s+/u)
    .filter(Boolean)
    .map(toneKey)
    .join(' ')
}
