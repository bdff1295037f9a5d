/**
 * Flags a person's name spelled two ways in one document, one syllable one
 * edit apart (`Nguyễn Xuân Tường` / `Nguyễn Xuân Trường`), naming both
 * places. A name is a run of 3–4 capitalised syllables opened by a surname
 * (name-cues.json), or of 2–4 after a word of address or rank (`đồng chí
 * Thào A Sinh`). Two spellings each written twice or more are taken for two
 * people (`Nguyễn Văn An`, `Nguyễn Văn Anh`); tone placement (`Hòa`/`Hoà`) is
 * tone-placement's business.
 */
import type { Sentence, Token } from '../../src/document/nodes.js'
import { FormMemo } from '../../src/document/token-form.js'
import { defineRule, type Fix, type Range } from '../../src/engine/types.js'
import { startsUpper } from '../../src/vietnamese/chars.js'
import { isCapitalisedWord } from '../../src/vietnamese/case.js'
import { cachedToneKey as toneKey } from '../../src/vietnamese/tone-key-cache.js'

interface NameCues {
  surnames: string[]
  honorifics: string[]
}

interface Cues {
  surnames: Set<string>
  honorifics: Set<string>
}

/** One written name. */
interface NameUse {
  syllables: string[]
  form: string
  range: Range
}

const cuesCache = new WeakMap<NameCues, Cues>()

function cuesOf(data: NameCues): Cues {
  let cues = cuesCache.get(data)
  if (!cues) {
    const key = (phrase: string): string => phrase.split(/\s+/u).map(toneKey).join(' ')
    cues = { surnames: new Set(data.surnames.map(key)), honorifics: new Set(data.honorifics.map(key)) }
    cuesCache.set(data, cues)
  }
  return cues
}

/** A syllable of a name: `Tường`, `A`, not `TP`, `Covid19` or `Mazda`-long words. Once per distinct text. */
const nameSyllable = new FormMemo((form) => {
  if (form.kind !== 'word' || form.text.length > 7) return false
  const c = form.text.charCodeAt(0)
  if ((c >= 0x61 && c <= 0x7a) || c < 0x41) return false // most words: a lower-case ASCII start, or a digit
  return !form.isLink && startsUpper(form.text) && isCapitalisedWord(form.text)
})

function isNameSyllable(token: Token): boolean {
  return nameSyllable.of(token)
}

/** Whether the one or two words before token `index` are a word of address or rank. */
function afterHonorific(sentence: Sentence, index: number, honorifics: Set<string>): boolean {
  const keys: string[] = []
  for (let k = index - 1; k >= 1 && keys.length < 2; k -= 2) {
    const gap = sentence.tokens[k]!
    const word = sentence.tokens[k - 1]!
    if (gap.kind !== 'whitespace' || word.kind !== 'word') break
    keys.unshift(word.toneKey)
    if (honorifics.has(keys.join(' '))) return true
  }
  return false
}

/** Levenshtein distance of two short strings, stopping above 1. */
function withinOneEdit(a: string, b: string): boolean {
  const x = [...a]
  const y = [...b]
  if (Math.abs(x.length - y.length) > 1) return false
  let i = 0
  let j = 0
  let edits = 0
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      i++
      j++
      continue
    }
    if (++edits > 1) return false
    if (x.length > y.length) i++
    else if (y.length > x.length) j++
    else {
      i++
      j++
    }
  }
  return edits + (x.length - i) + (y.length - j) <= 1
}

/** The names of `sentence`. */
function namesIn(sentence: Sentence, cues: Cues): NameUse[] {
  const names: NameUse[] = []
  const tokens = sentence.tokens
  // `k`: the first token not yet read; a name starts on a word.
  let k = 0
  for (const word of sentence.words) {
    if (word.index < k || !isNameSyllable(word)) continue
    k = word.index
    // A run of capitalised syllables, one space apart.
    const runStart = k
    const run: Token[] = [tokens[k]!]
    let e = k + 1
    while (e + 1 < tokens.length && tokens[e]!.kind === 'whitespace' && isNameSyllable(tokens[e + 1]!)) {
      run.push(tokens[e + 1]!)
      e += 2
    }
    k = e
    if (run.length < 2) continue
    let start = 0
    let cued = afterHonorific(sentence, runStart, cues.honorifics)
    // `Ông Nguyễn Văn A`: a capitalised word of address opens the run.
    while (start < run.length - 1 && cues.honorifics.has(run[start]!.toneKey)) {
      start++
      cued = true
    }
    let name: Token[] | undefined
    const rest = run.length - start
    if (cued && rest >= 2 && rest <= 4) name = run.slice(start)
    // Otherwise a surname opens a name of three or four syllables (`Thanh Hóa Lê Anh Xuân` → `Lê Anh Xuân`).
    for (let i = start; !name && i + 3 <= run.length; i++) {
      if (run.length - i <= 4 && cues.surnames.has(run[i]!.toneKey)) name = run.slice(i)
    }
    if (name) {
      const syllables = name.map((t) => t.text.normalize('NFC'))
      names.push({ syllables, form: syllables.join(' '), range: [name[0]!.start, name[name.length - 1]!.end] })
    }
  }
  return names
}

export default defineRule({
  meta: {
    id: 'name-consistency',
    category: 'style',
    level: 'warning',
    fixable: false,
    hasSuggestions: true,
    description: {
      vi: 'Họ tên một người được viết theo hai cách trong cùng một bài (`Nguyễn Xuân Tường` / `Nguyễn Xuân Trường`).',
      en: "A person's full name spelled two ways in one document (`Nguyễn Xuân Tường` / `Nguyễn Xuân Trường`).",
    },
    messages: {
      spelledTwoWays: {
        vi: 'Tên người được viết hai cách: “{actual}” ở đây và “{other}” ở dòng {line}; kiểm tra lại cho thống nhất.',
        en: 'A name is spelled two ways: “{actual}” here and “{other}” on line {line}; make them agree.',
      },
      otherSpelling: { vi: 'Cách viết “{other}”.', en: 'Spelled “{other}” here.' },
      useOther: { vi: 'Sửa thành “{other}”.', en: 'Change to “{other}”.' },
      useThis: { vi: 'Sửa các chỗ khác thành “{actual}”.', en: 'Change the other places to “{actual}”.' },
    },
    data: { cues: 'name-cues.json' },
  },
  create(context) {
    const cues = cuesOf(context.data.cues as NameCues)
    const byForm = new Map<string, NameUse[]>()
    return {
      sentence(sentence) {
        for (const use of namesIn(sentence, cues)) {
          const list = byForm.get(use.form)
          if (list) list.push(use)
          else byForm.set(use.form, [use])
        }
      },
      'document:exit'(document) {
        if (byForm.size < 2) return
        // Forms that agree on every syllable but one, bucketed by that syllable's position.
        const buckets = new Map<string, string[]>()
        for (const form of byForm.keys()) {
          const syllables = byForm.get(form)![0]!.syllables
          syllables.forEach((_, i) => {
            const key = `${syllables.length}:${syllables.map((s, j) => (j === i ? '*' : s.toLowerCase())).join(' ')}`
            const bucket = buckets.get(key)
            if (bucket) bucket.push(form)
            else buckets.set(key, [form])
          })
        }
        const reported = new Set<string>()
        for (const [key, forms] of buckets) {
          if (forms.length < 2) continue
          const position = key.slice(key.indexOf(':') + 1).split(' ').indexOf('*')
          for (let a = 0; a < forms.length; a++) {
            for (let b = a + 1; b < forms.length; b++) {
              const usesA = byForm.get(forms[a]!)!
              const usesB = byForm.get(forms[b]!)!
              const x = usesA[0]!.syllables[position]!
              const y = usesB[0]!.syllables[position]!
              if (toneKey(x) === toneKey(y) || !withinOneEdit(x.toLowerCase(), y.toLowerCase())) continue
              // Each written twice or more: two people who share most of a name.
              if (usesA.length >= 2 && usesB.length >= 2) continue
              const [odd, main] =
                usesA.length < usesB.length || (usesA.length === usesB.length && usesA[0]!.range[0] > usesB[0]!.range[0]) ? [usesA, usesB] : [usesB, usesA]
              const use = odd[0]!
              const other = main[0]!
              if (reported.has(use.form)) continue
              reported.add(use.form)
              const changeOthers: Fix[] = main.map((u) => ({ range: u.range, text: use.form }))
              context.report({
                messageId: 'spelledTwoWays',
                range: use.range,
                data: { actual: use.form, other: other.form, line: document.lines.lineOf(other.range[0]) },
                related: main.map((u) => ({ range: u.range, messageId: 'otherSpelling', data: { other: u.form } })),
                suggest: [
                  { messageId: 'useOther', data: { other: other.form }, fix: { range: use.range, text: other.form } },
                  { messageId: 'useThis', data: { actual: use.form }, fix: changeOthers },
                ],
              })
            }
          }
        }
      },
    }
  },
})
