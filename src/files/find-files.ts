/**
 * Expands command-line paths and globs into files: a directory recurses into
 * .txt, .md, .markdown, .html, .htm and .docx files (not Word's `~$…` lock
 * files); a glob matches any file; a file
 * named directly is linted whatever its extension. `.soatignore` (gitignore
 * syntax, in the working directory) and the configuration's `ignorePatterns`
 * leave files out; node_modules and .git are always left out of directories.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { glob, isDynamicPattern } from 'tinyglobby'
import { EXTENSIONS } from '../parse/index.js'

/** One input: a file to lint, or a pattern that found nothing / a path that does not exist. */
export type Input =
  | { kind: 'file'; path: string; explicit: boolean }
  | { kind: 'missing'; pattern: string }
  | { kind: 'no-match'; pattern: string }

const DIRECTORY_GLOB = `**/*.{${Object.keys(EXTENSIONS)
  .map((e) => e.slice(1))
  .join(',')}}`

/** The `.soatignore` rules of `cwd`, if the file exists. */
export function loadSoatIgnore(cwd: string): Ignore | undefined {
  const file = resolve(cwd, '.soatignore')
  if (!existsSync(file)) return undefined
  return ignore().add(readFileSync(file, 'utf8'))
}

/** Whether `file` is ignored by `.soatignore` rules rooted at `cwd`. */
export function isIgnoredBy(rules: Ignore | undefined, cwd: string, file: string): boolean {
  if (!rules) return false
  const rel = relative(cwd, file).split('\\').join('/')
  if (rel.startsWith('..') || isAbsolute(rel) || rel === '') return false
  return rules.ignores(rel)
}

/** Expand `patterns` (files, directories, globs) relative to `cwd`. */
export async function findFiles(patterns: readonly string[], cwd: string): Promise<Input[]> {
  const inputs: Input[] = []
  const seen = new Set<string>()
  const add = (path: string, explicit: boolean): void => {
    if (seen.has(path)) return
    seen.add(path)
    inputs.push({ kind: 'file', path, explicit })
  }
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern)
    let stats: ReturnType<typeof statSync> | undefined
    try {
      stats = statSync(absolute)
    } catch {
      stats = undefined
    }
    if (stats?.isDirectory()) {
      const found = await glob(DIRECTORY_GLOB, {
        cwd: absolute,
        absolute: true,
        dot: false,
        ignore: ['**/node_modules/**', '**/.git/**', '**/~$*'],
        caseSensitiveMatch: false,
      })
      found.sort()
      for (const file of found) add(resolve(file), false)
      continue
    }
    if (stats) {
      add(absolute, true)
      continue
    }
    if (isDynamicPattern(pattern)) {
      const found = await glob(pattern, { cwd, absolute: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] })
      found.sort()
      if (found.length === 0) inputs.push({ kind: 'no-match', pattern })
      for (const file of found) add(resolve(file), false)
      continue
    }
    inputs.push({ kind: 'missing', pattern })
  }
  return inputs
}
