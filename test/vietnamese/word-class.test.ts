import { describe, expect, it } from 'vitest'
import { classifyWord, SPELLING_CLASSES, type WordClass } from '../../src/vietnamese/word-class.js'

function classOf(text: string, previous?: string, next?: string): WordClass {
  return classifyWord(text, { previous, next }).class
}

describe('classifyWord', () => {
  it.each<[string, WordClass]>([
    // Syllables, any case and form.
    ['quy', 'syllable'],
    ['Nguyễn', 'syllable'],
    ['ĐẢNG', 'syllable'],
    ['thu\u0309y', 'syllable'],
    ['đ\u200Bược', 'syllable'],
    // Typos meant as syllables, capitalised or not (issue 4, RULES.md).
    ['tieếp', 'malformed'],
    ['địng', 'malformed'],
    ['Địng', 'malformed'],
    ['Tieếp', 'malformed'],
    ['kà', 'malformed'],
    ['trănm', 'malformed'],
    ['nghành', 'malformed'],
    ['lọai', 'malformed'],
    ['Ttây', 'malformed'],
    ['NĂMM', 'malformed'],
    ['ngòai-phương', 'malformed'],
    // Two syllables run together.
    ['đượcmột', 'joined'],
    ['Biệnchỉ', 'joined'],
    ['củaAndy', 'joined'],
    // Never spelling: numbers, codes, acronyms, units, names, foreign words.
    ['2021', 'number'],
    ['5.943', 'number'],
    ['98,2', 'number'],
    ['25/10/2021', 'number'],
    ['96–98', 'number'],
    ['XIII', 'number'],
    ['05-NQ/TU', 'code'],
    ['COVID-19', 'code'],
    ['COVID19', 'code'],
    ['Mazda3', 'code'],
    ['HĐND-UBND', 'code'],
    ['NQ/TW', 'code'],
    ['HĐND', 'acronym'],
    ['TCCSĐ', 'acronym'],
    ['UBND', 'acronym'],
    ['km', 'unit'],
    ['MW', 'unit'],
    ['vd', 'abbreviation'],
    ['Johnson', 'foreign'],
    ['Samothrace', 'foreign'],
    ['Azerbaijan', 'foreign'],
    ['online', 'foreign'],
    ['email', 'foreign'],
    ['iPhone', 'foreign'],
    ['José', 'foreign'],
    ['Müller', 'foreign'],
    ['Grêgôriô', 'loanword'],
    ['magiê', 'loanword'],
    ['ôxít', 'loanword'],
    ['Lênin', 'loanword'],
    ['Lê-nin', 'compound'],
    ['pa-nô', 'compound'],
    ['(ii)'.slice(1, 3), 'number'],
    // Place names of the minority languages keep their k, kr and clusters.
    ['Đắk', 'foreign'],
    ['Lắk', 'foreign'],
    ['Kạn', 'foreign'],
    ['Kông', 'foreign'],
    ['Krông', 'foreign'],
    ['ĐẮK', 'acronym'],
  ])('%s is %s', (text, expected) => {
    expect(classOf(text, 'các', 'được')).toBe(expected)
  })

  it('calls a link a link', () => {
    expect(classifyWord('Baothanhhoa.vn', { isLink: true }).class).toBe('link')
  })

  it('takes a bare word for a typo among Vietnamese words only', () => {
    // Seed 000 line 51: “quiy chế”.
    expect(classifyWord('quiy', { previous: 'ban', next: 'chế' })).toMatchObject({ class: 'malformed', bare: true })
    expect(classOf('quiy')).toBe('malformed')
    expect(classOf('tot', 'rất', 'đẹp')).toBe('malformed')
    expect(classOf('they', 'and', 'said')).toBe('foreign')
    expect(classOf('Quiy', 'Ban', 'chế')).toBe('foreign')
  })

  it('decodes Telex and VNI leftovers among Vietnamese words', () => {
    expect(classifyWord('nguowif', { previous: 'những', next: 'dân' })).toMatchObject({ class: 'malformed', decoded: 'người' })
    expect(classifyWord('vie65t', { previous: 'người', next: 'nam' })).toMatchObject({ class: 'malformed', decoded: 'việt' })
    expect(classOf('of', 'Bank', 'America')).toBe('foreign')
    expect(classOf('was', 'it', 'good')).toBe('foreign')
  })

  it('sends exactly syllables, typos and joined words to spelling', () => {
    expect([...SPELLING_CLASSES].sort()).toEqual(['joined', 'malformed', 'syllable'])
  })

  it('gives the parts of a joined word and the problem of a malformed one', () => {
    expect(classifyWord('Dinhvà', { previous: 'Trần', next: 'Lê' }).parts).toEqual(['Dinh', 'và'])
    expect(classifyWord('địng').problem).toMatchObject({ code: 'rhyme', part: 'ing' })
  })
})
