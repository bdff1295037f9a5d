/**
 * GitHub Actions workflow commands: `::error file=…,line=…::message`
 * annotations on the pull request. A Word file has no lines GitHub could show:
 * its annotations name the file only and say the paragraph and character of
 * the extracted text in the message.
 */
import { interpolate } from '../engine/messages.js'
import { UI_MESSAGES } from '../i18n/ui-messages.js'
import { displayPath } from './paths.js'
import { type Formatter, type StreamingFormatter, atOnce } from './types.js'

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

const COMMAND = { error: 'error', warning: 'warning', note: 'notice' } as const

/** Each file's annotations as soon as its result is given. */
export const githubStream: StreamingFormatter = (context) => ({
  add(result) {
    const lines: string[] = []
    const file = escapeProperty(displayPath(result.filePath, context.cwd))
    if (result.fatal) lines.push(`::error file=${file},title=${escapeProperty('soat (fatal)')}::${escapeData(result.fatal.message)}`)
    for (const n of result.notifications) {
      const where = n.location ? `,line=${n.location.line},col=${n.location.column}` : ''
      lines.push(`::${COMMAND[n.level]} file=${file}${where},title=${escapeProperty(`soat ${n.ruleId ?? ''}`.trim())}::${escapeData(n.message)}`)
    }
    for (const f of result.findings) {
      if (result.extracted) {
        const place = interpolate(UI_MESSAGES.docxLocation[context.locale], { paragraph: f.line, character: f.column })
        lines.push(`::${COMMAND[f.level]} file=${file},title=${escapeProperty(`soat ${f.ruleId}`)}::${escapeData(`${place}: ${f.message}`)}`)
        continue
      }
      const props = [`file=${file}`, `line=${f.line}`, `endLine=${f.endLine}`]
      if (f.line === f.endLine) props.push(`col=${f.column}`, `endColumn=${f.endColumn}`)
      else props.push(`col=${f.column}`)
      props.push(`title=${escapeProperty(`soat ${f.ruleId}`)}`)
      lines.push(`::${COMMAND[f.level]} ${props.join(',')}::${escapeData(f.message)}`)
    }
    return lines.map((line) => `${line}\n`).join('')
  },
  end: () => [],
})

export const github: Formatter = atOnce(githubStream)
