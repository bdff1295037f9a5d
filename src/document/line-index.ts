/** Offset ↔ line/column conversion for one text (UTF-16 columns, 1-based). */

/** A 1-based line and column; the column counts UTF-16 code units, as SARIF and LSP expect. */
export interface LineColumn {
  line: number
  column: number
}

/** Line starts of a text, computed once, with binary search lookups. */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(readonly text: string) {
    // Line breaks (LF, CR, CRLF) found with indexOf rather than by reading every character.
    let lf = text.indexOf('\n')
    let cr = text.indexOf('\r')
    while (lf >= 0 || cr >= 0) {
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        const start = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1
        this.starts.push(start)
        if (lf >= 0 && lf < start) lf = text.indexOf('\n', start)
        cr = text.indexOf('\r', start)
      } else {
        this.starts.push(lf + 1)
        lf = text.indexOf('\n', lf + 1)
      }
    }
  }

  /** Number of lines. */
  get lineCount(): number {
    return this.starts.length
  }

  /** The line (1-based) holding `offset`. */
  lineOf(offset: number): number {
    const starts = this.starts
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }

  /** 1-based line and column of `offset`. */
  position(offset: number): LineColumn {
    const line = this.lineOf(offset)
    return { line, column: offset - this.starts[line - 1]! + 1 }
  }

  /** Offset of the start of `line` (1-based). */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length) - 1)]!
  }

  /** Offset just after the content of `line` (before its line break). */
  lineEnd(line: number): number {
    if (line >= this.starts.length) return this.text.length
    let end = this.starts[line]!
    if (this.text.charCodeAt(end - 1) === 10) end--
    if (this.text.charCodeAt(end - 1) === 13) end--
    return end
  }

  /** The text of `line` without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line))
  }

  /** Offset of a 1-based line and column. */
  offset(line: number, column: number): number {
    return this.lineStart(line) + column - 1
  }
}
