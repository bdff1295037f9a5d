/** Shapes of configuration files and of the configuration resolved for one file. */
import type { HouseRuleDefinition } from '../engine/house-rules.js'
import type { LevelSetting, Locale } from '../engine/types.js'

/** A rule's entry in `rules`: a level, or `[level, options]`. */
export type RuleEntry = LevelSetting | [LevelSetting] | [LevelSetting, Record<string, unknown>]

/** One entry of `overrides`: settings for files matching `files`. */
export interface ConfigOverride {
  files: string | string[]
  excludedFiles?: string | string[]
  rules?: Record<string, RuleEntry>
  locale?: Locale
}

/** The content of `soat.config.json` or `.soatrc.json`. */
export interface ConfigFileContent {
  $schema?: string
  extends?: string | string[]
  locale?: Locale
  rules?: Record<string, RuleEntry>
  house?: Record<string, HouseRuleDefinition>
  plugins?: string[]
  overrides?: ConfigOverride[]
  ignorePatterns?: string[]
  maxFileSize?: number
}

/** A rule's resolved setting. */
export interface RuleSetting {
  level: LevelSetting
  options?: Record<string, unknown>
  /** Where the setting came from (a file, a preset, the command line), for messages. */
  source: string
}

/** The configuration that applies to one file. */
export interface ResolvedConfig {
  /** The configuration file found for the file, if any. */
  configFile: string | undefined
  locale: Locale
  rules: Record<string, RuleSetting>
  house: Record<string, HouseRuleDefinition & { source: string }>
  plugins: Array<{ spec: string; from: string }>
  maxFileSize: number
}

/** Default size limit of one input file (20 MB). */
export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024

/** The two configuration file names, in lookup order. */
export const CONFIG_FILE_NAMES = ['soat.config.json', '.soatrc.json'] as const
