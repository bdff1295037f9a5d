import { describe, expect, it } from 'vitest'
import { lintAndFix, MAX_FIX_PASSES } from '../../src/engine/linter.js'
import type { ConfiguredRule } from '../../src/engine/run-rules.js'
import { defineRule, type Rule } from '../../src/engine/types.js'

function rule(id: string, create: Rule['create']): ConfiguredRule {
  const r = defineRule({
    meta: { id, category: 'house', level: 'warning', fixable: true, description: { vi: 'x', en: 'x' }, messages: { x: { vi: 'x', en: 'x' } } },
    create,
  })
  return { id, rule: r, level: 'warning', options: {}, data: {}, url: undefined }
}

// Removes one of two adjacent equal words: “a a a a” needs several passes, as each fix overlaps the next.
const dedupe = rule('house/dedupe', (context) => ({
  sentence(s) {
    for (const [a, b] of s.adjacentWords()) {
      if (a.lower === b.lower) context.report({ messageId: 'x', range: [a.start, b.end], fix: { range: [a.end, b.end], text: '' } })
    }
  },
}))

describe('lintAndFix', () => {
  it('applies fixes in passes until the text is stable', () => {
    const result = lintAndFix('năm năm năm năm liên tục', [dedupe], { format: 'text', locale: 'vi' })
    expect(result.output).toBe('năm liên tục')
    expect(result.passes).toBeGreaterThan(1)
    expect(result.findings).toEqual([])
  })

  it('stops a fix that flips back and forth, and says so', () => {
    const flip = rule('house/flip', (context) => ({
      word(w) {
        if (w.text === 'A') context.report({ messageId: 'x', node: w, fix: { range: [w.start, w.end], text: 'B' } })
        if (w.text === 'B') context.report({ messageId: 'x', node: w, fix: { range: [w.start, w.end], text: 'A' } })
      },
    }))
    const result = lintAndFix('A', [flip], { format: 'text', locale: 'en', filePath: 'x.txt' })
    expect(result.passes).toBeLessThan(MAX_FIX_PASSES)
    expect(result.notifications.map((n) => n.message)).toEqual(['Fixing x.txt did not settle after 2 passes; the remaining fixes were not applied.'])
  })

  it('gives up after ten passes of a fix that never ends', () => {
    const grow = rule('house/grow', (context) => ({
      document(d) {
        context.report({ messageId: 'x', range: [0, 0], fix: { range: [0, 0], text: `${d.text.length}` } })
      },
    }))
    const result = lintAndFix('x', [grow], { format: 'text', locale: 'vi' })
    expect(result.passes).toBe(MAX_FIX_PASSES)
    expect(result.notifications.length).toBe(1)
  })
})
