/**
 * The official SARIF 2.1.0 JSON schema, as shipped inside the SARIF multitool's npm package
 * (@microsoft/sarif-multitool-<platform>/sarif-2.1.0.json, draft 2020-12), compiled with ajv.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020

let validate: ValidateFunction | undefined

/** A validator for SARIF 2.1.0 logs. */
export function sarifValidator(): ValidateFunction {
  if (!validate) {
    const require = createRequire(import.meta.url)
    const file = require.resolve(`@microsoft/sarif-multitool-${process.platform}/sarif-2.1.0.json`)
    const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    // The schema uses keywords ajv's strict mode does not know (e.g. "deprecated" annotations).
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats(ajv)
    validate = ajv.compile(schema)
  }
  return validate
}
