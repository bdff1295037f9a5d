import { describe, expect, it } from 'vitest'
import { fromTelex, fromVni } from '../../src/vietnamese/typing.js'

describe('fromTelex', () => {
  it.each([
    ['nguowif', 'người'],
    ['dduwowcj', 'được'],
    ['tooi', 'tôi'],
    ['vieetj', 'việt'],
    ['nguoiwf', 'người'],
    ['truwowngf', 'trường'],
    ['ddaauf', 'đầu'],
    ['Hoaf', 'hoà'],
  ])('%s → %s', (keys, expected) => {
    expect(fromTelex(keys)).toBe(expected)
  })

  it('decodes only key sequences that spell a syllable', () => {
    expect(fromTelex('hoa')).toBeUndefined() // no key used
    expect(fromTelex('quiy')).toBeUndefined()
    expect(fromTelex('web')).toBeUndefined()
    expect(fromTelex('người')).toBeUndefined()
  })
})

describe('fromVni', () => {
  it.each([
    ['vie65t', 'việt'],
    ['d9a5i', 'đại'],
    ['d9u7o7c5', 'được'],
    ['ho2a', 'hoà'],
  ])('%s → %s', (keys, expected) => {
    expect(fromVni(keys)).toBe(expected)
  })

  it('leaves codes alone', () => {
    expect(fromVni('Mazda3')).toBeUndefined()
    expect(fromVni('m2')).toBeUndefined()
    expect(fromVni('2021')).toBeUndefined()
  })
})
