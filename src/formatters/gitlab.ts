/**
 * GitLab Code Quality (the CodeClimate JSON subset GitLab reads from
 * `artifacts:reports:codequality`): one issue per finding with its rule as
 * `check_name`, a severity, a fingerprint unique in the report and stable
 * across edits above it, and the file and line. A Word file has no lines
 * GitLab could show: its issues point at line 1 and say the paragraph and
 * character of the extracted text in the description.
 */
import { createHash } from 'node:crypto'
import type { LintResult } from '../api.js'
import { interpolate } from '../engine/messages.js'
import type { Level } from '../engine/types.js'
import { UI_MESSAGES } from '../i18n/ui-messages.js'
import { displayPath } from './paths.js'
import { JsonArrayWriter } from './json-text.js'
import { type Formatter, type StreamingFormatter, atOnce } from './types.js'

const SEVERITY: Record<Level, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', note: 'info' }

interface Issue {
  type: 'issue'
  check_name: string
  description: string
  categories: string[]
  severity: 'blocker' | 'critical' | 'major' | 'minor' | 'info'
  fingerprint: string
  location: { path: string; lines: { begin: number; end: number } }
}

/** Each file's issues as soon as its result is given, as items of the report's one array. */
export const gitlabStream: StreamingFormatter = (context) => {
  const issues = new JsonArrayWriter(0)
  const seen = new Map<string, number>()
  const fingerprint = (...parts: Array<string | number>): string => {
    const base = createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    return n === 0 ? base : createHash('sha256').update(`${base}:${n}`).digest('hex').slice(0, 32)
  }
  const categoryOf = new Map(context.rules.map((d) => [d.id, d.meta.category]))
  const add = (result: LintResult): string => {
    const path = displayPath(result.filePath, context.cwd)
    if (result.fatal) {
      return issues.item({
        type: 'issue',
        check_name: `soat/${result.fatal.code}`,
        description: result.fatal.message,
        categories: ['Bug Risk'],
        severity: 'critical',
        fingerprint: fingerprint(path, result.fatal.code),
        location: { path, lines: { begin: 1, end: 1 } },
      } satisfies Issue)
    }
    let text = ''
    for (const f of result.findings) {
      const place = result.extracted ? `${interpolate(UI_MESSAGES.docxLocation[context.locale], { paragraph: f.line, character: f.column })}: ` : ''
      text += issues.item({
        type: 'issue',
        check_name: f.ruleId,
        description: `${place}${f.message}`,
        categories: [categoryOf.get(f.ruleId) === 'numbers' ? 'Bug Risk' : 'Style'],
        severity: SEVERITY[f.level],
        fingerprint: fingerprint(path, f.ruleId, f.messageId, f.text.replace(/\s+/gu, ' ').trim()),
        location: { path, lines: result.extracted ? { begin: 1, end: 1 } : { begin: f.line, end: f.endLine } },
      } satisfies Issue)
    }
    return text
  }
  return { add, end: () => [`${issues.close()}\n`] }
}

export const gitlab: Formatter = atOnce(gitlabStream)
