import { describe, expect, it } from 'vitest'
import { tokenize, tokenizeProse } from '../../src/parse/prose.js'

function sentences(text: string): string[] {
  const { tokens, sentences } = tokenizeProse(text)
  return sentences.map((s) => text.slice(tokens.starts[s.firstToken], tokens.ends[s.endToken - 1]))
}

function words(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind === 'word')
    .map((t) => text.slice(t.start, t.end))
}

describe('sentence splitting', () => {
  it('keeps abbreviations with a full stop inside the sentence: TP. Sông Công', () => {
    expect(sentences('Đảng bộ TP. Sông Công có 35 đảng bộ. Thành ủy đã chỉ đạo.')).toEqual([
      'Đảng bộ TP. Sông Công có 35 đảng bộ.',
      'Thành ủy đã chỉ đạo.',
    ])
  })
  it('does not split numbers, percents and document codes', () => {
    const text = 'Có 5.943 đảng viên, 98,2% tổ chức hoàn thành tốt nhiệm vụ theo Nghị quyết số 05-NQ/TU. Hội nghị kết thúc.'
    expect(sentences(text)).toEqual([
      'Có 5.943 đảng viên, 98,2% tổ chức hoàn thành tốt nhiệm vụ theo Nghị quyết số 05-NQ/TU.',
      'Hội nghị kết thúc.',
    ])
  })
  it('continues after an ellipsis followed by a lower-case word, ends before an upper-case one', () => {
    expect(sentences('Triển khai các chương trình, đề án... thực hiện nghị quyết. Tăng cường kiểm tra...')).toEqual([
      'Triển khai các chương trình, đề án... thực hiện nghị quyết.',
      'Tăng cường kiểm tra...',
    ])
    expect(sentences('Kỷ luật Đảng... Đồng chí nhấn mạnh.')).toEqual(['Kỷ luật Đảng...', 'Đồng chí nhấn mạnh.'])
  })
  it('ends a sentence before a lower-case word after a full stop (what sentence-case reports)', () => {
    expect(sentences('luân chuyển 2 cán bộ về cơ sở. nâng tổng số lên 6/10 xã')).toEqual([
      'luân chuyển 2 cán bộ về cơ sở.',
      'nâng tổng số lên 6/10 xã',
    ])
  })
  it('keeps a closing quote with its sentence', () => {
    expect(sentences('Đó là “then chốt của then chốt.” Theo đó, công tác được quan tâm.')).toEqual([
      'Đó là “then chốt của then chốt.”',
      'Theo đó, công tác được quan tâm.',
    ])
  })
  it('does not split where no space follows the stop (TP.Thanh Hóa, domains)', () => {
    expect(sentences('Xem thêm TP.Thanh Hóa và Baothanhhoa.vn hôm nay.')).toEqual(['Xem thêm TP.Thanh Hóa và Baothanhhoa.vn hôm nay.'])
  })
  it('treats NBSP and thin spaces as whitespace, also between sentences', () => {
    expect(sentences('Năm 2022.\u2009\u2009Đó là tiếp tục chỉ đạo.\u00A0Kết thúc.')).toEqual(['Năm 2022.', 'Đó là tiếp tục chỉ đạo.', 'Kết thúc.'])
    expect(words('đảng\u00A0viên')).toEqual(['đảng', 'viên'])
  })
  it('keeps initials with the name', () => {
    expect(sentences('Ông Nguyễn A. Sinh phát biểu.')).toEqual(['Ông Nguyễn A. Sinh phát biểu.'])
  })
})

describe('words', () => {
  it('joins digits with . and , and codes with - / :', () => {
    expect(words('5.943 98,2% 05-NQ/TU 18/2017/NĐ-CP 25/10/2021 09:07:46 COVID-19 7/6 96–98%')).toEqual([
      '5.943',
      '98,2',
      '05-NQ/TU',
      '18/2017/NĐ-CP',
      '25/10/2021',
      '09:07:46',
      'COVID-19',
      '7/6',
      '96–98',
    ])
  })
  it('keeps a spaced dash and a trailing comma out of words', () => {
    expect(words('kinh tế - xã hội, nhiệm kỳ 2020 – 2025,')).toEqual(['kinh', 'tế', 'xã', 'hội', 'nhiệm', 'kỳ', '2020', '2025'])
  })
  it('keeps URLs, e-mail addresses and domains whole', () => {
    const text = '(Baothanhhoa.vn) - xem https://example.gov.vn/tin?id=1, gửi toasoan@baothanhhoa.vn.'
    const links = tokenize(text).filter((t) => t.link).map((t) => text.slice(t.start, t.end))
    expect(links).toEqual(['Baothanhhoa.vn', 'https://example.gov.vn/tin?id=1', 'toasoan@baothanhhoa.vn'])
  })
  it('finds a link wherever it starts in a run of characters, and only a link', () => {
    const read = (text: string) =>
      tokenize(text)
        .filter((t) => t.kind !== 'whitespace')
        .map((t) => text.slice(t.start, t.end) + (t.link ? ' (link)' : ''))
    // After a colon in the same run; after a number.
    expect(read('Xem tại:baothanhhoa.vn.')).toEqual(['Xem', 'tại', ':', 'baothanhhoa.vn (link)', '.'])
    expect(read('số 2.5.vn')).toEqual(['số', '2.5.vn (link)'])
    expect(read('Email:a@b.vn;c')).toEqual(['Email', ':', 'a@b.vn (link)', ';', 'c'])
    expect(read('lúc 09:07 www.a.vn/x, và')).toEqual(['lúc', '09:07', 'www.a.vn/x (link)', ',', 'và'])
    // Marks that make no link.
    expect(read('TP.Thanh Hóa, 5.943 tỷ')).toEqual(['TP', '.', 'Thanh', 'Hóa', ',', '5.943', 'tỷ'])
  })
  it('reads decomposed (NFD) Vietnamese as one word', () => {
    const nfd = 'được'.normalize('NFD')
    expect(words(`${nfd} sự`)).toEqual([nfd, 'sự'])
  })
  it('keeps a zero-width space inside the word it splits', () => {
    expect(words('đ\u200Bược')).toEqual(['đ\u200Bược'])
  })
  it('gives every character to exactly one token', () => {
    const text = '  Chiều 4-1, “Thành ủy” (TP.HCM) đạt 98,2%!! Xem… thêm\u2009\u2009— hết.  '
    const tokens = tokenize(text)
    expect(tokens.map((t) => text.slice(t.start, t.end)).join('')).toBe(text)
    tokens.forEach((t, i) => i > 0 && expect(t.start).toBe(tokens[i - 1]!.end))
  })
})
