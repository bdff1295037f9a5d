/** The default human-readable output, grouped by file (ESLint's stylish), in the chosen language. */
import pc from 'picocolors'
import type { LintResult } from '../api.js'
import { interpolate } from '../engine/messages.js'
import type { Level } from '../engine/types.js'
import { UI_MESSAGES } from '../i18n/ui-messages.js'
import { displayPath } from './paths.js'
import { type Formatter, type StreamingFormatter, atOnce } from './types.js'

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length))
}

/**
 * Each file's block as soon as its result is given; the summary at the end.
 * A report with no problem at all is empty: blocks of notifications alone
 * wait until a problem shows up (and are dropped if none does).
 */
export const stylishStream: StreamingFormatter = (context) => {
  const { locale } = context
  const colors = pc.createColors(context.color ?? pc.isColorSupported)
  const levelColor = (level: Level | 'fatal', text: string): string =>
    level === 'error' || level === 'fatal' ? colors.red(text) : level === 'warning' ? colors.yellow(text) : colors.cyan(text)
  let errors = 0
  let warnings = 0
  let notes = 0
  let fixable = 0
  let waiting = ''
  const add = (result: LintResult): string => {
    const lines: string[] = []
    errors += result.errorCount
    warnings += result.warningCount
    notes += result.noteCount
    fixable += result.fixableCount
    const rows: Array<[string, Level | 'fatal', string, string]> = []
    if (result.fatal) rows.push(['0:0', 'fatal', result.fatal.message, ''])
    for (const n of result.notifications) {
      rows.push([n.location ? `${n.location.line}:${n.location.column}` : '0:0', n.level, n.message, n.ruleId ?? ''])
    }
    for (const f of result.findings) rows.push([`${f.line}:${f.column}`, f.level, f.message, f.ruleId])
    if (rows.length === 0) return ''
    const header = colors.underline(displayPath(result.filePath, context.cwd))
    lines.push(result.extracted ? `${header} ${colors.dim(UI_MESSAGES.docxHeader[locale])}` : header)
    const posWidth = Math.max(...rows.map((r) => r[0].length))
    const levelWidth = Math.max(...rows.map((r) => UI_MESSAGES[r[1]][locale].length))
    for (const [pos, level, message, ruleId] of rows) {
      const label = UI_MESSAGES[level][locale]
      lines.push(`  ${colors.dim(pad(pos, posWidth))}  ${levelColor(level, pad(label, levelWidth))}  ${message}  ${colors.dim(ruleId)}`.trimEnd())
    }
    lines.push('')
    const block = lines.join('\n') + '\n'
    if (errors + warnings + notes === 0) {
      waiting += block
      return ''
    }
    const text = waiting + block
    waiting = ''
    return text
  }
  const end = (): string => {
    const total = errors + warnings + notes
    if (total === 0) return ''
    const lines: string[] = []
    const summary = interpolate(UI_MESSAGES.summary[locale], { total, errors, warnings, notes })
    lines.push((errors > 0 ? colors.red : colors.yellow)(colors.bold(`✖ ${summary}`)))
    if (fixable > 0) lines.push(`  ${interpolate(UI_MESSAGES.fixable[locale], { count: fixable })}`)
    return waiting + lines.join('\n') + '\n'
  }
  return { add, end: () => [end()] }
}

export const stylish: Formatter = atOnce(stylishStream)
