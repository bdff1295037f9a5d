import { describe, expect, it } from 'vitest'
import { stripTone, toneKey, toneOf } from '../../src/vietnamese/tone.js'

describe('toneKey', () => {
  it('makes old and new tone placement equal', () => {
    expect(toneKey('uỷ')).toBe(toneKey('ủy'))
    expect(toneKey('Hoà')).toBe(toneKey('hòa'))
    expect(toneKey('thuỷ')).toBe(toneKey('thủy'))
    expect(toneKey('Uỷ')).toBe('uy3')
  })
  it('keeps different tones and vowel marks apart', () => {
    expect(toneKey('hóa')).not.toBe(toneKey('hòa'))
    expect(toneKey('được')).not.toBe(toneKey('đước'))
    expect(toneKey('ân')).not.toBe(toneKey('ăn'))
  })
  it('reads NFD input', () => {
    expect(toneKey('ho\u0300a')).toBe('hoa2')
    expect(toneKey('thu\u0309y')).toBe(toneKey('thủy'))
  })
})

describe('toneOf and stripTone', () => {
  it('names the tone and removes only the tone mark', () => {
    expect(toneOf('được')).toBe('nang')
    expect(toneOf('quy')).toBe('ngang')
    expect(stripTone('được')).toBe('đươc')
    expect(stripTone('Đảng')).toBe('Đang')
  })
})
