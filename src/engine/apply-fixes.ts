/**
 * Applies the fixes of one pass: sorted by range, each fix that starts after
 * the end of the last applied one goes in; overlapping or touching fixes wait
 * for the next pass (they are never dropped). The caller re-lints and repeats.
 */
import type { Finding, ResolvedFix } from './types.js'

/** The outcome of one fix pass. */
export interface FixPassResult {
  output: string
  /** Findings whose fix was applied. */
  applied: Finding[]
  /** Fixable findings left for the next pass. */
  deferred: Finding[]
}

function span(fix: ResolvedFix): [number, number] {
  const first = fix.edits[0]!
  const last = fix.edits[fix.edits.length - 1]!
  return [first.range[0], last.range[1]]
}

/** Apply the non-overlapping fixes of `findings` to `text`. */
export function applyFixes(text: string, findings: readonly Finding[]): FixPassResult {
  const fixable = findings.filter((f) => f.fix && f.fix.edits.length > 0)
  fixable.sort((a, b) => span(a.fix!)[0] - span(b.fix!)[0] || span(a.fix!)[1] - span(b.fix!)[1])
  const applied: Finding[] = []
  const deferred: Finding[] = []
  let lastEnd = -1
  const parts: string[] = []
  let cursor = 0
  for (const finding of fixable) {
    const [start, end] = span(finding.fix!)
    if (start <= lastEnd) {
      deferred.push(finding)
      continue
    }
    for (const edit of finding.fix!.edits) {
      parts.push(text.slice(cursor, edit.range[0]), edit.text)
      cursor = edit.range[1]
    }
    lastEnd = end
    applied.push(finding)
  }
  parts.push(text.slice(cursor))
  return { output: parts.join(''), applied, deferred }
}
