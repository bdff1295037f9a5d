import { describe, expect, it } from 'vitest'
import { seedNames, seedText } from '../support/seeds.js'
import { candidateVariants, confusionSet, EDIT_TYPE_NAMES, EditType } from '../../src/vietnamese/confusion-sets.js'
import { IN_WORD_LIST, languageTables, WELL_FORMED } from '../../src/vietnamese/language-tables.js'
import { parseSyllable } from '../../src/vietnamese/syllable.js'
import { syllableKey } from '../../src/vietnamese/syllable-key.js'

/** Variant text → edit type name, for a syllable. */
function variants(word: string): Map<string, string> {
  const set = confusionSet(word)
  return new Map(set.texts.map((t, i) => [t, EDIT_TYPE_NAMES[set.types[i]!]!]))
}

describe('confusion sets', () => {
  it('holds the variants of the seed 004 slips with their edit types', () => {
    expect(variants('đước').get('được')).toBe('tone')
    expect(variants('hỉ').get('chỉ')).toBe('onsetAdded')
    expect(variants('chỉ').get('hỉ')).toBe('onsetDropped')
  })

  it('covers vowel marks, sound-alike onsets and codas, and d/đ', () => {
    const v = (w: string, x: string): string | undefined => variants(w).get(x)
    expect(v('cơ', 'cô')).toBe('vowelMark')
    expect(v('mướn', 'muốn')).toBe('vowelMark')
    expect(v('sưng', 'xưng')).toBe('onset')
    expect(v('chung', 'trung')).toBe('onset')
    expect(v('dành', 'giành')).toBe('onset')
    expect(v('lăm', 'năm')).toBe('onset')
    expect(v('hát', 'hác')).toBe('coda')
    expect(v('lan', 'lang')).toBe('coda')
    expect(v('cách', 'các')).toBe('coda')
    expect(v('dể', 'để')).toBe('stroke')
    expect(v('ược', 'được')).toBe('onsetAdded')
  })

  it('spells the onset as the rhyme needs (c/k, g/gh, ng/ngh) and keeps qu apart', () => {
    expect(variants('kể').get('cả')).toBeUndefined()
    expect(variants('kỳ').has('kì')).toBe(false) // one syllable to the model, never a confusion
    const quoc = candidateVariants(parseSyllable('quốc')!).map((c) => c.text)
    expect(quoc).toContain('quộc')
    expect(quoc).not.toContain('cuộc')
    expect(candidateVariants(parseSyllable('ghi')!).some((c) => c.text === 'nghi')).toBe(true)
  })

  it('gives only well-formed lexicon syllables, never the word itself', () => {
    for (const word of ['được', 'chỉ', 'quyết', 'người', 'giữ', 'thủy', 'hoà']) {
      const set = confusionSet(word)
      expect(set.texts.length).toBeGreaterThan(0)
      for (const t of set.texts) {
        expect(parseSyllable(t)).toBeDefined()
        expect(syllableKey(t)).not.toBe(syllableKey(word))
      }
      expect(new Set(set.texts).size).toBe(set.texts.length)
    }
    expect(confusionSet('quiy').texts).toEqual([])
    expect(confusionSet('UBND').texts).toEqual([])
  })

  it('builds, by the model keys, exactly the reference variants filtered by the word list and the model (every word of the seeds)', () => {
    const tables = languageTables()
    const listed = (text: string): boolean => {
      const id = tables.ids.get(syllableKey(text))
      return id !== undefined && (tables.wordList[id]! & (IN_WORD_LIST | WELL_FORMED)) === (IN_WORD_LIST | WELL_FORMED)
    }
    const words = new Set(seedNames.flatMap((name) => seedText(name.slice(0, 3)).normalize('NFC').toLowerCase().match(/\p{L}+/gu) ?? []))
    const ids = tables.ids
    let checked = 0
    for (const word of words) {
      const syllable = parseSyllable(word)
      const reference = syllable ? candidateVariants(syllable).filter((v) => listed(v.text)) : []
      const set = confusionSet(word)
      expect([...set.texts]).toEqual(reference.map((v) => v.text))
      expect([...set.types]).toEqual(reference.map((v) => v.type))
      expect([...set.ids]).toEqual(reference.map((v) => ids.get(syllableKey(v.text))))
      checked += reference.length
    }
    expect(checked).toBeGreaterThan(5000)
  })

  it('caches per word', () => {
    expect(confusionSet('được')).toBe(confusionSet('được'))
    expect(EditType.Tone).toBe(0)
  })
})
