import { describe, expect, it } from 'vitest'
import { letterDistance, spellingCandidates, toneCost } from '../../src/vietnamese/spelling-candidates.js'
import { lexicon } from '../../src/vietnamese/lexicon.js'
import { isSyllable } from '../../src/vietnamese/syllable.js'
import { isClearWinner, neighbourOf, rankCandidates } from '../../src/vietnamese/spelling-ranker.js'

const texts = (word: string) => spellingCandidates(word).map((c) => c.text)

describe('spellingCandidates', () => {
  it.each([
    ['quiy', 'quy'],
    ['nguowif', 'người'],
    ['vie65t', 'việt'],
    ['tieếp', 'tiếp'],
    ['địng', 'định'],
    ['trănm', 'trăm'],
    ['lọai', 'loại'],
    ['vựơt', 'vượt'],
    ['đựợc', 'được'],
    ['sẳn', 'sẵn'],
    ['Ttây', 'tây'],
    ['thyuết', 'thuyết'],
    ['chíâm', 'chí âm'],
  ])('%s has %s among its cheapest candidates', (word, expected) => {
    const list = texts(word)
    expect(list).toContain(expected)
    expect(list.indexOf(expected)).toBeLessThan(5)
  })

  it('gives only well-formed syllables of the lexicon', () => {
    for (const word of ['quiy', 'kà', 'hửu', 'trănm', 'dén', 'khoách']) {
      for (const c of spellingCandidates(word)) {
        for (const part of c.text.split(' ')) {
          expect(isSyllable(part), part).toBe(true)
          expect(lexicon().has(part), part).toBe(true)
        }
      }
    }
  })

  it('never offers the word itself, and a misplaced mark costs nothing', () => {
    expect(texts('sẳn')).not.toContain('sẳn')
    expect(spellingCandidates('lọai')[0]).toMatchObject({ text: 'loại', cost: 0 })
  })

  it('is cached per word form, case aside', () => {
    expect(spellingCandidates('Quiy')).toBe(spellingCandidates('quiy'))
  })

  it('writes the old tone style on request', () => {
    const hoa = spellingCandidates('hoaf').find((c) => c.text === 'hoà')
    expect(hoa?.oldStyle).toBe('hòa')
  })
})

describe('edit costs', () => {
  it('makes mark slips cheaper than other letters', () => {
    expect(letterDistance('dên', 'đên')).toBeLessThan(letterDistance('dên', 'tên'))
    expect(letterDistance('ttây', 'tây')).toBeLessThan(letterDistance('tây', 'ty'))
    expect(letterDistance('thyuêt', 'thuyêt')).toBeLessThan(letterDistance('thyuêt', 'thêt'))
    expect(letterDistance('quân', 'quân')).toBe(0)
  })

  it('makes hỏi for ngã the cheapest tone slip', () => {
    expect(toneCost(['hoi'], 'nga')).toBeLessThan(toneCost(['hoi'], 'sac'))
    expect(toneCost([], 'sac')).toBeLessThan(toneCost(['sac'], 'ngang'))
    expect(toneCost(['nang', 'nang'], 'nang')).toBeGreaterThan(0)
  })
})

describe('rankCandidates', () => {
  it('lets the neighbours choose between equally cheap candidates', () => {
    const ranked = rankCandidates(spellingCandidates('nguời'), neighbourOf('mọi'), neighbourOf('dân'))
    expect(ranked[0]!.candidate.text).toBe('người')
    expect(isClearWinner(ranked)).toBe(true)
  })

  it('is unsure without context when candidates cost the same', () => {
    const ranked = rankCandidates(spellingCandidates('trănm'), neighbourOf(undefined), neighbourOf(undefined))
    expect(isClearWinner(ranked)).toBe(false)
  })
})
