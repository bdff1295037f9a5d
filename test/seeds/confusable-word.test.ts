/** What issue 4 asks of confusable-word on the seeds, stated explicitly. */
import { describe, expect, it } from 'vitest'
import { seedFindings, seedText } from '../support/seeds.js'

async function findings(prefix: string) {
  return (await seedFindings(prefix)).filter((f) => f.ruleId === 'confusable-word')
}

describe('seed 004', () => {
  it('yields confusable-word for “đước sự quan tâm” (→ được) and “hỉ đạo” (→ chỉ) on line 5', async () => {
    expect(seedText('004').split('\n')[4]).toContain('đước sự quan tâm hỉ đạo')
    const found = (await findings('004')).filter((f) => f.line === 5)
    const suggestion = (f: (typeof found)[number]) => f.fix?.edits[0]?.text ?? f.suggestions?.[0]?.fix.edits[0]?.text
    expect(found.map((f) => [f.text, suggestion(f)])).toEqual(expect.arrayContaining([['đước', 'được'], ['hỉ', 'chỉ']]))
  })
})

describe('seeds 001 and 003', () => {
  it.each(['001', '003'])('seed %s yields no confusable-word finding', async (prefix) => {
    expect(await findings(prefix)).toEqual([])
  })
})
