/** The Gregorian calendar: month lengths, leap years and weekdays (from JavaScript's Date, in UTC). */

/** Whether `year` is a leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Days in `month` (1–12) of `year`; without a year, February has 29. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Whether day/month(/year) exists. */
export function isValidDate(day: number, month: number, year?: number): boolean {
  return Number.isInteger(day) && Number.isInteger(month) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year)
}

/** The weekday of a date: 0 Sunday … 6 Saturday. */
export function weekdayOf(day: number, month: number, year: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day))
  date.setUTCFullYear(year)
  return date.getUTCDay()
}
