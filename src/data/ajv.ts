/** One shared ajv instance for configuration, rule options and data files. */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv'
import { schemasDir } from '../paths.js'
import { regexU } from './formats.js'

let shared: Ajv | undefined

/**
 * The shared ajv instance (strict, all errors, with formats), loaded on first use: the command line validates
 * with validators compiled at build time and starts without the schema compiler.
 */
export function getAjv(): Ajv {
  if (!shared) {
    const load = createRequire(import.meta.url)
    const { Ajv: AjvClass } = load('ajv') as typeof import('ajv')
    // ajv-formats ships CommonJS; its default export is the plugin function.
    const formats = load('ajv-formats') as { default?: (ajv: Ajv) => Ajv } & ((ajv: Ajv) => Ajv)
    const addFormats = formats.default ?? formats
    shared = new AjvClass({ ...AJV_OPTIONS })
    addFormats(shared)
    // Patterns in data files are checked with the u flag, as they are used.
    shared.addFormat('regex-u', regexU)
  }
  return shared
}

/** The options every soát validator is compiled with (also by scripts/build-bundle.mjs). */
export const AJV_OPTIONS = { allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, useDefaults: false } as const

const bySchemaFile = new Map<string, ValidateFunction>()
const precompiled = new Map<string, () => ValidateFunction>()

/**
 * Register validators compiled at build time (ajv standalone code, keyed by
 * schema file name), each loaded when first needed, so the command line
 * starts without compiling schemas or reading the validators it does not use.
 */
export function registerPrecompiledValidators(loaders: Record<string, () => ValidateFunction>): void {
  for (const [file, load] of Object.entries(loaders)) precompiled.set(file, load)
}

/** A compiled validator for a schema file in schemas/ (by file name), cached. */
export function validatorFor(schemaFile: string): ValidateFunction {
  let validate = bySchemaFile.get(schemaFile) ?? precompiled.get(schemaFile)?.()
  if (!validate) {
    const schema = schemaJson(schemaFile)
    const ajv = getAjv()
    const id = typeof schema.$id === 'string' ? schema.$id : undefined
    validate = (id && ajv.getSchema(id)) || ajv.compile(schema)
  }
  bySchemaFile.set(schemaFile, validate)
  return validate
}

const schemaCache = new Map<string, Record<string, unknown>>()

/** The parsed JSON of a schema file in schemas/ (by file name), cached. */
export function schemaJson(schemaFile: string): Record<string, unknown> {
  let schema = schemaCache.get(schemaFile)
  if (!schema) {
    schema = JSON.parse(readFileSync(join(schemasDir, schemaFile), 'utf8')) as Record<string, unknown>
    schemaCache.set(schemaFile, schema)
  }
  return schema
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
