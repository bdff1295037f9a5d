/** The web page's server over HTTP: loopback by default, a body limit, clear errors for bad requests and uploads. */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import officeCrypto from 'officecrypto-tool'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { packageRoot } from '../../src/paths.js'
import { DEFAULT_HOST, DEFAULT_PORT, type WebServer, startWebServer } from '../../src/web/server.js'
import { ensureBuilt, ensureWebAssets } from '../support/build.js'
import { makeDocx } from '../support/docx.js'
import { seedText } from '../support/seeds.js'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** One request with full control of the headers (fetch would set Host and Origin itself). */
function send(url: string, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  const target = new URL(options.path, url)
  return new Promise((resolve, reject) => {
    const req = request(target, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

function errorOf(reply: Reply): { code: string; message: string; messages: { vi: string; en: string } } {
  return (JSON.parse(reply.body) as { error: { code: string; message: string; messages: { vi: string; en: string } } }).error
}

describe('soat serve', () => {
  let server: WebServer
  const work = mkdtempSync(join(tmpdir(), 'soat-serve-'))
  const json = { 'content-type': 'application/json' }
  const bytes = { 'content-type': 'application/octet-stream' }

  beforeAll(async () => {
    ensureWebAssets()
    server = await startWebServer({ port: 0, maxBodySize: 64 * 1024, lint: { cwd: work, useConfigFiles: false } })
  })
  afterAll(async () => {
    await server.close()
    rmSync(work, { recursive: true, force: true })
  })

  it('listens on 127.0.0.1 only, by default on port 4870', () => {
    expect(DEFAULT_HOST).toBe('127.0.0.1')
    expect(DEFAULT_PORT).toBe(4870)
    expect(server.host).toBe('127.0.0.1')
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`)
  })

  it('serves the page and its assets from this machine, with a strict content security policy', async () => {
    const page = await send(server.url, { path: '/' })
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    // Every script and stylesheet is the server's own: no CDN.
    const sources = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1])
    expect(sources).toEqual(['/assets/favicon.svg', '/assets/app.css', '/assets/app.js'])
    for (const asset of sources) expect((await send(server.url, { path: asset! })).status).toBe(200)
    expect((await send(server.url, { path: '/assets/app.js' })).body).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/)
  })

  it('lints pasted text and returns the findings the library finds', async () => {
    const reply = await send(server.url, { method: 'POST', path: '/api/lint', headers: json, body: JSON.stringify({ text: 'Đồng chí {name} phát biểu.', locale: 'en' }) })
    expect(reply.status).toBe(200)
    const result = (JSON.parse(reply.body) as { result: { findings: Array<{ ruleId: string; message: string; line: number; column: number }> } }).result
    expect(result.findings.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual([['template-residue', 1, 10, 'Unfilled placeholder “{name}”.']])
  })

  it('extracts an uploaded Word file and lints its text', async () => {
    const docx = await makeDocx([{ text: 'Hội nghị tổng kết năm 2021', heading: 'title' }, 'Đồng chí {name} phát biểu.'])
    const reply = await send(server.url, { method: 'POST', path: '/api/upload?name=ban-thao.docx', headers: bytes, body: docx })
    expect(reply.status).toBe(200)
    const body = JSON.parse(reply.body) as { fileName: string; format: string; text: string; result: { extracted: unknown; findings: Array<{ line: number; column: number }> } }
    expect(body.fileName).toBe('ban-thao.docx')
    expect(body.text).toBe('Hội nghị tổng kết năm 2021\nĐồng chí {name} phát biểu.')
    expect(body.result.extracted).toEqual({ from: 'docx', paragraphs: 2 })
    expect(body.result.findings.map((f) => [f.line, f.column])).toEqual([[2, 10]])
  })

  it('refuses a body over the limit with 413, before reading it all', async () => {
    const text = seedText('000').repeat(8)
    const reply = await send(server.url, { method: 'POST', path: '/api/lint?locale=en', headers: json, body: JSON.stringify({ text }) })
    expect(reply.status).toBe(413)
    expect(errorOf(reply).message).toMatch(/^The upload is too large \(\d+ bytes, at most 65536 bytes\); change the limit with --max-body-size\.$/)
    expect(errorOf(reply).messages.vi).toMatch(/^Nội dung gửi lên quá lớn/)
  })

  it('explains bad requests: broken JSON, a wrong content type, a missing text, a missing file name', async () => {
    const broken = await send(server.url, { method: 'POST', path: '/api/lint?locale=en', headers: json, body: '{"text": ' })
    expect([broken.status, errorOf(broken).code]).toEqual([400, 'invalidJson'])
    expect(errorOf(broken).message).toMatch(/^The request is not valid JSON: /)
    const form = await send(server.url, { method: 'POST', path: '/api/lint?locale=en', headers: { 'content-type': 'text/plain' }, body: 'x' })
    expect([form.status, errorOf(form).message]).toEqual([415, 'Content type “text/plain” is not accepted here; expected application/json.'])
    const noText = await send(server.url, { method: 'POST', path: '/api/lint?locale=en', headers: json, body: '{"content": "x"}' })
    expect([noText.status, errorOf(noText).message]).toEqual([400, 'Invalid request: “text” must be a string'])
    const noName = await send(server.url, { method: 'POST', path: '/api/upload?locale=en', headers: bytes, body: 'x' })
    expect([noName.status, errorOf(noName).message]).toEqual([400, 'The file name (the name parameter) is missing.'])
    const get = await send(server.url, { path: '/api/lint' })
    expect(get.status).toBe(405)
  })

  it('explains bad uploads: unknown kind, empty, binary as text, broken and password-protected Word files', async () => {
    const upload = (name: string, body: Buffer): Promise<Reply> => send(server.url, { method: 'POST', path: `/api/upload?name=${encodeURIComponent(name)}&locale=en`, headers: bytes, body })
    const pdf = await upload('bao-cao.pdf', Buffer.from('%PDF-1.7'))
    expect([pdf.status, errorOf(pdf).message]).toEqual([415, 'bao-cao.pdf is not a kind of file soát reads; use .txt, .md, .html or .docx.'])
    const empty = await upload('trong.txt', Buffer.alloc(0))
    expect([empty.status, errorOf(empty).message]).toEqual([422, 'The file trong.txt is empty.'])
    const binary = await upload('anh.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))
    expect([binary.status, errorOf(binary).code]).toEqual([422, 'fileBinary'])
    const broken = await upload('hong.docx', Buffer.from('PK\u0003\u0004 rác'))
    expect([broken.status, errorOf(broken).code]).toEqual([422, 'docxInvalid'])
    const locked = await upload('khoa.docx', await officeCrypto.encrypt(await makeDocx(['Mật']), { password: 'x' }))
    expect([locked.status, errorOf(locked).message]).toEqual([
      422,
      'khoa.docx is password-protected, so soát cannot read it; open it in Word, remove the password (File › Info › Protect Document) and save it again.',
    ])
  })

  it('refuses other host names (DNS rebinding) and requests from other sites', async () => {
    const rebound = await send(server.url, { path: '/', headers: { host: `attacker.example:${server.port}` } })
    expect([rebound.status, errorOf(rebound).code]).toEqual([403, 'forbiddenHost'])
    const foreign = await send(server.url, { method: 'POST', path: '/api/lint', headers: { ...json, origin: 'https://attacker.example' }, body: '{"text":"x"}' })
    expect([foreign.status, errorOf(foreign).code]).toEqual([403, 'forbiddenOrigin'])
    const own = await send(server.url, { method: 'POST', path: '/api/lint', headers: { ...json, origin: `http://127.0.0.1:${server.port}` }, body: '{"text":"x"}' })
    expect(own.status).toBe(200)
  })

  it('returns a SARIF report as a download', async () => {
    const reply = await send(server.url, { method: 'POST', path: '/api/sarif', headers: json, body: JSON.stringify({ text: 'Đồng chí {name} phát biểu.', fileName: 'tin.txt' }) })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-disposition']).toBe('attachment; filename="tin.txt.sarif"')
    const sarif = JSON.parse(reply.body) as { version: string; runs: Array<{ results: Array<{ ruleId: string }> }> }
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(['template-residue'])
  })
})

describe('the soat serve command', () => {
  beforeAll(() => ensureBuilt(), 120_000)

  function run(args: string[]): { child: ReturnType<typeof spawn>; stdout: () => string; stderr: () => string; exit: Promise<number | null> } {
    const child = spawn(process.execPath, [join(packageRoot, 'bin', 'soat.js'), 'serve', ...args], { cwd: tmpdir(), stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()))
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()))
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    return { child, stdout: () => out, stderr: () => err, exit }
  }

  it('prints its loopback address, serves the page and stops on SIGTERM', async () => {
    const serve = run(['--port', '0', '--no-config'])
    await expect.poll(serve.stdout, { timeout: 20_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\//)
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(serve.stdout())![0]
    expect(serve.stdout()).toBe(`soát: trang kiểm tra bản thảo đang chạy tại ${url} (Ctrl+C để dừng).\n`)
    expect((await send(url, { path: '/' })).status).toBe(200)
    serve.child.kill('SIGTERM')
    expect(await serve.exit).toBe(0)
  })

  it('says so when the port is taken', async () => {
    const busy = await startWebServer({ port: 0 })
    try {
      const serve = run(['--port', String(busy.port), '--locale', 'en'])
      expect(await serve.exit).toBe(2)
      expect(serve.stderr()).toBe(`soat serve: Port ${busy.port} on 127.0.0.1 is already in use; choose another with --port.\n`)
    } finally {
      await busy.close()
    }
  })

  it('rejects a bad --port', async () => {
    const serve = run(['--port', 'abc', '--locale', 'en'])
    expect(await serve.exit).toBe(2)
    expect(serve.stderr()).toBe('soat serve: --port “abc”: 0–65535\n')
  })
})
