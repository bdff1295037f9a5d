import dictionary from 'dictionary-vi'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TONES } from '../../src/vietnamese/letters.js'
import { RHYMES } from '../../src/vietnamese/rhymes.js'
import {
  analyzeSyllable,
  composeSyllable,
  isSyllable,
  ONSETS,
  parseSyllable,
  restyleTone,
  syllableProblem,
  type SyllableProblemCode,
} from '../../src/vietnamese/syllable.js'
import { toneKey } from '../../src/vietnamese/tone.js'

/** Every entry of dictionary-vi's word list (one Hunspell stem a line, no affixes). */
const entries = new TextDecoder()
  .decode(dictionary.dic)
  .split('\n')
  .slice(1)
  .map((line) => line.trim())
  .filter(Boolean)

/**
 * Entries of dictionary-vi that are not Vietnamese syllables: acronyms and
 * English words (`HĐND`, `email`), loans written against the orthography
 * (`gen` for gene, `ping`, `ka`), syllables of several words (`tivi`,
 * `palăng`) and slips in the list (`têt`, `xit`: a stop coda without sắc or
 * nặng; `gỵa`). Each must stay rejected, so the list cannot go stale.
 */
const NOT_SYLLABLES: Readonly<Record<string, SyllableProblemCode>> = {
  ABC: 'coda', ASCII: 'coda', GIF: 'foreignLetter', HCM: 'noVowel', HK: 'noVowel', HTML: 'noVowel',
  HĐND: 'noVowel', JPEG: 'foreignLetter', LHQ: 'noVowel', PDF: 'foreignLetter', PNG: 'noVowel', TCVN: 'noVowel',
  TV: 'noVowel', Telex: 'coda', Tp: 'noVowel', UBND: 'coda', URL: 'coda', Unicode: 'coda', VIQR: 'coda',
  VISCII: 'coda', VN: 'noVowel', VNI: 'onset', basoi: 'coda', email: 'coda', gen: 'notFront', gip: 'stopTone',
  gram: 'onset', gỵa: 'rhyme', internet: 'coda', intranet: 'coda', ka: 'frontOnly', palăng: 'coda', ping: 'rhyme',
  têt: 'stopTone', tivi: 'coda', tout: 'rhyme', v: 'noVowel', web: 'foreignLetter', xit: 'stopTone',
}

const syllables = entries.filter((w) => !(w in NOT_SYLLABLES))

describe('the syllable grammar over dictionary-vi', () => {
  it('reads the whole list', () => {
    expect(entries.length).toBeGreaterThan(6500)
  })

  it('parses every syllable of the dictionary, lower-cased, in both tone styles', () => {
    const failed: string[] = []
    for (const word of syllables) {
      const lower = word.toLowerCase()
      for (const form of [lower, restyleTone(lower, 'new'), restyleTone(lower, 'old')]) {
        if (!isSyllable(form)) failed.push(`${form}: ${syllableProblem(form)?.code}`)
      }
    }
    expect(failed).toEqual([])
  })

  it('rejects the entries that are not syllables, for the reason listed', () => {
    const actual = Object.fromEntries(Object.keys(NOT_SYLLABLES).map((w) => [w, syllableProblem(w)?.code]))
    expect(actual).toEqual(NOT_SYLLABLES)
  })

  it('rebuilds each syllable from its onset, rhyme and tone, in its own style', () => {
    const mismatched: string[] = []
    for (const word of syllables) {
      const s = parseSyllable(word.toLowerCase())!
      const style = s.placement === 'old' ? 'old' : 'new'
      const rebuilt = composeSyllable(s.onset, s.rhyme, s.tone, style)
      if (rebuilt !== word.toLowerCase()) mismatched.push(`${word} → ${rebuilt}`)
    }
    expect(mismatched).toEqual([])
  })

  it('uses every rhyme of its table', () => {
    const used = new Set(syllables.map((w) => parseSyllable(w.toLowerCase())!.rhyme))
    expect([...RHYMES.keys()].filter((r) => !used.has(r))).toEqual([])
  })
})

describe('analyzeSyllable', () => {
  it('splits onset, glide, nucleus, coda and tone', () => {
    const pick = (text: string) => {
      const s = parseSyllable(text)!
      return [s.onset, s.glide, s.nucleus, s.coda, s.tone]
    }
    expect(pick('nghiêng')).toEqual(['ngh', '', 'iê', 'ng', 'ngang'])
    expect(pick('Được')).toEqual(['đ', '', 'ươ', 'c', 'nang'])
    expect(pick('quyết')).toEqual(['q', 'u', 'yê', 't', 'sac'])
    expect(pick('quốc')).toEqual(['q', 'u', 'ô', 'c', 'sac'])
    expect(pick('hoàng')).toEqual(['h', 'o', 'a', 'ng', 'huyen'])
    expect(pick('khuỷu')).toEqual(['kh', 'u', 'y', 'u', 'hoi'])
    expect(pick('gì')).toEqual(['gi', '', 'i', '', 'huyen'])
    expect(pick('giếng')).toEqual(['gi', '', 'iê', 'ng', 'sac'])
    expect(pick('giữa')).toEqual(['gi', '', 'ưa', '', 'nga'])
    expect(pick('yêu')).toEqual(['', '', 'yê', 'u', 'ngang'])
    expect(pick('xoong')).toEqual(['x', '', 'oo', 'ng', 'ngang'])
    expect(pick('ĐẢNG')).toEqual(['đ', '', 'a', 'ng', 'hoi'])
  })

  it('tells old from new tone placement', () => {
    expect(parseSyllable('uỷ')!.placement).toBe('new')
    expect(parseSyllable('ủy')!.placement).toBe('old')
    expect(parseSyllable('Hoà')!.placement).toBe('new')
    expect(parseSyllable('hòa')!.placement).toBe('old')
    expect(parseSyllable('thuỷ')!.placement).toBe('new')
    expect(parseSyllable('khỏe')!.placement).toBe('old')
    expect(parseSyllable('hoàng')!.placement).toBe('neutral')
    expect(parseSyllable('quý')!.placement).toBe('neutral')
    expect(parseSyllable('hoa')!.placement).toBe('neutral')
  })

  it.each<[string, SyllableProblemCode, string]>([
    ['quiy', 'rhyme', 'uiy'],
    ['tieếp', 'rhyme', 'ieêp'],
    ['địng', 'rhyme', 'ing'],
    ['kà', 'frontOnly', 'k'],
    ['trănm', 'coda', 'nm'],
    ['nguowif', 'foreignLetter', 'w'],
    ['ghà', 'frontOnly', 'gh'],
    ['nghành', 'frontOnly', 'ngh'],
    ['ngiêm', 'notFront', 'ng'],
    ['ce', 'notFront', 'c'],
    ['coa', 'glideAfterC', 'co'],
    ['qa', 'qWithoutU', 'q'],
    ['tôt', 'stopTone', 't'],
    ['hàc', 'stopTone', 'c'],
    ['hòang', 'tonePosition', 'o'],
    ['tíên', 'tonePosition', 'i'],
    ['qúy', 'tonePosition', 'u'],
    ['gìa', 'tonePosition', 'i'],
    ['tíếp', 'toneMarks', 'iê'],
    ['blog', 'onset', 'bl'],
    ['km', 'noVowel', 'km'],
    ['iên', 'rhyme', 'iên'],
    ['tyên', 'rhyme', 'yên'],
    ['Mazda3', 'foreignLetter', 'z'],
    ['COVID-19', 'notLetter', '-'],
    ['Müller', 'foreignLetter', 'ü'],
    ['', 'empty', ''],
  ])('%s is not a syllable (%s)', (text, code, part) => {
    const analysis = analyzeSyllable(text)
    expect(analysis.ok).toBe(false)
    if (!analysis.ok) expect([analysis.problem.code, analysis.problem.part]).toEqual([code, part])
  })
})

describe('composeSyllable and restyleTone', () => {
  it('writes the mark where each style puts it', () => {
    expect(composeSyllable('h', 'oa', 'huyen', 'new')).toBe('hoà')
    expect(composeSyllable('h', 'oa', 'huyen', 'old')).toBe('hòa')
    expect(composeSyllable('q', 'uy', 'sac', 'old')).toBe('quý')
    expect(composeSyllable('gi', 'iêng', 'sac')).toBe('giếng')
    expect(composeSyllable('gi', 'i', 'huyen')).toBe('gì')
    expect(composeSyllable('d', 'iêng', 'sac')).toBe('diếng')
    expect(composeSyllable('t', 'ôt', 'sac')).toBe('tốt')
  })

  it('refuses parts that make no syllable', () => {
    expect(composeSyllable('t', 'ôt', 'ngang')).toBeUndefined()
    expect(composeSyllable('c', 'uy', 'ngang')).toBeUndefined()
    expect(composeSyllable('k', 'a', 'huyen')).toBeUndefined()
    expect(composeSyllable('bl', 'a', 'ngang')).toBeUndefined()
  })

  it('moves the mark and keeps the case', () => {
    expect(restyleTone('ủy', 'new')).toBe('uỷ')
    expect(restyleTone('Uỷ', 'old')).toBe('Ủy')
    expect(restyleTone('THUỶ', 'old')).toBe('THỦY')
    expect(restyleTone('Hòa', 'new')).toBe('Hoà')
    expect(restyleTone('hoàng', 'old')).toBe('hoàng')
    expect(restyleTone('quiy', 'new')).toBe('quiy')
  })
})

describe('properties', () => {
  const dictionarySyllable = fc.constantFrom(...syllables)
  const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

  it('reads NFC and NFD, lower, title and upper case alike', () => {
    fc.assert(
      fc.property(dictionarySyllable, (word) => {
        const expected = parseSyllable(word.toLowerCase())!
        const parts = (s: ReturnType<typeof parseSyllable>) => s && [s.base, s.onset, s.rhyme, s.tone, s.toneIndex, s.placement, s.key]
        for (const form of [word.normalize('NFD'), upperFirst(word), word.toUpperCase(), word.toUpperCase().normalize('NFD')]) {
          expect(parts(parseSyllable(form))).toEqual(parts(expected))
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('keeps toneKey stable across placement styles and equal to the parsed key', () => {
    fc.assert(
      fc.property(dictionarySyllable, fc.constantFrom<'new' | 'old'>('new', 'old'), (word, style) => {
        const restyled = restyleTone(word, style)
        expect(toneKey(restyled)).toBe(toneKey(word))
        expect(parseSyllable(restyled)!.key).toBe(toneKey(word))
        expect(restyleTone(restyled, style)).toBe(restyled)
      }),
      { numRuns: 2000 },
    )
  })

  it('parses back whatever composeSyllable writes', () => {
    const onset = fc.constantFrom(...ONSETS)
    const rhyme = fc.constantFrom(...RHYMES.keys(), 'uy', 'ua', 'uôc', 'uyên')
    const tone = fc.constantFrom(...TONES)
    const style = fc.constantFrom<'new' | 'old'>('new', 'old')
    fc.assert(
      fc.property(onset, rhyme, tone, style, (o, r, t, st) => {
        const written = composeSyllable(o, r, t, st)
        if (written === undefined) return
        const s = parseSyllable(written)
        expect(s, written).toBeDefined()
        expect([s!.onset, s!.rhyme, s!.tone]).toEqual([o, r, t])
      }),
      { numRuns: 5000 },
    )
  })

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 8 }), (text) => {
        const analysis = analyzeSyllable(text)
        if (analysis.ok) expect(analysis.syllable.base.length).toBe(text.normalize('NFC').length)
      }),
      { numRuns: 5000 },
    )
  })

  it('rejects a dictionary syllable with one more tone mark', () => {
    fc.assert(
      fc.property(dictionarySyllable, fc.constantFrom('\u0300', '\u0301', '\u0309', '\u0303', '\u0323'), (word, mark) => {
        const s = parseSyllable(word)!
        fc.pre(s.tone !== 'ngang' && word.length > 1)
        // Put a second mark on the first letter that has none.
        const nfd = word.normalize('NFD')
        const other = [...word].findIndex((_, i) => i !== s.toneIndex)
        const chars = [...word]
        chars[other] = (chars[other]! + mark).normalize('NFC')
        expect(isSyllable(chars.join('')), `${word} ${nfd}`).toBe(false)
      }),
      { numRuns: 1000 },
    )
  })
})
