/** What issue 4 asks of spelling on the seeds, stated explicitly. */
import { describe, expect, it } from 'vitest'
import { seedFindings, seedText } from '../support/seeds.js'

async function findings(prefix: string) {
  return (await seedFindings(prefix)).filter((f) => f.ruleId === 'spelling')
}

describe('seed 000', () => {
  it('yields spelling for “quiy chế” on line 51, with “quy” as the correction', async () => {
    expect(seedText('000').split('\n')[50]).toContain('quiy chế')
    const found = await findings('000')
    expect(found.map((f) => [f.line, f.text, f.level])).toEqual([[51, 'quiy', 'error']])
    expect(found[0]!.fix?.edits[0]?.text ?? found[0]!.suggestions?.[0]?.fix.edits[0]?.text).toBe('quy')
  })
})

describe('seeds 001 to 004', () => {
  it.each(['001', '002', '003', '004'])('seed %s yields no spelling finding', async (prefix) => {
    expect(await findings(prefix)).toEqual([])
  })
})
