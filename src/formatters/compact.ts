/** One line per finding: `file:line:column: level [rule] message`, for grep and editors' problem matchers. */
import { interpolate } from '../engine/messages.js'
import { UI_MESSAGES } from '../i18n/ui-messages.js'
import { displayPath } from './paths.js'
import { type Formatter, type StreamingFormatter, atOnce } from './types.js'

/** Each file's lines as soon as its result is given; the count of problems at the end. */
export const compactStream: StreamingFormatter = (context) => {
  let total = 0
  return {
    add(result) {
      const lines: string[] = []
      const path = displayPath(result.filePath, context.cwd)
      if (result.fatal) lines.push(`${path}:0:0: error [fatal] ${result.fatal.message}`)
      for (const n of result.notifications) {
        const pos = n.location ? `${n.location.line}:${n.location.column}` : '0:0'
        lines.push(`${path}:${pos}: ${n.level} [${n.ruleId ?? 'soat'}] ${n.message}`)
      }
      for (const f of result.findings) {
        lines.push(`${path}:${f.line}:${f.column}: ${f.level} [${f.ruleId}] ${f.message.replace(/\n/g, ' ')}`)
      }
      total += result.findings.length + (result.fatal ? 1 : 0)
      return lines.map((line) => `${line}\n`).join('')
    },
    end: () => [total > 0 ? `\n${interpolate(UI_MESSAGES.problems[context.locale], { count: total })}\n` : ''],
  }
}

export const compact: Formatter = atOnce(compactStream)
