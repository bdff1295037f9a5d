/**
 * Prose text assembled from pieces of a source file, with the way back: every
 * index into the prose maps to an offset in the original file, so findings
 * point into the file the user wrote even when Markdown or HTML markup, or an
 * HTML entity, sat between the words.
 */

interface Segment {
  /** Start of the piece in the prose text. */
  textStart: number
  /** Start of the piece in the source. */
  sourceStart: number
  /** Length in the prose text. */
  length: number
  /** Length in the source (differs for a decoded entity such as `&amp;`). */
  sourceLength: number
}

/** Prose text with a map back to source offsets. */
export class MappedText {
  private readonly segments: Segment[] = []
  private value = ''

  /** The prose text. */
  get text(): string {
    return this.value
  }

  /** Append a piece that is a verbatim slice of the source starting at `sourceStart`. */
  appendExact(piece: string, sourceStart: number): this {
    return this.append(piece, sourceStart, piece.length)
  }

  /** Append a piece that stands for `sourceLength` characters of the source (a decoded entity). */
  append(piece: string, sourceStart: number, sourceLength: number): this {
    if (piece.length === 0) return this
    const last = this.segments[this.segments.length - 1]
    if (
      last &&
      last.length === last.sourceLength &&
      piece.length === sourceLength &&
      last.sourceStart + last.sourceLength === sourceStart &&
      last.textStart + last.length === this.value.length
    ) {
      last.length += piece.length
      last.sourceLength += sourceLength
    } else {
      this.segments.push({ textStart: this.value.length, sourceStart, length: piece.length, sourceLength })
    }
    this.value += piece
    return this
  }

  /** Append a separator (a space between two blocks' pieces) mapped onto `sourceOffset`. */
  appendSynthetic(piece: string, sourceOffset: number): this {
    if (piece.length === 0) return this
    this.segments.push({ textStart: this.value.length, sourceStart: sourceOffset, length: piece.length, sourceLength: 0 })
    this.value += piece
    return this
  }

  private segmentAt(index: number): Segment {
    const segments = this.segments
    let lo = 0
    let hi = segments.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (segments[mid]!.textStart <= index) lo = mid
      else hi = mid - 1
    }
    return segments[lo]!
  }

  /** Source offset of the prose character at `index` (a start offset). */
  toSourceStart(index: number): number {
    if (this.segments.length === 0) return 0
    const seg = this.segments.length === 1 ? this.segments[0]! : this.segmentAt(index)
    if (seg.length !== seg.sourceLength) return seg.sourceStart
    return seg.sourceStart + (index - seg.textStart)
  }

  /**
   * When the prose is one verbatim piece of the source (plain text, most blocks): what to add to a prose index
   * to get its source offset, start or end side alike; undefined otherwise. Lets the tokenizer skip a lookup per token.
   */
  get uniformShift(): number | undefined {
    if (this.segments.length !== 1) return undefined
    const seg = this.segments[0]!
    return seg.length === seg.sourceLength ? seg.sourceStart - seg.textStart : undefined
  }

  /** Source offset just after the prose character before `index` (an end offset). */
  toSourceEnd(index: number): number {
    if (this.segments.length === 0) return 0
    if (index <= 0) return this.toSourceStart(0)
    const seg = this.segments.length === 1 ? this.segments[0]! : this.segmentAt(index - 1)
    if (seg.length !== seg.sourceLength) return seg.sourceStart + seg.sourceLength
    return seg.sourceStart + (index - seg.textStart)
  }

  /** Whether prose range [start, end) is a verbatim slice of the source (safe to fix in place). */
  isVerbatim(start: number, end: number): boolean {
    if (start >= end) return true
    const first = this.segmentAt(start)
    const last = this.segmentAt(end - 1)
    if (first !== last) {
      // Adjacent exact segments that touch in the source are still verbatim.
      const from = this.segments.indexOf(first)
      const to = this.segments.indexOf(last)
      for (let k = from; k <= to; k++) {
        const seg = this.segments[k]!
        if (seg.length !== seg.sourceLength) return false
        const next = this.segments[k + 1]
        if (k < to && next && seg.sourceStart + seg.sourceLength !== next.sourceStart) return false
      }
      return true
    }
    return first.length === first.sourceLength
  }
}
