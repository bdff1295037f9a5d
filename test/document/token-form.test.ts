import { describe, expect, it } from 'vitest'
import { SoatDocument } from '../../src/document/document.js'
import { FormMemo, FormTable } from '../../src/document/token-form.js'
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

describe('FormTable', () => {
  const text = 'Ủy ban và ủy ban, Uỷ ban và ủy'

  it('returns one form for a text wherever it is read, slicing it once', () => {
    const table = new FormTable()
    const first = table.formOf(text, 3, 6, 'word', 0) // ban
    expect(first.text).toBe('ban')
    expect(table.formOf(text, 13, 16, 'word', 0)).toBe(first)
    expect(table.formOf('ban', 0, 3, 'word', 0)).toBe(first)
    expect(table.formOf(text, 10, 12, 'word', 0)).not.toBe(table.formOf(text, 0, 2, 'word', 0)) // ủy, Ủy
    expect(table.formOf(text, 2, 3, 'whitespace', 0)).toBe(table.formOf(text, 9, 10, 'whitespace', 0))
  })

  it('keeps a text read as another kind or with other flags apart', () => {
    const table = new FormTable()
    const word = table.formOf('a.vn', 0, 4, 'word', 0)
    const link = table.formOf('a.vn', 0, 4, 'word', 1)
    expect(link).not.toBe(word)
    expect([word.flags, link.flags]).toEqual([0, 1])
    expect(table.formOf('a.vn', 0, 4, 'word', 1)).toBe(link)
    expect(table.formOf(',', 0, 1, 'symbol', 0).kind).toBe('symbol')
    expect(table.formOf(',', 0, 1, 'punctuation', 0).kind).toBe('punctuation')
  })

  it('tells colliding texts apart by their characters, in a table that grows past its first slots', () => {
    // Every text hashes alike, in a table of 2 slots growing to 16: each lookup walks the probe chain and compares characters.
    const table = new FormTable(4, () => 42, 1)
    const words = text.split(/[ ,]+/)
    const forms = words.map((w) => table.formOf(w, 0, w.length, 'word', 0))
    expect(forms.map((f) => f.text)).toEqual(words)
    expect(new Set(forms).size).toBe(new Set(words).size)
    expect(words.map((w) => table.formOf(w, 0, w.length, 'word', 0))).toEqual(forms)
    for (let k = 0; k < words.length; k++) expect(forms.indexOf(forms[k]!)).toBe(words.indexOf(words[k]!))
  })

  it('starts afresh past its most slots, still answering right', () => {
    const table = new FormTable(2, undefined, 1)
    const names = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy']
    for (const name of names) expect(table.formOf(name, 0, name.length, 'word', 0).text).toBe(name)
    const again = table.formOf('bảy', 0, 3, 'word', 0)
    expect(table.formOf('bảy', 0, 3, 'word', 0)).toBe(again)
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
