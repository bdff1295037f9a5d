/**
 * Property tests (fast-check): the numeric rules agree with the arithmetic on
 * generated sentences. Consistent totals, percentages rounded to 0–2 decimals
 * and weekdays from the real calendar (JavaScript's Date) are never flagged;
 * inconsistent ones always are.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import impossibleRatio from '../../rules/impossible-ratio/impossible-ratio.js'
import inconsistentTotal from '../../rules/inconsistent-total/inconsistent-total.js'
import invalidDate from '../../rules/invalid-date/invalid-date.js'
import ratioPercentMismatch from '../../rules/ratio-percent-mismatch/ratio-percent-mismatch.js'
import { formatVietnamese } from '../../src/numbers/vietnamese-numerals.js'
import { lintWithRule } from '../support/rule-tester.js'

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 150) }

/** Kinds of party and local bodies; none is a word-prefix of another. */
const NOUNS = ['đảng bộ', 'chi bộ', 'đơn vị', 'xã', 'phường', 'thị trấn', 'hợp tác xã', 'doanh nghiệp']

const count = fc.integer({ min: 1, max: 20_000 })
const kinds = fc.shuffledSubarray(NOUNS, { minLength: 2, maxLength: 4 })

function list(items: string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`
}

/** Three ways editors write a total and its parts. */
function breakdown(form: number, total: number, nouns: string[], parts: number[]): string {
  const partText = list(parts.map((p, i) => `${formatVietnamese(p)} ${nouns[i]}`))
  const t = formatVietnamese(total)
  switch (form) {
    case 0:
      return `Đảng bộ huyện có ${t} ${nouns.join(', ')} trực thuộc, trong đó có ${partText}.`
    case 1:
      return `Toàn tỉnh có ${t} cơ sở, gồm ${partText}.`
    default:
      return `Tổng cộng ${t} cơ sở: ${partText}.`
  }
}

describe('inconsistent-total agrees with the arithmetic', () => {
  it('never flags parts that add up', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 }), kinds, fc.array(count, { minLength: 4, maxLength: 4 }), async (form, nouns, values) => {
        const parts = values.slice(0, nouns.length)
        const total = parts.reduce((a, b) => a + b, 0)
        expect(await lintWithRule('inconsistent-total', inconsistentTotal, breakdown(form, total, nouns, parts))).toEqual([])
      }),
      RUNS,
    )
  })

  it('flags parts that do not add up, with the sum in the message', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 }),
        kinds,
        fc.array(count, { minLength: 4, maxLength: 4 }),
        fc.integer({ min: -500, max: 500 }).filter((d) => d !== 0),
        async (form, nouns, values, delta) => {
          const parts = values.slice(0, nouns.length)
          const sum = parts.reduce((a, b) => a + b, 0)
          fc.pre(sum + delta > 0 && parts.every((p) => p <= sum + delta))
          const findings = await lintWithRule('inconsistent-total', inconsistentTotal, breakdown(form, sum + delta, nouns, parts))
          expect(findings.map((f) => f.messageId)).toEqual(['partsDoNotAddUp'])
          expect(findings[0]!.message).toContain(`= ${formatVietnamese(sum)} ≠ ${formatVietnamese(sum + delta)}`)
        },
      ),
      RUNS,
    )
  })

  it('agrees on percentages of a breakdown: over 100% beyond rounding is flagged, the rest is not', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 2, maxLength: 4 }), fc.integer({ min: 0, max: 2 }), async (raw, decimals) => {
        const values = raw.map((r) => Number((r / 100).toFixed(decimals)))
        const printed = values.map((v) => formatVietnamese(v, decimals))
        const text = `Kết quả xếp loại: ${list(printed.map((p, i) => `${p}% hoàn thành loại ${i + 1}`))}.`
        const sum = values.reduce((a, b) => a + b, 0)
        const findings = await lintWithRule('inconsistent-total', inconsistentTotal, text)
        // One unit in the last printed digit of each part (`56,0` prints as `56`).
        const allowance = printed.reduce((a, p) => a + 10 ** -(p.split(',')[1] ?? '').length, 0)
        if (sum <= 100) expect(findings).toEqual([])
        if (sum > 100 + allowance + 1e-9) expect(findings.map((f) => f.messageId)).toEqual(['percentsOver100'])
      }),
      RUNS,
    )
  })
})

describe('ratio-percent-mismatch and impossible-ratio agree with the arithmetic', () => {
  const fraction = fc.integer({ min: 1, max: 5_000 }).chain((whole) => fc.tuple(fc.integer({ min: 0, max: whole }), fc.constant(whole)))
  const round = (value: number, decimals: number, mode: number): number => {
    const scale = 10 ** decimals
    const scaled = value * scale
    return (mode === 0 ? Math.round(scaled) : mode === 1 ? Math.floor(scaled) : Math.ceil(scaled)) / scale
  }

  it('never flags a fraction with its percentage rounded (or cut) to 0–2 decimals', async () => {
    await fc.assert(
      fc.asyncProperty(fraction, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), async ([part, whole], decimals, mode) => {
        const percent = round((part / whole) * 100, decimals, mode)
        const text = `Đã tổ chức ${part}/${whole} lớp (đạt ${formatVietnamese(percent, decimals)}%).`
        expect(await lintWithRule('ratio-percent-mismatch', ratioPercentMismatch, text)).toEqual([])
        expect(await lintWithRule('impossible-ratio', impossibleRatio, text)).toEqual([])
      }),
      RUNS,
    )
  })

  it('flags a percentage two or more units off in its last digit', async () => {
    await fc.assert(
      fc.asyncProperty(fraction, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 2, max: 300 }), fc.boolean(), async ([part, whole], decimals, units, up) => {
        const exact = (part / whole) * 100
        const percent = Math.round(exact * 10 ** decimals) / 10 ** decimals + ((up ? 1 : -1) * units) / 10 ** decimals
        const printed = formatVietnamese(percent, decimals)
        // `30,0` prints as `30`: one unit in the last printed digit is then 1.
        const printedDecimals = (printed.split(',')[1] ?? '').length
        fc.pre(percent >= 0 && Math.abs(percent - exact) > 10 ** -printedDecimals + 1e-6)
        const text = `Đã tổ chức ${part}/${whole} lớp (đạt ${printed}%).`
        const findings = await lintWithRule('ratio-percent-mismatch', ratioPercentMismatch, text)
        expect(findings.map((f) => f.messageId)).toEqual(['mismatch'])
      }),
      RUNS,
    )
  })

  it('flags every counted fraction whose part exceeds its whole', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 1, max: 500 }), fc.constantFrom(...NOUNS), async (whole, extra, noun) => {
        const text = `Có ${whole + extra}/${whole} ${noun} hoàn thành nhiệm vụ.`
        const findings = await lintWithRule('impossible-ratio', impossibleRatio, text)
        expect(findings.map((f) => f.messageId)).toEqual(['partExceedsWhole'])
      }),
      RUNS,
    )
  })
})

describe('invalid-date agrees with the calendar', () => {
  const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']
  const date = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  const style = fc.constantFrom('/', '-', '.')
  const pad = fc.boolean()
  const caps = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase())

  function written(d: Date, separator: string, padded: boolean): string {
    const two = (n: number) => (padded ? String(n).padStart(2, '0') : String(n))
    return `${two(d.getUTCDate())}${separator}${two(d.getUTCMonth() + 1)}${separator}${d.getUTCFullYear()}`
  }

  it('never flags a weekday taken from the real calendar', async () => {
    await fc.assert(
      fc.asyncProperty(date, style, pad, caps, async (d, separator, padded, cap) => {
        const text = `${cap(WEEKDAYS[d.getUTCDay()]!)}, ${written(d, separator, padded)} 09:07:46`
        expect(await lintWithRule('invalid-date', invalidDate, text)).toEqual([])
      }),
      RUNS,
    )
  })

  it('flags any other weekday, and names the right one', async () => {
    await fc.assert(
      fc.asyncProperty(date, style, pad, fc.integer({ min: 1, max: 6 }), async (d, separator, padded, shift) => {
        const wrong = WEEKDAYS[(d.getUTCDay() + shift) % 7]!
        const text = `${wrong}, ngày ${written(d, separator, padded)}, hội nghị khai mạc.`
        const findings = await lintWithRule('invalid-date', invalidDate, text)
        expect(findings.map((f) => f.messageId)).toEqual(['wrongWeekday'])
        expect(findings[0]!.fix?.edits[0]!.text.toLowerCase()).toBe(WEEKDAYS[d.getUTCDay()]!.toLowerCase())
      }),
      RUNS,
    )
  })

  it('flags a day past the end of its month, leap years counted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }), async (year, month, over) => {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
        const day = last + over
        fc.pre(day <= 31 || over === 1)
        const findings = await lintWithRule('invalid-date', invalidDate, `Quyết định có hiệu lực từ ngày ${day}/${month}/${year}.`)
        expect(findings.map((f) => f.messageId)).toEqual(['dayOutOfRange'])
        expect(await lintWithRule('invalid-date', invalidDate, `Quyết định có hiệu lực từ ngày ${last}/${month}/${year}.`)).toEqual([])
      }),
      RUNS,
    )
  })
})
