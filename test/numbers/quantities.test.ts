/**
 * The numeral layer on one paragraph of each seed: every quantity it finds,
 * with its value and counted noun, and what it sets apart as not a quantity.
 * Each list was checked by hand against the paragraph.
 */
import { describe, expect, it } from 'vitest'
import { SoatDocument } from '../../src/document/document.js'
import { numerals, type Quantity } from '../../src/numbers/numerals.js'
import { seedText } from '../support/seeds.js'

function line(prefix: string, n: number): string {
  return seedText(prefix).split('\n')[n - 1]!
}

function read(text: string) {
  return new SoatDocument(text, { format: 'text' }).layer(numerals)
}

/** `text → value kind «noun»`, with `~word` for an approximation. */
function describeQuantity(q: Quantity): string {
  const value = q.kind === 'fraction' ? `${q.numerator}/${q.denominator}` : q.high !== undefined ? `${q.value}..${q.high}` : String(q.value)
  const approx = q.approximate ? ` ~${q.approximate.word}` : ''
  const noun = q.noun ? ` «${q.noun.text}»` : q.unit ? ` [${q.unit.text}]` : ''
  return `${q.text} → ${value}${q.percent ? '%' : ''} ${q.kind}${approx}${noun}`
}

describe('the numeral layer on the seeds, checked by hand', () => {
  it('000 line 25: counts of party bodies and members; a year and a term are not quantities', () => {
    const n = read(line('000', 25))
    expect(n.quantities.map(describeQuantity)).toEqual([
      '199 → 199 integer «tổ chức đảng»',
      '242 → 242 integer «đảng viên»',
      '3 → 3 integer «đảng ủy»',
      '3 → 3 integer «đồng chí»',
      '5 → 5 integer «tập thể»',
      '5 → 5 integer «cá nhân»',
      '17 → 17 integer «đảng viên»',
    ])
    expect(n.others.map((o) => `${o.kind} ${o.text}`)).toEqual(['year 2021', 'years 2020-2025'])
  })

  it('001 line 11: percentages of bodies and members, with Vietnamese decimals', () => {
    const n = read(line('001', 11))
    expect(n.quantities.map(describeQuantity)).toEqual([
      '90% → 90% percent «cơ quan»',
      '98,2% → 98.2% percent «tổ chức cơ sở Đảng»',
      '95% → 95% percent «đảng viên»',
      '144 → 144 integer «đảng viên mới»',
      '90% → 90% percent «công đoàn cơ sở»',
    ])
    expect(n.quantities[1]!.decimals).toBe(1)
  })

  it('002 line 27: one count; a dotted date, document codes, a year and a term', () => {
    const n = read(line('002', 27))
    expect(n.quantities.map(describeQuantity)).toEqual(['6 → 6 integer «nhiệm vụ trọng tâm»'])
    expect(n.dates.map((d) => `${d.text} ${d.day}/${d.month}/${d.year} ${d.style}`)).toEqual(['18.5.2021 18/5/2021 .'])
    expect(n.others.map((o) => `${o.kind} ${o.text}`)).toEqual(['year 2022', 'code 01-KL/TW', 'code 05-CT/TW', 'years 2020 - 2025'])
  })

  it('003 line 9: a total of party bodies, its parts, members with a thousands point', () => {
    const n = read(line('003', 9))
    expect(n.quantities.map(describeQuantity)).toEqual([
      '35 → 35 integer «đảng bộ»',
      '23 → 23 integer «đảng bộ»',
      '12 → 12 integer «chi bộ cơ sở»',
      '5.943 → 5943 integer «đảng viên»',
      '323 → 323 integer «chi bộ dưới cơ sở»',
    ])
  })

  it('004 line 6: a fraction, its percentage, approximate figures; `Trung ương 4` is a label', () => {
    const n = read(line('004', 6))
    expect(n.quantities.map(describeQuantity)).toEqual([
      '161/181 → 161/181 fraction «lớp»',
      '88,9% → 88.9% percent',
      '13.400 → 13400 integer ~hơn «lượt học viên»',
      '398 → 398 integer «hội nghị»',
      '97,5% → 97.5% percent ~trên',
    ])
    expect(n.others.map((o) => `${o.kind} ${o.text}`)).toEqual(['code 4', 'year 2022'])
  })

  it('004 line 5: a percent range, the impossible fraction and a target percentage', () => {
    const n = read(line('004', 5))
    expect(n.quantities.map(describeQuantity)).toEqual([
      '96–98% → 96..98% range',
      '7/6 → 7/6 fraction «đơn vị»',
      '118% → 118% percent «mục tiêu»',
    ])
    expect(n.quantities[2]!.relation).toBe('target')
  })
})

describe('what is not a quantity', () => {
  it.each([
    ['Chiều 4-1, Thành ủy tổ chức hội nghị.', 'date 4-1'],
    ['Nghị quyết số 05-NQ/TU, ngày 25/10/2021 của Ban Thường vụ Tỉnh ủy.', 'code 05-NQ/TU, date 25/10/2021'],
    ['Chỉ thị 05-CT/TW, ngày 15-5-2016 của Bộ Chính trị.', 'code 05-CT/TW, date 15-5-2016'],
    ['Đề án số 02-ĐA/TU, ngày 31.10.2016 của Ban Thường vụ.', 'code 02-ĐA/TU, date 31.10.2016'],
    ['Hội nghị ngày 4 tháng 1 năm 2022.', 'date 4 tháng 1 năm 2022'],
    ['Kế hoạch tháng 5/2024 và quý II/2024.', 'date 5/2024, quarter II/2024'],
    ['THỨ NĂM, 02/12/2021 09:07:46', 'date 02/12/2021, time 09:07:46'],
    ['Nhiệm kỳ 2020-2025 và giai đoạn 2021 - 2025.', 'years 2020-2025, years 2021 - 2025'],
    ['Hội nghị lần thứ 7 Ban Chấp hành khóa XVII.', 'ordinal 7'],
    ['Theo Nghị định 18/2017/NĐ-CP và Điều 5 của Luật.', 'code 18/2017/NĐ-CP, label 5'],
    ['Luật số: 103/2016/QH13 được thông qua.', 'code 103/2016/QH13'],
    ['Nghị quyết Trung ương 4 khóa XII.', 'code 4'],
    ['Liên hệ số điện thoại 0912345678.', 'phone 0912345678'],
    ['Cập nhật phiên bản 2.1.3 của phần mềm.', 'code 2.1.3'],
    ['tầm nhìn 2045.', 'year 2045'],
    ['mùa giải 1903/04 và năm học 2021/2022', 'years 1903/04, years 2021/2022'],
    ['mua toàn bộ hoặc một tỷ lệ nhất định', ''],
  ])('%s', (text, expected) => {
    const n = read(text)
    const found = [...n.others.map((o) => `${o.kind} ${o.text}`), ...n.dates.map((d) => `date ${d.text}`)]
    for (const part of expected.split(', ')) {
      if (part === '') continue
      expect(found).toContain(part)
    }
    expect(n.quantities.map((q) => q.text)).toEqual([])
  })
})

describe('quantities', () => {
  it.each([
    ['kết nạp 256 đảng viên mới', '256 → 256 integer «đảng viên mới»'],
    ['giá 140.000đ cho mỗi suất', '140.000đ → 140000 money [đ]'],
    ['hỗ trợ 1,5 tỷ đồng', '1,5 tỷ đồng → 1500000000 money [đồng]'],
    ['tăng thêm 5-10% đảng viên mới', '5-10% → 5..10% range «đảng viên mới»'],
    ['từ 3 đến 5 năm', '3 đến 5 năm → 3..5 range [năm]'],
    ['gần 100.000 người', '100.000 → 100000 integer ~gần «người»'],
    ['khoảng 2 triệu người', '2 triệu → 2000000 integer ~khoảng «người»'],
    ['nâng cấp một tổ chức cơ sở Đảng', 'một → 1 integer «tổ chức cơ sở Đảng»'],
    ['gồm hai mươi lăm đảng viên', 'hai mươi lăm → 25 integer «đảng viên»'],
    ['có 6/10 xã, phường', '6/10 → 6/10 fraction «xã»'],
    ['đạt 128% chỉ tiêu', '128% → 128% percent «chỉ tiêu»'],
    ['3 đồng chí Bí thư', '3 → 3 integer «đồng chí»'],
  ])('%s', (text, expected) => {
    expect(read(text).quantities.map(describeQuantity)).toEqual([expected])
  })

  it('reads `5,943` before a counted noun as English grouping, and leaves a bare one ambiguous', () => {
    const [grouped] = read('có 5,943 đảng viên').quantities
    expect([grouped!.value, grouped!.style]).toEqual([5943, 'en-grouped'])
    const [bare] = read('hệ số 5,943 trên thang đo').quantities
    expect([bare!.value, bare!.style]).toEqual([5.943, 'comma3'])
  })

  it('marks a percentage measured against a target or a change', () => {
    const relations = read('đạt 141,5% so với chỉ tiêu; tăng 12% so với cùng kỳ; vượt 118% mục tiêu; chiếm 20%.').quantities.map((q) => q.relation ?? '-')
    expect(relations).toEqual(['target', 'change', 'target', '-'])
  })
})

describe('dates', () => {
  it('reads the weekday written before a date and marks a dateline', () => {
    const [date] = read('THỨ NĂM, 02/12/2021 09:07:46').dates
    expect(date!.weekday).toMatchObject({ text: 'THỨ NĂM', day: 4, full: true })
    expect(date!.dateline).toBe(true)
  })

  it('does not read an ordinal as a weekday', () => {
    const [date] = read('Hội nghị lần thứ năm, ngày 15/5/2021 đã bế mạc.').dates
    expect(date!.weekday).toBeUndefined()
    expect(date!.dateline).toBe(false)
  })

  it('reads dates in words with a slashed month, after a weekday or a time of day', () => {
    const dates = read('Ngày Chủ nhật 11 tháng 6/1972, trưa 16 tháng 5/1972 và tháng 4-1645.').dates
    expect(dates.map((d) => `${d.text} ${d.day ?? '-'}/${d.month}/${d.year} ${d.shape} ${d.weekday?.text ?? ''}`.trim())).toEqual([
      '11 tháng 6/1972 11/6/1972 full Chủ nhật',
      '16 tháng 5/1972 16/5/1972 full',
      '4-1645 -/4/1645 month-year',
    ])
  })

  it('keeps an impossible date after a date word, to be reported', () => {
    expect(read('ngày 32/5 và ngày 31/4/2022').dates.map((d) => `${d.text} ${d.valid}`)).toEqual(['32/5 false', '31/4/2022 false'])
  })
})
