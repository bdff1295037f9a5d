import type * as Sarif from 'sarif'
import { describe, expect, it } from 'vitest'
import { Soat } from '../../src/api.js'
import { packageRoot } from '../../src/paths.js'
import { sarifValidator } from '../support/sarif-schema.js'
import { tempDir } from '../support/temp-dir.js'

async function sarifFor(cwd: string, patterns: string[], options: ConstructorParameters<typeof Soat>[0] = {}): Promise<Sarif.Log> {
  const soat = new Soat({ cwd, ...options })
  const results = await soat.lintFiles(patterns)
  return JSON.parse(await soat.formatResults(results, 'sarif', { commandLine: 'soat test', startTime: new Date(0), endTime: new Date(1) })) as Sarif.Log
}

describe('SARIF for the seeds', async () => {
  const log = await sarifFor(packageRoot, ['seeds/'])
  const run = log.runs[0]!

  it('validates against the official SARIF 2.1.0 schema', () => {
    const validate = sarifValidator()
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true)
  })

  it('describes the tool and every rule', () => {
    const driver = run.tool.driver
    expect(driver.name).toBe('soat')
    expect(driver.semanticVersion).toMatch(/^\d+\.\d+\.\d+/)
    expect(driver.informationUri).toMatch(/^https:\/\//)
    for (const rule of driver.rules!) {
      // Single-word ids have no separate name: SARIF refuses a name equal to the id but for case.
      if (rule.id.includes('-')) expect(rule.name, rule.id).toMatch(/^[A-Z][A-Za-z0-9]+$/)
      else expect(rule.name, rule.id).toBeUndefined()
      expect(rule.shortDescription?.text, rule.id).toBeTruthy()
      expect(rule.fullDescription?.text, rule.id).toBeTruthy()
      expect(rule.help?.markdown, rule.id).toContain(`# ${rule.id}`)
      expect(rule.helpUri, rule.id).toBe(`https://github.com/soat-lint/soat/blob/main/docs/rules/${rule.id}.md`)
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration?.level)
      expect(rule.properties?.tags).toContain('soat')
    }
  })

  it('gives each result its rule index, a %SRCROOT%-relative artifact and a UTF-16 region with offsets and snippet', () => {
    const rules = run.tool.driver.rules!
    expect(run.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe(`file://${packageRoot}/`)
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.results!.length).toBeGreaterThan(20)
    for (const result of run.results!) {
      expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId)
      const location = result.locations![0]!.physicalLocation!
      expect(location.artifactLocation!.uriBaseId).toBe('%SRCROOT%')
      expect(location.artifactLocation!.uri).toMatch(/^seeds\/00\d_[0-9a-f]+\.txt$/)
      expect(run.artifacts![location.artifactLocation!.index!]!.location!.uri).toBe(location.artifactLocation!.uri)
      const region = location.region!
      expect(region.startLine).toBeGreaterThan(0)
      expect(region.charLength).toBe(region.snippet!.text!.length)
      expect(typeof region.charOffset).toBe('number')
      expect(result.partialFingerprints?.['soatFindingHash/v1']).toMatch(/^[0-9a-f]{32}:\d+$/)
    }
    const duplicate = run.results!.find((r) => r.ruleId === 'duplicate-paragraph')!
    expect(duplicate.relatedLocations?.[0]?.physicalLocation?.region?.startLine).toBe(1)
    expect(run.invocations![0]!.executionSuccessful).toBe(true)
  })
})

describe('SARIF details', () => {
  const lead = 'Chiều 4-1, Thành ủy đã tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2021 và triển khai nhiệm vụ.'
  const root = tempDir({
    'soat.config.json': JSON.stringify({ house: { 'house/cach-viet': { kind: 'substitution', swap: { 'Covid-19': 'COVID-19' }, caseSensitive: true } } }),
    'a.txt': `${lead}\n😀 Phòng chống dịch Covid-19 {name}.\n`,
    'b.txt': `Một đoạn mới chèn lên trên.\n\n${lead}\n😀 Phòng chống dịch Covid-19 {name}.\n`,
    'nhi-phan.txt': Buffer.from([0x00, 0x01, 0x02, 0x03]),
  })

  it('counts columns in UTF-16 code units and carries fixes', async () => {
    const log = await sarifFor(root, ['a.txt'])
    const results = log.runs[0]!.results!
    const fix = results.find((r) => r.ruleId === 'house/cach-viet')!
    const region = fix.locations![0]!.physicalLocation!.region!
    // “😀” is two UTF-16 code units, so “Covid-19” starts at column 21 (it would be 20 in code points).
    expect([region.startLine, region.startColumn, region.endColumn]).toEqual([2, 21, 29])
    expect(fix.fixes![0]!.artifactChanges[0]!.replacements[0]).toEqual({
      deletedRegion: { charOffset: region.charOffset, charLength: 8 },
      insertedContent: { text: 'COVID-19' },
    })
  })

  it('keeps fingerprints stable when text is added above the finding', async () => {
    const [a, b] = await Promise.all([sarifFor(root, ['a.txt']), sarifFor(root, ['b.txt'])])
    const prints = (log: Sarif.Log): string[] => log.runs[0]!.results!.map((r) => r.partialFingerprints!['soatFindingHash/v1']!)
    expect(prints(b)).toEqual(prints(a))
    expect(b.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.startLine).toBe(4)
  })

  it('reports files that could not be read as tool execution notifications', async () => {
    const log = await sarifFor(root, ['a.txt', 'nhi-phan.txt', 'khong-co.txt'])
    const invocation = log.runs[0]!.invocations![0]!
    expect(invocation.executionSuccessful).toBe(false)
    expect(invocation.toolExecutionNotifications!.map((n) => [n.level, n.locations![0]!.physicalLocation!.artifactLocation!.uri, n.descriptor?.id])).toEqual([
      ['error', 'nhi-phan.txt', 'fileBinary'],
      ['error', 'khong-co.txt', 'fileNotFound'],
    ])
    expect(log.runs[0]!.artifacts!.map((a) => a.location!.uri)).toEqual(['a.txt'])
    const validate = sarifValidator()
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true)
  })
})

it('the schema rejects a broken log (the check can fail)', () => {
  const validate = sarifValidator()
  expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false)
})
