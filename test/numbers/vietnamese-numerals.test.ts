/** Reading and writing Vietnamese numerals, number words and the calendar. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDataFile } from '../../src/data/load-data-file.js'
import { daysInMonth, isLeapYear, isValidDate, weekdayOf } from '../../src/numbers/calendar.js'
import { formatVietnamese, parseDigits, parseNumberWords, romanValue, toVietnameseStyle } from '../../src/numbers/vietnamese-numerals.js'
import { type NumberWordsFile, numeralWords } from '../../src/numbers/word-lists.js'
import { wordKey } from '../../src/numbers/word-trie.js'
import { packageRoot } from '../../src/paths.js'

describe('parseDigits', () => {
  it.each([
    ['5943', 5943, 0, 'plain'],
    ['5.943', 5943, 0, 'vi-grouped'],
    ['13.400', 13400, 0, 'vi-grouped'],
    ['1.000.000', 1000000, 0, 'vi-grouped'],
    ['98,2', 98.2, 1, 'vi-decimal'],
    ['88,95', 88.95, 2, 'vi-decimal'],
    ['1.234,5', 1234.5, 1, 'vi-decimal'],
    ['5,943', 5.943, 3, 'comma3'],
    ['1,234,567', 1234567, 0, 'en-grouped'],
    ['1,234.5', 1234.5, 1, 'en-grouped'],
    ['98.2', 98.2, 1, 'en-decimal'],
    ['0.500', 0.5, 3, 'en-decimal'],
  ] as const)('%s → %d (%s)', (text, value, decimals, style) => {
    expect(parseDigits(text)).toMatchObject({ value, decimals, style })
  })

  it('refuses what is not one number', () => {
    for (const text of ['1.2.3', '12.34.5', '05-NQ', '7/6', '']) expect(parseDigits(text)).toBeUndefined()
  })
})

describe('number words', () => {
  const file = loadDataFile<NumberWordsFile>(join(packageRoot, 'src/numbers/number-words.json'))
  it.each(file.examples.map((e) => [e.text, e.value] as const))('%s = %d (number-words.json example)', (text, value) => {
    const keys = text.split(' ').map(wordKey)
    expect(parseNumberWords(keys, numeralWords())).toEqual({ value, length: keys.length })
  })

  it('stops where the number ends', () => {
    expect(parseNumberWords(['năm', 'năm'].map(wordKey), numeralWords())).toEqual({ value: 5, length: 1 })
    expect(parseNumberWords(['lăm'].map(wordKey), numeralWords())).toBeUndefined()
  })
})

describe('Roman numerals and formatting', () => {
  it('reads Roman numerals', () => {
    expect(['XIII', 'XIX', 'IV', 'MCMXLV'].map(romanValue)).toEqual([13, 19, 4, 1945])
    expect(romanValue('XIIII')).toBeUndefined()
  })

  it('formats the Vietnamese way', () => {
    expect(formatVietnamese(5943)).toBe('5.943')
    expect(formatVietnamese(116.6666, 1)).toBe('116,7')
    expect(formatVietnamese(88.95027, 2)).toBe('88,95')
    expect(formatVietnamese(1234567.5, 1)).toBe('1.234.567,5')
    expect(formatVietnamese(37)).toBe('37')
  })

  it('rewrites English separators', () => {
    expect(toVietnameseStyle('1,234,567.5', 'en-grouped')).toBe('1.234.567,5')
    expect(toVietnameseStyle('98.2', 'en-decimal')).toBe('98,2')
    expect(toVietnameseStyle('5,943', 'en-grouped')).toBe('5.943')
  })
})

describe('calendar', () => {
  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2020, 2021, 2100].map(isLeapYear)).toEqual([false, true, true, false, false])
    expect([daysInMonth(2, 2022), daysInMonth(2, 2024), daysInMonth(2), daysInMonth(4), daysInMonth(12)]).toEqual([28, 29, 29, 30, 31])
    expect([isValidDate(31, 2, 2022), isValidDate(29, 2, 2024), isValidDate(32, 5), isValidDate(1, 13)]).toEqual([false, true, false, false])
  })

  it('gives the weekday: 2 December 2021 was a Thursday, 2 September 1945 a Sunday', () => {
    expect(weekdayOf(2, 12, 2021)).toBe(4)
    expect(weekdayOf(2, 9, 1945)).toBe(0)
    expect(weekdayOf(1, 1, 50)).toBe(new Date('0050-01-01T00:00:00Z').getUTCDay())
  })
})
