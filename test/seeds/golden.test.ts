/**
 * Each seed's complete list of findings is kept beside it
 * (`seeds/<seed>.findings.txt`, one per line: `<line>:<column> <rule-id>
 * «<text>» [→ «<fix>»]`): nothing unlisted may be found, nothing listed may go
 * missing. After a deliberate change, regenerate with
 * `UPDATE_SEEDS=1 npx vitest run test/seeds/golden.test.ts` and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { seedFindings, seedNames, seedsDir, sidecarLine } from '../support/seeds.js'

describe.each(seedNames)('%s', (name) => {
  it('yields exactly the findings listed in its sidecar', async () => {
    const sidecar = join(seedsDir, name.replace(/\.txt$/, '.findings.txt'))
    const actual = (await seedFindings(name.slice(0, 3))).map(sidecarLine)
    if (process.env.UPDATE_SEEDS) writeFileSync(sidecar, actual.length ? actual.join('\n') + '\n' : '')
    expect(existsSync(sidecar), `${sidecar} is missing: run UPDATE_SEEDS=1`).toBe(true)
    const expected = readFileSync(sidecar, 'utf8').split('\n').filter(Boolean)
    expect(actual).toEqual(expected)
  })
})
