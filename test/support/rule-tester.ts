/**
 * soát's RuleTester (after ESLint's): each rule's tests list text it must
 * leave alone (`valid`) and text it must flag (`invalid`) with the findings
 * expected, the text after fixes and after each suggestion. The tester runs
 * the rule through the real engine (options validated by its schema, data
 * files loaded, messages checked) and refuses what ESLint's refuses: no valid
 * or no invalid case, duplicate cases, an unknown messageId, a wrong count,
 * fixes without an expected output.
 */
import { describe, expect, it } from 'vitest'
import { configureRules } from '../../src/engine/configure-rules.js'
import { lintAndFix, lintSource } from '../../src/engine/linter.js'
import { RuleRegistry } from '../../src/engine/registry.js'
import type { ConfiguredRule } from '../../src/engine/run-rules.js'
import type { Finding, Locale, Rule } from '../../src/engine/types.js'
import { loadParser } from '../../src/parse/index.js'
import type { DocumentFormat } from '../../src/parse/types.js'

/** Text the rule must not flag. */
export type ValidCase = string | { text: string; name?: string; options?: Record<string, unknown>; format?: DocumentFormat }

/** An expected finding; only the fields given are compared. */
export interface ExpectedFinding {
  messageId?: string
  /** The source text the finding covers. */
  text?: string
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
  level?: Finding['level']
  data?: Record<string, string | number>
  /** Text after applying each suggestion, in order. */
  suggestions?: string[]
  /** The Vietnamese message, exactly. */
  message?: string
}

/** Text the rule must flag. */
export interface InvalidCase {
  text: string
  name?: string
  options?: Record<string, unknown>
  format?: DocumentFormat
  findings: ExpectedFinding[]
  /** Text after all fixes (required when the rule fixes; omit or give `text` when it must not). */
  output?: string
}

function applySuggestion(text: string, finding: Finding, index: number): string {
  const suggestion = finding.suggestions?.[index]
  if (!suggestion) throw new Error(`no suggestion ${index}`)
  let out = text
  for (const edit of [...suggestion.fix.edits].reverse()) out = out.slice(0, edit.range[0]) + edit.text + out.slice(edit.range[1])
  return out
}

async function configured(id: string, rule: Rule<any>, options: Record<string, unknown> | undefined): Promise<ConfiguredRule[]> {
  const registry = RuleRegistry.withBuiltins()
  if (!registry.has(id) || (await registry.get(id)) !== rule) registry.add(id, rule)
  return configureRules({ [id]: { level: rule.meta.level, options, source: 'RuleTester' } }, registry)
}

/** Lint `text` with one rule only (for tests outside the tester). */
export async function lintWithRule(
  id: string,
  rule: Rule<any>,
  text: string,
  options?: Record<string, unknown>,
  format: DocumentFormat = 'text',
  locale: Locale = 'vi',
): Promise<Finding[]> {
  await loadParser(format)
  const rules = await configured(id, rule, options)
  return lintSource(text, rules, { format, locale }).findings
}

function caseText(c: ValidCase | InvalidCase): string {
  return typeof c === 'string' ? c : c.text
}

function caseName(c: ValidCase | InvalidCase): string {
  const named = typeof c === 'string' ? undefined : c.name
  const text = caseText(c).replace(/\s+/g, ' ')
  return named ?? (text.length > 70 ? `${text.slice(0, 67)}…` : text)
}

/** The tester. */
export const ruleTester = {
  run(id: string, rule: Rule<any>, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
    describe(id, () => {
      it('has valid and invalid cases, none repeated', () => {
        expect(cases.valid.length, 'at least one valid case').toBeGreaterThan(0)
        expect(cases.invalid.length, 'at least one invalid case').toBeGreaterThan(0)
        const keys = [...cases.valid, ...cases.invalid].map((c) => JSON.stringify([caseText(c), typeof c === 'string' ? undefined : c.options, typeof c === 'string' ? undefined : c.format]))
        const duplicates = keys.filter((k, i) => keys.indexOf(k) !== i)
        expect(duplicates, 'duplicate cases').toEqual([])
      })

      describe('valid', () => {
        for (const c of cases.valid) {
          it(caseName(c), async () => {
            const options = typeof c === 'string' ? undefined : c.options
            const format = typeof c === 'string' ? 'text' : (c.format ?? 'text')
            const findings = await lintWithRule(id, rule, caseText(c), options, format)
            expect(findings.map((f) => `${f.line}:${f.column} ${f.messageId} «${f.text}»`), 'should have no findings').toEqual([])
          })
        }
      })

      describe('invalid', () => {
        for (const c of cases.invalid) {
          it(caseName(c), async () => {
            const format = c.format ?? 'text'
            for (const e of c.findings) {
              if (e.messageId !== undefined) expect(Object.keys(rule.meta.messages), `unknown messageId ${e.messageId}`).toContain(e.messageId)
            }
            const findings = await lintWithRule(id, rule, c.text, c.options, format)
            expect(
              findings.length,
              `should have ${c.findings.length} finding(s) but had ${findings.length}: ${findings.map((f) => `${f.line}:${f.column} ${f.messageId} «${f.text}»`).join(' | ')}`,
            ).toBe(c.findings.length)
            c.findings.forEach((expected, i) => {
              const actual = findings[i]!
              const { suggestions, ...fields } = expected
              const picked = Object.fromEntries(Object.keys(fields).map((k) => [k, actual[k as keyof Finding]]))
              expect(picked, `finding ${i + 1}`).toEqual(fields)
              if (suggestions) {
                expect(actual.suggestions?.length ?? 0, `finding ${i + 1}: number of suggestions`).toBe(suggestions.length)
                suggestions.forEach((out, k) => expect(applySuggestion(c.text, actual, k), `finding ${i + 1}, suggestion ${k + 1}`).toBe(out))
              }
            })
            const hasFix = findings.some((f) => f.fix)
            if (hasFix) {
              expect(c.output, 'the rule fixed something: give the expected output').toBeDefined()
            }
            if (c.output !== undefined) {
              await loadParser(format)
              const rules = await configured(id, rule, c.options)
              const fixed = lintAndFix(c.text, rules, { format, locale: 'vi' })
              expect(fixed.output, 'text after fixes').toBe(c.output)
            }
          })
        }
      })
    })
  },
}
