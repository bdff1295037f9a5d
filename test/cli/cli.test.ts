/** The soat command, run as a real process (bin/soat.js over the build `npm test` makes first). */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { packageRoot } from '../../src/paths.js'
import { tempDir } from '../support/temp-dir.js'

const BIN = join(packageRoot, 'bin/soat.js')

function soat(args: string[], options: { cwd: string; input?: string }): { status: number; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  })
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr }
}

const lead = 'Chiều 4-1, Thành ủy đã tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2021 và triển khai nhiệm vụ năm 2022.'
const clean = `Hội nghị tổng kết công tác năm 2021\n\n${lead}\n`

describe('exit codes', () => {
  const root = tempDir({
    'sach.txt': clean,
    'loi.txt': `${clean}\n{name}\n`,
    'nhi-phan.txt': Buffer.from([0x00, 0x9f, 0x92, 0x96]),
    'cu.txt': Buffer.from([0x54, 0x68, 0xe0, 0x6e, 0x68, 0x20, 0xf2, 0x79]),
    'hong/soat.config.json': '{ "rules": { "template-residue": "loud" } }',
    'hong/a.txt': clean,
  })

  it('0 when there are no errors', () => {
    const run = soat(['sach.txt'], { cwd: root })
    expect([run.status, run.stdout, run.stderr]).toEqual([0, '', ''])
  })

  it('1 when there are errors, with the finding in the output', () => {
    const run = soat(['loi.txt'], { cwd: root })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('loi.txt')
    expect(run.stdout).toMatch(/5:1\s+lỗi\s+Còn sót trường mẫu “\{name\}” chưa được điền\.\s+template-residue/)
    expect(run.stdout).toContain('✖ 1 vấn đề (1 lỗi, 0 cảnh báo, 0 ghi chú)')
  })

  it('2 for a binary file, an invalid UTF-8 file and a missing path, each named, while the other files are still linted', () => {
    const run = soat(['nhi-phan.txt', 'loi.txt', 'khong-co.txt', 'cu.txt', '--format', 'compact', '--locale', 'en'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stdout).toContain('nhi-phan.txt:0:0: error [fatal] nhi-phan.txt is a binary file, not text')
    expect(run.stdout).toContain('khong-co.txt:0:0: error [fatal] khong-co.txt does not exist.')
    expect(run.stdout).toContain('cu.txt:0:0: error [fatal] cu.txt is not valid UTF-8 (bad byte at offset 2)')
    expect(run.stdout).toContain('loi.txt:5:1: error [template-residue] Unfilled placeholder “{name}”.')
  })

  it('0 for an empty file; 2 for a file over --max-file-size, named with its size, while the others are linted', () => {
    const root2 = tempDir({ 'rong.txt': '', 'lon.txt': clean.repeat(20), 'loi.txt': '{name}' })
    expect(soat(['rong.txt'], { cwd: root2 }).status).toBe(0)
    const run = soat(['lon.txt', 'loi.txt', '--max-file-size', '1000', '-f', 'compact'], { cwd: root2 })
    expect(run.status).toBe(2)
    expect(run.stdout).toMatch(/lon\.txt:0:0: error \[fatal\] lon\.txt quá lớn \(\d+ byte, giới hạn 1000 byte\)/)
    expect(run.stdout).toContain('loi.txt:1:1: error [template-residue]')
  })

  it('2 for a bad configuration, naming the file, the JSON path and what was expected', () => {
    const run = soat(['hong/a.txt', '--locale', 'en'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`soat: The configuration file ${join(root, 'hong/soat.config.json')} is invalid:`)
    expect(run.stderr).toContain('/rules/template-residue: must be equal to one of the allowed values ("off", "note", "warning", "error")')
  })

  it('2 for a bad command line', () => {
    const run = soat(['--format', 'xml', 'sach.txt'], { cwd: root })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--format “xml”')
  })

  it('1 with --max-warnings when warnings exceed it; --quiet shows errors only', () => {
    const config = ['--no-config', '--rule', 'template-residue:warning']
    expect(soat(['loi.txt', ...config, '--max-warnings', '0'], { cwd: root }).status).toBe(1)
    expect(soat(['loi.txt', ...config, '--max-warnings', '1'], { cwd: root }).status).toBe(0)
    const quiet = soat(['loi.txt', ...config, '--quiet'], { cwd: root })
    expect([quiet.status, quiet.stdout]).toEqual([0, ''])
  })
})

describe('standard input', () => {
  const root = tempDir({})
  it('lints stdin, with --stdin-filename choosing the format', () => {
    const run = soat(['--stdin', '--stdin-filename', 'tin.md', '--format', 'json'], { cwd: root, input: `# Tiêu đề bài viết hôm nay\n\n${lead}\n\nTiêu đề bài viết hôm nay\n` })
    expect(run.status).toBe(1)
    const report = JSON.parse(run.stdout) as { results: Array<{ filePath: string; format: string; findings: Array<{ ruleId: string; line: number }> }> }
    expect(report.results[0]!.filePath).toBe('tin.md')
    expect(report.results[0]!.format).toBe('markdown')
    expect(report.results[0]!.findings.map((f) => [f.ruleId, f.line])).toEqual([['duplicate-headline', 5]])
  })
  it('refuses binary input with exit 2', () => {
    const run = soat(['--stdin'], { cwd: root, input: '\u0000\u0001\u0002' })
    expect(run.status).toBe(2)
    expect(run.stdout).toContain('<stdin> là tệp nhị phân')
  })
})

describe('--fix', () => {
  // Only the house rule, so the test does not move when rules are added.
  const config = JSON.stringify({ extends: [], house: { 'house/cach-viet': { kind: 'substitution', swap: { 'Covid-19': 'COVID-19', 'Uỷ ban': 'Ủy ban' }, caseSensitive: true } } })
  const original = `\uFEFFHội nghị phòng chống dịch\r\n\r\n${lead} Phòng chống dịch Covid-19, Uỷ ban nhân dân chỉ đạo.\r\n\r\nDịch Covid-19 được kiểm soát.`
  const fixed = original.replace(/Covid-19/g, 'COVID-19').replace('Uỷ ban', 'Ủy ban')

  it('writes only the fixes, keeping BOM, CRLF line endings and the missing final newline', () => {
    const root = tempDir({ 'soat.config.json': config, 'tin.txt': original })
    const run = soat(['tin.txt'], { cwd: root })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('3 vấn đề có thể sửa tự động bằng --fix.')
    expect(soat(['--fix', 'tin.txt'], { cwd: root }).status).toBe(0)
    const after = readFileSync(join(root, 'tin.txt'))
    expect(after.equals(Buffer.from(fixed, 'utf8'))).toBe(true)
    expect(soat(['tin.txt'], { cwd: root }).stdout).toBe('')
  })

  it('--fix-dry-run shows the change and leaves the file alone', () => {
    const root = tempDir({ 'soat.config.json': config, 'tin.txt': original })
    const run = soat(['--fix-dry-run', 'tin.txt'], { cwd: root })
    expect(run.stdout).toContain('Sẽ sửa tin.txt:')
    expect(run.stdout).toContain('+Dịch COVID-19 được kiểm soát.')
    expect(readFileSync(join(root, 'tin.txt'), 'utf8')).toBe(original)
  })

  it('--stdin --fix prints the fixed text', () => {
    const root = tempDir({ 'soat.config.json': config })
    const run = soat(['--stdin', '--fix'], { cwd: root, input: 'Dịch Covid-19.' })
    expect(run.stdout).toBe('Dịch COVID-19.')
  })
})

describe('batches', () => {
  it('lint on all cores with the same results, in the same order, as one thread', () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 60; i++) files[`tin/${String(i).padStart(2, '0')}.txt`] = i % 3 === 0 ? `${clean}\n{name}\n` : clean
    files['tin/hong.txt'] = '\u0000\u0001'
    const root = tempDir(files)
    const one = soat(['tin', '-f', 'json', '--concurrency', '1'], { cwd: root })
    const all = soat(['tin', '-f', 'json', '--concurrency', '2'], { cwd: root })
    expect(all.status).toBe(2)
    expect(all.stdout).toBe(one.stdout)
    const report = JSON.parse(all.stdout) as { results: Array<{ filePath: string; findings: unknown[]; fatal?: unknown }> }
    expect(report.results.length).toBe(61)
    expect(report.results.filter((r) => r.findings.length > 0).length).toBe(20)
    expect(report.results.filter((r) => r.fatal).map((r) => r.filePath)).toEqual(['tin/hong.txt'])
  })
})

describe('other options', () => {
  const root = tempDir({ 'a.txt': `${clean}\n{name}\n` })
  it('--print-config prints the resolved configuration', () => {
    const config = JSON.parse(soat(['--print-config', 'a.txt'], { cwd: root }).stdout) as { locale: string; rules: Record<string, { level: string }> }
    expect(config.locale).toBe('vi')
    expect(config.rules['template-residue']!.level).toBe('error')
  })
  it('--list-rules lists every rule, in English with --locale en', () => {
    const run = soat(['--list-rules', '--locale', 'en'], { cwd: root })
    expect(run.stdout).toMatch(/template-residue\s+structure\s+error\s+Unfilled CMS placeholders/)
  })
  it('--output-file writes the report to a file; github annotations', () => {
    expect(soat(['a.txt', '-f', 'sarif', '-o', 'out/report.sarif'], { cwd: root }).stdout).toBe('')
    expect(JSON.parse(readFileSync(join(root, 'out/report.sarif'), 'utf8')).version).toBe('2.1.0')
    expect(soat(['a.txt', '-f', 'github'], { cwd: root }).stdout).toContain('::error file=a.txt,line=5,endLine=5,col=1,endColumn=7,title=soat template-residue::Còn sót trường mẫu “{name}” chưa được điền.')
  })
  it('--help and --version', () => {
    expect(soat(['--help'], { cwd: root }).stdout).toContain('Cách dùng: soat')
    expect(soat(['--version'], { cwd: root }).stdout).toMatch(/^soat \d+\.\d+\.\d+\n$/)
  })
  it('recurses into folders, linting .txt, .md, .markdown, .html and .htm only', () => {
    const tree = tempDir({ 'a/b.md': '{name}', 'a/c.htm': '<p>{name}</p>', 'a/d.markdown': '{x1}', 'a/e.json': '{"name": 1}', 'a/f.txt': '{body}' })
    const run = soat(['a', '-f', 'compact'], { cwd: tree })
    expect(run.stdout.split('\n').filter((l) => l.includes('template-residue')).map((l) => l.split(':')[0])).toEqual(['a/b.md', 'a/c.htm', 'a/d.markdown', 'a/f.txt'])
  })
})
