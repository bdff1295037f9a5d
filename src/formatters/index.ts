/** The output formats and the function that picks one. */
import type { LintResult } from '../api.js'
import { compact } from './compact.js'
import { github } from './github.js'
import { gitlab } from './gitlab.js'
import { json } from './json.js'
import { builtinRuleDescriptors } from './rule-descriptors.js'
import { sarif } from './sarif.js'
import { stylish } from './stylish.js'
import type { FormatOptions, Formatter } from './types.js'

export type { FormatOptions, RuleDescriptor } from './types.js'

/** Formatters by name. */
export const FORMATTERS = { stylish, json, sarif, github, gitlab, compact } satisfies Record<string, Formatter>

/** A format name. */
export type FormatName = keyof typeof FORMATTERS

/** Whether `name` is a format. */
export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name)
}

/** Render `results` in `format`. */
export async function formatResults(results: readonly LintResult[], format: FormatName, options: FormatOptions = {}): Promise<string> {
  const builtins = await builtinRuleDescriptors()
  const given = options.rules ?? []
  const ids = new Set(given.map((d) => d.id))
  const rules = [...given, ...builtins.filter((d) => !ids.has(d.id))]
  return FORMATTERS[format](results, {
    ...options,
    cwd: options.cwd ?? process.cwd(),
    locale: options.locale ?? results[0]?.locale ?? 'vi',
    rules,
  })
}
