/** What issue 4 asks of tone-placement, encoding and repeated-word on the seeds, stated explicitly. */
import { describe, expect, it } from 'vitest'
import { seedFindings, seedText } from '../support/seeds.js'

async function findings(prefix: string, ruleId: string) {
  return (await seedFindings(prefix)).filter((f) => f.ruleId === ruleId)
}

describe('seed 004', () => {
  it('yields tone-placement for each Thị uỷ among the Thị ủy of the document', async () => {
    const found = await findings('004', 'tone-placement')
    const lines = seedText('004').split('\n')
    // The new style (uỷ) is the minority: lines 4, 8 and 10; the old style (Thị ủy) is on lines 1, 2, 5, 13…
    expect(lines[4]).toContain('Thị ủy')
    expect(lines[12]).toContain('Thị ủy')
    expect([...new Set(found.map((f) => f.line))]).toEqual([4, 8, 10])
    expect(found.map((f) => f.text.toLowerCase())).toEqual(Array(found.length).fill('uỷ'))
    expect(found.every((f) => f.fix?.edits[0]?.text.toLowerCase() === 'ủy')).toBe(true)
    expect(found.find((f) => f.line === 4)!.text).toBe('uỷ')
  })
})

describe('seed 000', () => {
  it('yields repeated-word for “5 năm năm liên tục” on line 63', async () => {
    const found = await findings('000', 'repeated-word')
    expect(found.map((f) => [f.line, f.text, f.fix?.edits[0]?.text])).toEqual([[63, 'năm năm', '']])
  })
})

describe('seeds 001 and 003', () => {
  it.each(['001', '003'])('seed %s yields no encoding finding', async (prefix) => {
    expect(await findings(prefix, 'encoding')).toEqual([])
  })
})

describe('seed 002', () => {
  it('has NBSPs and thin spaces and yields no encoding finding for them', async () => {
    expect(seedText('002')).toMatch(/[\u00A0\u2009]/u)
    expect(await findings('002', 'encoding')).toEqual([])
  })
})
