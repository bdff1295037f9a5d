/**
 * The built-in rules: id → lazy loader (ESLint's lib/rules/index.js). A rule
 * module is imported only when a configuration turns it on or a tool asks for
 * its meta. Ids are the public catalog of RULES.md (see rules/catalog.json).
 */
import type { Rule } from '../src/engine/types.js'

/** Loads one rule module. */
export type RuleLoader = () => Promise<{ default: Rule<any> }>

export const builtinRules: Readonly<Record<string, RuleLoader>> = {
  'duplicate-headline': () => import('./duplicate-headline/duplicate-headline.js'),
  'duplicate-paragraph': () => import('./duplicate-paragraph/duplicate-paragraph.js'),
  encoding: () => import('./encoding/encoding.js'),
  'repeated-word': () => import('./repeated-word/repeated-word.js'),
  'template-residue': () => import('./template-residue/template-residue.js'),
  'tone-placement': () => import('./tone-placement/tone-placement.js'),
  'web-boilerplate': () => import('./web-boilerplate/web-boilerplate.js'),
}
