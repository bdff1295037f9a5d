/** What every formatter receives. */
import type { LintResult } from '../api.js'
import type { Locale, RuleMeta } from '../engine/types.js'

/** A rule as formatters describe it (SARIF `tool.driver.rules`, `--list-rules`). */
export interface RuleDescriptor {
  id: string
  meta: RuleMeta<any>
  url: string | undefined
  builtin: boolean
}

/** Options of a formatter. */
export interface FormatOptions {
  /** Paths are shown relative to it (default `process.cwd()`). */
  cwd?: string
  locale?: Locale
  /** Colours in `stylish` (default: when stdout is a terminal). */
  color?: boolean
  /** Rules of the run; built-in rules are added when missing. */
  rules?: RuleDescriptor[]
  /** The command line, recorded in SARIF invocations. */
  commandLine?: string
  /** Start and end of the run, recorded in SARIF invocations. */
  startTime?: Date
  endTime?: Date
}

/** What a formatter works with: the options, with the working directory, the language and the rules settled. */
export type FormatContext = Required<Pick<FormatOptions, 'cwd' | 'locale'>> & FormatOptions & { rules: RuleDescriptor[] }

/** A formatter: results in, text out. */
export type Formatter = (results: readonly LintResult[], context: FormatContext) => string

/**
 * A report written one result at a time: the text for each result as soon as
 * it is given (possibly empty), then the rest. All the pieces, joined, are
 * exactly the report the formatter prints for the same results at once.
 */
export interface ReportStream {
  /** The text for one more result. */
  add(result: LintResult): string
  /** The rest of the report, in pieces; `endTime` (when given) is the end of the run, if the format records it. */
  end(final?: { endTime?: Date }): Iterable<string>
}

/** Where a streamed report keeps the results it needs again at the end (SARIF): in memory, or spilled to a file. */
export interface ResultStore {
  add(result: LintResult): void
  /** The results in the order added (may be read more than once). */
  read(): Iterable<LintResult>
  /** Free what the store holds. */
  dispose(): void
}

/** A formatter that writes its report one result at a time. */
export type StreamingFormatter = (context: FormatContext, store: () => ResultStore) => ReportStream

/** The results as given, joined: a formatter that prints at once from a streaming one. */
export function atOnce(stream: StreamingFormatter): Formatter {
  return (results, context) => {
    const report = stream(context, () => memoryStore())
    let text = ''
    for (const result of results) text += report.add(result)
    for (const piece of report.end()) text += piece
    return text
  }
}

/** A result store in memory. */
export function memoryStore(): ResultStore {
  let results: LintResult[] = []
  return {
    add: (result) => void results.push(result),
    read: () => results,
    dispose: () => void (results = []),
  }
}
