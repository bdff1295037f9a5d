import { describe, expect, it } from 'vitest'
import { Soat } from '../../src/api.js'
import { validatorFor } from '../../src/data/ajv.js'
import { packageRoot } from '../../src/paths.js'
import { tempDir } from '../support/temp-dir.js'

const soat = new Soat({ cwd: packageRoot, useConfigFiles: false })
const results = await soat.lintFiles(['seeds/'])

describe('json', () => {
  it('matches schemas/report.schema.json', async () => {
    const report = JSON.parse(await soat.formatResults(results, 'json'))
    const validate = validatorFor('report.schema.json')
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    expect(report.results.map((r: { filePath: string }) => r.filePath)).toEqual([
      'seeds/000_44dd71f133c6766a.txt',
      'seeds/001_2f3999f3b0e71609.txt',
      'seeds/002_1a58d4a2fdb9bd13.txt',
      'seeds/003_f7f118c240ef4b8d.txt',
      'seeds/004_f2e610e564816077.txt',
    ])
  })
  it('keeps fatal problems and fixes in the report', async () => {
    const root = tempDir({ 'a.txt': Buffer.from([0, 1, 2]) })
    const own = new Soat({ cwd: root, useConfigFiles: false })
    const report = JSON.parse(await own.formatResults(await own.lintFiles(['a.txt']), 'json'))
    expect(validatorFor('report.schema.json')(report)).toBe(true)
    expect(report.results[0].fatal.code).toBe('fileBinary')
  })
})

describe('github', () => {
  it('escapes properties and data as the workflow command syntax requires', async () => {
    const result = await soat.lintText('Tin: 50%, {name}\n', { filePath: 'a:b,c.txt' })
    const out = await soat.formatResults([result], 'github')
    expect(out).toBe('::error file=a%3Ab%2Cc.txt,line=1,endLine=1,col=11,endColumn=17,title=soat template-residue::Còn sót trường mẫu “{name}” chưa được điền.\n')
  })
})

describe('compact and stylish', () => {
  it('print one line per finding with a summary', async () => {
    const compact = await soat.formatResults(results, 'compact')
    const total = results.reduce((n, r) => n + r.findings.length, 0)
    expect(total).toBeGreaterThanOrEqual(30)
    expect(compact.split('\n').filter((l) => l.startsWith('seeds/')).length).toBe(total)
    expect(compact.trimEnd().endsWith(`${total} vấn đề`)).toBe(true)
    const english = new Soat({ cwd: packageRoot, useConfigFiles: false, locale: 'en' })
    const stylish = await english.formatResults(await english.lintFiles(['seeds/']), 'stylish', { color: false })
    const [errors, warnings, notes] = ['error', 'warning', 'note'].map((level) => results.reduce((n, r) => n + r.findings.filter((f) => f.level === level).length, 0))
    expect(stylish).toContain(`✖ ${total} problems (${errors} errors, ${warnings} warnings, ${notes} notes)`)
    expect(stylish).toMatch(/ {2}70:2 +error +Unfilled placeholder “\{name\}”\. {2}template-residue/)
  })
  it('print nothing when there is nothing to say', async () => {
    const clean = await soat.lintText('Hội nghị đã thành công tốt đẹp.', { filePath: 'a.txt' })
    expect(await soat.formatResults([clean], 'stylish')).toBe('')
  })
})
