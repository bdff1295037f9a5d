/** The committed syllable tables: they load, hold what the rules rely on, and rebuild byte for byte. */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { packageRoot } from '../../src/paths.js'
import { contextModel } from '../../src/vietnamese/context-model.js'
import { BOUNDARY_ID, IN_WORD_LIST, languageTables, NUMBER_ID, UNKNOWN_ID, WORD_LIST_ENTRY } from '../../src/vietnamese/language-tables.js'
import { syllableKey } from '../../src/vietnamese/syllable-key.js'

describe('language tables', () => {
  const tables = languageTables()

  it('record their sources and licences', () => {
    expect(tables.header.sources.map((s) => [s.id, s.license])).toEqual([
      ['vntk-text', 'MIT'],
      ['vn-law', 'not subject to copyright (Law on Intellectual Property, Article 15)'],
      ['viet74k', 'MIT'],
    ])
    for (const s of tables.header.sources) expect(s.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('start with the boundary, unknown and number tokens', () => {
    expect(tables.vocab.slice(0, 3)).toEqual(['<b>', '<unk>', '<num>'])
    expect([BOUNDARY_ID, UNKNOWN_ID, NUMBER_ID]).toEqual([0, 1, 2])
  })

  it('key syllables by tone-normalised, i/y-folded keys', () => {
    expect(syllableKey('Thủy')).toBe(syllableKey('thuỷ'))
    expect(syllableKey('kỷ')).toBe('ki3')
    expect(syllableKey('sỹ')).toBe(syllableKey('sĩ'))
    expect(syllableKey('qui')).toBe('quy')
    expect(syllableKey('tay')).toBe('tay') // a different rhyme from “tai”, not a variant
  })

  it('know the word list: “chỉ đạo” and “hoan hỉ” are compounds, “hỉ đạo” is not', () => {
    const model = contextModel()
    const id = (s: string) => model.idOf(s)
    expect(model.isCompound(id('chỉ'), id('đạo'))).toBe(true)
    expect(model.isCompound(id('hoan'), id('hỉ'))).toBe(true)
    expect(model.isCompound(id('hỉ'), id('đạo'))).toBe(false)
    expect(tables.wordList[id('đước')]! & WORD_LIST_ENTRY).toBeTruthy()
    expect(tables.wordList[id('quiy')] ?? 0).toBe(0)
    expect(tables.wordList[id('trừu')]! & IN_WORD_LIST).toBeTruthy()
  })

  it('prefer “qua được sự” to “qua đước sự” (seed 004)', () => {
    const model = contextModel()
    const id = (s: string) => model.idOf(s)
    const fit = (s: string) => model.logProb(id('qua'), id(s)) + model.logProb(id(s), id('sự'))
    expect(fit('được')).toBeGreaterThan(fit('đước') + 3)
    expect(model.count(id('chỉ'), id('đạo'))).toBeGreaterThan(100)
  })

  it('give a probability distribution after a syllable', () => {
    const model = contextModel()
    const left = model.idOf('quan')
    let total = 0
    for (let w = 0; w < model.size; w++) total += Math.exp(model.logProb(left, w))
    expect(total).toBeCloseTo(1, 2)
  })
})

const lawDir = join(packageRoot, '../shared/data/vn-law')
const hasLaws = existsSync(lawDir)
describe.skipIf(!hasLaws)(hasLaws ? 'rebuild from the sources' : `rebuild — SKIPPED: ${lawDir} is not here`, () => {
  it('the script rebuilds the committed tables byte for byte', () => {
    // The script reads the tokenizer from dist/: build first so the check sees the current sources.
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: packageRoot })
    const out = execFileSync('node', ['scripts/build-language-tables.mjs', '--check'], { cwd: packageRoot, encoding: 'utf8' })
    expect(out).toMatch(/rebuild byte for byte/)
  }, 240_000)
})
