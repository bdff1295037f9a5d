/**
 * Dates inside a sentence: building a date mention from its parts, finding
 * the weekday written next to it (`THỨ NĂM, 02/12/2021`, `ngày 2/12/2021 (thứ
 * Năm)`), and telling a page's dateline (a date alone in its block) from dates
 * in the text.
 */
import type { Block, Sentence, Token } from '../document/nodes.js'
import { isValidDate } from './calendar.js'
import { phraseBefore, previousSolid, proseBetween } from './context.js'
import type { DateMention, DateStyle, OtherNumeral, WeekdayMention } from './types.js'
import type { NumeralWords } from './word-lists.js'
import { wordKey } from './word-trie.js'

const OPENERS = new Set([',', '(', '-', '–', '—', '|'])
const AFTER_DATE = new Set([',', '(', '-', '–', '—'])

/** The weekday written just before token `first` (through `ngày` and a comma or bracket). */
export function weekdayBefore(tokens: readonly Token[], first: number, words: NumeralWords): WeekdayMention | undefined {
  let e = first
  const day = phraseBefore(tokens, e, words.dateCues)
  if (day && wordKey(day.phrase) === wordKey('ngày')) e = day.first
  if (e > 0 && tokens[e - 1]!.kind === 'whitespace') e--
  if (e > 0 && tokens[e - 1]!.kind === 'punctuation' && OPENERS.has(tokens[e - 1]!.text)) {
    e--
    if (e > 0 && tokens[e - 1]!.kind === 'whitespace') e--
  }
  const match = words.weekdays.matchBefore(tokens, e)
  if (!match) return undefined
  // `lần thứ năm, ngày …` is an ordinal: a weekday starts the sentence, follows punctuation or a time-of-day word.
  const p = previousSolid(tokens, match.first)
  if (p >= 0 && tokens[p]!.kind === 'word' && !phraseBefore(tokens, match.first, words.dateCues)) return undefined
  return mention(tokens, match.first, match.end, match.value.day, match.value.full)
}

/** The weekday written just after token `end - 1` (`, thứ Năm`, `(thứ Năm)`). */
export function weekdayAfter(tokens: readonly Token[], end: number, words: NumeralWords): WeekdayMention | undefined {
  let k = end
  if (tokens[k]?.kind === 'whitespace') k++
  if (tokens[k]?.kind === 'punctuation' && AFTER_DATE.has(tokens[k]!.text)) k++
  if (tokens[k]?.kind === 'whitespace') k++
  const match = words.weekdays.matchAt(tokens, k)
  if (!match) return undefined
  // `ngày 4/1, thứ hai là …` would need more than a lookup; accept only a weekday that ends its clause.
  const after = tokens[match.end]
  if (after && after.kind === 'whitespace' && tokens[match.end + 1]?.kind === 'word') return undefined
  return mention(tokens, match.first, match.end, match.value.day, match.value.full)
}

function mention(tokens: readonly Token[], first: number, end: number, day: number, full: boolean): WeekdayMention {
  const start = tokens[first]!.start
  const stop = tokens[end - 1]!.end
  return { text: proseBetween(tokens, first, end), start, end: stop, day, full }
}

/** Parts of a date found by the sentence reader. */
export interface DateParts {
  first: number
  end: number
  day?: number
  month: number
  year?: number
  shape: DateMention['shape']
  style: DateStyle
}

/** A date mention for tokens `first`…`end - 1` of `sentence`, with its weekday. */
export function makeDate(sentence: Sentence, parts: DateParts, words: NumeralWords): DateMention {
  const tokens = sentence.tokens
  const start = tokens[parts.first]!.start
  const end = tokens[parts.end - 1]!.end
  // `mùng 10/3 âm lịch`, `ngày 30/2 (âm lịch)`
  let k = parts.end
  if (tokens[k]?.kind === 'whitespace') k++
  if (tokens[k]?.text === '(') k++
  const lunar = words.lunarMarkers.matchAt(tokens, k) !== undefined
  const valid = lunar
    ? parts.month >= 1 && parts.month <= 12 && (parts.day === undefined || (parts.day >= 1 && parts.day <= 30))
    : parts.day === undefined
      ? parts.month >= 1 && parts.month <= 12
      : isValidDate(parts.day, parts.month, parts.year)
  const date: DateMention = {
    text: proseBetween(tokens, parts.first, parts.end),
    start,
    end,
    month: parts.month,
    shape: parts.shape,
    style: parts.style,
    valid,
    lunar,
    dateline: false,
    sentence,
    block: sentence.block,
  }
  if (parts.day !== undefined) date.day = parts.day
  if (parts.year !== undefined) date.year = parts.year
  if (parts.day !== undefined && !lunar) {
    const weekday = weekdayBefore(tokens, parts.first, words) ?? weekdayAfter(tokens, parts.end, words)
    if (weekday) date.weekday = weekday
  }
  return date
}

const DATELINE_WORDS = new Set(['ngày', 'lúc', 'cập', 'nhật', 'đăng', 'gmt+7', 'gmt'].map(wordKey))

/**
 * Mark dates that stand alone in their block with at most a weekday and a
 * clock time (`THỨ NĂM, 02/12/2021 09:07:46`): the CMS stamps these, so
 * date-format leaves them out of the document's style.
 */
export function markDatelines(block: Block, dates: readonly DateMention[], others: readonly OtherNumeral[]): void {
  const inBlock = dates.filter((d) => d.block === block)
  if (inBlock.length !== 1) return
  const date = inBlock[0]!
  const from = date.weekday ? Math.min(date.weekday.start, date.start) : date.start
  const to = date.weekday ? Math.max(date.weekday.end, date.end) : date.end
  const times = others.filter((o) => o.kind === 'time' && o.sentence.block === block)
  for (const word of block.words) {
    if (word.start >= from && word.end <= to) continue
    if (times.some((t) => t.start <= word.start && word.end <= t.end)) continue
    if (DATELINE_WORDS.has(wordKey(word.text))) continue
    return
  }
  date.dateline = true
}
