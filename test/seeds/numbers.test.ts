/** What the Numbers issue asks of the numeric rules on each seed, stated explicitly. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Soat } from '../../src/api.js'
import { packageRoot } from '../../src/paths.js'
import { seedFindings, seedName, seedText } from '../support/seeds.js'

const NUMERIC = ['impossible-ratio', 'ratio-percent-mismatch', 'inconsistent-total', 'conflicting-figures', 'number-format', 'invalid-date', 'date-format']
const soat = new Soat({ cwd: packageRoot, useConfigFiles: false })

async function numeric(prefix: string, text?: string) {
  const findings = text === undefined ? await seedFindings(prefix) : (await soat.lintText(text, { filePath: join(packageRoot, 'seeds', seedName(prefix)) })).findings
  return findings.filter((f) => NUMERIC.includes(f.ruleId)).map((f) => `${f.line} ${f.ruleId} ${f.text}`)
}

describe('seed 004', () => {
  it('line 5 yields the impossible 7/6 and its mismatched 118%; line 6 (161/181 … 88,9%) yields nothing', async () => {
    expect(await numeric('004')).toEqual(['5 impossible-ratio 7/6', '5 ratio-percent-mismatch 118%'])
    const mismatch = (await seedFindings('004')).find((f) => f.ruleId === 'ratio-percent-mismatch')!
    expect(mismatch.message).toBe('Tỷ lệ không khớp: 7/6 = 116,7%, nhưng văn bản ghi 118%.')
  })
})

describe('seed 003', () => {
  it('yields no numeric finding; line 9 adds up (23 + 12 = 35)', async () => {
    expect(await numeric('003')).toEqual([])
  })

  it('with 25 instead of 23 on line 9 yields inconsistent-total', async () => {
    const text = seedText('003').replace(/\b23(?= đảng bộ và 12 chi bộ)/u, '25')
    expect(text).not.toBe(seedText('003'))
    expect(await numeric('003', text)).toEqual(['9 inconsistent-total 35 đảng bộ, chi bộ trực thuộc, trong đó có\u00A025 đảng bộ và 12'])
  })
})

describe('seed 002', () => {
  it('line 3 (THỨ NĂM, 02/12/2021) yields nothing', async () => {
    expect(await numeric('002')).toEqual([])
  })

  it('with THỨ SÁU on line 3 yields invalid-date, fixed back to THỨ NĂM', async () => {
    const text = seedText('002').replace('THỨ NĂM', 'THỨ SÁU')
    expect(await numeric('002', text)).toEqual(['3 invalid-date THỨ SÁU'])
    // Only this rule's fix: other rules fix other things in seed 002 (tone placement, spacing).
    const fixed = await new Soat({ cwd: packageRoot, config: { extends: [], rules: { 'invalid-date': 'error' } } }).lintText(text, {
      filePath: join(packageRoot, 'seeds', seedName('002')),
      fix: true,
    })
    expect(fixed.output).toBe(seedText('002'))
  })
})

describe('seed 000', () => {
  it('lines 31 (25/10/2021) and 45 (15-5-2016) yield one date-format note', async () => {
    const findings = (await seedFindings('000')).filter((f) => NUMERIC.includes(f.ruleId))
    expect(findings.map((f) => `${f.line} ${f.ruleId} ${f.level} ${f.text}`)).toEqual(['31 date-format note 25/10/2021'])
    expect(findings[0]!.related?.map((r) => r.line)).toEqual([45])
  })

  it('the 19 bodies of line 21 and the 19 praised on line 63 agree', async () => {
    expect((await seedFindings('000')).filter((f) => f.ruleId === 'conflicting-figures')).toEqual([])
  })
})

describe('seed 001, the cleanest draft', () => {
  it('yields no numeric finding', async () => {
    expect(await numeric('001')).toEqual([])
  })
})
