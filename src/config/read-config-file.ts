/** Reads one configuration file and validates it against schemas/config.schema.json. */
import { readFileSync } from 'node:fs'
import { describeAjvErrors, schemaJson, validatorFor } from '../data/ajv.js'
import { SoatError } from '../errors.js'
import { suggestRuleId } from './suggest-rule-id.js'
import type { ConfigFileContent } from './types.js'

/** Validate an already-parsed configuration object; `file` names it in errors. */
export function validateConfig(content: unknown, file: string): ConfigFileContent {
  const validate = validatorFor('config.schema.json')
  if (!validate(content)) {
    const known = Object.keys((schemaJson('config.schema.json') as SchemaShape).properties?.rules?.properties ?? {})
    const errors = validate.errors ?? []
    const lines = describeAjvErrors(errors).map((line, i) => {
      const error = errors[i]!
      const extra = (error.params as { additionalProperty?: unknown }).additionalProperty
      // A mistyped rule id gets a suggestion: “Did you mean “duplicate-headline”?”
      if (error.keyword === 'additionalProperties' && /\/rules$/.test(error.instancePath) && typeof extra === 'string') {
        return line + suggestRuleId(extra, known, 'en')
      }
      return line
    })
    throw new SoatError('configInvalid', { file, detail: lines.map((line) => `  ${line}`).join('\n') })
  }
  return content as ConfigFileContent
}

interface SchemaShape {
  properties?: { rules?: { properties?: Record<string, unknown> } }
}

/** Read, parse and validate the configuration file at `file`. */
export function readConfigFile(file: string): ConfigFileContent {
  let raw: string
  try {
    raw = readFileSync(file, 'utf8')
  } catch (error) {
    const err = error as NodeJS.ErrnoException
    if (err.code === 'ENOENT') throw new SoatError('configNotFound', { file })
    throw new SoatError('fileUnreadable', { file, detail: err.message })
  }
  let content: unknown
  try {
    content = JSON.parse(raw.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new SoatError('configJson', { file, detail: (error as Error).message })
  }
  return validateConfig(content, file)
}
