/** The command line: options, their parsing and the help text. */
import { parseArgs } from 'node:util'
import type { RuleEntry } from '../config/types.js'
import type { LevelSetting, Locale } from '../engine/types.js'
import { SoatError } from '../errors.js'
import { type FormatName, isFormatName } from '../formatters/index.js'

/** Parsed command-line options. */
export interface CliOptions {
  patterns: string[]
  format: FormatName
  outputFile: string | undefined
  stdin: boolean
  stdinFilename: string | undefined
  rules: Record<string, RuleEntry>
  config: string | undefined
  useConfig: boolean
  maxWarnings: number | undefined
  quiet: boolean
  locale: Locale | undefined
  printConfig: string | undefined
  listRules: boolean
  fix: boolean
  fixDryRun: boolean
  reportUnusedDisableDirectives: boolean
  maxFileSize: number | undefined
  ignore: boolean
  concurrency: number | 'auto'
  color: boolean | undefined
  help: boolean
  version: boolean
}

const LEVELS: readonly LevelSetting[] = ['off', 'note', 'warning', 'error']

/** Parse one `--rule` value: `spelling:off`, `"repeated-word: [warning, …]"` or a JSON object. */
export function parseRuleOption(value: string): Record<string, RuleEntry> {
  const trimmed = value.trim()
  if (trimmed.startsWith('{')) {
    try {
      return JSON.parse(trimmed) as Record<string, RuleEntry>
    } catch (error) {
      throw new SoatError('cliInvalid', { detail: `--rule ${value}: ${(error as Error).message}` })
    }
  }
  const colon = trimmed.lastIndexOf(':')
  const id = colon > 0 ? trimmed.slice(0, colon).trim() : ''
  const rest = colon > 0 ? trimmed.slice(colon + 1).trim() : ''
  if (!id || !rest) throw new SoatError('cliInvalid', { detail: `--rule “${value}”: write id:level, e.g. --rule spelling:off` })
  if (rest.startsWith('[')) {
    try {
      return { [id]: JSON.parse(rest) as RuleEntry }
    } catch (error) {
      throw new SoatError('cliInvalid', { detail: `--rule ${value}: ${(error as Error).message}` })
    }
  }
  if (!LEVELS.includes(rest as LevelSetting)) {
    throw new SoatError('cliInvalid', { detail: `--rule “${value}”: the level must be one of ${LEVELS.join(', ')}` })
  }
  return { [id]: rest as LevelSetting }
}

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new SoatError('cliInvalid', { detail: `${name} takes a whole number, not “${value}”` })
  return Number(value)
}

/** Parse `argv` (without node and the script). */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new SoatError('cliInvalid', { detail: (error as Error).message })
  }
  const v = parsed.values
  const format = v.format ?? 'stylish'
  if (!isFormatName(format)) {
    throw new SoatError('cliInvalid', { detail: `--format “${format}”: use stylish, json, sarif, github, gitlab or compact` })
  }
  const locale = v.locale
  if (locale !== undefined && locale !== 'vi' && locale !== 'en') {
    throw new SoatError('cliInvalid', { detail: `--locale “${locale}”: use vi or en` })
  }
  const rules: Record<string, RuleEntry> = {}
  for (const value of v.rule ?? []) Object.assign(rules, parseRuleOption(value))
  if (v['stdin-filename'] !== undefined && !v.stdin) {
    throw new SoatError('cliInvalid', { detail: '--stdin-filename goes with --stdin' })
  }
  if (v.stdin && parsed.positionals.length > 0) {
    throw new SoatError('cliInvalid', { detail: '--stdin lints standard input; do not give paths as well' })
  }
  return {
    patterns: parsed.positionals,
    format,
    outputFile: v['output-file'],
    stdin: v.stdin ?? false,
    stdinFilename: v['stdin-filename'],
    rules,
    config: v.config,
    useConfig: !(v['no-config'] ?? false),
    maxWarnings: integer('--max-warnings', v['max-warnings']),
    quiet: v.quiet ?? false,
    locale,
    printConfig: v['print-config'],
    listRules: v['list-rules'] ?? false,
    fix: v.fix ?? false,
    fixDryRun: v['fix-dry-run'] ?? false,
    reportUnusedDisableDirectives: v['report-unused-disable-directives'] ?? false,
    maxFileSize: integer('--max-file-size', v['max-file-size']),
    ignore: !(v['no-ignore'] ?? false),
    concurrency: v.concurrency === undefined || v.concurrency === 'auto' ? 'auto' : Math.max(1, integer('--concurrency', v.concurrency)!),
    color: v['no-color'] ? false : v.color ? true : undefined,
    help: v.help ?? false,
    version: v.version ?? false,
  }
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  rule: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  locale: { type: 'string' },
  'print-config': { type: 'string' },
  'list-rules': { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'report-unused-disable-directives': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  'no-ignore': { type: 'boolean' },
  concurrency: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const

/** The help text in `locale`. */
export function helpText(locale: Locale): string {
  if (locale === 'en') {
    return `soat — linter for Vietnamese government press releases

Usage: soat [options] [files, folders or globs]
       soat lsp --stdio          language server
       soat serve [--port 4870]  web page for editors

Output:
  -f, --format NAME        stylish (default), json, sarif, github, gitlab, compact
  -o, --output-file FILE   write the report to FILE
  -q, --quiet              report errors only
      --max-warnings N     exit 1 when there are more than N warnings
      --locale vi|en       language of messages (default vi)
      --color, --no-color  force colours on or off
Input:
      --stdin              lint standard input
      --stdin-filename F   file name for standard input (format, configuration)
      --no-ignore          do not honour .soatignore and ignorePatterns
      --max-file-size N    refuse files over N bytes (default 20 MB)
      --concurrency N|auto threads for large batches (default auto: all cores from 50 files)
Configuration:
  -c, --config FILE        use FILE instead of soat.config.json / .soatrc.json
      --no-config          use no configuration file
      --rule ID:LEVEL      set a rule (repeatable): --rule spelling:off
      --print-config FILE  print the configuration for FILE
      --list-rules         list the rules
Fixes:
      --fix                apply certain fixes to the files
      --fix-dry-run        show what --fix would change
      --report-unused-disable-directives
Exit codes: 0 no errors, 1 errors or too many warnings, 2 fatal problem.
`
  }
  return `soat — kiểm tra lỗi thông cáo báo chí tiếng Việt

Cách dùng: soat [tùy chọn] [tệp, thư mục hoặc mẫu glob]
           soat lsp --stdio          máy chủ ngôn ngữ (language server)
           soat serve [--port 4870]  trang web cho biên tập viên

Kết quả:
  -f, --format TÊN         stylish (mặc định), json, sarif, github, gitlab, compact
  -o, --output-file TỆP    ghi báo cáo vào TỆP
  -q, --quiet              chỉ báo lỗi (error)
      --max-warnings N     thoát mã 1 khi có quá N cảnh báo
      --locale vi|en       ngôn ngữ thông báo (mặc định vi)
      --color, --no-color  bật hoặc tắt màu
Đầu vào:
      --stdin              kiểm tra văn bản từ đầu vào chuẩn
      --stdin-filename F   tên tệp cho đầu vào chuẩn (định dạng, cấu hình)
      --no-ignore          không áp dụng .soatignore và ignorePatterns
      --max-file-size N    từ chối tệp lớn hơn N byte (mặc định 20 MB)
      --concurrency N|auto số luồng cho lô lớn (mặc định auto: mọi lõi khi từ 50 tệp)
Cấu hình:
  -c, --config TỆP         dùng TỆP thay cho soat.config.json / .soatrc.json
      --no-config          không dùng tệp cấu hình
      --rule ID:MỨC        đặt quy tắc (lặp lại được): --rule spelling:off
      --print-config TỆP   in cấu hình áp dụng cho TỆP
      --list-rules         liệt kê các quy tắc
Sửa lỗi:
      --fix                tự sửa các lỗi chắc chắn trong tệp
      --fix-dry-run        xem --fix sẽ sửa những gì
      --report-unused-disable-directives
Mã thoát: 0 không có lỗi, 1 có lỗi hoặc quá nhiều cảnh báo, 2 lỗi nghiêm trọng.
`
}
