/**
 * Reading Vietnamese numerals: digits with `.` grouping thousands and `,`
 * marking decimals (`5.943`, `98,2`, `1.234,5`), English-style forms told
 * apart (`1,234,567`, `98.2`), number words (`hai mươi lăm`, `một trăm linh
 * năm`, `mười một`), and Vietnamese formatting for messages.
 */
import type { DigitStyle } from './types.js'
import type { NumeralWords } from './word-lists.js'

/** A number written in digits. */
export interface ParsedDigits {
  value: number
  decimals: number
  style: DigitStyle
  /** For `comma3` (`5,943`): the value read as English grouping (5943). */
  englishValue?: number
}

const PLAIN = /^\d+$/
const VI_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/
const VI_GROUPED_DECIMAL = /^[1-9]\d{0,2}(?:\.\d{3})+,\d+$/
const DECIMAL_COMMA = /^\d+,\d+$/
const COMMA3 = /^[1-9]\d{0,2},\d{3}$/
const EN_GROUPED = /^[1-9]\d{0,2}(?:,\d{3}){2,}(?:\.\d+)?$|^[1-9]\d{0,2}(?:,\d{3})+\.\d+$/
const DECIMAL_DOT = /^\d+\.\d+$/

function decimalsOf(fraction: string): number {
  return fraction.length
}

/** Parse a token of digits; `undefined` when it is not a plain number (dates, codes, sections `1.2.3`). */
export function parseDigits(text: string): ParsedDigits | undefined {
  if (PLAIN.test(text)) return { value: Number(text), decimals: 0, style: 'plain' }
  if (VI_GROUPED.test(text)) return { value: Number(text.replace(/\./g, '')), decimals: 0, style: 'vi-grouped' }
  if (VI_GROUPED_DECIMAL.test(text)) {
    const [int, frac] = text.split(',') as [string, string]
    return { value: Number(`${int.replace(/\./g, '')}.${frac}`), decimals: decimalsOf(frac), style: 'vi-decimal' }
  }
  if (COMMA3.test(text)) {
    const [int, frac] = text.split(',') as [string, string]
    return { value: Number(`${int}.${frac}`), decimals: 3, style: 'comma3', englishValue: Number(int + frac) }
  }
  if (DECIMAL_COMMA.test(text)) {
    const [int, frac] = text.split(',') as [string, string]
    return { value: Number(`${int}.${frac}`), decimals: decimalsOf(frac), style: 'vi-decimal' }
  }
  if (EN_GROUPED.test(text)) {
    const [int, frac = ''] = text.split('.') as [string, string?]
    return { value: Number(int.replace(/,/g, '') + (frac ? `.${frac}` : '')), decimals: frac.length, style: 'en-grouped' }
  }
  if (DECIMAL_DOT.test(text)) {
    const frac = text.slice(text.indexOf('.') + 1)
    return { value: Number(text), decimals: frac.length, style: 'en-decimal' }
  }
  return undefined
}

/** The value of a Roman numeral (`XIII` → 13), or undefined. */
export function romanValue(text: string): number | undefined {
  if (!/^(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/i.test(text)) return undefined
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 }
  let total = 0
  const upper = text.toUpperCase()
  for (let i = 0; i < upper.length; i++) {
    const v = values[upper[i]!]!
    const next = values[upper[i + 1] ?? ''] ?? 0
    total += v < next ? -v : v
  }
  return total
}

/**
 * Read number words from the start of `keys` (word keys, see `wordKey`):
 * returns the value and how many words it took, or undefined. Only forms a
 * Vietnamese writer uses: `mười một`, `hai mươi mốt`, `ba trăm linh năm`,
 * `hai nghìn không trăm hai mươi hai`, `một triệu hai trăm nghìn`.
 */
export function parseNumberWords(keys: readonly string[], words: NumeralWords): { value: number; length: number } | undefined {
  let total = 0
  let group = 0
  let pending: number | undefined
  let afterTens = false
  let afterHundred = false
  let used = 0
  let best: { value: number; length: number } | undefined
  let lastMagnitude = Infinity
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!
    const digit = words.digits.get(key)
    if (digit) {
      if (pending !== undefined) break
      if (digit.afterTensOnly && !afterTens) break
      if (afterTens) {
        group += digit.value
        afterTens = false
      } else {
        pending = digit.value
      }
    } else if (words.ten.has(key)) {
      if (pending !== undefined || afterTens) break
      group += 10
      afterTens = true
    } else if (words.tens.has(key)) {
      if (pending === undefined || pending < 2) break
      group += pending * 10
      pending = undefined
      afterTens = true
    } else if (words.hundred.has(key)) {
      if (pending === undefined || afterHundred) break
      group += pending * 100
      pending = undefined
      afterHundred = true
      afterTens = false
    } else if (words.zeroTens.has(key)) {
      if (!afterHundred || afterTens || pending !== undefined) break
      afterTens = true // `một trăm linh năm`: the digit that follows is the units
    } else {
      const magnitude = words.magnitudes.get(key)
      if (magnitude === undefined || magnitude < 1000) break
      // `một tỷ lệ` is ‘a ratio’, not a billion.
      if (k + 1 < keys.length && words.magnitudeCompounds.has(`${key} ${keys[k + 1]}`)) break
      const amount = group + (pending ?? 0)
      if (amount === 0 && total === 0) break
      if (magnitude >= lastMagnitude) {
        // `một nghìn tỷ`: a bigger magnitude scales what came before.
        total = (total + amount) * magnitude
      } else {
        total += amount * magnitude
      }
      lastMagnitude = magnitude
      group = 0
      pending = undefined
      afterTens = false
      afterHundred = false
    }
    used = k + 1
    best = { value: total + group + (pending ?? 0), length: used }
  }
  return best
}

/** Format a number the Vietnamese way: `5.943`, `116,7`, `1.234,56`; at most `decimals` decimals, trailing zeros dropped. */
export function formatVietnamese(value: number, decimals = 0): string {
  const fixed = Math.abs(value).toFixed(decimals)
  let [int, frac = ''] = fixed.split('.') as [string, string?]
  frac = frac.replace(/0+$/, '')
  int = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  return `${value < 0 ? '−' : ''}${int}${frac ? `,${frac}` : ''}`
}

/** Rewrite an English-style number in Vietnamese style (`1,234,567.5` → `1.234.567,5`; `98.2` → `98,2`). */
export function toVietnameseStyle(text: string, style: DigitStyle): string {
  if (style === 'en-decimal') return text.replace('.', ',')
  if (style === 'en-grouped' || style === 'comma3') return text.replace(/[.,]/g, (ch) => (ch === ',' ? '.' : ','))
  return text
}
