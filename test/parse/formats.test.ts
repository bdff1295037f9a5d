import { beforeAll, describe, expect, it } from 'vitest'
import { SoatDocument } from '../../src/document/document.js'
import { loadParser } from '../../src/parse/index.js'

beforeAll(async () => {
  await loadParser('markdown')
  await loadParser('html')
})

function blocks(text: string, format: 'text' | 'markdown' | 'html'): Array<[string, string]> {
  return new SoatDocument(text, { format }).blocks.map((b) => [b.hint, b.trimmedText])
}

describe('plain text', () => {
  it('makes one block per non-blank line and leaves comments out of the prose', () => {
    const text = 'Dòng một.\n\n<!-- soat-disable -->\nDòng <!-- ghi chú --> hai.\r\nDòng ba.'
    expect(blocks(text, 'text')).toEqual([
      ['line', 'Dòng một.'],
      ['line', 'Dòng  hai.'],
      ['line', 'Dòng ba.'],
    ])
    expect(new SoatDocument(text, { format: 'text' }).comments.map((c) => c.value.trim())).toEqual(['soat-disable', 'ghi chú'])
  })
})

describe('plain text lines', () => {
  it('ends a line at \\r\\n, \\r or \\n, numbering lines for the hints a Word file gives', async () => {
    const { parsePlainText } = await import('../../src/parse/plain-text.js')
    const text = 'Tiêu đề\rĐoạn một.\r\n\r\n  \nĐoạn hai.\n'
    const parsed = parsePlainText(text, { lineHints: ['title', 'line', 'line', 'line', 'heading'] })
    expect(parsed.blocks.map((b) => [b.hint, b.prose.text, b.prose.toSourceStart(0)])).toEqual([
      ['title', 'Tiêu đề', 0],
      ['line', 'Đoạn một.', 8],
      ['heading', 'Đoạn hai.', 24],
    ])
  })
})

describe('Markdown', () => {
  const md = '# Tiêu đề\n\nĐoạn **một** có `{mã}` và [liên kết](https://a.vn).\n\n- Mục một\n\n> Trích dẫn\n\n```\n{name}\n```\n\n<!-- soat-disable spelling -->\n'
  it('keeps headings, paragraphs, list items and quotes as blocks; code is not prose', () => {
    expect(blocks(md, 'markdown')).toEqual([
      ['title', 'Tiêu đề'],
      ['paragraph', 'Đoạn một có   và liên kết.'],
      ['list-item', 'Mục một'],
      ['quote', 'Trích dẫn'],
    ])
  })
  it('maps every word back to its place in the source', () => {
    const doc = new SoatDocument(md, { format: 'markdown' })
    for (const word of doc.words) expect(md.slice(word.start, word.end)).toBe(word.text)
    expect(doc.comments.map((c) => c.value.trim())).toEqual(['soat-disable spelling'])
  })
  it('maps words after a backslash escape', () => {
    const text = 'Giá \\*đặc biệt\\* hôm nay'
    const doc = new SoatDocument(text, { format: 'markdown' })
    const word = doc.words.find((w) => w.text === 'hôm')!
    expect(text.slice(word.start, word.end)).toBe('hôm')
  })
})

describe('HTML', () => {
  const html =
    '<!doctype html><html><head><title>Không phải văn bản</title><style>p{}</style></head><body>' +
    '<h1>Tiêu đề</h1><p>Đoạn &amp; <b>chữ đậm</b>&nbsp;tiếp theo.</p><figure><img alt="ảnh"><figcaption>Quang cảnh hội nghị</figcaption></figure>' +
    '<ul><li>Mục một</li></ul><script>var x = "{name}"</script><!-- soat-disable-next-line --><p>Cuối.</p></body></html>'
  it('makes blocks of block elements and skips head, scripts and styles', () => {
    expect(blocks(html, 'html')).toEqual([
      ['title', 'Tiêu đề'],
      ['paragraph', 'Đoạn & chữ đậm\u00A0tiếp theo.'],
      ['caption', 'Quang cảnh hội nghị'],
      ['list-item', 'Mục một'],
      ['paragraph', 'Cuối.'],
    ])
  })
  it('maps words across entities back to the source', () => {
    const doc = new SoatDocument(html, { format: 'html' })
    for (const word of doc.words) expect(html.slice(word.start, word.end)).toBe(word.text)
    const amp = doc.blocks[1]!.sentences[0]!.tokens.find((t) => t.text === '&')!
    expect(html.slice(amp.start, amp.end)).toBe('&amp;')
  })
})
