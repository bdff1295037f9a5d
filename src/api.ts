/**
 * The library API: `lintText`, `lintFiles` and `formatResults`, and the
 * `Soat` class behind them that keeps configuration and rules cached between
 * calls (the CLI, the language server and the web page each hold one).
 */
import { availableParallelism } from 'node:os'
import { relative, resolve } from 'node:path'
import picomatch from 'picomatch'
import { ConfigResolver, type ResolverOptions } from './config/resolve-config.js'
import type { ConfigFileContent, ResolvedConfig, RuleEntry } from './config/types.js'
import { configureRules, DOCS_BASE_URL } from './engine/configure-rules.js'
import { lintAndFix, lintSource } from './engine/linter.js'
import { RuleRegistry } from './engine/registry.js'
import type { ConfiguredRule } from './engine/run-rules.js'
import type { Finding, Locale, Notification } from './engine/types.js'
import { SoatError, describeError } from './errors.js'
import { findFiles, isIgnoredBy, loadSoatIgnore } from './files/find-files.js'
import { displayPath } from './formatters/paths.js'
import {
  type FormatName,
  type FormatOptions,
  type ReportStream,
  type ReportStreamOptions,
  type RuleDescriptor,
  createReportStream,
  formatResults as runFormatter,
} from './formatters/index.js'
import { interpolate } from './engine/messages.js'
import { FATAL_MESSAGES } from './i18n/fatal-messages.js'
import { decodeText, readFileBytes, type TextEncoding } from './io/read-text-file.js'
import { writeTextFile } from './io/write-text-file.js'
import { canUseWorkers, lintInWorkers } from './batch/worker-pool.js'
import { formatOf, loadParser } from './parse/index.js'
import { toParagraphLocation } from './parse/paragraphs.js'
import type { BlockHint, DocumentFormat } from './parse/types.js'

/** Options shared by every entry point. */
export interface LintOptions {
  /** Working directory: relative paths and `.soatignore` are resolved from it (default `process.cwd()`). */
  cwd?: string
  /** A configuration object, used instead of configuration files. */
  config?: ConfigFileContent
  /** A configuration file used for every input instead of looking one up. */
  configFile?: string
  /** Look up `soat.config.json` / `.soatrc.json` (default true). */
  useConfigFiles?: boolean
  /** Rule settings applied last (`--rule`). */
  rules?: Record<string, RuleEntry>
  /** Language of messages (default: the configuration's, else `vi`). */
  locale?: Locale
  /** Apply fixes and return the fixed text as `output`. */
  fix?: boolean
  /** Size limit of one input file in bytes (default 20 MB). */
  maxFileSize?: number
  /** Report `soat-disable` directives that suppress nothing. */
  reportUnusedDisableDirectives?: boolean
  /** Measure each rule's time (see `Soat.ruleTimings`; the CLI prints them when SOAT_TIMING is set). */
  timing?: boolean
}

/** Options of `lintText`. */
export interface LintTextOptions extends LintOptions {
  /** The file the text belongs to: picks the format and the configuration. */
  filePath?: string
  /** The format, when the file name does not say. */
  format?: DocumentFormat
  /** What the original markup said each line is, by 0-based line (the headings of a Word file's extracted text). */
  lineHints?: ReadonlyArray<BlockHint | undefined>
}

/** Progress of `lintFiles`: called after each file. */
export type ProgressListener = (done: number, total: number, filePath: string) => void

/** Options of `lintFiles`. */
export interface LintFilesOptions extends LintOptions {
  /** With `fix`: write fixed files back (atomically, encoding kept). */
  writeFixes?: boolean
  /** Keep each file's text in its result (`source`), for formatters that show context. */
  includeSource?: boolean
  /** Honour `.soatignore` and `ignorePatterns` (default true). */
  ignore?: boolean
  /** Worker threads for large batches: a number, or `auto` (all cores when there are 50 files or more; the default). */
  concurrency?: number | 'auto'
  /** Called after each file, with how many are done, how many there are, and the file (the CLI's progress bar). */
  onProgress?: ProgressListener
}

/**
 * How the text of a Word file was obtained. For such a result every `line`
 * and `column` (of findings, related places and notifications) is the
 * paragraph and the character within it in the text extracted from the file,
 * which `source` holds when kept; ranges and fixes are offsets into that text.
 */
export interface ExtractedText {
  from: 'docx'
  /** Number of paragraphs read, empty ones included. */
  paragraphs: number
}

/** Results of `Soat.lintFilesStream`. */
export interface LintFilesStream {
  /** The paths the results will have, in order (files, missing paths, unmatched patterns). */
  filePaths: string[]
  /** The results, in the order of `filePaths`, each as soon as it and those before it are done. */
  results: AsyncGenerator<LintResult, void, undefined>
}

/** Batches at least this large use all cores when `concurrency` is `auto`. */
const PARALLEL_THRESHOLD = 50

/** A problem that stopped a file from being linted. */
export interface FatalProblem {
  code: string
  message: string
}

/** The result for one file or text. */
export interface LintResult {
  /** Absolute path for files; the given `filePath` (or undefined) for text. */
  filePath: string | undefined
  format: DocumentFormat
  locale: Locale
  findings: Finding[]
  notifications: Notification[]
  errorCount: number
  warningCount: number
  noteCount: number
  /** Findings with a fix. */
  fixableCount: number
  /** Set when the file could not be linted (unreadable, binary, too large, missing). */
  fatal?: FatalProblem
  /** The text that was linted (always for `lintText`; for files with `includeSource` or `fix`). */
  source?: string
  /** The fixed text, when `fix` changed something. */
  output?: string
  /** Size of the file in bytes, when read from disk. */
  byteLength?: number
  encoding?: TextEncoding
  /** Set for a Word file: its findings point at paragraphs and characters of the extracted text. */
  extracted?: ExtractedText
}

/** Problems with one input file that make a fatal result for that file instead of stopping the run. */
const FILE_PROBLEMS = new Set<string>([
  'fileNotFound',
  'fileUnreadable',
  'fileBinary',
  'fileInvalidUtf8',
  'fileTooLarge',
  'writeFailed',
  'docxEncrypted',
  'docxLegacy',
  'docxInvalid',
])

function countResult(result: Omit<LintResult, 'errorCount' | 'warningCount' | 'noteCount' | 'fixableCount'>): LintResult {
  let errorCount = 0
  let warningCount = 0
  let noteCount = 0
  let fixableCount = 0
  for (const f of result.findings) {
    if (f.level === 'error') errorCount++
    else if (f.level === 'warning') warningCount++
    else noteCount++
    if (f.fix) fixableCount++
  }
  if (result.fatal) errorCount++
  return { ...result, errorCount, warningCount, noteCount, fixableCount }
}

/** A linter with its configuration and rule caches; one per CLI run, language server or web page. */
export class Soat {
  readonly cwd: string
  private readonly registry = RuleRegistry.withBuiltins()
  private readonly resolver: ConfigResolver
  private readonly configured = new WeakMap<RuleRegistry, Map<string, Promise<ConfiguredRule[]>>>()
  private readonly timings: Map<string, number> | undefined

  constructor(private readonly options: LintOptions = {}) {
    this.cwd = resolve(options.cwd ?? process.cwd())
    const resolverOptions: ResolverOptions = {
      cwd: this.cwd,
      ...(options.config ? { configObject: options.config } : {}),
      ...(options.configFile ? { configFile: options.configFile } : {}),
      useConfigFiles: options.useConfigFiles ?? true,
      ...(options.rules ? { cliRules: options.rules } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
    }
    this.resolver = new ConfigResolver(resolverOptions, this.registry)
    this.timings = options.timing ? new Map() : undefined
  }

  /** Time spent in each rule so far, in ms (only with the `timing` option). */
  ruleTimings(): ReadonlyMap<string, number> {
    return this.timings ?? new Map()
  }

  /** The configuration that applies to `filePath` (what `--print-config` prints). */
  async configFor(filePath: string): Promise<ResolvedConfig> {
    return (await this.resolver.forFile(filePath)).config
  }

  private async rulesFor(filePath: string): Promise<{ config: ResolvedConfig; rules: ConfiguredRule[]; known: Set<string> }> {
    const { config, registry } = await this.resolver.forFile(filePath)
    let byKey = this.configured.get(registry)
    if (!byKey) this.configured.set(registry, (byKey = new Map()))
    const key = JSON.stringify(config.rules)
    let rules = byKey.get(key)
    if (!rules) {
      rules = configureRules(config.rules, registry)
      byKey.set(key, rules)
      rules.catch(() => byKey.delete(key))
    }
    return { config, rules: await rules, known: new Set(registry.ids()) }
  }

  /** Descriptors of every rule the configurations of `filePaths` know (built-in, plugin and house rules). */
  async ruleDescriptors(filePaths: readonly string[] = []): Promise<RuleDescriptor[]> {
    const byId = new Map<string, RuleDescriptor>()
    const registries = new Set<RuleRegistry>([this.registry])
    for (const filePath of filePaths) {
      try {
        registries.add((await this.resolver.forFile(filePath)).registry)
      } catch {
        // A file whose configuration fails has a fatal result of its own.
      }
    }
    for (const registry of registries) {
      for (const [id, rule] of await registry.all()) {
        if (byId.has(id)) continue
        const builtin = registry.isBuiltin(id)
        byId.set(id, { id, meta: rule.meta, builtin, url: rule.meta.url ?? (builtin ? `${DOCS_BASE_URL}${id}.md` : undefined) })
      }
    }
    return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id))
  }

  /** Render results with the descriptors of every rule this linter's configurations know. */
  async formatResults(results: readonly LintResult[], format: FormatName = 'stylish', options: FormatOptions = {}): Promise<string> {
    const files = results.map((r) => r.filePath).filter((p): p is string => p !== undefined)
    return runFormatter(results, format, { cwd: this.cwd, ...options, rules: await this.ruleDescriptors(files) })
  }

  /**
   * A report written as results come (see `createReportStream`), with the
   * descriptors of every rule the configurations of `filePaths` know (the
   * `filePaths` of `lintFilesStream`).
   */
  async reportStream(format: FormatName = 'stylish', options: ReportStreamOptions & { filePaths?: readonly string[] } = {}): Promise<ReportStream> {
    const { filePaths = [], ...rest } = options
    return createReportStream(format, { cwd: this.cwd, ...rest, rules: await this.ruleDescriptors(filePaths) })
  }

  /** Lint a text. */
  async lintText(text: string, options: LintTextOptions = {}): Promise<LintResult> {
    const filePath = options.filePath
    const { config, rules, known } = await this.rulesFor(filePath ?? resolve(this.cwd, '<text>'))
    const format = options.format ?? formatOf(filePath)
    await loadParser(format)
    const locale = options.locale ?? config.locale
    const sourceOptions = {
      format,
      locale,
      knownRuleIds: known,
      ...(options.lineHints ? { lineHints: options.lineHints } : {}),
      reportUnusedDisableDirectives: options.reportUnusedDisableDirectives ?? this.options.reportUnusedDisableDirectives ?? false,
      ...(filePath ? { filePath } : {}),
      ...(this.timings ? { timings: this.timings } : {}),
    }
    const fix = options.fix ?? this.options.fix ?? false
    if (fix) {
      const fixed = lintAndFix(text, rules, sourceOptions)
      return countResult({
        filePath,
        format,
        locale,
        findings: fixed.findings,
        notifications: fixed.notifications,
        source: text,
        ...(fixed.output !== text ? { output: fixed.output } : {}),
      })
    }
    const result = lintSource(text, rules, sourceOptions)
    return countResult({ filePath, format, locale, findings: result.findings, notifications: result.notifications, source: text })
  }

  private fatalResult(filePath: string, error: unknown, locale: Locale): LintResult {
    const code = error instanceof SoatError ? error.code : 'internal'
    return countResult({
      filePath,
      format: formatOf(filePath),
      locale,
      findings: [],
      notifications: [],
      fatal: { code, message: describeError(error, locale) },
    })
  }

  private async isIgnored(file: string, ignoreRules: ReturnType<typeof loadSoatIgnore>): Promise<boolean> {
    if (isIgnoredBy(ignoreRules, this.cwd, file)) return true
    const patterns = await this.resolver.ignorePatternsFor(file)
    for (const { pattern, dir } of patterns) {
      const rel = relative(dir, file).split('\\').join('/')
      if (!rel.startsWith('..') && picomatch(pattern, { dot: true })(rel)) return true
      if (!rel.startsWith('..') && picomatch(`${pattern.replace(/\/$/, '')}/**`, { dot: true })(rel)) return true
    }
    return false
  }

  /**
   * Lint a Word file's bytes: the text is extracted with mammoth (one paragraph
   * per line, headings kept as blocks) and linted; locations become paragraph
   * and character. Fixes are never applied to a Word file.
   */
  async lintDocx(bytes: Uint8Array, options: LintTextOptions & { filePath: string }): Promise<LintResult> {
    const { extractDocx } = await import('./parse/docx.js')
    const extracted = await extractDocx(bytes, displayPath(options.filePath, this.cwd))
    const result = await this.lintText(extracted.text, {
      ...options,
      format: 'docx',
      lineHints: extracted.lineHints,
      fix: false,
    })
    const starts = extracted.paragraphStarts
    const notifications = result.notifications.map((n) => (n.location ? { ...n, location: toParagraphLocation(n.location, starts) } : n))
    if (options.fix ?? this.options.fix) {
      notifications.push({
        level: 'note',
        message: interpolate(FATAL_MESSAGES.docxNotFixed[result.locale], { file: displayPath(options.filePath, this.cwd) }),
      })
    }
    return countResult({
      ...result,
      findings: result.findings.map((f) => ({
        ...toParagraphLocation(f, starts),
        ...(f.related ? { related: f.related.map((r) => toParagraphLocation(r, starts)) } : {}),
      })),
      notifications,
      byteLength: bytes.byteLength,
      extracted: { from: 'docx', paragraphs: starts.length },
    })
  }

  /** Lint a file's bytes, named by `filePath`: a Word file is extracted, anything else decoded as text. */
  async lintBytes(bytes: Uint8Array, options: LintTextOptions & { filePath: string }): Promise<LintResult> {
    const format = options.format ?? formatOf(options.filePath)
    if (format === 'docx') return this.lintDocx(bytes, options)
    const read = decodeText(bytes, displayPath(options.filePath, this.cwd))
    const result = await this.lintText(read.text, { ...options, format })
    return { ...result, byteLength: bytes.byteLength, encoding: { encoding: read.encoding, bom: read.bom } }
  }

  /** Lint one file from disk. */
  async lintFile(file: string, options: LintFilesOptions = {}): Promise<LintResult> {
    const absolute = resolve(this.cwd, file)
    let config: ResolvedConfig | undefined
    try {
      config = await this.configFor(absolute)
      const label = displayPath(absolute, this.cwd)
      const bytes = await readFileBytes(absolute, config.maxFileSize, label)
      const fix = options.fix ?? this.options.fix ?? false
      if (formatOf(absolute) === 'docx') {
        const result = await this.lintDocx(bytes, { filePath: absolute, fix })
        if (options.includeSource) return result
        const { source: _source, ...rest } = result
        return rest
      }
      const read = decodeText(bytes, label)
      const result = await this.lintText(read.text, { filePath: absolute, fix })
      const keep = options.includeSource || fix
      const { source, ...rest } = result
      const final: LintResult = {
        ...rest,
        byteLength: bytes.byteLength,
        encoding: { encoding: read.encoding, bom: read.bom },
        ...(keep ? { source } : {}),
      }
      if (fix && options.writeFixes && result.output !== undefined) {
        await writeTextFile(absolute, result.output, read, displayPath(absolute, this.cwd))
      }
      return final
    } catch (error) {
      if (!(error instanceof SoatError)) throw error
      if (!FILE_PROBLEMS.has(error.code)) throw error
      return this.fatalResult(absolute, error, this.options.locale ?? config?.locale ?? 'vi')
    }
  }

  /** Lint files, directories and globs. Missing paths and unreadable files become fatal results; the rest are linted. */
  async lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
    const results: LintResult[] = []
    for await (const result of (await this.lintFilesStream(patterns, options)).results) results.push(result)
    return results
  }

  /**
   * Lint files, directories and globs, one result at a time: `filePaths` are
   * the paths of the results to come (known before any file is linted), and
   * `results` gives each result in that order as soon as it and those before
   * it are done (what `lintFiles` returns, without holding them all). With
   * worker threads, only a few results run ahead of the one being read.
   */
  async lintFilesStream(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintFilesStream> {
    const inputs = await findFiles(patterns, this.cwd)
    const ignoreRules = options.ignore === false ? undefined : loadSoatIgnore(this.cwd)
    const locale = this.options.locale ?? 'vi'
    const slots: Array<LintResult | string> = []
    for (const input of inputs) {
      if (input.kind === 'missing') {
        slots.push(this.fatalResult(resolve(this.cwd, input.pattern), new SoatError('fileNotFound', { file: input.pattern }), locale))
      } else if (input.kind === 'no-match') {
        slots.push(this.fatalResult(input.pattern, new SoatError('noFilesMatched', { pattern: input.pattern }), locale))
      } else if (options.ignore !== false && (await this.isIgnored(input.path, ignoreRules))) {
        if (input.explicit) {
          slots.push(
            countResult({
              filePath: input.path,
              format: formatOf(input.path),
              locale,
              findings: [],
              notifications: [{ level: 'warning', message: interpolate(FATAL_MESSAGES.fileIgnored[locale], { file: relative(this.cwd, input.path) }) }],
            }),
          )
        }
      } else {
        slots.push(input.path)
      }
    }
    const files = slots.filter((s): s is string => typeof s === 'string')
    const filePaths = slots.map((slot) => (typeof slot === 'string' ? slot : slot.filePath)).filter((p): p is string => p !== undefined)
    const linted = this.lintPaths(files, options)
    async function* inOrder(): AsyncGenerator<LintResult, void, undefined> {
      try {
        for (const slot of slots) {
          if (typeof slot !== 'string') {
            yield slot
            continue
          }
          const next = await linted.next()
          if (next.done) throw new Error(`no result for ${slot}`)
          yield next.value
        }
      } finally {
        await linted.return()
      }
    }
    return { filePaths, results: inOrder() }
  }

  private async *lintPaths(files: readonly string[], options: LintFilesOptions): AsyncGenerator<LintResult, void, undefined> {
    const { onProgress, concurrency = 'auto', ...lintOptions } = options
    let done = 0
    const tick = (file: string): void => onProgress?.(++done, files.length, file)
    const threads = concurrency === 'auto' ? (files.length >= PARALLEL_THRESHOLD ? availableParallelism() : 1) : concurrency
    if (threads > 1 && files.length > 1 && canUseWorkers()) {
      // Configuration errors surface here before any worker starts, as they do in one thread.
      await this.configFor(files[0]!)
      yield* lintInWorkers(files, { soatOptions: { ...this.options, cwd: this.cwd }, lintOptions }, threads, tick)
      return
    }
    for (const file of files) {
      const result = await this.lintFile(file, lintOptions)
      tick(file)
      yield result
    }
  }
}

/** Lint a text: `lintText('Đồng chí …', { filePath: 'tin.md' })`. */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintResult> {
  return new Soat(options).lintText(text, options)
}

/** Lint files, directories and globs: `lintFiles(['seeds/'])`. */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  return new Soat(options).lintFiles(patterns, options)
}

/** Render results: `stylish` (default), `json`, `sarif`, `github`, `gitlab` (Code Quality) or `compact`. */
export async function formatResults(results: readonly LintResult[], format: FormatName = 'stylish', options: FormatOptions = {}): Promise<string> {
  return runFormatter(results, format, options)
}
