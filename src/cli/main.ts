/** The soat command: a thin layer over the library API. */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { createTwoFilesPatch } from 'diff'
import { type LintResult, Soat } from '../api.js'
import { interpolate } from '../engine/messages.js'
import type { Locale } from '../engine/types.js'
import { SoatError, describeError } from '../errors.js'
import { displayPath } from '../formatters/paths.js'
import { UI_MESSAGES } from '../i18n/ui-messages.js'
import { decodeText } from '../io/read-text-file.js'
import { packageVersion } from '../paths.js'
import { type CliOptions, helpText, parseCliArgs } from './args.js'
import { listRules } from './list-rules.js'
import { ProgressBar, type ProgressOptions, shouldShowProgress } from './progress.js'

/** Where the CLI reads and writes (tests give their own). */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  stdin: NodeJS.ReadableStream
  cwd: string
  /** Environment variables (default `process.env`): `CI` turns the progress bar off. */
  env?: NodeJS.ProcessEnv
  /** Timing of the progress bar (tests draw it at once). */
  progress?: ProgressOptions
}

function defaultIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env }
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks)
}

function onlyErrors(result: LintResult): LintResult {
  const findings = result.findings.filter((f) => f.level === 'error')
  return {
    ...result,
    findings,
    notifications: result.notifications.filter((n) => n.level === 'error'),
    warningCount: 0,
    noteCount: 0,
    fixableCount: findings.filter((f) => f.fix).length,
  }
}

function dryRunDiffs(results: readonly LintResult[], cwd: string, locale: Locale): string {
  const parts: string[] = []
  for (const result of results) {
    if (result.output === undefined || result.source === undefined) continue
    const path = displayPath(result.filePath, cwd)
    parts.push(interpolate(UI_MESSAGES.wouldChange[locale], { file: path }))
    parts.push(createTwoFilesPatch(path, path, result.source, result.output, '', '', { context: 1 }))
  }
  return parts.length ? parts.join('\n') + '\n' : `${UI_MESSAGES.noChange[locale]}\n`
}

/** Rule timings, slowest first (SOAT_TIMING=1, as ESLint's TIMING). */
function timingTable(timings: ReadonlyMap<string, number>): string {
  const total = [...timings.values()].reduce((a, b) => a + b, 0) || 1
  const rows = [...timings].sort((a, b) => b[1] - a[1])
  const width = Math.max(4, ...rows.map(([id]) => id.length))
  const lines = [`${'Rule'.padEnd(width)}  Time (ms)  Relative`]
  for (const [id, ms] of rows) lines.push(`${id.padEnd(width)}  ${ms.toFixed(1).padStart(9)}  ${((100 * ms) / total).toFixed(1).padStart(7)}%`)
  return lines.join('\n') + '\n'
}

async function run(options: CliOptions, argv: readonly string[], io: CliIo): Promise<number> {
  const locale: Locale = options.locale ?? 'vi'
  if (options.help) {
    io.stdout.write(helpText(locale))
    return 0
  }
  if (options.version) {
    io.stdout.write(`soat ${packageVersion}\n`)
    return 0
  }
  const soat = new Soat({
    cwd: io.cwd,
    ...(options.config ? { configFile: options.config } : {}),
    useConfigFiles: options.useConfig,
    rules: options.rules,
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
    timing: Boolean(process.env.SOAT_TIMING),
  })
  if (options.listRules) {
    io.stdout.write(await listRules(await soat.ruleDescriptors(), options.format, locale))
    return 0
  }
  if (options.printConfig) {
    const config = await soat.configFor(resolve(io.cwd, options.printConfig))
    io.stdout.write(JSON.stringify(config, null, 2) + '\n')
    return 0
  }

  const startTime = new Date()
  const fix = options.fix || options.fixDryRun
  let results: LintResult[]
  if (options.stdin) {
    const filePath = options.stdinFilename ? resolve(io.cwd, options.stdinFilename) : undefined
    const label = options.stdinFilename ?? '<stdin>'
    let result: LintResult
    try {
      const bytes = await readStdin(io.stdin)
      // A file name tells the format: `--stdin-filename draft.docx` reads a Word file's bytes.
      result = filePath ? await soat.lintBytes(bytes, { filePath, fix }) : await soat.lintText(decodeText(bytes, label).text, { fix })
    } catch (error) {
      if (!(error instanceof SoatError)) throw error
      result = {
        filePath,
        format: 'text',
        locale,
        findings: [],
        notifications: [],
        errorCount: 1,
        warningCount: 0,
        noteCount: 0,
        fixableCount: 0,
        fatal: { code: error.code, message: error.format(locale) },
      }
    }
    results = [result]
    if (options.fix && !options.fixDryRun && result.source !== undefined && !result.extracted) {
      // Fixed text goes to stdout; the report to stderr.
      io.stdout.write(result.output ?? result.source)
    }
  } else {
    const patterns = options.patterns.length > 0 ? options.patterns : ['.']
    const progress = shouldShowProgress(io.stderr, io.env ?? process.env) ? new ProgressBar(io.stderr, io.progress) : undefined
    try {
      results = await soat.lintFiles(patterns, {
        fix,
        writeFixes: options.fix && !options.fixDryRun,
        ignore: options.ignore,
        includeSource: options.fixDryRun,
        // Timings are collected in this thread only.
        concurrency: process.env.SOAT_TIMING ? 1 : options.concurrency,
        ...(progress ? { onProgress: (done: number, total: number, file: string) => progress.update(done, total, displayPath(file, io.cwd)) } : {}),
      })
    } finally {
      progress?.clear()
    }
  }
  if (options.quiet) results = results.map(onlyErrors)
  const endTime = new Date()

  const toStdout = !options.outputFile && !(options.stdin && options.fix && !options.fixDryRun)
  const color = options.color ?? (toStdout ? Boolean(io.stdout.isTTY) : false)
  let report = await soat.formatResults(results, options.format, {
    locale: options.locale ?? results[0]?.locale ?? locale,
    color,
    commandLine: ['soat', ...argv].join(' '),
    startTime,
    endTime,
  })
  if (options.fixDryRun && (options.format === 'stylish' || options.format === 'compact')) {
    report = dryRunDiffs(results, io.cwd, locale) + report
  }
  if (options.outputFile) {
    const target = resolve(io.cwd, options.outputFile)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, report)
  } else if (toStdout) {
    io.stdout.write(report)
  } else {
    io.stderr.write(report)
  }

  if (process.env.SOAT_TIMING) io.stderr.write(timingTable(soat.ruleTimings()))
  if (results.some((r) => r.fatal)) return 2
  const errors = results.reduce((n, r) => n + r.errorCount, 0)
  const warnings = results.reduce((n, r) => n + r.warningCount, 0)
  if (errors > 0) return 1
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(interpolate(UI_MESSAGES.tooManyWarnings[locale], { max: options.maxWarnings }) + '\n')
    return 1
  }
  return 0
}

/** Run the CLI with `argv`; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  const subcommand = argv[0]
  if (subcommand === 'lsp' || subcommand === 'serve') {
    const { runSubcommand } = await import('./subcommands.js')
    return runSubcommand(subcommand, argv.slice(1), io)
  }
  let locale: Locale = argv.includes('en') && argv.some((a) => a === '--locale' || a === '--locale=en') ? 'en' : 'vi'
  try {
    const options = parseCliArgs(argv)
    locale = options.locale ?? locale
    return await run(options, argv, io)
  } catch (error) {
    io.stderr.write(`soat: ${describeError(error, locale)}\n`)
    if (!(error instanceof SoatError) && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`)
    return 2
  }
}
