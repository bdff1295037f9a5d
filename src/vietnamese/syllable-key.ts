/**
 * The key the context model counts syllables by: `toneKey` (lower case, tone
 * placement ignored: `Uỷ`, `ủy` → `uy3`), with the i/y spelling variants of
 * one syllable merged (`kỷ`/`kỉ` → `ki3`, `sỹ`/`sĩ` → `si4`, `lý`/`lí`,
 * `qui`/`quy`). Both spellings are in use in published text (“thế kỷ”, “kỉ
 * niệm”), so they are one syllable to the model, never a confusion.
 */
import { readLetter } from './letters.js'
import { toneKey, toneKeyOf, type Tone } from './tone.js'

// A consonant onset followed by a lone i or y, and its tone digit: “kỷ” → ky3 → ki3.
const LONE_Y = /^(b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|r|s|t|th|tr|v|x)y(\d?)$/u
// “qui” is the older spelling of “quy” (“qui định”).
const QUI = /^qui(\d?)$/u

/** Fold the i/y variants of a tone key (`ky3` → `ki3`, `qui1` → `quy1`). */
export function foldKey(key: string): string {
  if (key.length > 5) return key
  // Only keys with a y, or qui, fold: most keys are left at the first test.
  if (!key.includes('y') && !key.startsWith('qui')) return key
  const y = LONE_Y.exec(key)
  if (y) return `${y[1]}i${y[2]}`
  const qui = QUI.exec(key)
  if (qui) return `quy${qui[1]}`
  return key
}

/** The model's key of a syllable as written. */
export function syllableKey(syllable: string): string {
  // Fast path for NFC letters of the alphabet, one lookup each; anything else goes through NFD.
  let base = ''
  let tone: Tone = 'ngang'
  for (const ch of syllable) {
    const letter = readLetter(ch)
    if (!letter) return foldKey(toneKey(syllable))
    base += letter.base
    if (letter.tone !== 'ngang') tone = letter.tone
  }
  return foldKey(toneKeyOf(base, tone))
}
