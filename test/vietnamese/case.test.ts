import { describe, expect, it } from 'vitest'
import { hasCasedLetter, isCapitalisedWord, isShouted, lowerFirst, upperFirst } from '../../src/vietnamese/case.js'
import { cachedToneKey } from '../../src/vietnamese/tone-key-cache.js'
import { toneKey } from '../../src/vietnamese/tone.js'

describe('capitals', () => {
  it('changes the first letter only, keeping tone marks where they are', () => {
    expect(upperFirst('uỷ')).toBe('Uỷ')
    expect(upperFirst('ủy')).toBe('Ủy')
    expect(lowerFirst('Kiểm')).toBe('kiểm')
    expect(upperFirst('đảng')).toBe('Đảng')
    expect(lowerFirst('')).toBe('')
  })
  it('tells a capitalised syllable from capitals and mixed case', () => {
    expect(isCapitalisedWord('Tường')).toBe(true)
    expect(isCapitalisedWord('A')).toBe(true)
    expect(isCapitalisedWord('TP')).toBe(false)
    expect(isCapitalisedWord('PhuthoPortal')).toBe(false)
    expect(isCapitalisedWord('Covid19')).toBe(false)
    expect(isCapitalisedWord('nâng')).toBe(false)
  })
  it('tells text set in capitals', () => {
    expect(isShouted(['KẾT', 'LUẬN', 'CỦA', 'BỘ', 'CHÍNH', 'TRỊ'])).toBe(true)
    expect(isShouted(['THỨ', 'NĂM,', '02/12/2021'])).toBe(true)
    expect(isShouted(['Bộ', 'Chính', 'trị'])).toBe(false)
    expect(isShouted(['A'])).toBe(false)
    expect(hasCasedLetter('2021')).toBe(false)
  })
})

describe('cachedToneKey', () => {
  it('is toneKey', () => {
    for (const word of ['uỷ', 'ủy', 'hoà', 'hòa', 'Tường', 'trung']) expect(cachedToneKey(word)).toBe(toneKey(word))
    expect(cachedToneKey('uỷ')).toBe(cachedToneKey('ủy'))
  })
})
