/**
 * Inline directives in comments — `soat-disable`, `soat-enable`,
 * `soat-disable-line`, `soat-disable-next-line`, each with an optional list of
 * rule ids and an optional `-- reason` — and the filter that applies them to
 * findings after the rules have run.
 */
import type { SoatDocument } from '../document/document.js'
import type { SourceComment } from '../parse/types.js'
import type { Finding, Range } from './types.js'

/** The kinds of directive. */
export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line'

/** One parsed directive. */
export interface Directive {
  kind: DirectiveKind
  /** Rule ids, or undefined for all rules. */
  rules: string[] | undefined
  /** The comment's source range. */
  range: Range
  /** For line directives: the line they apply to. */
  line: number
}

const DIRECTIVE_RE = /^\s*soat-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/

/** Parse the directives in a document's comments. */
export function parseDirectives(document: SoatDocument, comments: readonly SourceComment[]): Directive[] {
  const directives: Directive[] = []
  for (const comment of comments) {
    const m = DIRECTIVE_RE.exec(comment.value)
    if (!m) continue
    const kind = m[1] as DirectiveKind
    const listed = m[2]!.split(/\s--\s|\s--$/)[0]!.trim()
    const rules = listed.length > 0 ? listed.split(/[\s,]+/).filter(Boolean) : undefined
    const startLine = document.lines.lineOf(comment.start)
    const endLine = document.lines.lineOf(comment.end)
    directives.push({
      kind,
      rules,
      range: [comment.start, comment.end],
      line: kind === 'disable-next-line' ? endLine + 1 : startLine,
    })
  }
  return directives
}

/** What the filter kept, and what each directive was used for. */
export interface DirectiveFilterResult {
  findings: Finding[]
  /** Directives (or the rule ids inside them) that suppressed nothing. */
  unused: Array<{ directive: Directive; rules: string[] | undefined }>
}

function mentions(directive: Directive, ruleId: string): boolean {
  return directive.rules === undefined || directive.rules.includes(ruleId)
}

/** Drop findings that directives disable; track unused directives. */
export function applyDirectives(findings: readonly Finding[], directives: readonly Directive[]): DirectiveFilterResult {
  if (directives.length === 0) return { findings: [...findings], unused: [] }
  const blockDirectives = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable')
  const lineDirectives = directives.filter((d) => d.kind === 'disable-line' || d.kind === 'disable-next-line')
  const used = new Map<Directive, Set<string>>()
  const markUsed = (d: Directive, ruleId: string): void => {
    let set = used.get(d)
    if (!set) used.set(d, (set = new Set()))
    set.add(ruleId)
  }

  const kept: Finding[] = []
  for (const finding of findings) {
    let suppressed = false
    for (const d of lineDirectives) {
      if (d.line >= finding.line && d.line <= finding.endLine && mentions(d, finding.ruleId)) {
        markUsed(d, finding.ruleId)
        suppressed = true
      }
    }
    if (!suppressed) {
      // The latest block directive before the finding that concerns its rule decides.
      let decisive: Directive | undefined
      for (const d of blockDirectives) {
        if (d.range[1] > finding.range[0]) break
        if (mentions(d, finding.ruleId)) decisive = d
      }
      if (decisive?.kind === 'disable') {
        markUsed(decisive, finding.ruleId)
        suppressed = true
      }
    }
    if (!suppressed) kept.push(finding)
  }

  const unused: DirectiveFilterResult['unused'] = []
  for (const d of directives) {
    if (d.kind === 'enable') continue
    const usedRules = used.get(d)
    if (!usedRules) unused.push({ directive: d, rules: d.rules })
    else if (d.rules) {
      const idle = d.rules.filter((r) => !usedRules.has(r))
      if (idle.length > 0) unused.push({ directive: d, rules: idle })
    }
  }
  return { findings: kept, unused }
}
