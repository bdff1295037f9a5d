/**
 * Flags spacing around punctuation: a space before `, . ; : ! ?`, none after
 * them, whitespace doubled (spaces, thin spaces, NBSP: seed 002 line 27,
 * `năm 2022.` then two thin spaces), spaces inside brackets. Numbers
 * (`98,2`, `5.943`, `09:07:46`), links and abbreviations (`TP.Thanh Hóa`,
 * unless `checkAbbreviations`) pass. A single NBSP between words is a space.
 */
import { join } from 'node:path'
import { loadDataFile } from '../../src/data/load-data-file.js'
import { allMatches } from '../../src/document/matches.js'
import type { Block } from '../../src/document/nodes.js'
import { defineRule, type Range } from '../../src/engine/types.js'
import { packageRoot } from '../../src/paths.js'
import { LINE_BREAK_CHARS, WHITESPACE_CHARS, isAllUpper, isWhitespace, startsUpper } from '../../src/vietnamese/chars.js'

interface Options {
  checkAbbreviations: boolean
}

const SPACES = `[${WHITESPACE_CHARS}]`
/** A run of two or more horizontal whitespace characters. */
const DOUBLED_RE = new RegExp(`${SPACES}{2,}`, 'gu')
/** Whitespace before a mark that takes none. */
const SPACE_BEFORE_RE = new RegExp(`${SPACES}+([,.;:!?])`, 'gu')
/** A mark glued to what follows. */
const NO_SPACE_AFTER_RE = /[,.;:!?](?=[\p{L}\p{N}“])/gu
/** Space just inside a bracket. */
const INSIDE_OPEN_RE = new RegExp(`([([])${SPACES}+`, 'gu')
const INSIDE_CLOSE_RE = new RegExp(`${SPACES}+([)\\]])`, 'gu')
const NBSP = '\u00A0'

let abbreviations: Set<string> | undefined

/** Abbreviations after which a full stop does not end a sentence (`TP`, `ThS`): the tokenizer's list. */
function isAbbreviation(word: string): boolean {
  abbreviations ??= new Set(
    loadDataFile<{ abbreviations: string[] }>(join(packageRoot, 'src/vietnamese/abbreviations.json')).abbreviations,
  )
  return abbreviations.has(word)
}

/** The word of `text` that ends at `end` / starts at `start`. */
function wordBefore(text: string, end: number): string {
  return /[\p{L}\p{M}\p{N}]*$/u.exec(text.slice(Math.max(0, end - 20), end))![0]
}
function wordAfter(text: string, start: number): string {
  return /^[\p{L}\p{M}\p{N}]*/u.exec(text.slice(start, start + 20))![0]
}

/** Whether `.` glued to the next word is an abbreviation or initials (`TP.HCM`, `v.v`, `Th.S`, `PGS.TS`). */
function isAbbreviationStop(text: string, i: number, checkAbbreviations: boolean): boolean {
  const before = wordBefore(text, i)
  const after = wordAfter(text, i + 1)
  // Only a capital after the stop reads as a new sentence glued on (`2021.Đó là`).
  if (!startsUpper(after)) return true
  if ([...before].length <= 1 || [...after].length <= 1) return true // v.v · N.V.A · Th.S
  if (isAllUpper(after)) return true // TP.HCM · PGS.TS
  if (checkAbbreviations) return false
  return isAbbreviation(before) || isAllUpper(before)
}

function linkRanges(block: Block): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const sentence of block.sentences) {
    for (const t of sentence.tokens) if (t.isLink) ranges.push([t.proseStart, t.proseStart + t.text.length])
  }
  return ranges
}

export default defineRule<Options>({
  meta: {
    id: 'punctuation-spacing',
    category: 'style',
    level: 'note',
    fixable: true,
    description: {
      vi: 'Khoảng trắng sai quanh dấu câu: thừa trước `, . ; : ! ?`, thiếu sau chúng, khoảng trắng bị lặp, khoảng trắng bên trong dấu ngoặc.',
      en: 'Spacing around punctuation: a space before `, . ; : ! ?`, none after them, doubled whitespace, spaces inside brackets.',
    },
    messages: {
      spaceBefore: { vi: 'Thừa khoảng trắng trước dấu “{mark}”.', en: 'Unexpected space before “{mark}”.' },
      missingSpaceAfter: { vi: 'Thiếu khoảng trắng sau dấu “{mark}”.', en: 'Missing space after “{mark}”.' },
      doubledSpace: {
        vi: 'Khoảng trắng bị lặp ({count} ký tự liền nhau); chỉ cần một.',
        en: 'Doubled whitespace ({count} characters in a row); one is enough.',
      },
      spaceInside: { vi: 'Thừa khoảng trắng bên trong dấu ngoặc “{mark}”.', en: 'Unexpected space inside “{mark}”.' },
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        checkAbbreviations: {
          type: 'boolean',
          description: 'Also ask for a space after the full stop of an abbreviation before a name (`TP.Thanh Hóa` → `TP. Thanh Hóa`).',
        },
      },
    },
    defaults: { checkAbbreviations: false },
  },
  create(context) {
    const { checkAbbreviations } = context.options
    const isHtml = context.document.format === 'html'
    return {
      block(block) {
        const text = block.text
        let links: Array<[number, number]> | undefined
        const inLink = (i: number): boolean => (links ??= linkRanges(block)).some(([s, e]) => i >= s && i < e)
        const source = (s: number, e: number): Range => [block.sourceStart(s), block.sourceEnd(e)]
        const found: Array<{ at: number; report: () => void }> = []
        const add = (at: number, report: () => void): void => {
          found.push({ at, report })
        }

        for (const m of allMatches(DOUBLED_RE, text)) {
          const s = m.index
          const e = s + m[0].length
          const before = text[s - 1]
          const after = text[e]
          // Leading and trailing whitespace, and whitespace at a line break, are not between words.
          if (before === undefined || after === undefined || LINE_BREAK_CHARS.includes(before) || LINE_BREAK_CHARS.includes(after)) continue
          // HTML collapses runs of ordinary spaces; only NBSP and other fixed spaces show.
          if (isHtml && /^[ \t]+$/.test(m[0])) continue
          // Before a stop or inside a bracket the space should go altogether: reported below.
          if (/[,.;:!?)\]]/.test(after) || /[([]/.test(before)) continue
          const replacement = [...m[0]].every((c) => c === NBSP) ? NBSP : ' '
          add(s, () =>
            context.report({
              messageId: 'doubledSpace',
              range: source(s, e),
              data: { count: m[0].length },
              fix: { range: source(s, e), text: replacement },
            }),
          )
        }

        for (const m of allMatches(SPACE_BEFORE_RE, text)) {
          const s = m.index
          const markAt = s + m[0].length - 1
          const mark = m[1]!
          const before = text[s - 1]
          const after = text[markAt + 1]
          if (before === undefined || isWhitespace(before)) continue
          // An ellipsis, spaced or not (`đề án ...`, `. . .`), and a leading stop (`.NET`, ` .vn`) are not this.
          if (mark === '.' && (after === '.' || before === '.' || before === '…')) continue
          if (after !== undefined && !isWhitespace(after) && !/[\p{P}]/u.test(after)) continue
          if (inLink(markAt)) continue
          add(s, () =>
            context.report({
              messageId: 'spaceBefore',
              range: source(s, markAt + 1),
              data: { mark },
              fix: { range: source(s, markAt), text: '' },
            }),
          )
        }

        for (const m of allMatches(NO_SPACE_AFTER_RE, text)) {
          const i = m.index
          const mark = m[0]
          const before = text[i - 1]
          const after = text[i + 1]!
          if (before === undefined || isWhitespace(before)) continue
          // Digits on both sides were joined by the tokenizer (`98,2`, `5.943`, `09:07`); a lone one is a code.
          if (/\p{N}/u.test(before) && /\p{N}/u.test(after)) continue
          if (inLink(i)) continue
          if (mark === '.' && isAbbreviationStop(text, i, checkAbbreviations)) continue
          if ((mark === '.' || mark === ',') && before === mark) continue
          add(i, () =>
            context.report({
              messageId: 'missingSpaceAfter',
              range: source(i, i + 1),
              data: { mark },
              fix: { range: [block.sourceEnd(i + 1), block.sourceEnd(i + 1)], text: ' ' },
            }),
          )
        }

        for (const m of allMatches(INSIDE_OPEN_RE, text)) {
          const s = m.index
          const e = s + m[0].length
          const after = text[e]
          if (after === undefined || LINE_BREAK_CHARS.includes(after) || /[)\]]/.test(after)) continue
          add(s, () =>
            context.report({
              messageId: 'spaceInside',
              range: source(s, e),
              data: { mark: m[1]! },
              fix: { range: source(s + 1, e), text: '' },
            }),
          )
        }
        for (const m of allMatches(INSIDE_CLOSE_RE, text)) {
          const s = m.index
          const e = s + m[0].length
          const before = text[s - 1]
          if (before === undefined || LINE_BREAK_CHARS.includes(before) || /[([]/.test(before)) continue
          // `( … )` around an ellipsis is left alone.
          if (before === '.' || before === '…') continue
          add(s, () =>
            context.report({
              messageId: 'spaceInside',
              range: source(s, e),
              data: { mark: m[1]! },
              fix: { range: source(s, e - 1), text: '' },
            }),
          )
        }
        found.sort((a, b) => a.at - b.at)
        for (const f of found) f.report()
      },
    }
  },
})
