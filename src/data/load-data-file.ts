/**
 * Loads a JSON data file (word lists, phrases, institutions…) and validates it
 * against the schema its `$schema` key names, looked up by file name in
 * schemas/. A file is read and checked once per process.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { describeAjvErrors, validatorFor } from './ajv.js'

/** A data file that cannot be read, parsed or validated. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`)
    this.name = 'DataFileError'
  }
}

const cache = new Map<string, unknown>()

/** Read, parse and validate the data file at `file` (absolute path). */
export function loadDataFile<T>(file: string): T {
  if (cache.has(file)) return cache.get(file) as T
  let value: unknown
  try {
    value = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new DataFileError(file, [(error as Error).message])
  }
  const schemaRef = (value as { $schema?: unknown }).$schema
  if (typeof schemaRef !== 'string') throw new DataFileError(file, ['no "$schema" key naming its schema'])
  const validate = validatorFor(basename(schemaRef))
  if (!validate(value)) throw new DataFileError(file, describeAjvErrors(validate.errors))
  cache.set(file, value)
  return value as T
}
