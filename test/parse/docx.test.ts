/** Word drafts: the text mammoth extracts, its headings, and findings that point at paragraph and character. */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import officeCrypto from 'officecrypto-tool'
import { afterAll, describe, expect, it } from 'vitest'
import { type LintResult, Soat } from '../../src/api.js'
import { validatorFor } from '../../src/data/ajv.js'
import { SoatError } from '../../src/errors.js'
import { extractDocx } from '../../src/parse/docx.js'
import { docxFromText, makeDocx } from '../support/docx.js'
import { seedName, seedNames, seedText, seedsDir } from '../support/seeds.js'
import { packageRoot } from '../../src/paths.js'

const soat = new Soat({ cwd: packageRoot, useConfigFiles: false })
const dir = mkdtempSync(join(tmpdir(), 'soat-docx-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** What a finding says and where, as a user reads it: line/column for text, paragraph/character for Word. */
function where(result: LintResult): Array<[string, string, string, number, number, number, number, string]> {
  return result.findings.map((f) => [f.ruleId, f.messageId, f.message, f.line, f.column, f.endLine, f.endColumn, f.text])
}

describe('a Word file holding a seed, one paragraph per line', () => {
  it('gives seed 004 the same findings as its .txt, at paragraph = line and character = column', async () => {
    const text = seedText('004')
    const file = join(dir, 'seed-004.docx')
    writeFileSync(file, await docxFromText(text))
    const fromText = await soat.lintText(text, { filePath: join(seedsDir, seedName('004')) })
    const fromWord = await soat.lintFile(file, { includeSource: true })
    expect(fromWord.fatal).toBeUndefined()
    expect(fromWord.format).toBe('docx')
    expect(fromWord.source).toBe(text)
    expect(fromWord.extracted).toEqual({ from: 'docx', paragraphs: text.split('\n').length })
    expect(where(fromWord)).toEqual(where(fromText))
  })

  it.each(seedNames)('gives %s the same findings as its .txt', async (name) => {
    const text = seedText(name.slice(0, 3))
    const fromText = await soat.lintText(text, { filePath: join(seedsDir, name) })
    const fromWord = await soat.lintBytes(await docxFromText(text), { filePath: join(dir, name.replace(/\.txt$/, '.docx')) })
    expect(where(fromWord)).toEqual(where(fromText))
    if (name.startsWith('000')) {
      // Not an empty comparison: seed 000 has repeated headlines, placeholders and page chrome.
      const rules = new Set(fromWord.findings.map((f) => f.ruleId))
      for (const id of ['duplicate-headline', 'duplicate-paragraph', 'template-residue', 'web-boilerplate']) expect(rules).toContain(id)
    }
  })
})

describe('extractDocx', () => {
  it('keeps headings as their own blocks, says what they are, and keeps empty paragraphs', async () => {
    const bytes = await makeDocx([
      { text: 'Thành ủy tổ chức hội nghị tổng kết năm 2021', heading: 'title' },
      '',
      { text: 'Kết quả nổi bật', heading: 'h2' },
      'Chiều 4-1, Thành ủy tổ chức hội nghị.',
      { text: 'Đậm & <ngoặc>', bold: true },
    ])
    const extracted = await extractDocx(bytes, 'x.docx')
    expect(extracted.text).toBe('Thành ủy tổ chức hội nghị tổng kết năm 2021\n\nKết quả nổi bật\nChiều 4-1, Thành ủy tổ chức hội nghị.\nĐậm & <ngoặc>')
    expect(extracted.lineHints).toEqual(['title', undefined, 'heading', undefined, undefined])
    expect(extracted.paragraphStarts).toEqual([0, 44, 45, 61, 99])
  })

  it('reads list items, table cells and footnotes, without the markers mammoth adds', async () => {
    const { Document, FootnoteReferenceRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } = await import('docx')
    const bullet = (level: number): { level: number; format: typeof LevelFormat.BULLET; text: string } => ({ level, format: LevelFormat.BULLET, text: '•' })
    const document = new Document({
      footnotes: { 1: { children: [new Paragraph('Theo báo cáo của Thành ủy.')] } },
      numbering: { config: [{ reference: 'list', levels: [bullet(0), bullet(1)] }] },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Kết nạp 952 đảng viên'), new FootnoteReferenceRun(1), new TextRun(' mới.')] }),
            new Paragraph({ text: 'Mục một', numbering: { reference: 'list', level: 0 } }),
            new Paragraph({ text: 'Mục con', numbering: { reference: 'list', level: 1 } }),
            new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('Ô 1')] }), new TableCell({ children: [new Paragraph('Ô 2a'), new Paragraph('Ô 2b')] })] })] }),
            new Paragraph('Cuối.'),
          ],
        },
      ],
    })
    const extracted = await extractDocx(await Packer.toBuffer(document), 'x.docx')
    expect(extracted.text).toBe('Kết nạp 952 đảng viên mới.\nMục một\nMục con\nÔ 1\nÔ 2a\nÔ 2b\nCuối.\nTheo báo cáo của Thành ủy.')
    expect(extracted.lineHints).toEqual([undefined, 'list-item', 'list-item', 'table-cell', 'table-cell', 'table-cell', undefined, 'list-item'])
  })

  it('lints a Word heading as the title: its repeat further down is a duplicate headline', async () => {
    const headline = 'TP Thanh Hóa tổng kết công tác xây dựng Đảng năm 2021'
    const bytes = await makeDocx([
      { text: headline, heading: 'h1' },
      'Chiều 4-1, Thành ủy TP Thanh Hóa đã tổ chức hội nghị trực tuyến tổng kết công tác xây dựng Đảng và triển khai phương hướng, nhiệm vụ năm 2022.',
      headline,
    ])
    const result = await soat.lintBytes(bytes, { filePath: join(dir, 'headline.docx') })
    expect(result.findings.filter((f) => f.ruleId === 'duplicate-headline').map((f) => [f.line, f.column, f.related?.[0]?.line])).toEqual([[3, 1, 1]])
  })

  it('keeps a soft line break inside its paragraph, so characters after it count from the paragraph start', async () => {
    const bytes = await makeDocx(['Hội nghị tổng kết', 'Đồng chí {name} phát biểu\nlúc {time} tại hội trường.'])
    const result = await soat.lintBytes(bytes, { filePath: join(dir, 'soft-break.docx') })
    expect(result.source).toBe('Hội nghị tổng kết\nĐồng chí {name} phát biểu\nlúc {time} tại hội trường.')
    const residue = result.findings.filter((f) => f.ruleId === 'template-residue')
    // {time} is on the third line of the text but in paragraph 2, after 25 characters and the break.
    expect(residue.map((f) => [f.text, f.line, f.column])).toEqual([
      ['{name}', 2, 10],
      ['{time}', 2, 31],
    ])
  })
})

describe('Word files soát cannot read', () => {
  const locale = { locale: 'en' as const }

  async function fatalOf(bytes: Uint8Array, name: string): Promise<{ code: string; message: string } | undefined> {
    const file = join(dir, name)
    writeFileSync(file, bytes)
    return (await new Soat({ cwd: dir, useConfigFiles: false, ...locale }).lintFile(file)).fatal
  }

  it('refuses a password-protected .docx with a clear message', async () => {
    const encrypted = await officeCrypto.encrypt(await makeDocx(['Bản nháp mật']), { password: 'matkhau' })
    expect(await fatalOf(encrypted, 'locked.docx')).toEqual({
      code: 'docxEncrypted',
      message: 'locked.docx is password-protected, so soát cannot read it; open it in Word, remove the password (File › Info › Protect Document) and save it again.',
    })
  })

  it('refuses a truncated .docx, a text file named .docx and an empty one', async () => {
    const whole = await makeDocx(['Bản nháp'])
    const truncated = await fatalOf(whole.subarray(0, Math.floor(whole.length / 2)), 'truncated.docx')
    expect(truncated?.code).toBe('docxInvalid')
    expect(truncated?.message).toMatch(/^truncated\.docx is not a readable Word \(\.docx\) file \(.+\); open it in Word and save it again as \.docx\.$/)
    expect((await fatalOf(Buffer.from('Đây là văn bản thường.'), 'text.docx'))?.message).toBe(
      'text.docx is not a readable Word (.docx) file (not a ZIP package / không phải gói ZIP); open it in Word and save it again as .docx.',
    )
    expect((await fatalOf(new Uint8Array(0), 'empty.docx'))?.code).toBe('docxInvalid')
  })

  it('throws SoatError from extractDocx so callers (web page, stdin) can show it', async () => {
    await expect(extractDocx(Buffer.from('PK\u0003\u0004rác'), 'x.docx')).rejects.toBeInstanceOf(SoatError)
  })
})

describe('--fix on a Word file', () => {
  it('changes nothing in the file and says to fix it in Word', async () => {
    const { main } = await import('../../src/cli/main.js')
    const { PassThrough } = await import('node:stream')
    const folder = mkdtempSync(join(dir, 'fix-'))
    const bytes = await makeDocx(['Đồng chí {name} phát biểu.'])
    writeFileSync(join(folder, 'ban-thao.docx'), bytes)
    const stdout = new PassThrough()
    let out = ''
    stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    const code = await main(['ban-thao.docx', '--fix', '--no-config', '--locale', 'en', '-f', 'compact'], { stdin: new PassThrough(), stdout, stderr: new PassThrough(), cwd: folder, env: {} })
    expect(code).toBe(1)
    expect(readFileSync(join(folder, 'ban-thao.docx')).equals(bytes)).toBe(true)
    expect(out).toContain('ban-thao.docx:0:0: note [soat] soát does not change the Word file ban-thao.docx; make the fixes in Word, using each problem’s paragraph and character.')
  })
})

describe('directories', () => {
  it('recurse into .docx files and skip Word lock files', async () => {
    const folder = mkdtempSync(join(dir, 'folder-'))
    writeFileSync(join(folder, 'draft.docx'), await makeDocx(['Đồng chí {name} phát biểu.']))
    writeFileSync(join(folder, '~$draft.docx'), Buffer.from([0x0d, 0x00, 0x41, 0x00]))
    const results = await new Soat({ cwd: folder, useConfigFiles: false }).lintFiles(['.'])
    expect(results.map((r) => [r.filePath?.slice(folder.length + 1), r.fatal?.code, r.findings.map((f) => f.ruleId)])).toEqual([['draft.docx', undefined, ['template-residue']]])
  })
})

describe('reports on a Word file', () => {
  it('say in SARIF that locations are paragraph and character of the extracted text, with no text region or fix', async () => {
    const file = join(dir, 'residue.docx')
    const bytes = await makeDocx(['Hội nghị tổng kết', 'Đồng chí {name} phát biểu.'])
    writeFileSync(file, bytes)
    const linter = new Soat({ cwd: dir, useConfigFiles: false, locale: 'en' })
    const sarif = JSON.parse(await linter.formatResults([await linter.lintFile(file)], 'sarif')) as {
      runs: Array<{ artifacts: Array<Record<string, any>>; results: Array<Record<string, any>> }>
    }
    const run = sarif.runs[0]!
    expect(run.artifacts[0]!.description.text).toBe(
      'Word file; problems are located by paragraph and character in the text soát extracted from it (with mammoth), not by byte position in the file.',
    )
    const result = run.results.find((r) => r.ruleId === 'template-residue')!
    const location = result.locations[0]
    // The whole file as a byte region: no line, column or char offset into a binary file.
    expect(location.physicalLocation.region).toEqual({ byteOffset: 0, byteLength: bytes.length })
    expect(location.message.text).toBe('Paragraph 2, character 10 of the text extracted from the Word file: “{name}”.')
    expect(location.logicalLocations).toEqual([{ kind: 'element', name: 'paragraph 2' }])
    expect(location.properties.extractedText).toEqual({ paragraph: 2, character: 10, endParagraph: 2, endCharacter: 16, offset: 27, length: 6, snippet: '{name}' })
    expect(result.fixes).toBeUndefined()
  })

  it('pass the SARIF multitool validator', async () => {
    const require = createRequire(import.meta.url)
    let multitool: string
    try {
      multitool = require('@microsoft/sarif-multitool') as string
    } catch {
      console.warn('[soat] SARIF multitool check skipped: @microsoft/sarif-multitool has no binary for this platform')
      return
    }
    const file = join(dir, 'validate.docx')
    writeFileSync(file, await docxFromText(seedText('000')))
    const linter = new Soat({ cwd: dir, useConfigFiles: false })
    const log = join(dir, 'validate.sarif')
    writeFileSync(log, await linter.formatResults([await linter.lintFile(file)], 'sarif'))
    const out = join(dir, 'validation.sarif')
    execFileSync(multitool, ['validate', log, '--output', out], { stdio: 'pipe' })
    const validation = JSON.parse(readFileSync(out, 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string; message: { arguments?: string[] } }> }> }
    // No error and no warning (the multitool's default levels), for the Word parts and the rest alike.
    expect(validation.runs[0]!.results.map((r) => `${r.ruleId} ${JSON.stringify(r.message.arguments)}`)).toEqual([])
  })

  it('say so in the JSON report, which still matches schemas/report.schema.json', async () => {
    const file = join(dir, 'report.docx')
    writeFileSync(file, await makeDocx(['Hội nghị tổng kết', '', 'Đồng chí {name} phát biểu.']))
    const linter = new Soat({ cwd: dir, useConfigFiles: false })
    const report = JSON.parse(await linter.formatResults([await linter.lintFile(file)], 'json')) as { results: Array<Record<string, any>> }
    const validate = validatorFor('report.schema.json')
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    expect(report.results[0]!['extracted']).toEqual({ from: 'docx', paragraphs: 3 })
    expect(report.results[0]!['findings'].map((f: { line: number; column: number }) => [f.line, f.column])).toEqual([[3, 10]])
  })

  it('annotate a Word file on GitHub by paragraph and character in the message, not by a line of the file', async () => {
    const file = join(dir, 'annotate.docx')
    writeFileSync(file, await makeDocx(['Hội nghị tổng kết', 'Đồng chí {name} phát biểu.']))
    const linter = new Soat({ cwd: dir, useConfigFiles: false, locale: 'en' })
    expect(await linter.formatResults([await linter.lintFile(file)], 'github')).toBe(
      '::error file=annotate.docx,title=soat template-residue::Paragraph 2, character 10 of the text extracted from the Word file: Unfilled placeholder “{name}”.\n',
    )
  })

  it('read a Word file from standard input when --stdin-filename names one', async () => {
    const { main } = await import('../../src/cli/main.js')
    const { PassThrough } = await import('node:stream')
    const stdin = new PassThrough()
    stdin.end(await makeDocx(['Đồng chí {name} phát biểu.']))
    const stdout = new PassThrough()
    let out = ''
    stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    const code = await main(['--stdin', '--stdin-filename', 'draft.docx', '--no-config', '--locale', 'en', '-f', 'compact'], {
      stdin,
      stdout,
      stderr: new PassThrough(),
      cwd: dir,
    })
    expect(code).toBe(1)
    expect(out).toContain('draft.docx:1:10:')
  })
})
