/** The JSON report (schemas/report.schema.json): every result with its findings, fixes and notifications. */
import type { LintResult } from '../api.js'
import type { Finding } from '../engine/types.js'
import { packageVersion } from '../paths.js'
import { displayPath } from './paths.js'
import { JsonArrayWriter, placeholder, splitAtPlaceholders } from './json-text.js'
import { type Formatter, type StreamingFormatter, atOnce } from './types.js'

/** Version of the JSON report's shape. */
export const REPORT_VERSION = 1

/** A finding as the JSON report (and the web page) carries it: no `context`, optional fields only when set. */
export function serializeFinding(f: Finding): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    level: f.level,
    messageId: f.messageId,
    message: f.message,
    data: f.data,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    range: f.range,
    text: f.text,
    ...(f.url ? { url: f.url } : {}),
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.suggestions ? { suggestions: f.suggestions } : {}),
    ...(f.related ? { related: f.related } : {}),
  }
}

/** A result's counts, findings, notifications and fixed text, as the JSON report and the web page carry them. */
export function serializeResult(r: LintResult): Record<string, unknown> {
  return {
    format: r.format,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    noteCount: r.noteCount,
    fixableCount: r.fixableCount,
    ...(r.fatal ? { fatal: r.fatal } : {}),
    // For a Word file, line/column are paragraph/character of the extracted text.
    ...(r.extracted ? { extracted: r.extracted } : {}),
    findings: r.findings.map(serializeFinding),
    notifications: r.notifications,
    ...(r.output !== undefined ? { output: r.output } : {}),
  }
}

/** The JSON report, one result at a time: the head, each result in the `results` array, the tail. */
export const jsonStream: StreamingFormatter = (context) => {
  const [head, tail] = splitAtPlaceholders(
    {
      $schema: 'https://soat.dev/schemas/report.schema.json',
      reportVersion: REPORT_VERSION,
      tool: { name: 'soat', version: packageVersion },
      locale: context.locale,
      results: placeholder('results'),
    },
    ['results'],
  ) as [string, string]
  const array = new JsonArrayWriter(1)
  let started = false
  const start = (): string => (started ? '' : ((started = true), head))
  return {
    add: (r) => start() + array.item({ filePath: displayPath(r.filePath, context.cwd), ...serializeResult(r) }),
    end: () => [start() + array.close() + tail],
  }
}

export const json: Formatter = atOnce(jsonStream)
