import { describe, expect, it } from 'vitest'
import { SoatDocument } from '../../src/document/document.js'
import { type ConfiguredRule, runRules } from '../../src/engine/run-rules.js'
import { defineRule, type Rule } from '../../src/engine/types.js'

const document = (): SoatDocument => new SoatDocument('Một hai ba.\nBốn năm.', { format: 'text', filePath: 'x.txt' })

function configured(rule: Rule<any>, level: ConfiguredRule['level'] = 'warning'): ConfiguredRule {
  return { id: rule.meta.id, rule, level, options: {}, data: {}, url: undefined }
}

function make(id: string, create: Rule['create'], extra: Partial<Rule['meta']> = {}): Rule {
  return defineRule({
    meta: { id, category: 'house', level: 'warning', fixable: false, description: { vi: 'x', en: 'x' }, messages: { hit: { vi: 'Thấy “{w}”.', en: 'Saw “{w}”.' } }, ...extra },
    create,
  })
}

describe('runRules', () => {
  it('walks once and gives each visitor its nodes; the engine stamps level, message and location', () => {
    const seen: string[] = []
    const rule = make('house/visit', (context) => ({
      document: () => void seen.push('document'),
      block: (b) => void seen.push(`block:${b.line}`),
      sentence: (s) => void seen.push(`sentence:${s.text}`),
      word: (w) => {
        if (w.text === 'năm') context.report({ messageId: 'hit', node: w, data: { w: w.text }, unsure: true })
      },
      'document:exit': () => void seen.push('exit'),
    }))
    const result = runRules(document(), [configured(rule, 'error')], 'en')
    expect(seen).toEqual(['document', 'block:1', 'sentence:Một hai ba.', 'block:2', 'sentence:Bốn năm.', 'exit'])
    expect(result.findings.map((f) => [f.level, f.message, f.line, f.column, f.endColumn, f.text])).toEqual([['warning', 'Saw “năm”.', 2, 5, 8, 'năm']])
  })

  it('turns a rule that throws into a notification naming rule and file, and runs the others', () => {
    const broken = make('house/broken', () => ({
      word: () => {
        throw new Error('boom')
      },
    }))
    const fine = make('house/fine', (context) => ({ document: (d) => context.report({ messageId: 'hit', range: [0, 3], data: { w: d.text.slice(0, 3) } }) }))
    const result = runRules(document(), [configured(broken), configured(fine)], 'vi')
    expect(result.notifications.map((n) => n.message)).toEqual(['Rule “house/broken” failed (x.txt): boom'])
    expect(result.findings.map((f) => f.ruleId)).toEqual(['house/fine'])
  })

  it('enforces the contract: known messageId, fixes only from fixable rules, ranges inside the text', () => {
    const cases: Array<[Rule, string]> = [
      [make('house/a', (c) => ({ document: () => c.report({ messageId: 'nope', range: [0, 1] }) })), 'unknown messageId “nope”'],
      [make('house/b', (c) => ({ document: () => c.report({ messageId: 'hit', range: [0, 1], fix: { range: [0, 1], text: 'x' } }) })), 'meta.fixable is false'],
      [make('house/c', (c) => ({ document: () => c.report({ messageId: 'hit', range: [5, 999] }) })), 'outside the text'],
      [
        make('house/d', (c) => ({ document: () => c.report({ messageId: 'hit', range: [0, 1], suggest: [{ messageId: 'hit', fix: { range: [0, 1], text: '' } }] }) })),
        'meta.hasSuggestions is false',
      ],
    ]
    for (const [rule, problem] of cases) {
      const result = runRules(document(), [configured(rule)], 'en')
      expect(result.findings).toEqual([])
      expect(result.notifications[0]?.message).toContain(problem)
    }
  })
})
