import { describe, expect, it } from 'vitest'
import { SoatDocument } from '../../src/document/document.js'
import { PhraseMatcher } from '../../src/document/phrase-matcher.js'
import { toneKey } from '../../src/vietnamese/tone.js'

function matches(matcher: PhraseMatcher<string>, text: string): string[] {
  const document = new SoatDocument(text, { format: 'text' })
  return document.sentences.flatMap((s) => matcher.match(s).map((m) => `${m.value}:${text.slice(m.start, m.end)}`))
}

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher(
    [
      ['Ủy ban Kiểm tra', 'ubkt'],
      ['Ủy ban Kiểm tra Trung ương', 'ubkttw'],
      ['Trung ương', 'tw'],
    ],
    { normalize: toneKey },
  )
  it('matches whole tokens after normalisation, the longest phrase first', () => {
    expect(matches(matcher, 'Uỷ ban kiểm tra Trung ương và Ủy ban Kiểm tra Thị ủy; trung ương.')).toEqual([
      'ubkttw:Uỷ ban kiểm tra Trung ương',
      'ubkt:Ủy ban Kiểm tra',
      'tw:trung ương',
    ])
  })
  it('ignores invisible characters inside a word', () => {
    expect(matches(matcher, 'Trung ươ\u200Bng')).toEqual(['tw:Trung ươ\u200Bng'])
  })
  it('matches by the tokens\' own tone keys with ignoreTonePlacement, as with a toneKey normalisation', () => {
    const byToneKey = new PhraseMatcher(
      [
        ['Ủy ban Kiểm tra', 'ubkt'],
        ['Ủy ban Kiểm tra Trung ương', 'ubkttw'],
        ['Trung ương', 'tw'],
      ],
      { ignoreTonePlacement: true },
    )
    const text = 'Uỷ ban kiểm tra Trung ương và Ủy ban Kiểm tra Thị ủy; trung ương, Trung ươ\u200Bng; Uy ban.'
    expect(matches(byToneKey, text)).toEqual(matches(matcher, text))
    expect(matches(byToneKey, 'Uy ban Kiem tra')).toEqual([])
  })
  it('compares case-sensitively when asked', () => {
    const exact = new PhraseMatcher([['COVID-19', 'c']], { caseSensitive: true })
    expect(matches(exact, 'Covid-19 và COVID-19')).toEqual(['c:COVID-19'])
  })
})
