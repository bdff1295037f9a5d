/** Turns ranges into locations with lines and columns. */
import type { LineIndex } from '../document/line-index.js'
import type { Location, Range } from './types.js'

/** The location of `range` in a text described by `lines`. */
export function locate(lines: LineIndex, range: Range): Location {
  const start = lines.position(range[0])
  const end = lines.position(range[1])
  return { range: [range[0], range[1]], line: start.line, column: start.column, endLine: end.line, endColumn: end.column }
}
