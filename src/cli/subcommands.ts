/**
 * `soat lsp` and `soat serve`: the editor surfaces (language server, web
 * page). Loaded only when one of them is asked for, so `soat file.txt` never
 * pays for vscode-languageserver or the web server.
 */
import { parseArgs } from 'node:util'
import type { Locale } from '../engine/types.js'
import type { CliIo } from './main.js'

const LSP_HELP = {
  vi: `Cách dùng: soat lsp [--stdio | --node-ipc]

Chạy máy chủ ngôn ngữ (Language Server Protocol) cho trình soạn thảo: chẩn đoán
cho văn bản thường, Markdown và HTML khi mở và khi sửa, hành động sửa lỗi, đọc
lại soat.config.json khi tệp thay đổi. Mặc định giao tiếp qua stdin/stdout.
`,
  en: `Usage: soat lsp [--stdio | --node-ipc]

Runs the language server (Language Server Protocol) for editors: diagnostics
for plain text, Markdown and HTML on open and on change, code actions for
fixes, soat.config.json reloaded when it changes. Talks over stdin/stdout by
default.
`,
}

const SERVE_HELP = {
  vi: `Cách dùng: soat serve [--port 4870] [--host 127.0.0.1] [tùy chọn]

Mở trang web kiểm tra bản thảo: dán văn bản hoặc kéo thả tệp .txt, .md, .html,
.docx, xem lỗi được tô sáng kèm giải thích, sửa bằng một cú nhấp, tải báo cáo
SARIF. Trang chạy hoàn toàn trên máy này, không cần internet.

      --port N             cổng (mặc định 4870; 0: cổng trống bất kỳ)
      --host ĐỊA_CHỈ       địa chỉ lắng nghe (mặc định 127.0.0.1, chỉ máy này)
      --max-body-size N    giới hạn dung lượng gửi lên, byte (mặc định 10 MB)
      --locale vi|en       ngôn ngữ mặc định của trang
  -c, --config TỆP         dùng TỆP thay cho soat.config.json / .soatrc.json
      --no-config          không dùng tệp cấu hình
`,
  en: `Usage: soat serve [--port 4870] [--host 127.0.0.1] [options]

Opens the draft checker web page: paste a draft or drop a .txt, .md, .html or
.docx file, see the problems highlighted with explanations, fix them with one
click, download the SARIF report. The page runs on this machine only and needs
no internet.

      --port N             port (default 4870; 0: any free port)
      --host ADDRESS       address to listen on (default 127.0.0.1, this machine only)
      --max-body-size N    largest upload in bytes (default 10 MB)
      --locale vi|en       default language of the page
  -c, --config FILE        use FILE instead of soat.config.json / .soatrc.json
      --no-config          use no configuration file
`,
}

function guessLocale(argv: readonly string[]): Locale {
  const i = argv.indexOf('--locale')
  return argv[i + 1] === 'en' || argv.includes('--locale=en') ? 'en' : 'vi'
}

function invalid(io: CliIo, name: string, detail: string, locale: Locale): number {
  io.stderr.write(locale === 'en' ? `soat ${name}: ${detail}\n` : `soat ${name}: tham số không hợp lệ: ${detail}\n`)
  return 2
}

async function lsp(argv: readonly string[], io: CliIo): Promise<number> {
  const locale = guessLocale(argv)
  let values: { stdio?: boolean; 'node-ipc'?: boolean; help?: boolean }
  try {
    values = parseArgs({ args: [...argv], options: { stdio: { type: 'boolean' }, 'node-ipc': { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, locale: { type: 'string' } }, strict: true }).values
  } catch (error) {
    return invalid(io, 'lsp', (error as Error).message, locale)
  }
  if (values.help) {
    io.stdout.write(LSP_HELP[locale])
    return 0
  }
  if (values.stdio && values['node-ipc']) return invalid(io, 'lsp', '--stdio or --node-ipc, not both', locale)
  const { startLanguageServer } = await import('../lsp/server.js')
  await startLanguageServer({ transport: values['node-ipc'] ? 'node-ipc' : 'stdio', cwd: io.cwd })
  return 0
}

async function serve(argv: readonly string[], io: CliIo): Promise<number> {
  let locale = guessLocale(argv)
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'max-body-size': { type: 'string' },
        locale: { type: 'string' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values
  } catch (error) {
    return invalid(io, 'serve', (error as Error).message, locale)
  }
  if (values['locale'] !== undefined && values['locale'] !== 'vi' && values['locale'] !== 'en') {
    return invalid(io, 'serve', `--locale “${String(values['locale'])}”: vi | en`, locale)
  }
  locale = (values['locale'] as Locale | undefined) ?? 'vi'
  if (values['help']) {
    io.stdout.write(SERVE_HELP[locale])
    return 0
  }
  const whole = (name: string, max: number): number | undefined | Error => {
    const value = values[name]
    if (value === undefined) return undefined
    if (typeof value !== 'string' || !/^\d+$/u.test(value) || Number(value) > max) return new Error(`--${name} “${String(value)}”: 0–${max}`)
    return Number(value)
  }
  const port = whole('port', 65535)
  const maxBodySize = whole('max-body-size', 2 ** 31)
  if (port instanceof Error) return invalid(io, 'serve', port.message, locale)
  if (maxBodySize instanceof Error) return invalid(io, 'serve', maxBodySize.message, locale)
  const { startWebServer, webMessage, DEFAULT_HOST, DEFAULT_PORT } = await import('../web/server.js')
  const host = typeof values['host'] === 'string' ? values['host'] : DEFAULT_HOST
  let server: Awaited<ReturnType<typeof startWebServer>>
  try {
    server = await startWebServer({
      host,
      port: port ?? DEFAULT_PORT,
      ...(maxBodySize !== undefined ? { maxBodySize } : {}),
      locale,
      lint: {
        cwd: io.cwd,
        ...(typeof values['config'] === 'string' ? { configFile: values['config'] } : {}),
        useConfigFiles: !values['no-config'],
      },
    })
  } catch (error) {
    const e = error as Error & { code?: string; data?: Record<string, string | number> }
    const message = e.code === 'portInUse' || e.code === 'listenFailed' ? webMessage(e.code, locale, e.data) : e.message
    io.stderr.write(`soat serve: ${message}\n`)
    return 2
  }
  io.stdout.write(`${webMessage('listening', locale, { url: server.url })}\n`)
  if (!/^(?:127\.|::1$|localhost$)/u.test(server.host)) io.stderr.write(`${webMessage('exposed', locale, { host: server.host })}\n`)
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      void server.close().then(resolve)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
  return 0
}

/** Run a subcommand; resolves to the exit code. */
export async function runSubcommand(name: 'lsp' | 'serve', argv: readonly string[], io: CliIo): Promise<number> {
  return name === 'lsp' ? lsp(argv, io) : serve(argv, io)
}
