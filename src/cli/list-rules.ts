/** `--list-rules`: every rule with its group, default level and whether it fixes, from its meta. */
import type { Locale } from '../engine/types.js'
import type { FormatName, RuleDescriptor } from '../formatters/index.js'

/** The rule list as text (or JSON with `--format json`). */
export async function listRules(rules: readonly RuleDescriptor[], format: FormatName, locale: Locale): Promise<string> {
  if (format === 'json') {
    return (
      JSON.stringify(
        rules.map((r) => ({
          id: r.id,
          category: r.meta.category,
          level: r.meta.level,
          recommended: r.meta.recommended !== false,
          fixable: r.meta.fixable,
          description: r.meta.description[locale],
          url: r.url,
        })),
        null,
        2,
      ) + '\n'
    )
  }
  const width = Math.max(...rules.map((r) => r.id.length))
  const header = locale === 'vi' ? 'Quy tắc' : 'Rule'
  const lines = [`${header.padEnd(width)}  ${locale === 'vi' ? 'nhóm'.padEnd(9) : 'group'.padEnd(9)}  ${locale === 'vi' ? 'mức' : 'level'.padEnd(7)}    ${locale === 'vi' ? 'sửa' : 'fix'}`]
  for (const r of rules) {
    lines.push(`${r.id.padEnd(width)}  ${r.meta.category.padEnd(9)}  ${r.meta.level.padEnd(7)}  ${r.meta.fixable ? '  ✓' : '   '}  ${r.meta.description[locale]}`)
  }
  return lines.join('\n') + '\n'
}
