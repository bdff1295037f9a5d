/** What every formatter receives. */
import type { LintResult } from '../api.js'
import type { Locale, RuleMeta } from '../engine/types.js'

/** A rule as formatters describe it (SARIF `tool.driver.rules`, `--list-rules`). */
export interface RuleDescriptor {
  id: string
  meta: RuleMeta<any>
  url: string | undefined
  builtin: boolean
}

/** Options of a formatter. */
export interface FormatOptions {
  /** Paths are shown relative to it (default `process.cwd()`). */
  cwd?: string
  locale?: Locale
  /** Colours in `stylish` (default: when stdout is a terminal). */
  color?: boolean
  /** Rules of the run; built-in rules are added when missing. */
  rules?: RuleDescriptor[]
  /** The command line, recorded in SARIF invocations. */
  commandLine?: string
  /** Start and end of the run, recorded in SARIF invocations. */
  startTime?: Date
  endTime?: Date
}

/** A formatter: results in, text out. */
export type Formatter = (results: readonly LintResult[], context: Required<Pick<FormatOptions, 'cwd' | 'locale'>> & FormatOptions & { rules: RuleDescriptor[] }) => string
