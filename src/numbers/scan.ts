/**
 * The sentence reader of the numeral layer: walks a sentence's tokens once and
 * sorts every numeral into a quantity (`5.943 đảng viên`, `98,2%`, `7/6 đơn
 * vị`, `96–98%`, `1,5 tỷ đồng`, `một tổ chức`), a date (`25/10/2021`, `Chiều
 * 4-1`, `ngày 4 tháng 1 năm 2022`, `tháng 5/2024`) or something else (a year, a
 * term `2020-2025`, a clock time, a code `05-NQ/TU`, an article number, an
 * ordinal, a phone number).
 */
import type { Sentence, Token } from '../document/nodes.js'
import { FormMemo } from '../document/token-form.js'
import { isValidDate } from './calendar.js'
import {
  isDigitWord,
  nextSolid,
  nounAfter,
  type NounMatch,
  percentRelation,
  phraseAfter,
  phraseBefore,
  previousSolid,
  proseBetween,
} from './context.js'
import { type DateParts, makeDate, weekdayBefore } from './dates.js'
import type { DateMention, OtherKind, OtherNumeral, Quantity, QuantityKind } from './types.js'
import { type ParsedDigits, parseDigits, parseNumberWords } from './vietnamese-numerals.js'
import { type NumeralWords, numeralWords, type UnitEntry } from './word-lists.js'
import { wordKey } from './word-trie.js'

/** Where the reader puts what it finds. */
export interface ScanOutput {
  quantities: Quantity[]
  dates: DateMention[]
  others: OtherNumeral[]
}

const TIME = /^\d{1,2}(?::\d{2}){1,2}$|^\d{1,2}[hg](?:\d{2})?(?:p|ph)?$/iu
const FULL_DATE = /^(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4})$/
const YEAR_RANGE = /^(\d{4})[-–](\d{4})$/
const SLASH2 = /^(\d[\d.,]*)\/(\d[\d.,]*)$/
const DASH2 = /^(\d[\d.,]*)([-–])(\d[\d.,]*)$/
const DOT_DAY_MONTH = /^(\d{1,2})\.(\d{1,2})$/
const GLUED_UNIT = /^(\d[\d.,]*)([\p{L}°²³][\p{L}\d°²³]*)$/u
const ORDINAL_SUFFIX = /^\d+(?:st|nd|rd|th)$/iu
const DASHES = new Set(['-', '–', '—'])
const QUARTER = /^(?:I|II|III|IV)\/\d{4}$/u

/** What a word can start, by its form alone: nothing (or a link), a digit numeral, a number in words, a quarter `II/2024`. */
const START_NONE = 0
const START_DIGITS = 1
const START_WORDS = 2
const START_QUARTER = 3

const numeralStart = new FormMemo((form): number => {
  if (form.kind !== 'word' || form.isLink) return START_NONE
  const c = form.text.charCodeAt(0)
  if (c >= 48 && c <= 57) return START_DIGITS
  // The number words as written (`năm`, `Năm`, `NĂM`).
  if (numeralWords().numberWordSurfaces.has(form.text)) return START_WORDS
  // `quý II/2024`
  if (c === 73 && QUARTER.test(form.text)) return START_QUARTER
  return START_NONE
})

function isYear(p: ParsedDigits | undefined, text: string): boolean {
  return p !== undefined && p.style === 'plain' && text.length === 4 && p.value >= 1000 && p.value <= 2999
}

class SentenceReader {
  private readonly tokens: readonly Token[]

  constructor(
    private readonly sentence: Sentence,
    private readonly words: NumeralWords,
    private readonly out: ScanOutput,
  ) {
    this.tokens = sentence.tokens
  }

  read(): void {
    // `i`: the first token not yet read (a numeral may span several); only words can start one.
    let i = 0
    for (const t of this.sentence.words) {
      if (t.index < i) continue
      i = t.index
      // One read per word of what its form can start (kept on the shared token form).
      const start = numeralStart.of(t)
      if (start === START_NONE) i++
      else if (start === START_DIGITS) i = Math.max(i + 1, this.readDigits(i))
      else if (start === START_WORDS) i = Math.max(i + 1, this.readWords(i))
      else i = this.other('quarter', i)
    }
  }

  private other(kind: OtherKind, first: number, end = first + 1): number {
    const tokens = this.tokens
    this.out.others.push({
      kind,
      text: this.textBetween(first, end),
      start: tokens[first]!.start,
      end: tokens[end - 1]!.end,
      sentence: this.sentence,
    })
    return end
  }

  private textBetween(first: number, end: number): string {
    return proseBetween(this.tokens, first, end)
  }

  private date(parts: DateParts): number {
    this.out.dates.push(makeDate(this.sentence, parts, this.words))
    return parts.end
  }

  private hasDateCue(i: number): boolean {
    return phraseBefore(this.tokens, i, this.words.dateCues) !== undefined || weekdayBefore(this.tokens, i, this.words) !== undefined
  }

  /** Whether a unit or a listed counted noun follows token `end - 1`. */
  private countedAfter(end: number): boolean {
    return phraseAfter(this.tokens, end, this.words.units) !== undefined || phraseAfter(this.tokens, end, this.words.countedNouns) !== undefined
  }

  private isPercentAt(k: number): number {
    const tokens = this.tokens
    if (tokens[k]?.text === '%') return k + 1
    if (tokens[k]?.kind === 'whitespace' && tokens[k + 1]?.text === '%') return k + 2
    return -1
  }

  private readDigits(i: number): number {
    const tokens = this.tokens
    const text = tokens[i]!.text
    if (TIME.test(text)) return this.other('time', i)
    if (/\p{L}/u.test(text)) {
      const glued = GLUED_UNIT.exec(text)
      const unit = glued ? this.words.gluedUnits.get(glued[2]!.toLowerCase()) : undefined
      const parsed = glued ? parseDigits(glued[1]!) : undefined
      if (unit && parsed) return this.quantity(i, i + 1, parsed, { unit })
      return this.other(ORDINAL_SUFFIX.test(text) ? 'ordinal' : 'code', i)
    }
    const full = FULL_DATE.exec(text)
    if (full) {
      const style = full[2] === full[4] ? (full[2] as '/' | '-' | '.') : 'mixed'
      return this.date({ first: i, end: i + 1, day: Number(full[1]), month: Number(full[3]), year: Number(full[5]), shape: 'full', style })
    }
    const years = YEAR_RANGE.exec(text)
    if (years && Number(years[1]) >= 1000 && Number(years[2]) >= Number(years[1]) && Number(years[2]) <= 2999) return this.other('years', i)
    const slash = SLASH2.exec(text)
    if (slash) return this.readSlash(i, slash[1]!, slash[2]!)
    const dash = DASH2.exec(text)
    if (dash) return this.readDash(i, dash[1]!, dash[3]!)
    const dotted = DOT_DAY_MONTH.exec(text)
    if (dotted && this.hasDateCue(i) && isValidDate(Number(dotted[1]), Number(dotted[2]))) {
      return this.date({ first: i, end: i + 1, day: Number(dotted[1]), month: Number(dotted[2]), shape: 'day-month', style: '.' })
    }
    const parsed = parseDigits(text)
    if (!parsed) return this.other('code', i)
    return this.readNumber(i, parsed)
  }

  private labelKind(i: number): OtherKind | 'count' | undefined {
    const label = phraseBefore(this.tokens, i, this.words.labels)
    return label?.value
  }

  private readSlash(i: number, a: string, b: string): number {
    const pa = parseDigits(a)
    const pb = parseDigits(b)
    if (!pa || !pb) return this.other('code', i)
    // Seasons and school years: `mùa giải 1903/04`, `năm học 2021/2022`.
    const consecutive = b.length === 2 ? pb.value === (pa.value + 1) % 100 : pb.value === pa.value + 1
    if (isYear(pa, a) && pb.style === 'plain' && consecutive && !this.countedAfter(i + 1)) {
      return this.other('years', i)
    }
    const label = this.labelKind(i)
    // `tháng 5/2024`, `5/2024` (but `1/1480 lớp` counts); after `tháng` even an impossible month (`tháng 13/2022`) is a month.
    const monthYear = pa.style === 'plain' && pa.value >= 1 && pa.value <= 12 && label !== 'code' && !this.countedAfter(i + 1)
    if (isYear(pb, b) && pa.style === 'plain' && (monthYear || label === 'month')) {
      return this.date({ first: i, end: i + 1, month: pa.value, year: pb.value, shape: 'month-year', style: '/' })
    }
    if (label && label !== 'count' && label !== 'day') return this.other(label === 'month' || label === 'year' ? 'code' : label, i)
    const integers = pa.style === 'plain' && pb.style === 'plain'
    if (integers && pa.value <= 99 && pb.value <= 99 && this.hasDateCue(i) && !this.countedAfter(i + 1)) {
      return this.date({ first: i, end: i + 1, day: pa.value, month: pb.value, shape: 'day-month', style: '/' })
    }
    const noun = nounAfter(this.tokens, i + 1, this.words)
    if (!noun && integers && isValidDate(pa.value, pb.value)) return this.other('ambiguous', i)
    if (pb.value === 0) return this.other('code', i)
    return this.quantity(i, i + 1, { value: pa.value / pb.value, decimals: 0, style: pa.style }, { fraction: [pa.value, pb.value], noun })
  }

  private readDash(i: number, a: string, b: string): number {
    const pa = parseDigits(a)
    const pb = parseDigits(b)
    if (!pa || !pb) return this.other('code', i)
    const percentEnd = this.isPercentAt(i + 1)
    const integers = pa.style === 'plain' && pb.style === 'plain'
    if (percentEnd < 0 && integers && pa.value <= 99 && pb.value <= 99 && this.hasDateCue(i) && !this.countedAfter(i + 1)) {
      return this.date({ first: i, end: i + 1, day: pa.value, month: pb.value, shape: 'day-month', style: '-' })
    }
    const label = this.labelKind(i)
    // `tháng 4-1645`, `tháng 11-1942`
    if (label === 'month' && pa.style === 'plain' && isYear(pb, b)) {
      return this.date({ first: i, end: i + 1, month: pa.value, year: pb.value, shape: 'month-year', style: '-' })
    }
    if (label && label !== 'count') return this.other(label === 'day' || label === 'month' ? 'ambiguous' : label, i)
    return this.quantity(i, i + 1, pa, { high: pb.value, highDecimals: pb.decimals })
  }

  private readNumber(i: number, parsed: ParsedDigits): number {
    const tokens = this.tokens
    const text = tokens[i]!.text
    const label = this.labelKind(i)
    // `ngày 4 tháng 1 năm 2022`, `trưa 16 tháng 5/1972`, `Chủ nhật 11 tháng 6/1972`
    if (label === 'day' || this.hasDateCue(i)) {
      const words = this.wordsDate(i)
      if (words > 0) return words
    }
    if (label === 'month' && parsed.style === 'plain') {
      const k = this.keywordNumber(i + 1, 'năm')
      if (k > 0 && isYear(parseDigits(tokens[k - 1]!.text), tokens[k - 1]!.text)) {
        return this.date({ first: i, end: k, month: parsed.value, year: Number(tokens[k - 1]!.text), shape: 'month-year', style: 'words' })
      }
    }
    // `năm 2021`, `giai đoạn 2021 - 2025`, `nhiệm kỳ 2020 – 2025`: a year after a label word is still a year.
    if (isYear(parsed, text) && (label === 'year' || label === 'label')) return this.readYear(i)
    if (label && label !== 'count') return this.other(label, i)
    const prev = previousSolid(tokens, i)
    const next = nextSolid(tokens, i)
    const nextText = next >= 0 ? tokens[next]!.text : ''
    if ((prev < 0 || /^[;:]$/.test(tokens[prev]!.text)) && (nextText === '.' || nextText === ')') && parsed.style === 'plain') {
      return this.other('list-marker', i)
    }
    if (parsed.style === 'plain' && text.length >= 9 && text.startsWith('0')) return this.other('phone', i)
    if (isYear(parsed, text) && this.isPercentAt(i + 1) < 0 && !this.countedAfter(i + 1)) {
      const noun = nounAfter(tokens, i + 1, this.words)
      if (!noun?.noun.known) return this.readYear(i)
    }
    // `Quận 1`, `Windows 10`, `Apollo 11`: a number right after a proper name labels it.
    if (prev === i - 2 && tokens[prev]!.kind === 'word' && previousSolid(tokens, prev) >= 0 && /^\p{Lu}/u.test(tokens[prev]!.text)) {
      if (this.isPercentAt(i + 1) < 0 && !this.countedAfter(i + 1) && !phraseBefore(tokens, i, this.words.approximationsBefore)) {
        return this.other('label', i)
      }
    }
    return this.quantity(i, i + 1, parsed, {})
  }

  /** After `năm` before a year: a year, or a term `2020 - 2025`. */
  private readYear(i: number): number {
    const tokens = this.tokens
    const dash = nextSolid(tokens, i)
    if (dash > 0 && tokens[dash]!.kind === 'punctuation' && DASHES.has(tokens[dash]!.text)) {
      const second = nextSolid(tokens, dash)
      if (second > 0 && isYear(parseDigits(tokens[second]!.text), tokens[second]!.text)) return this.other('years', i, second + 1)
    }
    return this.other('year', i)
  }

  /** If `keyword` and a digit word follow token `from - 1` (`tháng 1`, `năm 2022`), the index after the digit word; else -1. */
  private keywordNumber(from: number, keyword: string): number {
    const tokens = this.tokens
    if (tokens[from]?.kind !== 'whitespace' || tokens[from + 2]?.kind !== 'whitespace') return -1
    const word = tokens[from + 1]
    if (!word || wordKey(word.text) !== wordKey(keyword) || !isDigitWord(tokens[from + 3])) return -1
    return from + 4
  }

  /** `ngày 4 tháng 1 năm 2022`, `ngày 4 tháng 1`: the index after the date, or -1. */
  private wordsDate(i: number): number {
    const tokens = this.tokens
    const monthEnd = this.keywordNumber(i + 1, 'tháng')
    if (monthEnd < 0) return -1
    const day = parseDigits(tokens[i]!.text)
    if (day?.style !== 'plain') return -1
    const monthText = tokens[monthEnd - 1]!.text
    // `ngày 15 tháng 4/1972`: the month and year written with a slash.
    const slashed = /^(\d{1,2})\/(\d{4})$/u.exec(monthText)
    const month = slashed ? parseDigits(slashed[1]!) : parseDigits(monthText)
    if (month?.style !== 'plain') return -1
    const yearEnd = slashed ? monthEnd : this.keywordNumber(monthEnd, 'năm')
    const yearText = slashed ? slashed[2]! : yearEnd > 0 ? tokens[yearEnd - 1]!.text : ''
    const year = yearEnd > 0 && isYear(parseDigits(yearText), yearText) ? Number(yearText) : undefined
    const end = year !== undefined ? yearEnd : monthEnd
    return this.date({ first: i, end, day: day.value, month: month.value, ...(year !== undefined ? { year } : {}), shape: year !== undefined ? 'full' : 'day-month', style: 'words' })
  }

  /** A number in words (`một tổ chức`, `hai mươi lăm đảng viên`, `hai triệu`), only when a counted noun, unit or magnitude follows. */
  private readWords(i: number): number {
    const tokens = this.tokens
    // The number words from here, and the word after them (`một tỷ lệ`: is the magnitude a compound?).
    const keys: string[] = []
    for (let k = i; k < tokens.length && keys.length < 12; k += 2) {
      const t = tokens[k]!
      if (t.kind !== 'word' || (k > i && tokens[k - 1]!.kind !== 'whitespace')) break
      const key = wordKey(t.text)
      keys.push(key)
      if (!this.words.numberWordKeys.has(key)) break
    }
    const parsed = parseNumberWords(keys, this.words)
    if (!parsed) return i + 1
    const end = i + 2 * parsed.length - 1
    // `lần thứ Mười một`, `năm thứ hai`: ordinals. Other labels (`cấp`, `số`) only label digits.
    if (this.labelKind(i) === 'ordinal') return this.other('ordinal', i, end)
    const scaled = this.words.magnitudes.has(keys[parsed.length - 1]!)
    if (!scaled && this.isPercentAt(end) < 0 && !this.countedAfter(end)) return i + 1
    return this.quantity(i, end, { value: parsed.value, decimals: 0, style: 'words' }, { numberWords: true })
  }

  /** Build a quantity for the numeral in tokens `first`…`end - 1` and what follows it. */
  private quantity(
    first: number,
    end: number,
    parsed: ParsedDigits,
    extra: { unit?: UnitEntry; fraction?: [number, number]; noun?: NounMatch | undefined; high?: number; highDecimals?: number; numberWords?: boolean },
  ): number {
    const tokens = this.tokens
    const words = this.words
    let value = parsed.value
    let high = extra.high
    let decimals = Math.max(parsed.decimals, extra.highDecimals ?? 0)
    let j = end
    // Magnitudes: `13 nghìn`, `1,5 tỷ`, `2 nghìn tỷ`.
    while (!extra.numberWords && !extra.fraction && tokens[j]?.kind === 'whitespace' && tokens[j + 1]?.kind === 'word') {
      const key = wordKey(tokens[j + 1]!.text)
      const magnitude = words.magnitudes.get(key)
      if (magnitude === undefined || magnitude < 1000) break
      // `5 tỷ lệ …` is not five billion.
      if (tokens[j + 2]?.kind === 'whitespace' && tokens[j + 3] && words.magnitudeCompounds.has(`${key} ${wordKey(tokens[j + 3]!.text)}`)) break
      value *= magnitude
      if (high !== undefined) high *= magnitude
      j += 2
    }
    let percent = false
    const percentEnd = this.isPercentAt(j)
    if (percentEnd > 0) {
      percent = true
      j = percentEnd
    }
    // Spaced ranges: `5 - 10 người`, `96 – 98%`.
    if (high === undefined && !extra.fraction) {
      const dash = nextSolid(tokens, j - 1)
      const second = dash > 0 && tokens[dash]!.kind === 'punctuation' && DASHES.has(tokens[dash]!.text) ? nextSolid(tokens, dash) : -1
      const secondValue = second > 0 && isDigitWord(tokens[second]) ? parseDigits(tokens[second]!.text) : undefined
      if (secondValue && secondValue.style !== 'en-decimal' && second === dash + 2 && tokens[dash - 1]?.kind === 'whitespace') {
        high = secondValue.value
        decimals = Math.max(decimals, secondValue.decimals)
        j = second + 1
        const p = this.isPercentAt(j)
        if (p > 0) {
          percent = true
          j = p
        }
      }
    }
    // `từ 3 đến 5 năm`
    if (high === undefined && !extra.fraction && wordKey(tokens[first - 2]?.text ?? '') === wordKey('từ') && tokens[first - 1]?.kind === 'whitespace') {
      const k = this.keywordNumber(j, 'đến')
      const to = k > 0 ? parseDigits(tokens[k - 1]!.text) : undefined
      if (to) {
        high = to.value
        j = k
        const p = this.isPercentAt(j)
        if (p > 0) {
          percent = true
          j = p
        }
      }
    }
    let unit = extra.unit
    if (!unit && !percent && first > 0 && tokens[first - 1]!.text === '$') unit = words.units.matchAt(tokens, first - 1)?.value
    let afterUnit = j
    if (!unit && !percent) {
      const u = phraseAfter(tokens, j, words.units)
      const n = u ? phraseAfter(tokens, j, words.countedNouns) : undefined
      // `3 đồng chí` is three comrades, not three đồng.
      if (u && !(n && n.end > u.end)) {
        unit = u.value
        afterUnit = u.end
      }
    }
    const noun = extra.noun ?? (unit ? undefined : nounAfter(tokens, afterUnit, words))
    const approxBefore = phraseBefore(tokens, first, words.approximationsBefore)
    const approxAfter = phraseAfter(tokens, noun ? noun.endToken : afterUnit, words.approximationsAfter)
    let style = parsed.style
    // `5,943 đảng viên`: a count of people cannot be 5.943 — English grouping.
    if (style === 'comma3' && noun?.noun.known && parsed.englishValue !== undefined) {
      style = 'en-grouped'
      value = parsed.englishValue * (value / parsed.value)
      decimals = 0
    }
    // `18.5` with nothing after it may be a date, a section or a version: not a quantity.
    if (style === 'en-decimal' && !percent && !unit && j === end && !noun?.noun.known) return this.other('ambiguous', first, end)
    let kind: QuantityKind
    if (extra.fraction) kind = 'fraction'
    else if (percent) kind = 'percent'
    else if (high !== undefined) kind = 'range'
    else if (unit?.measure === 'money') kind = 'money'
    else kind = Number.isInteger(value) ? 'integer' : 'decimal'
    if (high !== undefined && percent) kind = 'range'
    const startToken = unit?.prefix && tokens[first - 1]?.text === '$' ? first - 1 : first
    const endToken = unit && !extra.unit ? afterUnit : j
    const quantity: Quantity = {
      kind,
      text: this.textBetween(startToken, endToken),
      start: tokens[startToken]!.start,
      end: tokens[endToken - 1]!.end,
      value,
      decimals,
      percent,
      style,
      sentence: this.sentence,
      firstToken: startToken,
      endToken,
    }
    if (high !== undefined) quantity.high = high
    if (extra.fraction) {
      quantity.numerator = extra.fraction[0]
      quantity.denominator = extra.fraction[1]
    }
    const approx = approxBefore ?? approxAfter
    if (approx) quantity.approximate = { word: approx.phrase, qualifier: approx.value }
    if (noun) quantity.noun = noun.noun
    if (unit) quantity.unit = { text: unit.phrase, measure: unit.measure }
    if (percent) {
      const relation = percentRelation(tokens, startToken, endToken, words)
      if (relation) quantity.relation = relation
    }
    this.out.quantities.push(quantity)
    // Go on after the noun's head so `5 năm năm liên tục` does not read the noun as a number word.
    return noun ? Math.max(endToken, noun.endToken) : endToken
  }
}

/** Read the numerals of one sentence into `out`. */
export function scanSentence(sentence: Sentence, words: NumeralWords, out: ScanOutput): void {
  new SentenceReader(sentence, words, out).read()
}
