/** One line per finding: `file:line:column: level [rule] message`, for grep and editors' problem matchers. */
import { interpolate } from '../engine/messages.js'
import { UI_MESSAGES } from '../i18n/ui-messages.js'
import { displayPath } from './paths.js'
import type { Formatter } from './types.js'

export const compact: Formatter = (results, context) => {
  const lines: string[] = []
  for (const result of results) {
    const path = displayPath(result.filePath, context.cwd)
    if (result.fatal) lines.push(`${path}:0:0: error [fatal] ${result.fatal.message}`)
    for (const n of result.notifications) {
      const pos = n.location ? `${n.location.line}:${n.location.column}` : '0:0'
      lines.push(`${path}:${pos}: ${n.level} [${n.ruleId ?? 'soat'}] ${n.message}`)
    }
    for (const f of result.findings) {
      lines.push(`${path}:${f.line}:${f.column}: ${f.level} [${f.ruleId}] ${f.message.replace(/\n/g, ' ')}`)
    }
  }
  const total = results.reduce((n, r) => n + r.findings.length + (r.fatal ? 1 : 0), 0)
  if (total > 0) lines.push('', interpolate(UI_MESSAGES.problems[context.locale], { count: total }))
  return lines.length ? lines.join('\n') + '\n' : ''
}
