import { describe, expect, it } from 'vitest'
import { allMatches } from '../../src/document/matches.js'

const asPairs = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, m[0], m[1]])

describe('allMatches', () => {
  it('finds what matchAll finds, groups included', () => {
    const text = 'Ngày 25/10 , tại TP.Thanh Hóa ; hội nghị  đã họp !'
    const re = /[ \u00A0]+([,.;:!?])/gu
    expect(asPairs(allMatches(re, text))).toEqual(asPairs(text.matchAll(re)))
    expect(asPairs(allMatches(re, text))).toEqual([[10, ' ,', ','], [29, ' ;', ';'], [48, ' !', '!']])
    expect(re.lastIndex).toBe(0)
  })

  it('steps over empty matches by code point under the u flag, by code unit without it', () => {
    const text = 'a😀b'
    for (const re of [/x*/gu, /x*/g, /(?=b)|😀/gu]) expect(asPairs(allMatches(re, text))).toEqual(asPairs(text.matchAll(re)))
  })

  it('refuses an expression without the g flag, as matchAll does', () => {
    expect(() => allMatches(/a/u, 'a')).toThrow(TypeError)
    expect(() => 'a'.matchAll(/a/u)).toThrow(TypeError)
  })
})
