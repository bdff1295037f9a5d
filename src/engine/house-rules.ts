/**
 * Rules written as data in the configuration, under the `house/` namespace
 * (Vale's `existence` and `substitution` kinds): a newsroom lists phrases to
 * flag, or phrases to replace with a preferred form (fixable).
 */
import { PhraseMatcher } from '../document/phrase-matcher.js'
import type { Level, Localized, Rule } from './types.js'

/** `existence`: flag each listed phrase. */
export interface ExistenceRuleDefinition {
  kind: 'existence'
  level?: Level
  phrases: string[]
  message?: string | Localized
  caseSensitive?: boolean
  description?: string | Localized
}

/** `substitution`: replace each phrase with its preferred form. */
export interface SubstitutionRuleDefinition {
  kind: 'substitution'
  level?: Level
  swap: Record<string, string>
  message?: string | Localized
  caseSensitive?: boolean
  description?: string | Localized
}

/** A house rule as written in the configuration. */
export type HouseRuleDefinition = ExistenceRuleDefinition | SubstitutionRuleDefinition

function localized(value: string | Localized | undefined, fallback: Localized): Localized {
  if (value === undefined) return fallback
  return typeof value === 'string' ? { vi: value, en: value } : value
}

/** Build a rule from its definition. */
export function createHouseRule(id: string, definition: HouseRuleDefinition): Rule {
  if (definition.kind === 'existence') {
    const message = localized(definition.message, {
      vi: 'Không dùng “{phrase}” (quy định của tòa soạn).',
      en: 'Do not use “{phrase}” (house style).',
    })
    let matcher: PhraseMatcher<true> | undefined
    return {
      meta: {
        id,
        category: 'house',
        level: definition.level ?? 'warning',
        fixable: false,
        description: localized(definition.description, {
          vi: 'Cụm từ tòa soạn không dùng.',
          en: 'Phrases the newsroom does not use.',
        }),
        messages: { found: message },
      },
      create(context) {
        matcher ??= new PhraseMatcher(
          definition.phrases.map((p) => [p, true] as const),
          { caseSensitive: definition.caseSensitive ?? false },
        )
        const m = matcher
        return {
          sentence(sentence) {
            for (const match of m.match(sentence)) {
              context.report({
                messageId: 'found',
                range: [match.start, match.end],
                data: { phrase: context.document.slice(match.start, match.end) },
              })
            }
          },
        }
      },
    }
  }
  const message = localized(definition.message, {
    vi: 'Viết “{expected}” thay cho “{actual}” (quy định của tòa soạn).',
    en: 'Write “{expected}” instead of “{actual}” (house style).',
  })
  let matcher: PhraseMatcher<string> | undefined
  return {
    meta: {
      id,
      category: 'house',
      level: definition.level ?? 'warning',
      fixable: true,
      description: localized(definition.description, {
        vi: 'Cách viết tòa soạn ưu tiên.',
        en: 'Forms the newsroom prefers.',
      }),
      messages: { replace: message },
    },
    create(context) {
      matcher ??= new PhraseMatcher(Object.entries(definition.swap), { caseSensitive: definition.caseSensitive ?? false })
      const m = matcher
      return {
        sentence(sentence) {
          for (const match of m.match(sentence)) {
            const actual = context.document.slice(match.start, match.end)
            if (actual.normalize('NFC') === match.value.normalize('NFC')) continue
            context.report({
              messageId: 'replace',
              range: [match.start, match.end],
              data: { actual, expected: match.value },
              fix: { range: [match.start, match.end], text: match.value },
            })
          }
        },
      }
    },
  }
}
