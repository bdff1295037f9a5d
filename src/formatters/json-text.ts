/**
 * Pieces of a pretty-printed JSON document (`JSON.stringify(value, null, 2)`)
 * written one at a time: a document with an array in it is printed around a
 * placeholder, and the array's items are printed one by one at the depth the
 * whole document would have put them, so the bytes are exactly those of the
 * document printed at once.
 */

/** `value` as `JSON.stringify(value, null, 2)` prints it `depth` levels deep (every line but the first indented). */
export function jsonAt(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2)
  // JSON escapes line breaks inside strings: every "\n" in the text is one of the printer's.
  return depth === 0 ? text : text.replace(/\n/g, `\n${'  '.repeat(depth)}`)
}

/** A placeholder value for an array printed item by item; it prints as a string no report can contain. */
export function placeholder(name: string): string {
  return `\u0000soat-stream:${name}\u0000`
}

/**
 * `document` printed with each placeholder (see `placeholder`) cut out: the
 * text before the first, between each two, and after the last.
 */
export function splitAtPlaceholders(document: unknown, names: readonly string[]): string[] {
  let rest = JSON.stringify(document, null, 2) + '\n'
  const parts: string[] = []
  for (const name of names) {
    const mark = JSON.stringify(placeholder(name))
    const at = rest.indexOf(mark)
    if (at < 0 || rest.indexOf(mark, at + 1) >= 0) throw new Error(`placeholder ${name} must occur once`)
    parts.push(rest.slice(0, at))
    rest = rest.slice(at + mark.length)
  }
  parts.push(rest)
  return parts
}

/** An array printed item by item, standing where a placeholder was, `depth` levels deep (the depth of its key). */
export class JsonArrayWriter {
  private count = 0
  private readonly itemIndent: string
  private readonly closeIndent: string

  constructor(private readonly depth: number) {
    this.itemIndent = '  '.repeat(depth + 1)
    this.closeIndent = '  '.repeat(depth)
  }

  /** The text of one more item. */
  item(value: unknown): string {
    const lead = this.count++ === 0 ? '[\n' : ',\n'
    return `${lead}${this.itemIndent}${jsonAt(value, this.depth + 1)}`
  }

  /** The text that closes the array (`[]` when it had no item). */
  close(): string {
    return this.count === 0 ? '[]' : `\n${this.closeIndent}]`
  }
}
