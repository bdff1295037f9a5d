/**
 * Flags an impossible date (`31/02/2022`, `ngày 32/5`, month 13) and a weekday
 * that disagrees with its date on the real calendar (`THỨ SÁU, 02/12/2021`: 2
 * December 2021 was a Thursday). A weekday written in full is corrected,
 * keeping the writer's capitals; partial dates (`Chiều 4-1`) are checked for
 * day and month only, since their year is unknown.
 */
import { defineRule } from '../../src/engine/types.js'
import { daysInMonth, weekdayOf } from '../../src/numbers/calendar.js'
import { type DateMention, numerals } from '../../src/numbers/numerals.js'
import { numeralWords } from '../../src/numbers/word-lists.js'
import { startsUpper } from '../../src/vietnamese/chars.js'

/**
 * `expected` written with the capitals of `written`, word by word (the last
 * word's pattern serves for the rest): `THỨ SÁU` → `THỨ NĂM`, `thứ sáu` →
 * `thứ năm`, `thứ Sáu` → `thứ Năm`, `Thứ sáu` → `Thứ năm`.
 */
export function withCapitalsOf(expected: string, written: string): string {
  const patterns = written.split(/\s+/u).map((w) => (w === w.toUpperCase() && [...w].length > 1 ? 'upper' : startsUpper(w) ? 'title' : 'lower'))
  return expected
    .split(' ')
    .map((w, i) => {
      const pattern = patterns[Math.min(i, patterns.length - 1)]
      const lower = w.toLowerCase()
      if (pattern === 'upper') return w.toUpperCase()
      return pattern === 'title' ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower
    })
    .join(' ')
}

function dateLabel(date: DateMention): string {
  return date.text
}

export default defineRule({
  meta: {
    id: 'invalid-date',
    category: 'numbers',
    level: 'error',
    fixable: true,
    description: {
      vi: 'Ngày không có thật (31/02/2022, ngày 32/5, tháng 13) hoặc thứ trong tuần không khớp với ngày.',
      en: 'An impossible date (31/02/2022, day 32, month 13) or a weekday that disagrees with its date.',
    },
    messages: {
      monthOutOfRange: {
        vi: 'Ngày không có thật: “{date}” (không có tháng {month}).',
        en: 'Impossible date “{date}”: there is no month {month}.',
      },
      dayOutOfRange: {
        vi: 'Ngày không có thật: “{date}” (tháng {month} chỉ có {days} ngày).',
        en: 'Impossible date “{date}”: month {month} has only {days} days.',
      },
      wrongWeekday: {
        vi: '“{weekday}” không khớp với ngày {date}: ngày đó là “{expected}”.',
        en: '“{weekday}” does not match {date}: that day was “{expected}”.',
      },
    },
  },
  create(context) {
    return {
      document(document) {
        const names = numeralWords().weekdayNames
        for (const date of document.layer(numerals).dates) {
          if (!date.valid) {
            if (date.month < 1 || date.month > 12) {
              context.report({ messageId: 'monthOutOfRange', range: [date.start, date.end], data: { date: dateLabel(date), month: date.month } })
            } else {
              const month = date.month === 2 && date.year !== undefined && !date.lunar ? `2/${date.year}` : String(date.month)
              context.report({
                messageId: 'dayOutOfRange',
                range: [date.start, date.end],
                data: { date: dateLabel(date), month, days: date.lunar ? 30 : daysInMonth(date.month, date.year) },
              })
            }
            continue
          }
          const weekday = date.weekday
          if (!weekday || date.year === undefined || date.day === undefined) continue
          const actual = weekdayOf(date.day, date.month, date.year)
          if (actual === weekday.day) continue
          const expected = withCapitalsOf(names[actual]!, weekday.text)
          context.report({
            messageId: 'wrongWeekday',
            range: [weekday.start, weekday.end],
            data: { weekday: weekday.text, date: dateLabel(date), expected },
            ...(weekday.full ? { fix: { range: [weekday.start, weekday.end] as const, text: expected } } : {}),
          })
        }
      },
    }
  },
})
