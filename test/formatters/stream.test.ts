/**
 * Reports written one result at a time (what the CLI does for a batch) are
 * the very bytes of the reports printed at once, in every format; results
 * come from `lintFilesStream` in the order `lintFiles` gives them.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type LintResult, Soat } from '../../src/api.js'
import { createReportStream, FORMATTERS, type FormatName } from '../../src/formatters/index.js'
import { JsonArrayWriter, placeholder, splitAtPlaceholders } from '../../src/formatters/json-text.js'
import { packageRoot } from '../../src/paths.js'
import { makeDocx } from '../support/docx.js'
import { tempDir } from '../support/temp-dir.js'

const seedsDir = join(packageRoot, 'seeds')
const seedFiles = readdirSync(seedsDir).filter((f) => /_[0-9a-f]+\.txt$/.test(f)).sort()
const files: Record<string, string | Uint8Array> = { '.soatignore': 'bo-qua.txt\n', 'bo-qua.txt': 'Đồng chí {name} phát biểu.\n', 'nhi-phan.txt': Buffer.from([0, 1, 2]) }
for (const name of seedFiles) files[`seeds/${name}`] = readFileSync(join(seedsDir, name))
files['word/bai.docx'] = await makeDocx(['Hội nghị tổng kết', 'Đồng chí {name} phát biểu tại hội nghị.'])
const root = tempDir(files)
const soat = new Soat({ cwd: root, useConfigFiles: false })
// An ignored file named explicitly (a warning notification), a missing one, a binary one, the seeds and a Word file.
const patterns = ['bo-qua.txt', 'khong-co.txt', 'nhi-phan.txt', 'seeds/', 'word/']
const results = await soat.lintFiles(patterns)
const timing = { commandLine: 'soat test', startTime: new Date(0), endTime: new Date(1) }

async function streamed(format: FormatName, input: readonly LintResult[], spill: boolean): Promise<string> {
  const report = await createReportStream(format, { cwd: root, ...timing, spill })
  let text = ''
  for (const result of input) text += report.add(result)
  for (const piece of report.end()) text += piece
  return text
}

describe('streamed reports', () => {
  it('cover fatal results, notifications, seeds with findings and a Word file', () => {
    expect(results.map((r) => [r.fatal?.code, r.notifications.length > 0, r.extracted?.from])).toContainEqual(['fileBinary', false, undefined])
    expect(results.some((r) => r.fatal?.code === 'fileNotFound')).toBe(true)
    expect(results.some((r) => r.notifications.length > 0 && !r.fatal)).toBe(true)
    expect(results.some((r) => r.extracted?.from === 'docx' && r.findings.length > 0)).toBe(true)
    expect(results.filter((r) => r.findings.length > 0).length).toBeGreaterThan(3)
  })

  for (const format of Object.keys(FORMATTERS) as FormatName[]) {
    it(`${format}: the same bytes as printed at once, in memory and spilled to a file, for many results, one and none`, async () => {
      for (const input of [results, results.slice(3, 4), [], results.slice(0, 1)]) {
        const atOnce = await soat.formatResults(input, format, timing)
        expect(await streamed(format, input, false)).toBe(atOnce)
        expect(await streamed(format, input, true)).toBe(atOnce)
      }
    })
  }

  it('stylish: a report with notifications only stays empty, as when printed at once', async () => {
    const ignoredOnly = results.filter((r) => r.notifications.length > 0 && r.errorCount + r.warningCount + r.noteCount === 0)
    expect(ignoredOnly.length).toBeGreaterThan(0)
    expect(await streamed('stylish', ignoredOnly, false)).toBe('')
    // Blocks of notifications wait for the first problem, then come out in order.
    const withProblem = [...ignoredOnly, results.find((r) => r.findings.length > 0)!]
    const text = await streamed('stylish', withProblem, false)
    expect(text).toBe(await soat.formatResults(withProblem, 'stylish'))
    expect(text.indexOf('bo-qua.txt')).toBeLessThan(text.indexOf('seeds/'))
  })

  it('lintFilesStream gives the results of lintFiles, in order, with their paths known up front', async () => {
    const stream = await soat.lintFilesStream(patterns)
    const got: LintResult[] = []
    for await (const result of stream.results) got.push(result)
    expect(got).toEqual(results)
    expect(stream.filePaths).toEqual(results.map((r) => r.filePath))
  })

  it('with worker threads (the build), results still come in order, each file once', async () => {
    const done: string[] = []
    const stream = await soat.lintFilesStream(patterns, { concurrency: 2, onProgress: (_n, _total, file) => done.push(file) })
    const got: LintResult[] = []
    for await (const result of stream.results) got.push(result)
    expect(got).toEqual(results)
    expect(done.sort()).toEqual(results.filter((r) => (!r.fatal && r.notifications.length === 0) || r.fatal?.code === 'fileBinary').map((r) => r.filePath).sort())
  })
})

describe('JSON printed piece by piece', () => {
  it('equals JSON.stringify(value, null, 2) around arrays of any content and depth', () => {
    const items = [{ a: [1, { b: 'x\ny' }], c: [] }, 'chuỗi "có" ngoặc', 3, [], {}, null]
    for (const count of [0, 1, items.length]) {
      const doc = { head: 1, nested: { deeper: [{ list: items.slice(0, count) }] }, tail: 'z' }
      const [before, after] = splitAtPlaceholders({ ...doc, nested: { deeper: [{ list: placeholder('list') }] } }, ['list'])
      const writer = new JsonArrayWriter(4)
      let text = before!
      for (const item of items.slice(0, count)) text += writer.item(item)
      text += writer.close() + after
      expect(text).toBe(JSON.stringify(doc, null, 2) + '\n')
    }
  })
})
