/**
 * Rule documentation pages (docs/rules/<id>.md): the header generated from a
 * rule's meta, the fixed order of hand-written sections, and the examples a
 * test runs (each "Incorrect" example must be flagged, each "Correct" one must
 * pass).
 */
import type { RuleMeta } from '../engine/types.js'

export const HEADER_START = '<!-- soat:header:start (generated from meta: npm run build:generated) -->'
export const HEADER_END = '<!-- soat:header:end -->'

/** The H2 sections of a rule page, in order. */
export const SECTIONS = [
  'Vì sao / Why',
  'Ví dụ sai / Incorrect',
  'Ví dụ đúng / Correct',
  'Tùy chọn / Options',
  'Khi nào nên tắt / When not to use it',
  'Giới hạn / Known limitations',
] as const

function yesNo(value: boolean): string {
  return value ? 'có / yes' : 'không / no'
}

function describeOption(name: string, schema: Record<string, unknown>, defaults: Record<string, unknown>): string {
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : String(schema.type ?? (schema.enum ? 'enum' : 'any'))
  const value = name in defaults ? ` = ${JSON.stringify(defaults[name])}` : ''
  return `\`${name}\` (${type}${value})`
}

/** The generated header of a rule page. */
export function ruleDocHeader(meta: RuleMeta<any>): string {
  const properties = (meta.options?.properties ?? {}) as Record<string, Record<string, unknown>>
  const defaults = (meta.defaults ?? {}) as Record<string, unknown>
  const options = Object.keys(properties).length
    ? Object.entries(properties)
        .map(([name, schema]) => describeOption(name, schema, defaults))
        .join(', ')
    : 'không / none'
  return [
    HEADER_START,
    '',
    `> ${meta.description.vi}`,
    `>`,
    `> ${meta.description.en}`,
    '',
    '| | |',
    '|---|---|',
    `| Nhóm / Group | ${meta.category} |`,
    `| Mức mặc định / Default level | ${meta.level} |`,
    `| Trong soat:recommended | ${yesNo(meta.recommended !== false)} |`,
    `| Tự sửa / Fixable | ${yesNo(meta.fixable)} |`,
    `| Gợi ý sửa / Suggestions | ${yesNo(meta.hasSuggestions ?? false)} |`,
    `| Tùy chọn / Options | ${options} |`,
    '',
    HEADER_END,
  ].join('\n')
}

/** A parsed rule page. */
export interface RuleDoc {
  title: string
  header: string | undefined
  sections: string[]
  incorrect: string[]
  correct: string[]
}

function codeBlocks(markdown: string): string[] {
  const blocks: string[] = []
  const re = /^```[^\n]*\n([\s\S]*?)^```\s*$/gm
  for (const m of markdown.matchAll(re)) blocks.push(m[1]!.replace(/\n$/, ''))
  return blocks
}

/** Parse a rule page. */
export function parseRuleDoc(markdown: string): RuleDoc {
  const title = /^# (.+)$/m.exec(markdown)?.[1]?.trim() ?? ''
  const start = markdown.indexOf(HEADER_START)
  const end = markdown.indexOf(HEADER_END)
  const header = start >= 0 && end > start ? markdown.slice(start, end + HEADER_END.length) : undefined
  const parts = markdown.split(/^## /m)
  const sections: string[] = []
  const bodies = new Map<string, string>()
  for (const part of parts.slice(1)) {
    const newline = part.indexOf('\n')
    const name = (newline >= 0 ? part.slice(0, newline) : part).trim()
    sections.push(name)
    bodies.set(name, newline >= 0 ? part.slice(newline + 1) : '')
  }
  return {
    title,
    header,
    sections,
    incorrect: codeBlocks(bodies.get(SECTIONS[1]) ?? ''),
    correct: codeBlocks(bodies.get(SECTIONS[2]) ?? ''),
  }
}

/** Replace (or insert after the title) the generated header of a page. */
export function withHeader(markdown: string, meta: RuleMeta<any>): string {
  const header = ruleDocHeader(meta)
  const start = markdown.indexOf(HEADER_START)
  const end = markdown.indexOf(HEADER_END)
  if (start >= 0 && end > start) return markdown.slice(0, start) + header + markdown.slice(end + HEADER_END.length)
  const titleEnd = markdown.indexOf('\n')
  return `${markdown.slice(0, titleEnd + 1)}\n${header}\n${markdown.slice(titleEnd + 1)}`
}
