/**
 * The rule contract, ESLint style: a rule exports `meta` and `create(context)`;
 * `create` returns visitors keyed by document-model kinds; a rule only
 * reports. The engine stamps level, url, line and column on what it reports.
 */
import type { JSONSchemaType } from 'ajv'
import type { SoatDocument } from '../document/document.js'
import type { Block, Sentence, Span, Token } from '../document/nodes.js'

/** Severity of a finding, as SARIF names it. */
export type Level = 'error' | 'warning' | 'note'
/** A level in configuration: a level, or off. */
export type LevelSetting = Level | 'off'
/** Languages of messages. */
export type Locale = 'vi' | 'en'
/** Text in both languages, with the same `{named}` placeholders. */
export interface Localized {
  vi: string
  en: string
}
/** Absolute UTF-16 offsets into the original text: [start, end). */
export type Range = readonly [start: number, end: number]

/** Groups of the catalog (RULES.md). */
export type RuleCategory = 'language' | 'numbers' | 'structure' | 'style' | 'house'

/** JSON schema of a rule's options (an object schema). */
export type OptionsSchema = Record<string, unknown>

/** A rule's description, the one source for docs, SARIF, `--list-rules` and the config schema. */
export interface RuleMeta<Options = Record<string, unknown>> {
  /** The public id from the catalog (`repeated-word`) or `house/…` / `plugin/…`. */
  id: string
  category: RuleCategory
  /** Default level. */
  level: Level
  /** On in `soat:recommended` (default true). */
  recommended?: boolean
  /** Whether the rule may report fixes. */
  fixable: boolean
  /** Whether the rule may report suggestions. */
  hasSuggestions?: boolean
  /** One sentence: what it flags. */
  description: Localized
  /** Messages by messageId (camelCase). */
  messages: Record<string, Localized>
  /** JSON schema of the options object (validated with ajv). */
  options?: OptionsSchema
  /** Option values when the configuration gives none. */
  defaults?: Options
  /** Data files the rule reads, by name: file names beside the rule (`rules/<id>/<file>`), or absolute paths. */
  data?: Record<string, string>
  /** Extra SARIF tags. */
  tags?: string[]
  /** Documentation URL; built-in rules get their docs page. */
  url?: string
}

/** One text edit: replace `range` with `text`. */
export interface Fix {
  range: Range
  text: string
}

/** A suggested edit the user may choose to apply. */
export interface SuggestionDescriptor {
  messageId: string
  data?: Record<string, string | number>
  fix: Fix | Fix[]
}

/** Another place that belongs to a finding (the first copy of a duplicate). */
export interface RelatedDescriptor {
  range: Range
  messageId?: string
  data?: Record<string, string | number>
}

/** What a rule reports. */
export interface ReportDescriptor {
  messageId: string
  data?: Record<string, string | number>
  /** The node the finding is about (a token, sentence or block)… */
  node?: Span
  /** …or an explicit range. */
  range?: Range
  /** A certain fix (only for rules with `meta.fixable`). */
  fix?: Fix | Fix[] | null
  /** Possible fixes (only for rules with `meta.hasSuggestions`). */
  suggest?: SuggestionDescriptor[]
  related?: RelatedDescriptor[]
  /** The rule is not sure: the finding is reported one level lower (error → warning → note). */
  unsure?: boolean
}

/** What `create` receives. */
export interface RuleContext<Options = Record<string, unknown>> {
  readonly id: string
  /** Options: the defaults merged with the configuration, validated. */
  readonly options: Options
  /** The rule's data files, loaded and validated once per process. */
  readonly data: Record<string, unknown>
  readonly document: SoatDocument
  readonly filePath: string | undefined
  readonly locale: Locale
  report(descriptor: ReportDescriptor): void
}

/** Visitors a rule returns; one walk of the document calls them all. */
export interface RuleVisitors {
  document?(document: SoatDocument): void
  block?(block: Block): void
  sentence?(sentence: Sentence): void
  word?(token: Token): void
  'document:exit'?(document: SoatDocument): void
}

/** A rule module. */
export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta<Options>
  create(context: RuleContext<Options>): RuleVisitors
}

/** Identity helper that types a rule. */
export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule
}

/** A place in the original text, with its line and column (1-based, UTF-16 columns). */
export interface Location {
  range: Range
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** A finding's fix or suggestion, resolved. */
export interface ResolvedFix {
  /** Edits sorted by range, not overlapping. */
  edits: Fix[]
}

/** A finding as the engine returns it. */
export interface Finding extends Location {
  ruleId: string
  level: Level
  messageId: string
  /** The message in the requested locale. */
  message: string
  /** Placeholder values of the message. */
  data: Record<string, string | number>
  /** The source text the finding covers. */
  text: string
  /** The whole lines the finding is on (at most 1,000 characters), for context in reports. */
  context?: string
  url: string | undefined
  fix?: ResolvedFix
  suggestions?: Array<{ message: string; fix: ResolvedFix }>
  related?: Array<Location & { message?: string }>
}

/** Something the tool itself has to say about a file: a rule that threw, an unused directive… */
export interface Notification {
  level: Level
  message: string
  ruleId?: string
  location?: Location
}

/** Re-exported for rule authors. */
export type { JSONSchemaType }
