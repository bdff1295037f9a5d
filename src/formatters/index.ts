/** The output formats and the function that picks one. */
import type { LintResult } from '../api.js'
import { compact, compactStream } from './compact.js'
import { github, githubStream } from './github.js'
import { gitlab, gitlabStream } from './gitlab.js'
import { json, jsonStream } from './json.js'
import { builtinRuleDescriptors } from './rule-descriptors.js'
import { sarif, sarifStream } from './sarif.js'
import { spillStore } from './spill-store.js'
import { stylish, stylishStream } from './stylish.js'
import { type FormatOptions, type Formatter, type ReportStream, type RuleDescriptor, type StreamingFormatter, memoryStore } from './types.js'

export type { FormatOptions, ReportStream, RuleDescriptor } from './types.js'

/** Formatters by name. */
export const FORMATTERS = { stylish, json, sarif, github, gitlab, compact } satisfies Record<string, Formatter>

/** The same formatters, writing one result at a time. */
const STREAMING_FORMATTERS = {
  stylish: stylishStream,
  json: jsonStream,
  sarif: sarifStream,
  github: githubStream,
  gitlab: gitlabStream,
  compact: compactStream,
} satisfies Record<keyof typeof FORMATTERS, StreamingFormatter>

/** A format name. */
export type FormatName = keyof typeof FORMATTERS

/** Whether `name` is a format. */
export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name)
}

/** The rules of the run with the built-in ones the run did not describe. */
async function withBuiltins(given: RuleDescriptor[] = []): Promise<RuleDescriptor[]> {
  const builtins = await builtinRuleDescriptors()
  const ids = new Set(given.map((d) => d.id))
  return [...given, ...builtins.filter((d) => !ids.has(d.id))]
}

/** Render `results` in `format`. */
export async function formatResults(results: readonly LintResult[], format: FormatName, options: FormatOptions = {}): Promise<string> {
  const rules = await withBuiltins(options.rules)
  return FORMATTERS[format](results, {
    ...options,
    cwd: options.cwd ?? process.cwd(),
    locale: options.locale ?? results[0]?.locale ?? 'vi',
    rules,
  })
}

/** Options of a streamed report. */
export interface ReportStreamOptions extends FormatOptions {
  /** Keep results a format needs again at the end (SARIF) in a temporary file instead of memory (for large batches). */
  spill?: boolean
}

/**
 * Render results in `format` as they come: `add` gives the text for each
 * result, `end` the rest. The pieces joined are exactly what `formatResults`
 * prints for the same results. Without a `locale`, the first result's is used.
 */
export async function createReportStream(format: FormatName, options: ReportStreamOptions = {}): Promise<ReportStream> {
  const { spill = false, ...formatOptions } = options
  const rules = await withBuiltins(formatOptions.rules)
  let stream: ReportStream | undefined
  // The language may come from the first result: the formatter starts then.
  const start = (first: LintResult | undefined): ReportStream =>
    (stream ??= STREAMING_FORMATTERS[format](
      { ...formatOptions, cwd: formatOptions.cwd ?? process.cwd(), locale: formatOptions.locale ?? first?.locale ?? 'vi', rules },
      spill ? spillStore : memoryStore,
    ))
  return {
    add: (result) => start(result).add(result),
    end: (final) => start(undefined).end(final),
  }
}
