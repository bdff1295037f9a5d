/** Paths as formatters print them: relative to the working directory, with forward slashes. */
import { isAbsolute, relative } from 'node:path'

/** `filePath` relative to `cwd` (as given when outside it or not a path). */
export function displayPath(filePath: string | undefined, cwd: string): string {
  if (!filePath) return '<text>'
  if (!isAbsolute(filePath)) return filePath.split('\\').join('/')
  const rel = relative(cwd, filePath)
  return (rel.startsWith('..') || isAbsolute(rel) ? filePath : rel).split('\\').join('/')
}
