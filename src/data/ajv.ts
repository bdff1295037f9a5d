/** One shared ajv instance for configuration, rule options and data files. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { schemasDir } from '../paths.js'

// ajv-formats ships CommonJS; its default export is the plugin function.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv

let shared: Ajv | undefined

/** The shared ajv instance (strict, all errors, with formats). */
export function getAjv(): Ajv {
  if (!shared) {
    shared = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, useDefaults: false })
    addFormats(shared)
    // "regex" patterns in data files are checked with the u flag, as they are used.
    shared.addFormat('regex-u', {
      type: 'string',
      validate: (source: string) => {
        try {
          new RegExp(source, 'u')
          return true
        } catch {
          return false
        }
      },
    })
  }
  return shared
}

const bySchemaFile = new Map<string, ValidateFunction>()

/** A compiled validator for a schema file in schemas/ (by file name), cached. */
export function validatorFor(schemaFile: string): ValidateFunction {
  let validate = bySchemaFile.get(schemaFile)
  if (!validate) {
    const schema = JSON.parse(readFileSync(join(schemasDir, schemaFile), 'utf8')) as Record<string, unknown>
    const ajv = getAjv()
    const id = typeof schema.$id === 'string' ? schema.$id : undefined
    validate = (id && ajv.getSchema(id)) || ajv.compile(schema)
    bySchemaFile.set(schemaFile, validate)
  }
  return validate
}

/** One line per ajv error: `/rules/spelling: must be equal to one of the allowed values (off, note, warning, error)`. */
export function describeAjvErrors(errors: ErrorObject[] | null | undefined): string[] {
  if (!errors) return []
  return errors.map((error) => {
    const where = error.instancePath === '' ? '/' : error.instancePath
    let what = error.message ?? 'is invalid'
    const params = error.params as Record<string, unknown>
    if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
      what += ` (${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')})`
    } else if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
      what = `has an unknown key “${params.additionalProperty}”`
    } else if (error.keyword === 'const' && 'allowedValue' in params) {
      what += ` (${JSON.stringify(params.allowedValue)})`
    }
    return `${where}: ${what}`
  })
}
