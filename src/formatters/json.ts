/** The JSON report (schemas/report.schema.json): every result with its findings, fixes and notifications. */
import { packageVersion } from '../paths.js'
import { displayPath } from './paths.js'
import type { Formatter } from './types.js'

/** Version of the JSON report's shape. */
export const REPORT_VERSION = 1

export const json: Formatter = (results, context) => {
  const report = {
    $schema: 'https://soat.dev/schemas/report.schema.json',
    reportVersion: REPORT_VERSION,
    tool: { name: 'soat', version: packageVersion },
    locale: context.locale,
    results: results.map((r) => ({
      filePath: displayPath(r.filePath, context.cwd),
      format: r.format,
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      noteCount: r.noteCount,
      fixableCount: r.fixableCount,
      ...(r.fatal ? { fatal: r.fatal } : {}),
      // For a Word file, line/column are paragraph/character of the extracted text.
      ...(r.extracted ? { extracted: r.extracted } : {}),
      findings: r.findings.map((f) => ({
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
      })),
      notifications: r.notifications,
      ...(r.output !== undefined ? { output: r.output } : {}),
    })),
  }
  return JSON.stringify(report, null, 2) + '\n'
}
