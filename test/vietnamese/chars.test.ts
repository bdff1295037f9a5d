import { describe, expect, it } from 'vitest'
import { isAllUpper, startsUpper } from '../../src/vietnamese/chars.js'

// The definitions the table-driven tests must agree with.
const startsUpperByString = (word: string): boolean => {
  const first = word.codePointAt(0)
  if (first === undefined) return false
  const ch = String.fromCodePoint(first)
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}
const isAllUpperByString = (word: string): boolean => word !== word.toLowerCase() && word === word.toUpperCase()

describe('startsUpper and isAllUpper', () => {
  it('read Vietnamese capitals', () => {
    expect(startsUpper('Ủy')).toBe(true)
    expect(startsUpper('ủy')).toBe(false)
    expect(startsUpper('Đảng')).toBe(true)
    expect(startsUpper('5.943')).toBe(false)
    expect(isAllUpper('HĐND')).toBe(true)
    expect(isAllUpper('TCCSĐ')).toBe(true)
    expect(isAllUpper('HĐNd')).toBe(false)
    expect(isAllUpper('05-NQ/TU')).toBe(true)
    expect(isAllUpper('2021')).toBe(false)
  })

  it('agree with the string case functions on every BMP character, alone and beside others', () => {
    const mismatches: string[] = []
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code)
      for (const word of [ch, `${ch}a`, `A${ch}`, `${ch}Á`, `1${ch}`]) {
        if (startsUpper(word) !== startsUpperByString(word) || isAllUpper(word) !== isAllUpperByString(word)) mismatches.push(word)
      }
    }
    expect(mismatches).toEqual([])
  })

  it('agree on astral characters, final sigma and multi-character case mappings', () => {
    for (const word of ['', '\u{1D400}', '\u{1D400}a', '\u{10400}', '\u{10428}', 'ΣΑΣ', 'ΑΣ', 'ς', 'ß', 'SSß', 'İ', 'ǅ', 'Ǆ', 'ŉ', 'ﬀ', 'ᾼ', 'ᾳ']) {
      expect([word, startsUpper(word), isAllUpper(word)]).toEqual([word, startsUpperByString(word), isAllUpperByString(word)])
    }
  })
})
