/**
 * Turns resolved rule settings into runnable rules: loads each enabled rule,
 * validates its options with ajv (compiled once per rule), merges them over
 * the defaults and attaches its data files, loaded on first access.
 */
import { isAbsolute, join } from 'node:path'
import type { ValidateFunction } from 'ajv'
import { describeAjvErrors, getAjv } from '../data/ajv.js'
import { DataFileError, loadDataFile } from '../data/load-data-file.js'
import { SoatError } from '../errors.js'
import { rulesDataDir } from '../paths.js'
import type { RuleSetting } from '../config/types.js'
import type { RuleRegistry } from './registry.js'
import type { ConfiguredRule } from './run-rules.js'
import type { Rule } from './types.js'

/** Where built-in rules' documentation lives. */
export const DOCS_BASE_URL = 'https://github.com/soat-lint/soat/blob/main/docs/rules/'

const validators = new WeakMap<Rule<any>, ValidateFunction>()

function optionsValidator(rule: Rule<any>): ValidateFunction | undefined {
  if (!rule.meta.options) return undefined
  let validate = validators.get(rule)
  if (!validate) {
    validate = getAjv().compile(rule.meta.options)
    validators.set(rule, validate)
  }
  return validate
}

/** Validate `options` for `rule`; throws a SoatError naming the rule, the option and the source. */
export function validateRuleOptions(id: string, rule: Rule<any>, options: Record<string, unknown> | undefined, source: string): void {
  if (options === undefined) return
  const validate = optionsValidator(rule)
  if (!validate) {
    if (Object.keys(options).length === 0) return
    throw new SoatError('ruleOptionsInvalid', { rule: id, file: source, detail: '  this rule takes no options' })
  }
  if (!validate(options)) {
    const detail = describeAjvErrors(validate.errors)
      .map((line) => `  ${line}`)
      .join('\n')
    throw new SoatError('ruleOptionsInvalid', { rule: id, file: source, detail })
  }
}

function lazyData(id: string, rule: Rule<any>, builtin: boolean): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const [name, file] of Object.entries(rule.meta.data ?? {})) {
    const path = isAbsolute(file) ? file : join(rulesDataDir, builtin ? id : '', file)
    let value: unknown
    Object.defineProperty(data, name, {
      enumerable: true,
      get() {
        if (value === undefined) {
          try {
            value = loadDataFile(path)
          } catch (error) {
            if (error instanceof DataFileError) {
              throw new SoatError('dataFileInvalid', { file: error.file, detail: error.problems.join('; ') })
            }
            throw error
          }
        }
        return value
      },
    })
  }
  return data
}

/** The enabled rules of `settings`, ready to run. */
export async function configureRules(settings: Record<string, RuleSetting>, registry: RuleRegistry): Promise<ConfiguredRule[]> {
  const configured: ConfiguredRule[] = []
  for (const [id, setting] of Object.entries(settings)) {
    if (setting.level === 'off') continue
    const rule = await registry.get(id)
    validateRuleOptions(id, rule, setting.options, setting.source)
    const options = { ...(rule.meta.defaults ?? {}), ...(setting.options ?? {}) }
    const builtin = registry.isBuiltin(id)
    configured.push({
      id,
      rule,
      level: setting.level,
      options,
      data: lazyData(id, rule, builtin),
      url: rule.meta.url ?? (builtin ? `${DOCS_BASE_URL}${id}.md` : undefined),
    })
  }
  configured.sort((a, b) => a.id.localeCompare(b.id))
  return configured
}
