/**
 * Flags an accidentally doubled word (`5 năm năm liên tục`). Passes what
 * Vietnamese doubles on purpose: reduplication from reduplications.json
 * (`thường thường`, `ngày ngày`, `từ từ`, `đâu đâu`), the seam where a word
 * ends on the syllable the next one starts with (`hành vi vi phạm`, `học sinh
 * sinh viên`, `hàng không không thường lệ`: the first copy closes a Viet74K
 * compound of the syllable tables with the word before it),
 * doubled names (`Trần Viên Viên`) and repeats across punctuation (`rõ người,
 * rõ việc`). Next to a number a listed pair is a slip again (`5 năm năm`).
 */
import { wordAfter, wordBefore } from '../../src/document/neighbours.js'
import type { Token } from '../../src/document/nodes.js'
import { defineRule } from '../../src/engine/types.js'
import { startsUpper } from '../../src/vietnamese/chars.js'
import { COMPOUND_BIT, findEntry, languageTables } from '../../src/vietnamese/language-tables.js'
import { syllableKey } from '../../src/vietnamese/syllable-key.js'
import { isSyllable } from '../../src/vietnamese/syllable.js'
import { toneKey } from '../../src/vietnamese/tone.js'

interface Options {
  allow: string[]
}

/** Numerals that make a doubled unit a slip: `hai năm năm`, like `2 năm năm`. */
const NUMERALS = new Set(['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mươi', 'trăm', 'nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'vài', 'mấy'].map(toneKey))
const DIGIT = /\p{Nd}/u

/** Whether `left right` is a two-syllable piece of a Viet74K compound. */
function inCompound(left: string, right: string): boolean {
  const tables = languageTables()
  const a = tables.ids.get(syllableKey(left))
  const b = tables.ids.get(syllableKey(right))
  if (a === undefined || b === undefined) return false
  const entry = findEntry(tables, a, b)
  return entry >= 0 && (tables.right[entry]! & COMPOUND_BIT) !== 0
}

const allowedCache = new WeakMap<readonly string[], Map<string, Set<string>>>()

/** Tone keys of the listed reduplications and the `allow` option, computed once per list and option. */
function allowedKeys(listed: readonly string[], allow: readonly string[]): Set<string> {
  let byOption = allowedCache.get(listed)
  if (!byOption) allowedCache.set(listed, (byOption = new Map()))
  const optionKey = allow.join('\u0000')
  let keys = byOption.get(optionKey)
  if (!keys) byOption.set(optionKey, (keys = new Set([...listed, ...allow].map((w) => toneKey(w)))))
  return keys
}

function isNumber(token: Token | undefined): boolean {
  return token !== undefined && (DIGIT.test(token.text) || NUMERALS.has(token.toneKey))
}

export default defineRule<Options>({
  meta: {
    id: 'repeated-word',
    category: 'language',
    level: 'warning',
    fixable: true,
    description: { vi: 'Một từ bị gõ lặp hai lần liền nhau.', en: 'A word accidentally written twice in a row.' },
    messages: {
      repeated: { vi: 'Từ “{word}” bị lặp.', en: 'The word “{word}” is repeated.' },
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allow: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          description: 'More words that may be doubled, beside reduplications.json.',
        },
      },
    },
    defaults: { allow: [] },
    data: { reduplications: 'reduplications.json' },
  },
  create(context) {
    const listed = (context.data.reduplications as { words: string[] }).words
    const allowed = allowedKeys(listed, context.options.allow)
    return {
      sentence(sentence) {
        const { tokens, words } = sentence
        // Each pair of words with only whitespace between them (`sentence.adjacentWords()`, without a generator).
        for (let w = 0; w + 1 < words.length; w++) {
          const a = words[w]!
          const b = words[w + 1]!
          if (b.index !== a.index + 2 || tokens[a.index + 1]!.kind !== 'whitespace') continue
          // Same letters, or the same syllable with its mark placed the other way (“uỷ ủy”).
          if (a.form !== b.form && a.lower !== b.lower && (a.lower.length !== b.lower.length || a.toneKey !== b.toneKey)) continue
          const key = a.toneKey
          if (!isSyllable(a.lower)) continue
          // Trần Viên Viên, Luật Luật sư, Đại hội Hội Cựu chiến binh (seed 002): a capital on the
          // second copy starts a name or a title; a slip does not capitalise (“Ngày ngày 28”).
          if (startsUpper(b.text)) continue
          // “của Luật luật sư” (vn-law): a capital inside the sentence starts a title.
          if (startsUpper(a.text) && sentence.words[0] !== a) continue
          const before = wordBefore(a)
          const after = wordAfter(b)
          const nearNumber = isNumber(before) || (after !== undefined && DIGIT.test(after.text))
          if (allowed.has(key) && !nearNumber) continue
          // hành vi vi phạm, hàng không không thường lệ, phiên dịch dịch không trung thực (vn-law):
          // when the first copy closes a compound with the word before it, the second starts the next
          // phrase. A compound only on the right is the usual slip: “đã chỉ chỉ đạo”.
          if (before && inCompound(before.lower, a.lower)) continue
          context.report({
            messageId: 'repeated',
            range: [a.start, b.end],
            data: { word: b.text },
            fix: { range: [a.end, b.end], text: '' },
          })
        }
      },
    }
  },
})
