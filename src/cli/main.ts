/** The soat command: a thin layer over the library API. */
import { resolve } from 'node:path'
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
import { fileOutput, streamOutput } from './report-output.js'

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

/** What --fix-dry-run shows for one file: a header and the diff (joined to the others' by a blank line), or nothing. */
function dryRunDiff(result: LintResult, cwd: string, locale: Locale): string {
  if (result.output === undefined || result.source === undefined) return ''
  const path = displayPath(result.filePath, cwd)
  return `${interpolate(UI_MESSAGES.wouldChange[locale], { file: path })}\n${createTwoFilesPatch(path, path, result.source, result.output, '', '', { context: 1 })}`
}

/** A result without its text and fixed text, which no report prints (the JSON report's `output` aside). */
function slim(result: LintResult): LintResult {
  if (result.source === undefined) return result
  const { source: _source, ...rest } = result
  return rest
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
  const toStdout = !options.outputFile && !(options.stdin && options.fix && !options.fixDryRun)
  const color = options.color ?? (toStdout ? Boolean(io.stdout.isTTY) : false)
  const formatOptions = { color, commandLine: ['soat', ...argv].join(' '), startTime, ...(options.locale ? { locale: options.locale } : {}) }
  let filePaths: readonly string[]
  let results: AsyncIterable<LintResult>
  let progress: ProgressBar | undefined
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
    if (options.fix && !options.fixDryRun && result.source !== undefined && !result.extracted) {
      // Fixed text goes to stdout; the report to stderr.
      io.stdout.write(result.output ?? result.source)
    }
    filePaths = filePath ? [filePath] : []
    results = (async function* () {
      yield result
    })()
  } else {
    const patterns = options.patterns.length > 0 ? options.patterns : ['.']
    progress = shouldShowProgress(io.stderr, io.env ?? process.env) ? new ProgressBar(io.stderr, io.progress) : undefined
    const bar = progress
    const stream = await soat.lintFilesStream(patterns, {
      fix,
      writeFixes: options.fix && !options.fixDryRun,
      ignore: options.ignore,
      includeSource: options.fixDryRun,
      // Timings are collected in this thread only.
      concurrency: process.env.SOAT_TIMING ? 1 : options.concurrency,
      ...(bar ? { onProgress: (done: number, total: number, file: string) => bar.update(done, total, displayPath(file, io.cwd)) } : {}),
    })
    filePaths = stream.filePaths
    results = stream.results
  }

  // The report is written as results come, in their order; the counts are kept for the exit code.
  const report = await soat.reportStream(options.format, { ...formatOptions, filePaths, spill: !options.stdin })
  const destination = options.outputFile
    ? await fileOutput(resolve(io.cwd, options.outputFile))
    : streamOutput(toStdout ? io.stdout : io.stderr, () => progress?.clear())
  // With --fix-dry-run, the diffs come before the report, which waits (it is short: stylish or compact).
  const diffsFirst = options.fixDryRun && (options.format === 'stylish' || options.format === 'compact')
  const held: string[] = []
  let diffs = 0
  const emit = async (text: string): Promise<void> => {
    if (diffsFirst) held.push(text)
    else await destination.write(text)
  }
  let fatal = false
  let errors = 0
  let warnings = 0
  try {
    try {
      for await (let result of results) {
        if (options.quiet) result = onlyErrors(result)
        fatal ||= result.fatal !== undefined
        errors += result.errorCount
        warnings += result.warningCount
        if (diffsFirst) {
          const diff = dryRunDiff(result, io.cwd, locale)
          if (diff) await destination.write((diffs++ > 0 ? '\n' : '') + diff)
        }
        await emit(report.add(slim(result)))
      }
    } finally {
      progress?.clear()
    }
    if (diffsFirst) await destination.write(diffs > 0 ? '\n' : `${UI_MESSAGES.noChange[locale]}\n`)
    for (const piece of report.end({ endTime: new Date() })) await emit(piece)
    for (const piece of held) await destination.write(piece)
    await destination.close()
  } catch (error) {
    await destination.abort()
    throw error
  }

  if (process.env.SOAT_TIMING) io.stderr.write(timingTable(soat.ruleTimings()))
  if (fatal) return 2
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
