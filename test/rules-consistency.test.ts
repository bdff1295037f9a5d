/**
 * Keeps rule, tests, docs, registry and generated files in step (ESLint's
 * checkRuleFiles): every built-in rule is in the catalog, has its module,
 * test file and doc page with the fixed sections, appears in --list-rules, in
 * SARIF and in the configuration schema; its messages use the same
 * placeholders in both languages; its defaults pass its own options schema;
 * its data files validate; the doc examples behave as they say.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtinRules } from '../rules/index.js'
import { listRules } from '../src/cli/list-rules.js'
import { buildConfigSchema } from '../src/config/config-schema.js'
import { getAjv } from '../src/data/ajv.js'
import { loadDataFile } from '../src/data/load-data-file.js'
import { parseRuleDoc, ruleDocHeader, SECTIONS } from '../src/docs/rule-doc.js'
import { placeholdersOf } from '../src/engine/messages.js'
import { formatResults } from '../src/formatters/index.js'
import { builtinRuleDescriptors } from '../src/formatters/rule-descriptors.js'
import { packageRoot } from '../src/paths.js'
import { lintWithRule } from './support/rule-tester.js'

const catalog = JSON.parse(readFileSync(join(packageRoot, 'rules/catalog.json'), 'utf8')) as { rules: Record<string, string> }
const descriptors = await builtinRuleDescriptors()

describe('the catalog', () => {
  it('lists every built-in rule under its category', () => {
    for (const { id, meta } of descriptors) {
      expect(Object.keys(catalog.rules), `${id} is not a catalog id`).toContain(id)
      expect(meta.category, `${id}: category`).toBe(catalog.rules[id])
    }
  })
  it('validates against its schema', () => {
    expect(() => loadDataFile(join(packageRoot, 'rules/catalog.json'))).not.toThrow()
  })
})

it('the configuration schema is up to date (npm run build:generated)', () => {
  const committed = JSON.parse(readFileSync(join(packageRoot, 'schemas/config.schema.json'), 'utf8'))
  expect(committed).toEqual(buildConfigSchema(descriptors))
})

const listed = await listRules(descriptors, 'json', 'vi')
const sarif = JSON.parse(await formatResults([], 'sarif', { rules: descriptors })) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } } }> }

describe.each(Object.keys(builtinRules))('%s', (id) => {
  const descriptor = descriptors.find((d) => d.id === id)!
  const meta = descriptor.meta

  it('has its module, test file and doc page', () => {
    expect(meta.id).toBe(id)
    expect(existsSync(join(packageRoot, `rules/${id}/${id}.ts`)), `rules/${id}/${id}.ts`).toBe(true)
    expect(existsSync(join(packageRoot, `test/rules/${id}.test.ts`)), `test/rules/${id}.test.ts`).toBe(true)
    expect(existsSync(join(packageRoot, `docs/rules/${id}.md`)), `docs/rules/${id}.md`).toBe(true)
  })

  it('is in --list-rules and in SARIF tool.driver.rules', () => {
    expect(listed).toContain(`"id": "${id}"`)
    expect(sarif.runs[0]!.tool.driver.rules.map((r) => r.id)).toContain(id)
  })

  it('has messages in both languages with the same placeholders', () => {
    for (const [messageId, message] of Object.entries({ description: meta.description, ...meta.messages })) {
      expect(message.vi.length, `${messageId}.vi`).toBeGreaterThan(0)
      expect(message.en.length, `${messageId}.en`).toBeGreaterThan(0)
      expect(placeholdersOf(message.vi), `${messageId}: placeholders`).toEqual(placeholdersOf(message.en))
      expect(messageId === 'description' || /^[a-z][a-zA-Z0-9]*$/.test(messageId), `${messageId}: camelCase`).toBe(true)
    }
  })

  it('has defaults that pass its options schema, and data files that validate', () => {
    if (meta.options) {
      const validate = getAjv().compile(meta.options)
      expect(validate(meta.defaults ?? {}), JSON.stringify(validate.errors)).toBe(true)
    }
    for (const file of Object.values(meta.data ?? {})) {
      expect(() => loadDataFile(join(packageRoot, 'rules', id, file))).not.toThrow()
    }
  })

  const doc = parseRuleDoc(readFileSync(join(packageRoot, `docs/rules/${id}.md`), 'utf8'))

  it('has a doc page titled with its id, a current header and the sections in order', () => {
    expect(doc.title).toBe(id)
    expect(doc.header, 'generated header (npm run build:generated)').toBe(ruleDocHeader(meta))
    expect(doc.sections).toEqual([...SECTIONS])
    expect(doc.incorrect.length, 'at least one incorrect example').toBeGreaterThan(0)
    expect(doc.correct.length, 'at least one correct example').toBeGreaterThan(0)
  })

  it('flags every incorrect doc example and passes every correct one', async () => {
    const rule = (await builtinRules[id]!()).default
    for (const example of doc.incorrect) {
      expect((await lintWithRule(id, rule, example)).length, `incorrect example not flagged:\n${example}`).toBeGreaterThan(0)
    }
    for (const example of doc.correct) {
      const findings = await lintWithRule(id, rule, example)
      expect(findings.map((f) => f.message), `correct example flagged:\n${example}`).toEqual([])
    }
  })
})
