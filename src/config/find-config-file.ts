/**
 * Finds the configuration file for a file: `soat.config.json` or
 * `.soatrc.json`, in the file's folder or the nearest folder above it. One
 * lookup order; two files in one folder is an error, not a silent choice.
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { SoatError } from '../errors.js'
import { CONFIG_FILE_NAMES } from './types.js'

const cache = new Map<string, string | undefined>()

/** The configuration file that applies in folder `dir`, or undefined. */
export function findConfigFile(dir: string): string | undefined {
  if (cache.has(dir)) return cache.get(dir)
  const present = CONFIG_FILE_NAMES.map((name) => join(dir, name)).filter((file) => existsSync(file))
  let found: string | undefined
  if (present.length > 1) throw new SoatError('configBoth', { dir })
  if (present.length === 1) found = present[0]
  else {
    const parent = dirname(dir)
    found = parent === dir ? undefined : findConfigFile(parent)
  }
  cache.set(dir, found)
  return found
}

/** Forget cached lookups (the language server calls this when a configuration file changes). */
export function clearConfigFileCache(): void {
  cache.clear()
}
