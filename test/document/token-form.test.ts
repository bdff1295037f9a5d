import { describe, expect, it } from 'vitest'
import { SoatDocument } from '../../src/document/document.js'
import { FormMemo } from '../../src/document/token-form.js'
import { loadParser } from '../../src/parse/index.js'

const words = (text: string) => new SoatDocument(text, { format: 'text' }).words

describe('TokenForm', () => {
  it('is shared by the tokens written the same way, with their keys', () => {
    const [a, ban1, , b, ban2, c] = words('Ủy ban và ủy ban, Uỷ')
    const [d] = words('ủy')
    expect(ban2!.form).toBe(ban1!.form)
    expect(a!.text).toBe('Ủy')
    expect(b!.form).not.toBe(a!.form)
    expect(d!.form).toBe(b!.form)
    expect([a!.lower, b!.lower, c!.lower]).toEqual(['ủy', 'ủy', 'uỷ'])
    expect(new Set([a!.toneKey, b!.toneKey, c!.toneKey])).toEqual(new Set(['uy3']))
  })

  it('keeps a decomposed word apart from its composed twin but gives both the same keys', () => {
    const [nfc, nfd] = words('Hòa Ho\u0300a')
    expect(nfd!.text).toBe('Ho\u0300a')
    expect(nfd!.form).not.toBe(nfc!.form)
    expect(nfd!.lower).toBe(nfc!.lower)
    expect(nfd!.toneKey).toBe(nfc!.toneKey)
  })
})

describe('FormMemo', () => {
  it('derives a value once per distinct text', () => {
    const seen: string[] = []
    const length = new FormMemo((form) => {
      seen.push(form.text)
      return form.text.length
    })
    const tokens = words('các cán bộ, các đảng viên và các cán bộ')
    expect(tokens.map((t) => length.of(t))).toEqual(tokens.map((t) => t.text.length))
    expect(seen.sort()).toEqual(['các', 'cán', 'bộ', 'đảng', 'viên', 'và'].sort())
  })

  it('works the same past the slots kept on forms', () => {
    const memos = Array.from({ length: 40 }, (_, i) => new FormMemo((form) => `${i}:${form.text}`))
    const [word] = words('Hòa')
    expect(memos.map((m) => m.of(word!))).toEqual(memos.map((_, i) => `${i}:Hòa`))
    expect(memos.map((m) => m.of(word!))).toEqual(memos.map((_, i) => `${i}:Hòa`))
  })
})

describe('Token.proseStart', () => {
  it('points at the token in its block prose, in every format', async () => {
    await loadParser('markdown')
    await loadParser('html')
    const sources: Array<[string, 'text' | 'markdown' | 'html']> = [
      ['Ngày 25/10/2021, Ban Thường vụ Tỉnh ủy (gọi tắt là BTV) họp.  Hội nghị “thành công” tốt đẹp…\nDòng hai: www.baothanhhoa.vn', 'text'],
      ['# Tiêu đề **đậm** của bài\n\nĐoạn có [liên kết](https://a.vn) và `mã`, rồi *nghiêng*.', 'markdown'],
      ['<h1>Tiêu&nbsp;đề &amp; bài</h1><p>Đoạn <b>một</b> có &quot;trích dẫn&quot; (ngoặc).</p>', 'html'],
    ]
    for (const [text, format] of sources) {
      for (const block of new SoatDocument(text, { format }).blocks) {
        for (const sentence of block.sentences) {
          for (const token of sentence.tokens) expect(block.text.slice(token.proseStart, token.proseStart + token.text.length)).toBe(token.text)
          expect(sentence.tokens[0]!.proseStart).toBe(sentence.proseStart)
        }
      }
    }
  })
})
