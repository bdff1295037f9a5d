/** Rule descriptors for formatters and `--list-rules`, from each rule's meta (the one source). */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DOCS_BASE_URL } from '../engine/configure-rules.js'
import { RuleRegistry } from '../engine/registry.js'
import { docsDir } from '../paths.js'
import type { RuleDescriptor } from './types.js'

/** Descriptors of every built-in rule, sorted by id. */
export async function builtinRuleDescriptors(): Promise<RuleDescriptor[]> {
  const registry = RuleRegistry.withBuiltins()
  return (await registry.all()).map(([id, rule]) => ({ id, meta: rule.meta, url: rule.meta.url ?? `${DOCS_BASE_URL}${id}.md`, builtin: true }))
}

const docsCache = new Map<string, string | undefined>()

/** The Markdown documentation page of a built-in rule (docs/rules/<id>.md), if present. */
export function ruleDocsMarkdown(id: string): string | undefined {
  if (!docsCache.has(id)) {
    let text: string | undefined
    try {
      text = readFileSync(join(docsDir, 'rules', `${id}.md`), 'utf8')
    } catch {
      text = undefined
    }
    docsCache.set(id, text)
  }
  return docsCache.get(id)
}

/** PascalCase name of a rule id, as SARIF `name` (`duplicate-headline` → `DuplicateHeadline`). */
export function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('')
}
