/**
 * Flags official bodies written with the wrong capitals (`Bộ chính trị`,
 * `Ban thường vụ Tỉnh ủy`, `Trung Ương`) against institutions.json. Names are
 * matched after tone normalisation (`Uỷ ban` = `Ủy ban`) and only capitals are
 * judged; generic lower-case uses (`các ban xây dựng đảng`, `ủy ban kiểm tra
 * các cấp`) pass.
 */
import type { SoatDocument } from '../../src/document/document.js'
import type { Sentence, Token } from '../../src/document/nodes.js'
import { type PhraseMatch, PhraseMatcher } from '../../src/document/phrase-matcher.js'
import { tokenize } from '../../src/parse/prose.js'
import { defineRule, type ReportDescriptor } from '../../src/engine/types.js'
import { startsUpper } from '../../src/vietnamese/chars.js'
import { isShouted, lowerFirst, upperFirst } from '../../src/vietnamese/case.js'
import { cachedToneKey } from '../../src/vietnamese/tone-key-cache.js'

/** One body of institutions.json (or of the `institutions` option). */
interface Institution {
  name: string
  generic?: boolean
  alwaysName?: boolean
  qualifier?: boolean
  accepted?: string[]
}

interface InstitutionsData {
  titles?: string[]
  plurals?: string[]
  institutions: Institution[]
}

interface Options {
  institutions: Array<string | Institution>
}

interface Entry {
  institution: Institution
  /** Capital of each word of the canonical name. */
  canonical: boolean[]
  /** Capitals of every accepted form, the canonical one first. */
  accepted: boolean[][]
}

interface Compiled {
  matcher: PhraseMatcher<Entry>
  titles: Set<string>
  plurals: Set<string>
}

/** The capital of each word of `phrase`. */
function capitals(phrase: string): boolean[] {
  return tokenize(phrase)
    .filter((t) => t.kind === 'word')
    .map((t) => startsUpper(phrase.slice(t.start, t.end)))
}

function phraseKey(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/u)
    .map((w) => cachedToneKey(w.normalize('NFC').toLowerCase()))
    .join(' ')
}

const compiledCache = new WeakMap<InstitutionsData, Map<string, Compiled>>()

function compile(data: InstitutionsData, extra: Options['institutions']): Compiled {
  let byOptions = compiledCache.get(data)
  if (!byOptions) compiledCache.set(data, (byOptions = new Map()))
  const cacheKey = JSON.stringify(extra)
  let compiled = byOptions.get(cacheKey)
  if (!compiled) {
    const institutions = [...data.institutions, ...extra.map((e) => (typeof e === 'string' ? { name: e } : e))]
    const entries = institutions.map((institution): readonly [string, Entry] => {
      const canonical = capitals(institution.name)
      return [institution.name, { institution, canonical, accepted: [canonical, ...(institution.accepted ?? []).map(capitals)] }]
    })
    // A newsroom's entry for a name already listed replaces the built-in one (the matcher keeps the first).
    entries.reverse()
    compiled = {
      matcher: new PhraseMatcher(entries, { ignoreTonePlacement: true }),
      titles: new Set((data.titles ?? []).map(phraseKey)),
      plurals: new Set((data.plurals ?? []).map(phraseKey)),
    }
    byOptions.set(cacheKey, compiled)
  }
  return compiled
}

function wordsOf(sentence: Sentence, match: PhraseMatch<Entry>): Token[] {
  return sentence.tokens.slice(match.firstToken, match.endToken).filter((t) => t.kind === 'word')
}

function sameCapitals(a: readonly boolean[], b: readonly boolean[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

/** The words before token `index`, separated by whitespace only, as keys (nearest last). */
function wordsBefore(sentence: Sentence, index: number, count: number): string[] {
  const keys: string[] = []
  let k = index - 1
  while (keys.length < count && k >= 1) {
    const gap = sentence.tokens[k]!
    const word = sentence.tokens[k - 1]!
    if (gap.kind !== 'whitespace' || word.kind !== 'word') break
    keys.unshift(word.toneKey)
    k -= 2
  }
  return keys
}

function precededBy(sentence: Sentence, index: number, set: Set<string>, maxWords: number): boolean {
  const before = wordsBefore(sentence, index, maxWords)
  for (let n = 1; n <= before.length; n++) if (set.has(before.slice(before.length - n).join(' '))) return true
  return false
}

/** The source text of `[start, end)` with the words of `words` given the capitals of `pattern`; undefined when a word is not written as in the source. */
function recased(document: SoatDocument, start: number, end: number, parts: Array<{ words: Token[]; pattern: readonly boolean[] }>): string | undefined {
  let out = ''
  let pos = start
  for (const { words, pattern } of parts) {
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!
      const source = document.slice(word.start, word.end)
      if (source !== word.text) return undefined
      out += document.slice(pos, word.start) + (pattern[i] ? upperFirst(source) : lowerFirst(source))
      pos = word.end
    }
  }
  return out + document.slice(pos, end)
}

export default defineRule<Options>({
  meta: {
    id: 'institution-capitalization',
    category: 'style',
    level: 'warning',
    fixable: true,
    hasSuggestions: true,
    description: {
      vi: 'Tên cơ quan, tổ chức của Đảng, Nhà nước, đoàn thể viết hoa chưa đúng (`Bộ chính trị`, `Ban thường vụ Tỉnh ủy`, `Trung Ương`).',
      en: 'Party, state and mass-organisation bodies written with the wrong capitals (`Bộ chính trị`, `Ban thường vụ Tỉnh ủy`, `Trung Ương`).',
    },
    messages: {
      wrongCapitals: {
        vi: 'Viết hoa chưa đúng: “{actual}”, cần viết “{expected}”.',
        en: 'Wrong capitals: “{actual}”, expected “{expected}”.',
      },
      useCanonical: { vi: 'Viết “{expected}”.', en: 'Write “{expected}”.' },
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        institutions: {
          type: 'array',
          description: 'More bodies, in the form of institutions.json entries or as canonical names (`Ban Tuyên giáo Tỉnh ủy`). An entry for a listed name replaces it.',
          items: {
            anyOf: [
              { type: 'string', minLength: 2 },
              {
                type: 'object',
                additionalProperties: false,
                required: ['name'],
                properties: {
                  name: { type: 'string', minLength: 2 },
                  generic: { type: 'boolean' },
                  alwaysName: { type: 'boolean' },
                  qualifier: { type: 'boolean' },
                  accepted: { type: 'array', items: { type: 'string', minLength: 2 } },
                },
              },
            ],
          },
        },
      },
    },
    defaults: { institutions: [] },
    data: { institutions: 'institutions.json' },
  },
  create(context) {
    const { matcher, titles, plurals } = compile(context.data.institutions as InstitutionsData, context.options.institutions)
    const document = context.document
    return {
      sentence(sentence) {
        const matches = matcher.match(sentence)
        if (matches.length === 0) return
        const firstWord = sentence.tokens.findIndex((t) => t.kind === 'word')
        for (let m = 0; m < matches.length; m++) {
          const match = matches[m]!
          const entry = match.value
          const words = wordsOf(sentence, match)
          const written = words.map((w) => startsUpper(w.text))
          if (isShouted(words.map((w) => w.text))) continue
          if (entry.accepted.some((p) => sameCapitals(p, written))) continue

          const canonical = entry.canonical
          const institution = entry.institution
          const overCapitalised = written.some((upper, i) => i > 0 && upper && !canonical[i])
          // A following body (`Tỉnh ủy`, `Trung ương`) makes a generic name one body.
          const next = matches[m + 1]
          const gap = sentence.tokens[match.endToken]
          const qualifier =
            next && next.value.institution.qualifier && next.firstToken === match.endToken + 1 && gap?.kind === 'whitespace' ? next : undefined
          const qualifierWords = qualifier ? wordsOf(sentence, qualifier) : []
          const qualifierCapitalised = qualifierWords.length > 0 && startsUpper(qualifierWords[0]!.text)

          let verdict: 'fix' | 'suggest' | undefined
          // Only the first capital, and the sentence starts here: the capital says nothing, unless the name is never a common noun.
          const onlySentenceCapital =
            written[0] && match.firstToken === firstWord && written.slice(1).every((u) => !u) && !institution.alwaysName
          if (!written[0] || onlySentenceCapital) {
            // Lower case is a common noun (`các ban xây dựng đảng`, `sự nhượng bộ chính trị`, `trở thành Ủy ban`),
            // unless a body follows with its capital: `ban thường vụ Tỉnh ủy`.
            if (institution.generic && qualifierCapitalised && !precededBy(sentence, match.firstToken, plurals, 1)) verdict = 'fix'
          } else if (overCapitalised || !institution.generic || qualifier) {
            verdict = 'fix'
          } else if (precededBy(sentence, match.firstToken, titles, 2)) {
            // `Ủy viên Ban thường vụ`: a title says it is a body, but which one is not written.
            verdict = 'suggest'
          }
          if (!verdict) continue

          const parts = [{ words, pattern: canonical }]
          let end = match.end
          if (qualifier && verdict === 'fix') {
            parts.push({ words: qualifierWords, pattern: qualifier.value.canonical })
            end = qualifier.end
            m++
          }
          const expected = recased(document, match.start, end, parts)
          const actual = document.slice(match.start, end)
          if (expected === undefined || expected === actual) continue
          const fix = { range: [match.start, end] as const, text: expected }
          const descriptor: ReportDescriptor = { messageId: 'wrongCapitals', range: [match.start, end], data: { actual, expected } }
          if (verdict === 'fix') descriptor.fix = fix
          else descriptor.suggest = [{ messageId: 'useCanonical', fix }]
          context.report(descriptor)
        }
      },
    }
  },
})
