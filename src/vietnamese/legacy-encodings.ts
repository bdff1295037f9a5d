/**
 * Vietnamese typed in a legacy 8-bit encoding and shown as Latin-1 mojibake:
 * TCVN3 (ABC, the `.VnTime` fonts: `Th¸nh ñy`, `Ninh B×nh`) and VNI-Windows
 * (the `VNI-Times` fonts: `Vieät Nam`, `Thaønh uûy`). Each decoder turns such a
 * run back into Unicode; `recognizeLegacy` names the encoding of a run when
 * decoding turns it into Vietnamese syllables and it was not Vietnamese before.
 */
import { readLetter, toneLetter } from './letters.js'
import { isSyllable } from './syllable.js'
import type { Tone } from './tone.js'

/** A legacy encoding soát recognises. */
export type LegacyEncoding = 'TCVN3' | 'VNI'

/** TCVN3 (TCVN 5712:1993, ABC) code → letter, as the byte shows in Latin-1. */
const TCVN3_ROWS: ReadonlyArray<readonly [string, string]> = [
  ['µ¸¶·¹', 'àáảãạ'],
  ['¨»¾¼½Æ', 'ăằắẳẵặ'],
  ['©ÇÊÈÉË', 'âầấẩẫậ'],
  ['®ÌÐÎÏÑ', 'đèéẻẽẹ'],
  ['ªÒÕÓÔÖ', 'êềếểễệ'],
  ['×ÝØÜÞ', 'ìíỉĩị'],
  ['ßãáâä', 'òóỏõọ'],
  ['«åèæçé', 'ôồốổỗộ'],
  ['¬êíëìî', 'ơờớởỡợ'],
  ['ïóñòô', 'ùúủũụ'],
  ['\u00ADõøö÷ù', 'ưừứửữự'],
  ['úýûüþ', 'ỳýỷỹỵ'],
  ['¡¢§£¤¥¦', 'ĂÂĐÊÔƠƯ'],
]

const TCVN3 = new Map<string, string>()
for (const [codes, letters] of TCVN3_ROWS) [...codes].forEach((code, i) => TCVN3.set(code, letters[i]!))

/** VNI-Windows: the mark bytes written after a base letter, as Latin-1 shows them. */
const VNI_TONES: Readonly<Record<string, Tone>> = { ù: 'sac', ø: 'huyen', û: 'hoi', õ: 'nga', ï: 'nang' }
const VNI_CIRCUMFLEX_TONES: Readonly<Record<string, Tone>> = { â: 'ngang', á: 'sac', à: 'huyen', å: 'hoi', ã: 'nga', ä: 'nang' }
const VNI_BREVE_TONES: Readonly<Record<string, Tone>> = { ê: 'ngang', é: 'sac', è: 'huyen', ú: 'hoi', ü: 'nga', ë: 'nang' }
/** Single VNI bytes that stand for a whole letter. */
const VNI_LETTERS: Readonly<Record<string, readonly [string, Tone]>> = {
  ô: ['ơ', 'ngang'],
  ö: ['ư', 'ngang'],
  ñ: ['đ', 'ngang'],
  í: ['i', 'sac'],
  ì: ['i', 'huyen'],
  æ: ['i', 'hoi'],
  ó: ['i', 'nga'],
  ò: ['i', 'nang'],
  î: ['y', 'nang'],
}
const CIRCUMFLEX: Readonly<Record<string, string>> = { a: 'â', e: 'ê', o: 'ô' }

/** Both encodings show as Latin-1 (U+00A1–U+00FF): a run without such a character is not their mojibake. */
const LATIN1 = /[\u00A1-\u00FF]/u

/** Whether `text` holds a Latin-1 character, as every TCVN3 or VNI mojibake does (`¸`, `µ`, `ø`, `ä`, `ñ`…). */
export function hasLegacySignal(text: string): boolean {
  return LATIN1.test(text)
}

/** `text` read as TCVN3 mojibake, in Unicode (NFC). Characters outside the table are kept. */
export function decodeTcvn3(text: string): string {
  let out = ''
  for (const ch of text) out += TCVN3.get(ch) ?? ch
  return out
}

interface Letter {
  base: string
  tone: Tone
  upper: boolean
}

function write(item: Letter | string): string {
  if (typeof item === 'string') return item
  const lower = toneLetter(item.base, item.tone)
  return item.upper ? lower.toUpperCase() : lower
}

/** `text` read as VNI-Windows mojibake, in Unicode (NFC). */
export function decodeVni(text: string): string {
  const out: Array<Letter | string> = []
  for (const ch of text) {
    const lower = ch.toLowerCase()
    const last = out[out.length - 1]
    if (last !== undefined && typeof last !== 'string' && last.tone === 'ngang') {
      // A mark byte after its base letter: aù á, aâ â, aá ấ, aê ă, aé ắ.
      if (VNI_TONES[lower] && 'aăâeêioôơuưy'.includes(last.base)) {
        last.tone = VNI_TONES[lower]!
        continue
      }
      if (VNI_CIRCUMFLEX_TONES[lower] && CIRCUMFLEX[last.base]) {
        last.base = CIRCUMFLEX[last.base]!
        last.tone = VNI_CIRCUMFLEX_TONES[lower]!
        continue
      }
      if (VNI_BREVE_TONES[lower] && last.base === 'a') {
        last.base = 'ă'
        last.tone = VNI_BREVE_TONES[lower]!
        continue
      }
    }
    const single = VNI_LETTERS[lower]
    const letter = readLetter(ch)
    if (single) out.push({ base: single[0], tone: single[1], upper: ch !== lower })
    else if (letter && letter.tone === 'ngang') out.push({ base: letter.base, tone: 'ngang', upper: letter.upper })
    else out.push(ch)
  }
  return out.map(write).join('')
}

/** Whether every word of `text` (split on anything that is not a letter) is a Vietnamese syllable, and there is one. */
function allSyllables(text: string): boolean {
  const words = text.split(/[^\p{L}\p{M}]+/u).filter(Boolean)
  return words.length > 0 && words.every((w) => isSyllable(w))
}

/**
 * The legacy encoding `run` (a whitespace-free piece of text) is mojibake of,
 * with its decoding; undefined when `run` has no Latin-1 character, is
 * already Vietnamese, or does not decode to Vietnamese syllables only
 * (`café`, `José`, `Müller` stay foreign words).
 * `recognizeLegacy('Th¸nh')` → `{ encoding: 'TCVN3', decoded: 'Thánh' }`.
 */
export function recognizeLegacy(run: string): { encoding: LegacyEncoding; decoded: string } | undefined {
  if (!LATIN1.test(run) || allSyllables(run)) return undefined
  const tcvn3 = decodeTcvn3(run)
  if (tcvn3 !== run && allSyllables(tcvn3)) return { encoding: 'TCVN3', decoded: tcvn3 }
  const vni = decodeVni(run)
  if (vni !== run && allSyllables(vni)) return { encoding: 'VNI', decoded: vni }
  return undefined
}
