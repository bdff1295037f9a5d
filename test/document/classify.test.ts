import { describe, expect, it } from 'vitest'
import { SoatDocument } from '../../src/document/document.js'
import { loadParser } from '../../src/parse/index.js'
import { seedText } from '../support/seeds.js'

function kinds(prefix: string): Array<[number, string]> {
  const doc = new SoatDocument(seedText(prefix), { format: 'text' })
  return doc.blocks.map((b) => [b.line, b.kind])
}

describe('block kinds on the seeds', () => {
  it('000: the lead comes first, the headline second; captions; two bylines', () => {
    const k = kinds('000')
    expect(k.slice(0, 4)).toEqual([
      [1, 'lead'],
      [3, 'title'],
      [5, 'caption'],
      [7, 'caption'],
    ])
    expect(k.find(([line]) => line === 9)![1]).toBe('caption')
    expect(k.find(([line]) => line === 21)![1]).toBe('paragraph')
    expect(k.filter(([, kind]) => kind === 'byline').map(([line]) => line)).toEqual([65, 68])
  })
  it('001: title, lead, captions and the byline at the end', () => {
    const k = kinds('001')
    expect(k[0]).toEqual([1, 'title'])
    expect(k[1]).toEqual([3, 'lead'])
    expect(k.find(([line]) => line === 19)![1]).toBe('caption')
    expect(k[k.length - 1]).toEqual([29, 'byline'])
  })
  it('004: title on line 1, lead on line 2', () => {
    expect(kinds('004').slice(0, 2)).toEqual([
      [1, 'title'],
      [2, 'lead'],
    ])
  })
  it('takes the first h1 as the title in Markdown, later ones as headings', async () => {
    await loadParser('markdown')
    const doc = new SoatDocument('Dòng mở đầu ngắn\n\n# Tiêu đề thật của bài\n\n# Tiêu đề khác', { format: 'markdown' })
    expect(doc.blocks.map((b) => b.kind)).toEqual(['caption', 'title', 'heading'])
  })
})
