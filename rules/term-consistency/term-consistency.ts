/**
 * Flags one term written two ways in a document (seed 000 line 33: `COVID19`
 * beside `COVID-19`) and forms that terms.json (or the `terms` option) does
 * not accept. Listed terms are fixed to their preferred form; other words that
 * differ by a hyphen or by capitals beside one (`e-mail`/`email`, `Ê-đê`/`Êđê`,
 * `V-league`/`V-League`) get the document's most frequent form as a suggestion.
 */
import type { Sentence, Token } from '../../src/document/nodes.js'
import { PhraseMatcher } from '../../src/document/phrase-matcher.js'
import { FormMemo } from '../../src/document/token-form.js'
import { defineRule, type Range } from '../../src/engine/types.js'
import { collapseWhitespace, isAllUpper, startsUpper } from '../../src/vietnamese/chars.js'
import { isShouted, lowerFirst, upperFirst } from '../../src/vietnamese/case.js'

interface Term {
  term: string
  variants?: string[]
  accepted?: string[]
}

interface Options {
  terms: Term[]
}

interface Use {
  range: Range
  written: string
}

const matcherCache = new WeakMap<object, Map<string, PhraseMatcher<Term>>>()

function matcherFor(data: { terms: Term[] }, extra: Term[]): PhraseMatcher<Term> {
  let byOptions = matcherCache.get(data)
  if (!byOptions) matcherCache.set(data, (byOptions = new Map()))
  const key = JSON.stringify(extra)
  let matcher = byOptions.get(key)
  if (!matcher) {
    // The newsroom's terms first: the matcher keeps the first entry for a form.
    const terms = [...extra, ...data.terms]
    matcher = new PhraseMatcher(terms.flatMap((t) => [t.term, ...(t.variants ?? []), ...(t.accepted ?? [])].map((form) => [form, t] as const)))
    byOptions.set(key, matcher)
  }
  return matcher
}

/** `text` with its first letter in lower case (`2-Chloroethyl` → `2-chloroethyl`): a sentence may start with it. */
function lowerFirstLetter(text: string): string {
  return text.replace(/\p{L}/u, (ch) => ch.toLowerCase())
}

/**
 * How a use is compared with the forms of `term`: whitespace collapsed, and for a term written in lower case
 * (`kinh tế - xã hội`) the first letter's case ignored, as a sentence may start with it. `Zalo` and `COVID-19`
 * keep every capital.
 */
function formKey(form: string, term: Term): string {
  const collapsed = collapseWhitespace(form.normalize('NFC'))
  return startsUpper(term.term) ? collapsed : lowerFirstLetter(collapsed)
}

const HYPHENS_RE = /[-\u2010\u2011]/gu
const HAS_HYPHEN_RE = /[-\u2010\u2011]/u
/** Words whose spelling can drift: a hyphen or a digit joined to letters (`e-mail`, `F0`, `COVID19`), not codes (`05-NQ/TU`). */
const MAY_DRIFT_RE = /[-\u2010\u2011\d]/u
const LETTER_RE = /\p{L}/u

const canDrift = new FormMemo((form) => MAY_DRIFT_RE.test(form.text) && LETTER_RE.test(form.text) && !form.text.includes('/'))

/** The word without hyphens, lower case: `E-mail`, `email` → `email`. */
function driftKey(token: Token): string {
  const lower = token.lower
  return lower.includes('-') || lower.includes('\u2010') || lower.includes('\u2011') ? lower.replace(HYPHENS_RE, '') : lower
}

/** `form` with the first-letter case of `like` (`E-mail` in `email`'s place becomes `e-mail`; `COVID-19` stays). */
function withCaseOf(form: string, like: string): string {
  if (startsUpper(like)) return upperFirst(form)
  return /^.\p{Ll}/u.test(form) ? lowerFirst(form) : form
}

export default defineRule<Options>({
  meta: {
    id: 'term-consistency',
    category: 'style',
    level: 'warning',
    fixable: true,
    hasSuggestions: true,
    description: {
      vi: 'Một thuật ngữ được viết theo hai cách trong cùng một bài (`COVID19` và `COVID-19`), hoặc khác cách viết ưu tiên.',
      en: 'One term written two ways in a document (`COVID19` and `COVID-19`), or not in its preferred form.',
    },
    messages: {
      preferred: { vi: 'Viết “{expected}” thay cho “{actual}”.', en: 'Write “{expected}” instead of “{actual}”.' },
      inconsistent: {
        vi: 'Bài viết cả “{actual}” lẫn “{expected}”; nên thống nhất một cách viết: “{expected}”.',
        en: 'The text writes both “{actual}” and “{expected}”; keep one form: “{expected}”.',
      },
      otherForm: { vi: 'Cách viết kia.', en: 'The other form.' },
      useForm: { vi: 'Viết “{expected}”.', en: 'Write “{expected}”.' },
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        terms: {
          type: 'array',
          description: 'More preferred forms, as terms.json entries (`{ "term": "Zalo", "variants": ["zalo"] }`); an entry for a listed form wins.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['term'],
            properties: {
              term: { type: 'string', minLength: 1 },
              variants: { type: 'array', items: { type: 'string', minLength: 1 } },
              accepted: { type: 'array', items: { type: 'string', minLength: 1 } },
            },
          },
        },
      },
    },
    defaults: { terms: [] },
    data: { terms: 'terms.json' },
  },
  create(context) {
    const matcher = matcherFor(context.data.terms as { terms: Term[] }, context.options.terms)
    const document = context.document
    const listed = new Map<Term, Use[]>()
    const claimed = new Set<number>()
    const driftKeys = new Set<string>()
    const shoutedCache = new Map<Sentence, boolean>()
    const shouted = (sentence: Sentence): boolean => {
      let value = shoutedCache.get(sentence)
      if (value === undefined) shoutedCache.set(sentence, (value = isShouted(sentence.words.map((w) => w.text))))
      return value
    }
    /** Whether a word takes part in the comparison of forms: capitals in a heading (`Mục 3: ĐỐI VỚI RUỘNG ĐẤT`) are typography, not spelling. */
    const compared = (w: Token): boolean =>
      !w.isLink && !claimed.has(w.start) && !(isAllUpper(w.text) && !/[-\u2010\u2011\p{N}]/u.test(w.text)) && !shouted(w.sentence)

    return {
      sentence(sentence) {
        for (const match of matcher.match(sentence)) {
          if (shouted(sentence)) break
          const uses = listed.get(match.value) ?? []
          uses.push({ range: [match.start, match.end], written: document.slice(match.start, match.end) })
          listed.set(match.value, uses)
          for (let k = match.firstToken; k < match.endToken; k++) claimed.add(sentence.tokens[k]!.start)
        }
        for (const w of sentence.words) if (canDrift.of(w) && compared(w)) driftKeys.add(driftKey(w))
      },
      'document:exit'() {
        // Listed terms: a form neither preferred nor accepted is fixed; accepted forms only beside another form.
        for (const [term, uses] of listed) {
          const key = (form: string): string => formKey(form, term)
          const preferredKey = key(term.term)
          const acceptedKeys = new Set((term.accepted ?? []).map(key))
          const usedKeys = new Set(uses.map((u) => key(u.written)))
          const mixed = usedKeys.size > 1
          const other = uses.find((u) => key(u.written) === preferredKey) ?? uses.find((u) => acceptedKeys.has(key(u.written)))
          for (const use of uses) {
            const written = key(use.written)
            if (written === preferredKey) continue
            if (acceptedKeys.has(written) && !mixed) continue
            const expected = startsUpper(use.written) && !startsUpper(term.term) ? upperFirst(term.term) : term.term
            const reference = other && key(other.written) !== written ? other : undefined
            context.report({
              messageId: reference ? 'inconsistent' : 'preferred',
              range: use.range,
              data: { actual: use.written, expected },
              fix: { range: use.range, text: expected },
              ...(reference ? { related: [{ range: reference.range, messageId: 'otherForm' }] } : {}),
            })
          }
        }
        if (driftKeys.size === 0) return
        // Other words: group the forms that differ by a hyphen or inner capitals; the most used one wins.
        const groups = new Map<string, Token[]>()
        const lengths = new Set([...driftKeys].map((k) => k.length))
        for (const w of document.words) {
          // Most words cannot be one of the forms: not the length of a key, and no hyphen to drop.
          if (!lengths.has(w.text.length) && !HAS_HYPHEN_RE.test(w.text)) continue
          const key = driftKey(w)
          if (!driftKeys.has(key) || !compared(w)) continue
          const group = groups.get(key) ?? []
          group.push(w)
          groups.set(key, group)
        }
        for (const group of groups.values()) {
          const byForm = new Map<string, Token[]>()
          for (const w of group) {
            const form = lowerFirstLetter(w.text.normalize('NFC'))
            byForm.set(form, [...(byForm.get(form) ?? []), w])
          }
          if (byForm.size < 2) continue
          const ranked = [...byForm.values()].sort((a, b) => b.length - a.length || a[0]!.start - b[0]!.start)
          const main = ranked[0]!
          for (const minority of ranked.slice(1)) {
            for (const w of minority) {
              const expected = withCaseOf(main[0]!.text, w.text)
              context.report({
                messageId: 'inconsistent',
                node: w,
                data: { actual: w.text, expected },
                related: [{ range: [main[0]!.start, main[0]!.end], messageId: 'otherForm' }],
                suggest: [{ messageId: 'useForm', data: { expected }, fix: { range: [w.start, w.end], text: expected } }],
              })
            }
          }
        }
      },
    }
  },
})
