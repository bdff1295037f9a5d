/**
 * Flags an acronym used before it is spelled out, or never spelled out and
 * not in the well-known list (acronyms.json: HĐND, UBND, MTTQ …). Spelling out
 * is `tổ chức cơ sở đảng (TCCSĐ)`, `TCCSĐ (tổ chức cơ sở đảng)` or `(sau đây
 * gọi tắt là …)`. Roman numerals (`khóa XIII`), codes (`05-NQ/TU`), words in
 * a headline set in capitals and bylines (`PV`) are not acronyms.
 */
import type { SoatDocument } from '../../src/document/document.js'
import type { Block, Sentence, Token } from '../../src/document/nodes.js'
import { FormMemo } from '../../src/document/token-form.js'
import { defineRule } from '../../src/engine/types.js'
import { isAllUpper } from '../../src/vietnamese/chars.js'
import { stripTone } from '../../src/vietnamese/tone.js'

interface AcronymEntry {
  acronym: string
  expansion: string
}

interface Options {
  acronyms: Array<string | AcronymEntry>
}

/** Capital letters an acronym is made of: Latin, `Đ` and `Ư` (`TƯ`, `NSƯT`). No tone marks, no digits. */
const ACRONYM_RE = /^[A-ZĐƯ]{2,}$/u
/** Roman numerals below 100 (`khóa XIII`, `Chương XIV`), with a group letter (`Nhóm IIA`, `IB`); `CD`, `MC` stay acronyms. */
const ROMAN_RE = /^(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})[AB]?$/u
/** Words that say a short form is being defined: `(sau đây gọi tắt là UBKT)`, `GT là ký hiệu viết tắt của…`. */
const DEFINING_WORDS = new Set(['gọi', 'tắt'])
const VOWELS_RE = /[AEIOUY]/gu

const knownCache = new WeakMap<object, Map<string, Set<string>>>()

function knownSet(data: { acronyms: AcronymEntry[] }, extra: Options['acronyms']): Set<string> {
  let byOptions = knownCache.get(data)
  if (!byOptions) knownCache.set(data, (byOptions = new Map()))
  const key = JSON.stringify(extra)
  let set = byOptions.get(key)
  if (!set) {
    set = new Set([...data.acronyms.map((a) => a.acronym), ...extra.map((a) => (typeof a === 'string' ? a : a.acronym))])
    byOptions.set(key, set)
  }
  return set
}

const baseLetters = new Map<string, string>()

/** The base letter of a capital or a word's first letter, without tone or vowel marks (except Đ): `Ủ` → `U`, `ư` → `U`. */
function baseLetter(ch: string): string {
  // Asked for the first letter of every word of a document: cached per character.
  let base = baseLetters.get(ch)
  if (base === undefined) {
    const upper = ch.toUpperCase()
    base = upper === 'Đ' ? 'Đ' : stripTone(upper).normalize('NFD').replace(/\p{M}/gu, '')
    if (baseLetters.size < 4096) baseLetters.set(ch, base)
  }
  return base
}

function isAcronym(word: string): boolean {
  if (!ACRONYM_RE.test(word) || ROMAN_RE.test(word)) return false
  // A long word, or one with vowels where a word has them, is a word in capitals (`CHONDRICHTHYES`, `MAMMALIA`,
  // `PETROVIETNAM`), not initials.
  return word.length < 7 || (word.length < 9 && (word.match(VOWELS_RE)?.length ?? 0) / word.length < 0.3)
}

/** `isAcronym` of a word token, once per distinct text (asked of every word). */
const acronymForm = new FormMemo((form) => form.kind === 'word' && !form.isLink && isAcronym(form.text))

/** A code beside which capitals are codes too: `hạng FB2, FD, FE`, `hạng B2, D, E`. */
const CODE_RE = /^(?:\p{Lu}{1,3}\d+|\p{Lu})$/u

/** Whether the acronym at `index` is a code: a model (`CR.42`, `AGM-84E SLAM`), or in a list with codes (`hạng FB2, FD, FE`). */
function isCode(tokens: readonly Token[], index: number): boolean {
  const after = tokens[index + 1]
  if (after?.kind === 'punctuation' && /^[.-]$/.test(after.text) && /^\d/.test(tokens[index + 2]?.text ?? '')) return true
  // `AGM-84E SLAM`: the name of a model after its code.
  const previous = tokens[index - 1]?.kind === 'whitespace' ? tokens[index - 2] : undefined
  if (previous?.kind === 'word' && /\p{Lu}.*-.*\d|\d.*-.*\p{Lu}/u.test(previous.text)) return true
  for (const step of [-1, 1]) {
    // List items are `word, word`: a comma and a space between them.
    let k = index
    for (let items = 0; items < 10; items++) {
      const comma = step < 0 ? tokens[k - 2] : tokens[k + 1]
      const gap = step < 0 ? tokens[k - 1] : tokens[k + 2]
      const item = tokens[k + 3 * step]
      if (comma?.text !== ',' || gap?.kind !== 'whitespace' || item?.kind !== 'word') break
      if (CODE_RE.test(item.text)) return true
      if (!ACRONYM_RE.test(item.text)) break
      k += 3 * step
    }
  }
  return false
}

/** Whether `token` is a capitalised word (`Eagle`, `Bình`): the acronym before it belongs to a name. */
function isNamePart(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(token.text)
}

/** Whether `token` is a word in capitals with Vietnamese marks (`BẢN`, `NĂM`): text set in capitals, not initials. */
function isShoutedWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && isAllUpper(token.text) && /[^A-ZĐ\d\-/.]/u.test(token.text)
}

/** A sentence set in capitals (`THỨ NĂM, 02/12/2021`): its words are not acronyms. */
function isShoutedSentence(sentence: Sentence): boolean {
  let lettered = 0
  let upper = 0
  for (const w of sentence.words) {
    if (w.text.toLowerCase() === w.text.toUpperCase()) continue
    lettered++
    if (isAllUpper(w.text) && [...w.text].length > 1) upper++
  }
  return upper >= 2 && upper * 2 >= lettered
}

/** Whether the words inside the parentheses after `index` start with the initials of `acronym` (`TCCSĐ (tổ chức cơ sở đảng)`). */
function expandedAfter(tokens: readonly Token[], index: number, acronym: string): boolean {
  let k = index + 1
  if (tokens[k]?.kind === 'whitespace') k++
  if (tokens[k]?.text !== '(') return false
  const letters = [...acronym].map(baseLetter)
  const initials: string[] = []
  for (k++; k < tokens.length && initials.length < letters.length; k++) {
    const t = tokens[k]!
    if (t.text === ')') break
    if (t.kind === 'word') initials.push(baseLetter([...t.text][0]!))
  }
  return initials.length === letters.length && initials.every((c, i) => c === letters[i])
}

/** Whether the acronym at `index` is being defined here. */
function isDefinition(tokens: readonly Token[], index: number, acronym: string): boolean {
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  const afterMark = after?.kind === 'whitespace' ? tokens[index + 2] : after
  // `tổ chức cơ sở đảng (TCCSĐ)`, `(WHO, 1948)`, `Trao đổi dữ liệu điện tử (EDI – electronic data interchange)`
  if (before?.text === '(' && index >= 2 && (afterMark === undefined || /^[),;:\u2013\u2014-]/.test(afterMark.text))) return true
  // `LANTIRN (hệ thống dẫn đường và tìm mục tiêu tầm thấp ban đêm)`: an explanation in brackets right after it.
  if (after?.kind === 'whitespace' && tokens[index + 2]?.text === '(' && wordsInBracket(tokens, index + 2) >= 3) return true
  // `("Trust Territory of the Pacific Islands" - TTPI)`, `(tiếng Anh: World Health Organization, WHO)`
  const mark = before?.kind === 'whitespace' ? tokens[index - 2] : before
  if (after?.text.startsWith(')') && mark?.kind === 'punctuation' && /^[-–:,=]$/.test(mark.text) && opensBefore(tokens, index)) return true
  // `Tiêu chuẩn cơ sở, ký hiệu là TCCS`, `viết tắt là`, `gọi là` (but not `cái gọi là`, so-called).
  const la = tokens[index - 2]
  const cue = tokens[index - 4]
  if (la?.lower === 'là' && cue && ['hiệu', 'tắt', 'gọi'].includes(cue.lower) && !(cue.lower === 'gọi' && tokens[index - 6]?.lower === 'cái')) return true
  // `(sau đây gọi tắt là UBKT)`, `(sau đây gọi là hợp đồng BCC)`: a defining word since the bracket opened.
  let words = 0
  for (let k = index - 1; k >= 0 && words < 8; k--) {
    const t = tokens[k]!
    if (t.text === '(') break
    if (t.kind !== 'word') continue
    words++
    if (DEFINING_WORDS.has(t.lower) && opensBefore(tokens, k)) return true
  }
  // `GT là ký hiệu viết tắt của tổng dung tích`
  words = 0
  for (let k = index + 1; k < tokens.length && words < 6; k++) {
    const t = tokens[k]!
    if (t.kind !== 'word') continue
    words++
    if (t.lower === 'tắt') return true
  }
  return expandedAfter(tokens, index, acronym)
}

/** The number of words inside the bracket opening at token `open` (up to 10). */
function wordsInBracket(tokens: readonly Token[], open: number): number {
  let words = 0
  for (let k = open + 1; k < tokens.length && words < 10; k++) {
    if (tokens[k]!.text.startsWith(')')) return words
    if (tokens[k]!.kind === 'word') words++
  }
  return words
}

/** Whether a bracket opens shortly before token `index` and is still open there. */
function opensBefore(tokens: readonly Token[], index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 30; k--) {
    const text = tokens[k]!.text
    if (text === '(') return true
    if (text.startsWith(')')) return false
  }
  return false
}

const initialsCache = new WeakMap<SoatDocument, string[]>()

/** Whether words whose initials are the acronym's letters come before its first use (three letters or more). */
function spelledBefore(document: SoatDocument, acronym: string, first: Token): boolean {
  const letters = [...acronym].map(baseLetter)
  if (letters.length < 3) return false
  const words = document.words
  let initials = initialsCache.get(document)
  if (!initials) initialsCache.set(document, (initials = words.map((w) => baseLetter(String.fromCodePoint(w.text.codePointAt(0)!)))))
  for (let i = 0; i + letters.length <= words.length && words[i + letters.length - 1]!.start < first.start; i++) {
    let k = 0
    while (k < letters.length && initials[i + k] === letters[k]) k++
    if (k === letters.length) return true
  }
  return false
}

interface Use {
  token: Token
  defines: boolean
}

export default defineRule<Options>({
  meta: {
    id: 'acronym',
    category: 'style',
    level: 'note',
    fixable: false,
    description: {
      vi: 'Chữ viết tắt được dùng trước khi viết đầy đủ, hoặc không được viết đầy đủ mà cũng không thuộc danh sách quen thuộc.',
      en: 'An acronym used before it is spelled out, or never spelled out and not in the well-known list.',
    },
    messages: {
      notSpelledOut: {
        vi: 'Chữ viết tắt “{acronym}” không được viết đầy đủ trong bài; cần viết đầy đủ ở lần dùng đầu tiên.',
        en: 'The acronym “{acronym}” is never spelled out; spell it out at its first use.',
      },
      usedBeforeDefinition: {
        vi: 'Chữ viết tắt “{acronym}” được dùng trước khi được viết đầy đủ ở dòng {line}.',
        en: 'The acronym “{acronym}” is used before it is spelled out on line {line}.',
      },
      definition: { vi: 'Nơi viết đầy đủ.', en: 'Spelled out here.' },
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        acronyms: {
          type: 'array',
          description: 'More well-known acronyms, as strings (`BHXH`) or as acronyms.json entries.',
          items: {
            anyOf: [
              { type: 'string', minLength: 2, pattern: '^\\S+$' },
              {
                type: 'object',
                additionalProperties: false,
                required: ['acronym', 'expansion'],
                properties: { acronym: { type: 'string', minLength: 2, pattern: '^\\S+$' }, expansion: { type: 'string', minLength: 2 } },
              },
            ],
          },
        },
      },
    },
    defaults: { acronyms: [] },
    data: { acronyms: 'acronyms.json' },
  },
  create(context) {
    const known = knownSet(context.data.acronyms as { acronyms: AcronymEntry[] }, context.options.acronyms)
    const uses = new Map<string, Use[]>()
    const skipBlock = (block: Block): boolean => block.kind === 'byline'
    return {
      sentence(sentence) {
        if (skipBlock(sentence.block)) return
        let shouted: boolean | undefined
        const tokens = sentence.tokens
        for (const token of sentence.words) {
          if (!acronymForm.of(token) || known.has(token.text)) continue
          const i = token.index
          shouted ??= isShoutedSentence(sentence)
          if (shouted) break
          if (isShoutedWord(tokens[i - 2]) || isShoutedWord(tokens[i + 2])) continue // “BẢN TIN”
          // Part of a longer proper name (`HMS Eagle`, `SQC Bình Định`, `Patriot CAP`): a name, spelled as its owner does.
          if (tokens[i + 1]?.kind === 'whitespace' && isNamePart(tokens[i + 2])) continue
          if (tokens[i - 1]?.kind === 'whitespace' && i - 2 > 0 && isNamePart(tokens[i - 2])) continue
          if (isCode(tokens, i)) continue
          const list = uses.get(token.text) ?? []
          list.push({ token, defines: isDefinition(tokens, i, token.text) })
          uses.set(token.text, list)
        }
      },
      'document:exit'() {
        for (const [acronym, list] of uses) {
          const definition = list.find((u) => u.defines)
          // `Radio Television Hong Kong năm 1987. Làm DJ cho RTHK`: the words before say it, without brackets.
          if (!definition && spelledBefore(context.document, acronym, list[0]!.token)) continue
          if (!definition) {
            context.report({ messageId: 'notSpelledOut', node: list[0]!.token, data: { acronym } })
            continue
          }
          // A headline may use the short form before the body spells it out.
          const first = list.find((u) => u.token.sentence.block.kind !== 'title' && u.token.sentence.block.kind !== 'heading')
          if (first && first !== definition && first.token.start < definition.token.start) {
            context.report({
              messageId: 'usedBeforeDefinition',
              node: first.token,
              data: { acronym, line: context.document.lines.lineOf(definition.token.start) },
              related: [{ range: [definition.token.start, definition.token.end], messageId: 'definition' }],
            })
          }
        }
      },
    }
  },
})
