/** GitHub Actions workflow commands: `::error file=…,line=…::message` annotations on the pull request. */
import { displayPath } from './paths.js'
import type { Formatter } from './types.js'

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

const COMMAND = { error: 'error', warning: 'warning', note: 'notice' } as const

export const github: Formatter = (results, context) => {
  const lines: string[] = []
  for (const result of results) {
    const file = escapeProperty(displayPath(result.filePath, context.cwd))
    if (result.fatal) lines.push(`::error file=${file},title=${escapeProperty('soat (fatal)')}::${escapeData(result.fatal.message)}`)
    for (const n of result.notifications) {
      const where = n.location ? `,line=${n.location.line},col=${n.location.column}` : ''
      lines.push(`::${COMMAND[n.level]} file=${file}${where},title=${escapeProperty(`soat ${n.ruleId ?? ''}`.trim())}::${escapeData(n.message)}`)
    }
    for (const f of result.findings) {
      const props = [`file=${file}`, `line=${f.line}`, `endLine=${f.endLine}`]
      if (f.line === f.endLine) props.push(`col=${f.column}`, `endColumn=${f.endColumn}`)
      else props.push(`col=${f.column}`)
      props.push(`title=${escapeProperty(`soat ${f.ruleId}`)}`)
      lines.push(`::${COMMAND[f.level]} ${props.join(',')}::${escapeData(f.message)}`)
    }
  }
  return lines.length ? lines.join('\n') + '\n' : ''
}
