/** Reads one configuration file and validates it against schemas/config.schema.json. */
import { readFileSync } from 'node:fs'
import { describeAjvErrors, validatorFor } from '../data/ajv.js'
import { SoatError } from '../errors.js'
import type { ConfigFileContent } from './types.js'

/** Validate an already-parsed configuration object; `file` names it in errors. */
export function validateConfig(content: unknown, file: string): ConfigFileContent {
  const validate = validatorFor('config.schema.json')
  if (!validate(content)) {
    const detail = describeAjvErrors(validate.errors)
      .map((line) => `  ${line}`)
      .join('\n')
    throw new SoatError('configInvalid', { file, detail })
  }
  return content as ConfigFileContent
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
