/** Types of the numeral layer: the quantities, dates and other numerals a document holds. */
import type { Block, Sentence } from '../document/nodes.js'

/** What a quantity is. */
export type QuantityKind = 'integer' | 'decimal' | 'percent' | 'fraction' | 'range' | 'money' | 'measure'

/** How a number was written. */
export type DigitStyle =
  /** `5943`, `13` */
  | 'plain'
  /** `5.943`, `13.400` */
  | 'vi-grouped'
  /** `98,2`, `1.234,5` */
  | 'vi-decimal'
  /** `1,234,567`, `1,234.5`, and `5,943` before a counted noun */
  | 'en-grouped'
  /** `98.2` before `%` or a unit */
  | 'en-decimal'
  /** `5,943` with no noun to tell: a Vietnamese decimal or English grouping */
  | 'comma3'
  /** `hai mươi lăm` */
  | 'words'

/** Approximation or bound: `hơn 13.400` (over), `gần 100.000` (under), `khoảng` (about), `tối thiểu` (atLeast), `không quá` (atMost). */
export type Qualifier = 'over' | 'under' | 'about' | 'atLeast' | 'atMost'

/** The noun phrase a quantity counts: `đảng viên mới`, `tổ chức cơ sở Đảng`. */
export interface CountedNoun {
  /** The phrase as written. */
  text: string
  /** The head as listed (`tổ chức cơ sở đảng`), or the first word when the head is not listed. */
  head: string
  /** Whether the head is in the counted-noun list (a discrete count). */
  known: boolean
  start: number
  end: number
}

/** What a percentage is measured against. */
export type PercentRelation = 'target' | 'change'

/** A figure in the text. */
export interface Quantity {
  kind: QuantityKind
  /** Source text of the numeral, with its `%`, magnitude word or currency. */
  text: string
  /** Absolute source offsets of `text`. */
  start: number
  end: number
  /** The value (the low end of a range; a fraction's quotient; money in its currency's units). */
  value: number
  /** The high end of a range. */
  high?: number
  numerator?: number
  denominator?: number
  /** Decimals as printed (`88,9` → 1). */
  decimals: number
  /** A percentage (also a percent range `96–98%`). */
  percent: boolean
  style: DigitStyle
  approximate?: { word: string; qualifier: Qualifier }
  noun?: CountedNoun
  /** Unit or currency (`đồng`, `km`). */
  unit?: { text: string; measure: string }
  /** For percentages: a share of a plan or target (`128% chỉ tiêu`) or a change (`tăng 12%`). */
  relation?: PercentRelation
  sentence: Sentence
  /** Token indexes in `sentence.tokens`: the numeral's first token and one past its last (noun excluded). */
  firstToken: number
  endToken: number
}

/** How a date separates its parts. */
export type DateStyle = '/' | '-' | '.' | 'words' | 'mixed'

/** A weekday written next to a date: `THỨ NĂM, 02/12/2021`. */
export interface WeekdayMention {
  text: string
  start: number
  end: number
  /** 0 Sunday … 6 Saturday. */
  day: number
  /** Written in full (`Thứ Năm`, `Chủ nhật`), so it can be corrected in place. */
  full: boolean
}

/** A date in the text: `ngày 25/10/2021`, `15-5-2016`, `Chiều 4-1`, `ngày 4 tháng 1 năm 2022`, `tháng 5/2024`. */
export interface DateMention {
  text: string
  start: number
  end: number
  day?: number
  month: number
  year?: number
  shape: 'full' | 'day-month' | 'month-year'
  style: DateStyle
  /** Day and month exist (leap years counted when the year is known). */
  valid: boolean
  weekday?: WeekdayMention
  /** A lunar date (`mùng 10/3 âm lịch`): months of 29 or 30 days, no weekday to check. */
  lunar: boolean
  /** The date stands alone in its block with at most a weekday and a clock time: a page's dateline, stamped by the CMS. */
  dateline: boolean
  sentence: Sentence
  block: Block
}

/** Numerals that are not quantities. */
export type OtherKind =
  | 'year'
  | 'years'
  | 'time'
  | 'ordinal'
  | 'code'
  | 'label'
  | 'phone'
  | 'version'
  | 'list-marker'
  | 'day'
  | 'month'
  | 'quarter'
  /** `15/5` with nothing to tell a date from a fraction, `18.5` with no unit. */
  | 'ambiguous'

/** A numeral that is not a quantity: a year, a clock time, a code, an article number… */
export interface OtherNumeral {
  kind: OtherKind
  text: string
  start: number
  end: number
  sentence: Sentence
}

/** What the numeral layer finds in a document. */
export interface Numerals {
  quantities: Quantity[]
  dates: DateMention[]
  others: OtherNumeral[]
  /** Quantities of one sentence, in order. */
  quantitiesOf(sentence: Sentence): readonly Quantity[]
  /** Dates of one sentence, in order. */
  datesOf(sentence: Sentence): readonly DateMention[]
}
