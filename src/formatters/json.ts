/** The JSON report (schemas/report.schema.json): every result with its findings, fixes and notifications. */
import type { LintResult } from '../api.js'
import type { Finding } from '../engine/types.js'
import { packageVersion } from '../paths.js'
import { displayPath } from './paths.js'
import type { Formatter } from './types.js'

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

export const json: Formatter = (results, context) => {
  const report = {
    $schema: 'https://soat.dev/schemas/report.schema.json',
    reportVersion: REPORT_VERSION,
    tool: { name: 'soat', version: packageVersion },
    locale: context.locale,
    results: results.map((r) => ({ filePath: displayPath(r.filePath, context.cwd), ...serializeResult(r) })),
  }
  return JSON.stringify(report, null, 2) + '\n'
}
