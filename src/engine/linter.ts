/**
 * The core: text and configured rules in, findings out. It never touches the
 * disk (textlint's kernel, ESLint's Linter); configuration, files and the CLI
 * wrap it, so the CLI, the language server and the web page lint alike.
 */
import { SoatDocument } from '../document/document.js'
import { interpolate } from './messages.js'
import { FATAL_MESSAGES } from '../i18n/fatal-messages.js'
import type { BlockHint, DocumentFormat } from '../parse/types.js'
import { applyFixes } from './apply-fixes.js'
import { applyDirectives, parseDirectives } from './directives.js'
import { locate } from './locations.js'
import { type ConfiguredRule, runRules } from './run-rules.js'
import type { Finding, Locale, Notification } from './types.js'

/** Id of the engine's own finding for a directive that suppressed nothing. */
export const UNUSED_DIRECTIVE_ID = 'soat/unused-disable-directive'

/** Options of one lint. */
export interface LintSourceOptions {
  format: DocumentFormat
  filePath?: string
  locale: Locale
  /** Report `soat-disable` directives that suppressed nothing. */
  reportUnusedDisableDirectives?: boolean
  /** Every rule id the configuration knows, to check directives against. */
  knownRuleIds?: ReadonlySet<string>
  /** What the original markup said each line is (text extracted from a Word file). */
  lineHints?: ReadonlyArray<BlockHint | undefined>
  /** Collects each rule's time in ms (SOAT_TIMING, the benchmark). */
  timings?: Map<string, number>
}

/** What one lint found. */
export interface SourceLintResult {
  findings: Finding[]
  notifications: Notification[]
}

/** Lint `text` once with `rules`. */
export function lintSource(text: string, rules: readonly ConfiguredRule[], options: LintSourceOptions): SourceLintResult {
  const document = new SoatDocument(text, { format: options.format, filePath: options.filePath, ...(options.lineHints ? { lineHints: options.lineHints } : {}) })
  const run = runRules(document, rules, options.locale, options.timings)
  const notifications = [...run.notifications]
  if (document.comments.length === 0) return { findings: run.findings, notifications }

  const directives = parseDirectives(document, document.comments)
  const known = options.knownRuleIds
  if (known) {
    for (const directive of directives) {
      for (const rule of directive.rules ?? []) {
        if (!known.has(rule)) {
          notifications.push({
            level: 'warning',
            ruleId: rule,
            message: interpolate(FATAL_MESSAGES.unknownRuleInDirective[options.locale], { kind: directive.kind, rule }),
            location: locate(document.lines, directive.range),
          })
        }
      }
    }
  }
  const filtered = applyDirectives(run.findings, directives)
  const findings = filtered.findings
  if (options.reportUnusedDisableDirectives) {
    for (const { directive, rules: idle } of filtered.unused) {
      const location = locate(document.lines, directive.range)
      const whole = idle === undefined || idle.length === (directive.rules?.length ?? 0)
      const rulesText = idle ? ` (${idle.join(', ')})` : ''
      findings.push({
        ruleId: UNUSED_DIRECTIVE_ID,
        level: 'warning',
        messageId: 'unusedDirective',
        message: interpolate(FATAL_MESSAGES.unusedDirective[options.locale], { kind: directive.kind, rules: rulesText }),
        data: { kind: directive.kind, rules: rulesText },
        text: text.slice(directive.range[0], directive.range[1]),
        url: undefined,
        ...location,
        ...(whole ? { fix: { edits: [{ range: directive.range, text: '' }] } } : {}),
      })
    }
    findings.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  }
  return { findings, notifications }
}

/** The result of linting with fixes applied. */
export interface FixLintResult extends SourceLintResult {
  /** The fixed text (equal to the input when nothing was fixed). */
  output: string
  /** How many fix passes changed the text. */
  passes: number
}

/** Most fix passes before giving up (ESLint's MAX_AUTOFIX_PASSES). */
export const MAX_FIX_PASSES = 10

/**
 * Lint and fix until stable: apply non-overlapping fixes, re-lint, repeat, at
 * most ten passes; stop when a pass brings back the text of two passes ago.
 */
export function lintAndFix(text: string, rules: readonly ConfiguredRule[], options: LintSourceOptions): FixLintResult {
  const history = [text]
  let current = text
  let passes = 0
  let result = lintSource(current, rules, options)
  const extra: Notification[] = []
  while (passes < MAX_FIX_PASSES) {
    const pass = applyFixes(current, result.findings)
    if (pass.applied.length === 0 || pass.output === current) break
    if (history.length >= 2 && pass.output === history[history.length - 2]) {
      extra.push({
        level: 'warning',
        message: interpolate(FATAL_MESSAGES.fixNotStable[options.locale], { file: options.filePath ?? '<text>', passes: passes + 1 }),
      })
      break
    }
    current = pass.output
    history.push(current)
    passes++
    result = lintSource(current, rules, options)
  }
  if (passes === MAX_FIX_PASSES && result.findings.some((f) => f.fix)) {
    extra.push({
      level: 'warning',
      message: interpolate(FATAL_MESSAGES.fixNotStable[options.locale], { file: options.filePath ?? '<text>', passes }),
    })
  }
  return { ...result, notifications: [...result.notifications, ...extra], output: current, passes }
}
