import { describe, expect, it } from 'vitest'
import { applyFixes } from '../../src/engine/apply-fixes.js'
import type { Finding } from '../../src/engine/types.js'

function finding(start: number, end: number, text: string, edits?: Array<[number, number, string]>): Finding {
  return {
    ruleId: 'house/x',
    level: 'warning',
    messageId: 'x',
    message: 'x',
    data: {},
    text: '',
    url: undefined,
    range: [start, end],
    line: 1,
    column: start + 1,
    endLine: 1,
    endColumn: end + 1,
    fix: { edits: (edits ?? [[start, end, text]]).map(([s, e, t]) => ({ range: [s, e] as const, text: t })) },
  }
}

describe('applyFixes', () => {
  it('applies non-overlapping fixes in one pass, whatever their order', () => {
    const result = applyFixes('ab cd ef', [finding(6, 8, 'EF'), finding(0, 2, 'AB')])
    expect(result.output).toBe('AB cd EF')
    expect(result.applied.length).toBe(2)
  })
  it('defers overlapping and touching fixes to the next pass instead of dropping them', () => {
    const result = applyFixes('abcdef', [finding(0, 3, 'X'), finding(2, 4, 'Y'), finding(3, 5, 'Z')])
    expect(result.output).toBe('Xdef')
    expect(result.deferred.map((f) => f.range)).toEqual([
      [2, 4],
      [3, 5],
    ])
  })
  it('applies a fix with several edits as one', () => {
    const result = applyFixes('“a” b', [finding(0, 3, '', [[0, 1, '«'], [2, 3, '»']])])
    expect(result.output).toBe('«a» b')
  })
  it('leaves the text alone when nothing is fixable', () => {
    const result = applyFixes('abc', [])
    expect(result.output).toBe('abc')
    expect(result.applied).toEqual([])
  })
})
