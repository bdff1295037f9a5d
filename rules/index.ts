/**
 * The built-in rules: id → lazy loader (ESLint's lib/rules/index.js). A rule
 * module is imported only when a configuration turns it on or a tool asks for
 * its meta. Ids are the public catalog of RULES.md (see rules/catalog.json).
 */
import type { Rule } from '../src/engine/types.js'

/** Loads one rule module. */
export type RuleLoader = () => Promise<{ default: Rule<any> }>

export const builtinRules: Readonly<Record<string, RuleLoader>> = {
  acronym: () => import('./acronym/acronym.js'),
  'conflicting-figures': () => import('./conflicting-figures/conflicting-figures.js'),
  'confusable-word': () => import('./confusable-word/confusable-word.js'),
  'date-format': () => import('./date-format/date-format.js'),
  'duplicate-headline': () => import('./duplicate-headline/duplicate-headline.js'),
  'duplicate-paragraph': () => import('./duplicate-paragraph/duplicate-paragraph.js'),
  encoding: () => import('./encoding/encoding.js'),
  'impossible-ratio': () => import('./impossible-ratio/impossible-ratio.js'),
  'inconsistent-total': () => import('./inconsistent-total/inconsistent-total.js'),
  'institution-capitalization': () => import('./institution-capitalization/institution-capitalization.js'),
  'invalid-date': () => import('./invalid-date/invalid-date.js'),
  'name-consistency': () => import('./name-consistency/name-consistency.js'),
  'number-format': () => import('./number-format/number-format.js'),
  'punctuation-spacing': () => import('./punctuation-spacing/punctuation-spacing.js'),
  'ratio-percent-mismatch': () => import('./ratio-percent-mismatch/ratio-percent-mismatch.js'),
  'repeated-word': () => import('./repeated-word/repeated-word.js'),
  'sentence-case': () => import('./sentence-case/sentence-case.js'),
  'template-residue': () => import('./template-residue/template-residue.js'),
  'term-consistency': () => import('./term-consistency/term-consistency.js'),
  spelling: () => import('./spelling/spelling.js'),
  'tone-placement': () => import('./tone-placement/tone-placement.js'),
  'unbalanced-pair': () => import('./unbalanced-pair/unbalanced-pair.js'),
  'web-boilerplate': () => import('./web-boilerplate/web-boilerplate.js'),
}
