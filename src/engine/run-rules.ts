/**
 * Runs configured rules over one document: every rule's visitors join one
 * walk; what a rule reports is checked against its meta (known messageId,
 * fixes only from fixable rules) and stamped with level, url and location.
 * A rule that throws becomes a notification naming rule and file; the others
 * go on.
 */
import type { SoatDocument } from '../document/document.js'
import { locate } from './locations.js'
import { interpolate } from './messages.js'
import type {
  Finding,
  Fix,
  Level,
  Locale,
  Notification,
  Range,
  ReportDescriptor,
  ResolvedFix,
  Rule,
  RuleContext,
  RuleVisitors,
} from './types.js'

/** A rule ready to run: its module, level, validated options and loaded data. */
export interface ConfiguredRule {
  id: string
  rule: Rule<any>
  level: Level
  options: Record<string, unknown>
  data: Record<string, unknown>
  url: string | undefined
}

/** Findings and notifications of one run. */
export interface RunResult {
  findings: Finding[]
  notifications: Notification[]
}

/** A rule broke its contract (unknown messageId, fix from a non-fixable rule, bad range). */
export class RuleContractError extends Error {
  constructor(ruleId: string, problem: string) {
    super(`rule “${ruleId}”: ${problem}`)
    this.name = 'RuleContractError'
  }
}

/** The timing entry of the shared document model (parsing, sentences, tokens, block kinds). */
export const MODEL_TIMING = '(document model)'

const LOWER: Record<Level, Level> = { error: 'warning', warning: 'note', note: 'note' }

function checkRange(ruleId: string, range: Range, length: number): void {
  const [start, end] = range
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
    throw new RuleContractError(ruleId, `range [${start}, ${end}] is outside the text (length ${length})`)
  }
}

function resolveFix(ruleId: string, fix: Fix | Fix[], length: number): ResolvedFix {
  const edits = (Array.isArray(fix) ? fix : [fix]).map((e) => ({ range: [e.range[0], e.range[1]] as const, text: e.text }))
  edits.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  for (let i = 0; i < edits.length; i++) {
    checkRange(ruleId, edits[i]!.range, length)
    if (i > 0 && edits[i]!.range[0] < edits[i - 1]!.range[1]) throw new RuleContractError(ruleId, 'a fix has overlapping edits')
  }
  return { edits }
}

/** The text of lines `first`…`last`, capped so a finding in a huge one-line file stays small. */
function contextOf(document: SoatDocument, first: number, last: number): string {
  const lines = document.lines
  const text = document.text.slice(lines.lineStart(first), lines.lineEnd(last))
  return text.length > 1000 ? text.slice(0, 1000) : text
}

type VisitorName = keyof RuleVisitors

interface ActiveRule {
  configured: ConfiguredRule
  visitors: RuleVisitors
  failed: boolean
}

/** Run `rules` over `document` and return what they found; with `timings`, add each rule's time (ms) to it. */
export function runRules(document: SoatDocument, rules: readonly ConfiguredRule[], locale: Locale, timings?: Map<string, number>): RunResult {
  const findings: Finding[] = []
  const notifications: Notification[] = []
  const length = document.text.length
  if (timings) {
    // Build the shared model first, so its cost is not charged to whichever rule asks first.
    const started = performance.now()
    void document.sentences
    document.classifyBlocks()
    timings.set(MODEL_TIMING, (timings.get(MODEL_TIMING) ?? 0) + performance.now() - started)
  }
  const active: ActiveRule[] = []

  const fail = (entry: ActiveRule, error: unknown): void => {
    entry.failed = true
    const where = document.filePath ? ` (${document.filePath})` : ''
    notifications.push({
      level: 'error',
      ruleId: entry.configured.id,
      message: `Rule “${entry.configured.id}” failed${where}: ${(error as Error)?.message ?? String(error)}`,
    })
  }

  for (const configured of rules) {
    const { rule, id } = configured
    const meta = rule.meta
    const context: RuleContext<Record<string, unknown>> = {
      id,
      options: configured.options,
      data: configured.data,
      document,
      filePath: document.filePath,
      locale,
      report(descriptor: ReportDescriptor): void {
        const template = meta.messages[descriptor.messageId]
        if (!template) throw new RuleContractError(id, `unknown messageId “${descriptor.messageId}”`)
        const range: Range | undefined = descriptor.range ?? (descriptor.node ? [descriptor.node.start, descriptor.node.end] : undefined)
        if (!range) throw new RuleContractError(id, 'a report needs a node or a range')
        checkRange(id, range, length)
        if (descriptor.fix && !meta.fixable) throw new RuleContractError(id, 'reported a fix but meta.fixable is false')
        if (descriptor.suggest?.length && !meta.hasSuggestions) {
          throw new RuleContractError(id, 'reported suggestions but meta.hasSuggestions is false')
        }
        const data = descriptor.data ?? {}
        const finding: Finding = {
          ruleId: id,
          level: descriptor.unsure ? LOWER[configured.level] : configured.level,
          messageId: descriptor.messageId,
          message: interpolate(template[locale], data),
          data,
          text: document.text.slice(range[0], range[1]),
          url: configured.url,
          ...locate(document.lines, range),
        }
        finding.context = contextOf(document, finding.line, finding.endLine)
        if (descriptor.fix) finding.fix = resolveFix(id, descriptor.fix, length)
        if (descriptor.suggest?.length) {
          finding.suggestions = descriptor.suggest.map((s) => {
            const suggestion = meta.messages[s.messageId]
            if (!suggestion) throw new RuleContractError(id, `unknown suggestion messageId “${s.messageId}”`)
            return { message: interpolate(suggestion[locale], s.data ?? data), fix: resolveFix(id, s.fix, length) }
          })
        }
        if (descriptor.related?.length) {
          finding.related = descriptor.related.map((r) => {
            checkRange(id, r.range, length)
            const related = r.messageId ? meta.messages[r.messageId] : undefined
            if (r.messageId && !related) throw new RuleContractError(id, `unknown related messageId “${r.messageId}”`)
            return { ...locate(document.lines, r.range), ...(related ? { message: interpolate(related[locale], r.data ?? data) } : {}) }
          })
        }
        findings.push(finding)
      },
    }
    const entry: ActiveRule = { configured, visitors: {}, failed: false }
    const started = timings ? performance.now() : 0
    try {
      entry.visitors = rule.create(context)
    } catch (error) {
      fail(entry, error)
    }
    if (timings) timings.set(id, (timings.get(id) ?? 0) + performance.now() - started)
    active.push(entry)
  }

  // One list per visitor, in rule order, so a walk step calls only the rules that visit it.
  type Visit<K extends VisitorName> = (arg: Parameters<NonNullable<RuleVisitors[K]>>[0]) => void
  type Listener<A> = { entry: ActiveRule; visit: (arg: A) => void }
  const listeners = <K extends VisitorName>(name: K): Listener<Parameters<Visit<K>>[0]>[] =>
    active
      .filter((e) => !e.failed && e.visitors[name])
      .map((entry) => ({ entry, visit: (entry.visitors[name] as Visit<K>).bind(entry.visitors) }))
  const call = <A>(list: readonly Listener<A>[], arg: A): void => {
    for (const { entry, visit } of list) {
      if (entry.failed) continue
      const started = timings ? performance.now() : 0
      try {
        visit(arg)
      } catch (error) {
        fail(entry, error)
      }
      if (timings) timings.set(entry.configured.id, (timings.get(entry.configured.id) ?? 0) + performance.now() - started)
    }
  }

  call(listeners('document'), document)
  const onBlock = listeners('block')
  const onSentence = listeners('sentence')
  const onWord = listeners('word')
  const needSentences = onSentence.length > 0
  const needWords = onWord.length > 0
  if (onBlock.length > 0 || needSentences || needWords) {
    for (const block of document.blocks) {
      if (onBlock.length > 0) call(onBlock, block)
      if (!needSentences && !needWords) continue
      for (const sentence of block.sentences) {
        if (needSentences) call(onSentence, sentence)
        if (!needWords) continue
        for (const token of sentence.tokens) if (token.kind === 'word') call(onWord, token)
      }
    }
  }
  call(listeners('document:exit'), document)

  findings.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId))
  return { findings, notifications }
}
