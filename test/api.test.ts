/** The package's public entry point, as a user imports it. */
import { describe, expect, it } from 'vitest'
import * as soat from '../src/index.js'

describe('the library API', () => {
  it('exports lintText, lintFiles, formatResults and the rule helpers', () => {
    expect(Object.keys(soat).sort()).toEqual(
      ['PhraseMatcher', 'Soat', 'SoatDocument', 'SoatError', 'defineLayer', 'defineRule', 'formatResults', 'lintFiles', 'lintText', 'soatParse'].sort(),
    )
  })

  it('lints a text with a configuration object and formats the result', async () => {
    const result = await soat.lintText('Chiều 4-1, hội nghị đã diễn ra.\n{name}\n', {
      config: { extends: [], rules: { 'template-residue': 'warning' } },
    })
    expect(result.findings.map((f) => [f.ruleId, f.level, f.line])).toEqual([['template-residue', 'warning', 2]])
    expect(result.warningCount).toBe(1)
    expect(await soat.formatResults([result], 'compact', { cwd: '/' })).toContain('<text>:2:1: warning [template-residue]')
  })

  it('rejects a configuration object that breaks the schema, naming the problem', async () => {
    await expect(soat.lintText('x', { config: { rules: { 'template-residue': 'sometimes' } } as never })).rejects.toThrow(
      /<config object> is invalid:\n {2}\/rules\/template-residue: must be equal to one of the allowed values/,
    )
  })

  it('lints an empty text without findings', async () => {
    const result = await soat.lintText('', { useConfigFiles: false })
    expect([result.findings, result.errorCount]).toEqual([[], 0])
  })
})
