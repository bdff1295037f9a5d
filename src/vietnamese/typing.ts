/**
 * Leftovers of the Telex and VNI input methods: a word typed with the keys
 * that should have become marks (`nguowif` for `người`, `dduwowcj` for
 * `được`, `vie65t` for `việt`). Each decoder gives the syllable meant, or
 * undefined when the keys do not spell one.
 */
import { writeSyllable } from './syllable.js'
import type { Tone } from './tone.js'

const TELEX_TONES: Readonly<Record<string, Tone>> = { s: 'sac', f: 'huyen', r: 'hoi', x: 'nga', j: 'nang' }
const VNI_TONES: Readonly<Record<string, Tone>> = { '1': 'sac', '2': 'huyen', '3': 'hoi', '4': 'nga', '5': 'nang' }
const CIRCUMFLEX: Readonly<Record<string, string>> = { a: 'â', e: 'ê', o: 'ô' }
const HORN: Readonly<Record<string, string>> = { o: 'ơ', u: 'ư' }
const VOWEL = /[aăâeêioôơuưy]/u

/** Telex `w`: the breve or horn on the last a, o or u (`uo` → `ươ`: `nguoiw`, `nguowi`), or a lone `ư`. */
function horn(letters: string): string {
  if (letters.includes('uo')) return letters.replace('uo', 'ươ')
  for (let i = letters.length - 1; i >= 0; i--) {
    const ch = letters[i]!
    if (ch === 'a') return letters.slice(0, i) + 'ă' + letters.slice(i + 1)
    if (HORN[ch]) return letters.slice(0, i) + HORN[ch] + letters.slice(i + 1)
    if (VOWEL.test(ch)) break
  }
  return letters + 'ư'
}

/**
 * The syllable a Telex key sequence spells (lower case, new tone style), or
 * undefined. `dd` → đ; `aa`, `ee`, `oo` → â, ê, ô; `aw`, `ow`, `uw` → ă, ơ,
 * ư (`uow` → ươ, a lone `w` → ư); a final or post-vowel `s f r x j` → the
 * tone. Only a word that uses at least one key is decoded: `hoa` is not Telex.
 */
export function fromTelex(word: string): string | undefined {
  const lower = word.toLowerCase()
  if (!/^[a-z]+$/u.test(lower)) return undefined
  let letters = ''
  let tone: Tone = 'ngang'
  let keys = 0
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!
    const prev = letters.slice(-1)
    if (ch === 'd' && prev === 'd') {
      letters = letters.slice(0, -1) + 'đ'
      keys++
    } else if (CIRCUMFLEX[ch] && prev === ch) {
      letters = letters.slice(0, -1) + CIRCUMFLEX[ch]
      keys++
    } else if (ch === 'w') {
      keys++
      letters = horn(letters)
    } else if (TELEX_TONES[ch] && VOWEL.test(letters) && !(ch === 's' && i === 0)) {
      tone = TELEX_TONES[ch]!
      keys++
    } else {
      letters += ch
    }
  }
  if (keys === 0) return undefined
  return writeSyllable(letters, tone)
}

/**
 * The syllable a VNI key sequence spells (lower case, new tone style), or
 * undefined: digits 1–5 are the tones, 6 the circumflex (â ê ô), 7 the horn
 * (ơ ư; `uo7` → ươ), 8 the breve (ă), 9 the bar of đ. `vie65t` → `việt`.
 */
export function fromVni(word: string): string | undefined {
  const lower = word.toLowerCase()
  if (!/^[a-z][a-z1-9]*$/u.test(lower) || !/[1-9]/u.test(lower)) return undefined
  let letters = ''
  let tone: Tone = 'ngang'
  for (const ch of lower) {
    if (ch >= 'a' && ch <= 'z') {
      letters += ch
      continue
    }
    if (VNI_TONES[ch]) {
      if (!VOWEL.test(letters)) return undefined
      tone = VNI_TONES[ch]!
    } else if (ch === '6') {
      const at = Math.max(letters.lastIndexOf('a'), letters.lastIndexOf('e'), letters.lastIndexOf('o'))
      if (at < 0) return undefined
      letters = letters.slice(0, at) + CIRCUMFLEX[letters[at]!] + letters.slice(at + 1)
    } else if (ch === '7') {
      if (/uo/u.test(letters)) letters = letters.replace('uo', 'ươ')
      else {
        const at = Math.max(letters.lastIndexOf('o'), letters.lastIndexOf('u'))
        if (at < 0) return undefined
        letters = letters.slice(0, at) + HORN[letters[at]!] + letters.slice(at + 1)
      }
    } else if (ch === '8') {
      const at = letters.lastIndexOf('a')
      if (at < 0) return undefined
      letters = letters.slice(0, at) + 'ă' + letters.slice(at + 1)
    } else if (ch === '9') {
      if (!letters.startsWith('d')) return undefined
      letters = 'đ' + letters.slice(1)
    }
  }
  return writeSyllable(letters, tone)
}
