/**
 * The web page for editors (`soat serve`): node:http, loopback by default,
 * static assets built at install time (dist/web, no CDN), and a small JSON
 * API over the same `Soat` object as the CLI:
 *
 * - `GET /api/info`: version, limits, every rule with its description and why;
 * - `POST /api/lint` (JSON `{text, fileName?, format?, locale?, fix?}`): the findings;
 * - `POST /api/upload?name=…&locale=…` (the file's bytes): the text (extracted
 *   from a Word file) and its findings;
 * - `POST /api/sarif`: the SARIF report, of a JSON text or of a file's bytes;
 * - `GET /docs/rules/<id>.md`: a rule's documentation page.
 *
 * Requests are refused with a JSON `{error: {code, message}}` in the page's
 * language: bodies over the size limit (413), wrong content types (415),
 * unreadable uploads (422), foreign origins and host names (403).
 */
import { readFile } from 'node:fs/promises'
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { basename, extname, join } from 'node:path'
import { type LintOptions, type LintResult, Soat } from '../api.js'
import { interpolate } from '../engine/messages.js'
import type { Locale } from '../engine/types.js'
import { SoatError, describeError } from '../errors.js'
import { serializeResult } from '../formatters/json.js'
import { ruleDocsMarkdown } from '../formatters/rule-descriptors.js'
import { WEB_MESSAGES, type WebMessageId } from '../i18n/web-messages.js'
import { EXTENSIONS, formatOf } from '../parse/index.js'
import type { DocumentFormat } from '../parse/types.js'
import { packageRoot, packageVersion } from '../paths.js'

/** Options of the web server. */
export interface WebServerOptions {
  /** Address to bind (default 127.0.0.1: this machine only). */
  host?: string
  /** Port (default 4870; 0 picks a free one). */
  port?: number
  /** Largest request body in bytes (default 10 MB). */
  maxBodySize?: number
  /** Language of the page when the browser has not chosen (default vi). */
  locale?: Locale
  /** Linter options (working directory, configuration). */
  lint?: LintOptions
  /** Where index.html, app.js and app.css are (default dist/web). */
  assetsDir?: string
}

/** A running web server. */
export interface WebServer {
  url: string
  host: string
  port: number
  close(): Promise<void>
}

export const DEFAULT_PORT = 4870
export const DEFAULT_HOST = '127.0.0.1'
export const DEFAULT_MAX_BODY_SIZE = 10 * 1024 * 1024

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]'])
const TEXT_FORMATS: readonly DocumentFormat[] = ['text', 'markdown', 'html']

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
}

const ASSETS: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/assets/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/assets/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
  '/assets/favicon.svg': { file: 'favicon.svg', type: 'image/svg+xml' },
}

/** A refused request. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly localized: { vi: string; en: string },
  ) {
    super(localized.en)
  }
}

function webError(status: number, id: WebMessageId, data: Record<string, string | number> = {}): HttpError {
  const m = WEB_MESSAGES[id]
  return new HttpError(status, id, { vi: interpolate(m.vi, data), en: interpolate(m.en, data) })
}

function soatHttpError(status: number, error: SoatError): HttpError {
  return new HttpError(status, error.code, { vi: error.format('vi'), en: error.format('en') })
}

function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || /^127(?:\.\d{1,3}){3}$/u.test(host)
}

function hostName(hostHeader: string): string {
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1)
  return hostHeader.replace(/:\d+$/u, '')
}

function localeOf(value: unknown, fallback: Locale): Locale {
  return value === 'en' || value === 'vi' ? value : fallback
}

/** A result as the page needs it: the JSON report's shape, with its locale. */
function clientResult(result: LintResult): Record<string, unknown> {
  return { locale: result.locale, ...serializeResult(result) }
}

/** The “Why” section of a rule page: its Vietnamese and English paragraphs. */
function ruleWhy(id: string): { vi: string; en: string } | undefined {
  const markdown = ruleDocsMarkdown(id)
  const section = markdown?.split(/^## /mu).find((s) => s.startsWith('Vì sao / Why'))
  if (!section) return undefined
  const paragraphs = section
    .split('\n')
    .slice(1)
    .join('\n')
    .split(/\n\s*\n/u)
    .map((p) =>
      p
        .replace(/\s*\n\s*/gu, ' ')
        .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
        .replace(/`([^`]+)`/gu, '“$1”')
        .replace(/\*\*([^*]+)\*\*/gu, '$1')
        .trim(),
    )
    .filter((p) => p.length > 0)
  if (paragraphs.length < 2) return undefined
  return { vi: paragraphs[0]!, en: paragraphs[paragraphs.length - 1]! }
}

class Handler {
  private readonly soat: Soat
  private readonly cwd: string
  private readonly assetsDir: string
  private readonly maxBodySize: number
  private readonly locale: Locale
  private info: Promise<string> | undefined

  constructor(
    private readonly options: WebServerOptions,
    private readonly exposed: boolean,
  ) {
    this.soat = new Soat(options.lint ?? {})
    this.cwd = this.soat.cwd
    this.assetsDir = options.assetsDir ?? join(packageRoot, 'dist', 'web')
    this.maxBodySize = options.maxBodySize ?? DEFAULT_MAX_BODY_SIZE
    this.locale = options.locale ?? 'vi'
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://soat.invalid')
    const locale = localeOf(url.searchParams.get('locale') ?? req.headers['x-soat-locale'], this.locale)
    try {
      this.checkHost(req)
      const path = url.pathname
      if (path.startsWith('/api/')) {
        res.setHeader('cache-control', 'no-store')
        await this.api(req, res, path, url, locale)
        return
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') throw webError(405, 'methodNotAllowed', { method: req.method ?? '', path })
      if (path.startsWith('/docs/rules/')) return this.ruleDoc(res, path)
      const asset = ASSETS[path]
      if (!asset) throw webError(404, 'notFound', { path })
      await this.asset(res, asset)
    } catch (error) {
      this.fail(res, error, locale)
    }
  }

  /** Refuse host names other than this machine's, so another site cannot reach the page through DNS rebinding. */
  private checkHost(req: IncomingMessage): void {
    if (this.exposed) return
    const host = hostName(req.headers.host ?? '')
    if (!isLoopback(host)) throw webError(403, 'forbiddenHost', { host })
  }

  /** A request that changes nothing still must come from the page itself, not another site. */
  private checkOrigin(req: IncomingMessage): void {
    const origin = req.headers.origin
    if (origin === undefined || origin === 'null') {
      if (origin === 'null') throw webError(403, 'forbiddenOrigin', { origin })
      return
    }
    if (origin !== `http://${req.headers.host ?? ''}`) throw webError(403, 'forbiddenOrigin', { origin })
  }

  private async api(req: IncomingMessage, res: ServerResponse, path: string, url: URL, locale: Locale): Promise<void> {
    if (path === '/api/info') {
      if (req.method !== 'GET') throw webError(405, 'methodNotAllowed', { method: req.method ?? '', path })
      this.info ??= this.buildInfo()
      return this.send(res, 200, 'application/json; charset=utf-8', await this.info)
    }
    if (path !== '/api/lint' && path !== '/api/upload' && path !== '/api/sarif') throw webError(404, 'notFound', { path })
    if (req.method !== 'POST') throw webError(405, 'methodNotAllowed', { method: req.method ?? '', path })
    this.checkOrigin(req)
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
    if (path === '/api/lint') {
      const body = await this.json(req, type)
      const result = await this.lintJson(body, locale)
      return this.sendJson(res, 200, { result: clientResult(result) })
    }
    if (path === '/api/upload') {
      const { name, bytes } = await this.upload(req, type, url)
      const result = await this.lintUpload(name, bytes, locale)
      return this.sendJson(res, 200, {
        fileName: name,
        format: result.format,
        text: result.source ?? '',
        result: clientResult(result),
      })
    }
    // /api/sarif: of the text on the page (JSON), or of the file as uploaded (bytes).
    let result: LintResult
    let name: string
    if (type === 'application/json') {
      const body = await this.json(req, type)
      result = await this.lintJson(body, locale)
      name = result.filePath ? basename(result.filePath) : 'van-ban.txt'
    } else {
      const upload = await this.upload(req, type, url)
      name = upload.name
      result = await this.lintUpload(name, upload.bytes, locale)
    }
    const sarif = await this.soat.formatResults([result], 'sarif', { locale, commandLine: 'soat serve' })
    res.setHeader('content-disposition', `attachment; filename="${name.replace(/[^\w.-]+/gu, '_')}.sarif"`)
    return this.send(res, 200, 'application/sarif+json; charset=utf-8', sarif)
  }

  private async buildInfo(): Promise<string> {
    const rules = (await this.soat.ruleDescriptors()).map((d) => ({
      id: d.id,
      level: d.meta.level,
      category: d.meta.category,
      fixable: d.meta.fixable,
      description: d.meta.description,
      ...(ruleWhy(d.id) ? { why: ruleWhy(d.id) } : {}),
      ...(d.url ? { url: d.url } : {}),
      ...(d.builtin && ruleDocsMarkdown(d.id) ? { docs: `/docs/rules/${d.id}.md` } : {}),
    }))
    return JSON.stringify({ version: packageVersion, locale: this.locale, maxBodySize: this.maxBodySize, extensions: Object.keys(EXTENSIONS), rules })
  }

  private async lintJson(body: unknown, fallback: Locale): Promise<LintResult> {
    if (!body || typeof body !== 'object') throw webError(400, 'invalidRequest', { detail: 'expected an object {text}' })
    const b = body as Record<string, unknown>
    if (typeof b['text'] !== 'string') throw webError(400, 'invalidRequest', { detail: '“text” must be a string' })
    const fileName = typeof b['fileName'] === 'string' && b['fileName'] !== '' ? basename(b['fileName']) : undefined
    let format: DocumentFormat = fileName ? formatOf(fileName) : 'text'
    if (b['format'] !== undefined) {
      if (!TEXT_FORMATS.includes(b['format'] as DocumentFormat)) throw webError(400, 'invalidRequest', { detail: '“format” must be text, markdown or html' })
      format = b['format'] as DocumentFormat
    }
    // Text on the page is never a Word file, even when it came from one.
    if (format === 'docx') format = 'text'
    return this.soat.lintText(b['text'], {
      filePath: join(this.cwd, fileName ?? 'van-ban.txt'),
      format,
      locale: localeOf(b['locale'], fallback),
      fix: b['fix'] === true,
    })
  }

  private async lintUpload(name: string, bytes: Buffer, locale: Locale): Promise<LintResult> {
    const ext = extname(name).toLowerCase()
    if (!EXTENSIONS[ext]) throw soatHttpError(415, new SoatError('fileTypeUnsupported', { file: name }))
    if (bytes.length === 0) throw webError(422, 'emptyUpload', { file: name })
    try {
      return await this.soat.lintBytes(bytes, { filePath: join(this.cwd, name), locale })
    } catch (error) {
      if (error instanceof SoatError) throw soatHttpError(422, error)
      throw error
    }
  }

  private async upload(req: IncomingMessage, type: string, url: URL): Promise<{ name: string; bytes: Buffer }> {
    const raw = url.searchParams.get('name')
    if (!raw) throw webError(400, 'noFileName')
    if (type !== 'application/octet-stream') throw webError(415, 'wrongContentType', { type: type || '—', expected: 'application/octet-stream' })
    const name = basename(raw.replace(/\\/gu, '/'))
    return { name, bytes: await this.body(req) }
  }

  private async json(req: IncomingMessage, type: string): Promise<unknown> {
    if (type !== 'application/json') throw webError(415, 'wrongContentType', { type: type || '—', expected: 'application/json' })
    const bytes = await this.body(req)
    try {
      return JSON.parse(bytes.toString('utf8')) as unknown
    } catch (error) {
      throw webError(400, 'invalidJson', { detail: (error as Error).message })
    }
  }

  /** The request body, refused past the size limit without reading the rest. */
  private body(req: IncomingMessage): Promise<Buffer> {
    const limit = this.maxBodySize
    const declared = Number(req.headers['content-length'] ?? NaN)
    if (Number.isFinite(declared) && declared > limit) {
      req.resume()
      return Promise.reject(webError(413, 'tooLarge', { size: declared, limit }))
    }
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = []
      let size = 0
      let refused = false
      req.on('data', (chunk: Buffer) => {
        if (refused) return
        size += chunk.length
        if (size > limit) {
          refused = true
          reject(webError(413, 'tooLarge', { size: `> ${limit}`, limit }))
          return
        }
        chunks.push(chunk)
      })
      req.on('end', () => {
        if (!refused) resolve(Buffer.concat(chunks))
      })
      req.on('error', reject)
    })
  }

  private async ruleDoc(res: ServerResponse, path: string): Promise<void> {
    const id = /^\/docs\/rules\/([a-z0-9-]+)\.md$/u.exec(path)?.[1]
    const markdown = id ? ruleDocsMarkdown(id) : undefined
    if (!markdown) throw webError(404, 'notFound', { path })
    this.send(res, 200, 'text/plain; charset=utf-8', markdown)
  }

  private async asset(res: ServerResponse, asset: { file: string; type: string }): Promise<void> {
    let content: Buffer
    try {
      content = await readFile(join(this.assetsDir, asset.file))
    } catch {
      throw webError(500, 'assetsMissing', { dir: this.assetsDir })
    }
    if (asset.file === 'index.html') content = Buffer.from(content.toString('utf8').replace('data-default-locale="vi"', `data-default-locale="${this.locale}"`))
    res.setHeader('cache-control', 'no-cache')
    this.send(res, 200, asset.type, content)
  }

  private send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
    res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body) })
    res.end(res.req.method === 'HEAD' ? undefined : body)
  }

  private sendJson(res: ServerResponse, status: number, value: unknown): void {
    this.send(res, status, 'application/json; charset=utf-8', JSON.stringify(value))
  }

  private fail(res: ServerResponse, error: unknown, locale: Locale): void {
    const http =
      error instanceof HttpError
        ? error
        : error instanceof SoatError
          ? soatHttpError(500, error)
          : webError(500, 'internal', { detail: describeError(error, locale) })
    if (res.headersSent) {
      res.destroy()
      return
    }
    // Do not keep reading a body that was refused.
    if (http.status === 413) res.setHeader('connection', 'close')
    this.sendJson(res, http.status, { error: { code: http.code, message: http.localized[locale], messages: http.localized } })
  }
}

/** Start the web server; resolves once it listens. */
export async function startWebServer(options: WebServerOptions = {}): Promise<WebServer> {
  const host = options.host ?? DEFAULT_HOST
  const port = options.port ?? DEFAULT_PORT
  const handler = new Handler(options, !isLoopback(host))
  const server: Server = createServer((req, res) => void handler.handle(req, res))
  server.requestTimeout = 60_000
  server.headersTimeout = 20_000
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      const data = { host, port, detail: error.message }
      reject(
        error.code === 'EADDRINUSE'
          ? Object.assign(new Error(interpolate(WEB_MESSAGES.portInUse.en, data)), { code: 'portInUse', data })
          : Object.assign(new Error(interpolate(WEB_MESSAGES.listenFailed.en, data)), { code: 'listenFailed', data }),
      )
    }
    server.once('error', onError)
    server.listen(port, host, () => {
      server.off('error', onError)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${shown}:${address.port}/`,
    host: address.address,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/** Say `id` in `locale` (for the CLI's messages about the server). */
export function webMessage(id: WebMessageId, locale: Locale, data: Record<string, string | number> = {}): string {
  return interpolate(WEB_MESSAGES[id][locale], data)
}
