import type { Root, Word } from 'nlcst'
import { toString } from 'nlcst-to-string'
import retextRepeatedWords from 'retext-repeated-words'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { SoatDocument } from '../../src/document/document.js'
import { soatParse } from '../../src/parse/unified-plugin.js'
import { seedText } from '../support/seeds.js'

describe('nlcst from the document model', () => {
  const text = seedText('004')
  const tree = new SoatDocument(text, { format: 'text' }).nlcst()

  it('has one paragraph per line block, and prints back to the source', () => {
    expect(tree.type).toBe('RootNode')
    const blocks = text.split('\n').filter((l) => l.trim().length > 0)
    expect(tree.children.map((p) => toString(p))).toEqual(blocks)
  })

  it('positions every word at its place in the original file', () => {
    let count = 0
    visit(tree, 'WordNode', (node: Word) => {
      const { start, end } = node.position!
      expect(text.slice(start.offset, end.offset)).toBe(toString(node))
      count++
    })
    expect(count).toBeGreaterThan(1000)
  })

  it('splits 05-NQ/TU into text and punctuation inside one word', () => {
    const doc = new SoatDocument('Nghị quyết số 05-NQ/TU.', { format: 'text' }).nlcst()
    const words: Word[] = []
    visit(doc, 'WordNode', (node: Word) => void words.push(node))
    const code = words.find((w) => toString(w) === '05-NQ/TU')!
    expect(code.children.map((c) => `${c.type}:${'value' in c ? c.value : ''}`)).toEqual([
      'TextNode:05',
      'PunctuationNode:-',
      'TextNode:NQ',
      'PunctuationNode:/',
      'TextNode:TU',
    ])
  })
})

describe('soatParse as a unified plugin', () => {
  it('lets a retext plugin run on soát trees with correct positions', async () => {
    const file = new VFile('Tập thể hoàn thành xuất sắc nhiệm vụ 5 năm năm liên tục.')
    const processor = unified().use(soatParse).use(retextRepeatedWords)
    const tree = processor.parse(file) as Root
    await processor.run(tree, file)
    const text = String(file)
    const first = text.indexOf('năm năm')
    expect(file.messages.map((m) => [m.source, m.actual, m.place && 'start' in m.place ? m.place.start.offset : undefined])).toEqual([
      ['retext-repeated-words', 'năm năm', first],
    ])
  })
})
