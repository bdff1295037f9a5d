/**
 * Resolves the configuration for each file: finds its configuration file,
 * expands `extends`, applies `overrides` whose globs match, then the command
 * line; loads plugins and house rules into a registry; checks every rule id
 * and every option. Results are cached per configuration file.
 */
import { dirname, relative, resolve } from 'node:path'
import picomatch from 'picomatch'
import { SoatError } from '../errors.js'
import { createHouseRule, type HouseRuleDefinition } from '../engine/house-rules.js'
import { loadPlugin } from '../engine/plugins.js'
import type { RuleRegistry } from '../engine/registry.js'
import type { LevelSetting, Locale } from '../engine/types.js'
import { chainFromContent, type ConfigLayer, defaultChain, loadConfigChain } from './config-chain.js'
import { findConfigFile } from './find-config-file.js'
import { closestRuleId } from './suggest-rule-id.js'
import {
  type ConfigFileContent,
  type ConfigOverride,
  DEFAULT_MAX_FILE_SIZE,
  type ResolvedConfig,
  type RuleEntry,
  type RuleSetting,
} from './types.js'

/** The name a configuration object given in code goes by in messages. */
export const OBJECT_CONFIG_NAME = '<config object>'

/** How configuration is found and what the command line adds on top. */
export interface ResolverOptions {
  cwd: string
  /** A configuration object given in code (the library API), used instead of files. */
  configObject?: ConfigFileContent
  /** `--config FILE`: use this file for every input instead of looking up. */
  configFile?: string
  /** `--no-config`: no configuration files at all, only soat:recommended. */
  useConfigFiles?: boolean
  /** `--rule`: settings applied last. */
  cliRules?: Record<string, RuleEntry>
  /** `--locale`. */
  locale?: Locale
  /** `--max-file-size`. */
  maxFileSize?: number
}

/** A configuration resolved for a file, with the registry its rule ids refer to. */
export interface FileConfig {
  config: ResolvedConfig
  registry: RuleRegistry
}

interface BaseConfig {
  configFile: string | undefined
  locale: Locale | undefined
  rules: Record<string, RuleSetting>
  house: ResolvedConfig['house']
  plugins: ResolvedConfig['plugins']
  overrides: Array<{ override: ConfigOverride; dir: string; source: string }>
  ignorePatterns: Array<{ pattern: string; dir: string }>
  maxFileSize: number | undefined
  registry: RuleRegistry
}

function applyEntry(rules: Record<string, RuleSetting>, id: string, entry: RuleEntry, source: string): void {
  const [level, options] = (Array.isArray(entry) ? entry : [entry]) as [LevelSetting, Record<string, unknown>?]
  const previous = rules[id]
  rules[id] = { level, options: options ?? previous?.options, source }
}

/** Resolves configuration per file, with caches. */
export class ConfigResolver {
  private readonly bases = new Map<string, Promise<BaseConfig>>()
  private readonly builtinRegistry: RuleRegistry

  constructor(
    private readonly options: ResolverOptions,
    registry: RuleRegistry,
  ) {
    this.builtinRegistry = registry
  }

  /** The configuration file that applies to `filePath` (undefined when none). */
  configFileFor(filePath: string): string | undefined {
    if (this.options.configObject) return resolve(this.options.cwd, OBJECT_CONFIG_NAME)
    if (this.options.configFile) return resolve(this.options.cwd, this.options.configFile)
    if (this.options.useConfigFiles === false) return undefined
    return findConfigFile(dirname(resolve(this.options.cwd, filePath)))
  }

  private base(configFile: string | undefined): Promise<BaseConfig> {
    const key = configFile ?? ''
    let base = this.bases.get(key)
    if (!base) {
      base = this.buildBase(configFile)
      this.bases.set(key, base)
      base.catch(() => this.bases.delete(key))
    }
    return base
  }

  private async buildBase(configFile: string | undefined): Promise<BaseConfig> {
    let layers: ConfigLayer[]
    if (this.options.configObject && configFile) layers = chainFromContent(configFile, this.options.configObject)
    else layers = configFile ? loadConfigChain(configFile) : defaultChain()
    const registry = this.builtinRegistry.fork()
    const base: BaseConfig = {
      configFile,
      locale: undefined,
      rules: {},
      house: {},
      plugins: [],
      overrides: [],
      ignorePatterns: [],
      maxFileSize: undefined,
      registry,
    }
    const builtins = await this.builtinRegistry.all()
    for (const layer of layers) {
      if (layer.kind === 'preset') {
        for (const [id, rule] of builtins) {
          if (!registry.isBuiltin(id)) continue
          if (layer.name === 'soat:all' || rule.meta.recommended !== false) {
            base.rules[id] = { level: rule.meta.level, options: base.rules[id]?.options, source: layer.name }
          }
        }
        continue
      }
      const { content, dir, file } = layer
      if (content.locale) base.locale = content.locale
      if (content.maxFileSize !== undefined) base.maxFileSize = content.maxFileSize
      for (const spec of content.plugins ?? []) {
        const plugin = await loadPlugin(spec, dir, file)
        base.plugins.push({ spec, from: dir })
        for (const [name, rule] of Object.entries(plugin.rules)) {
          const id = `${plugin.prefix}/${name}`
          registry.add(id, { ...rule, meta: { ...rule.meta, id } })
        }
      }
      for (const [id, definition] of Object.entries(content.house ?? {})) {
        base.house[id] = { ...(definition as HouseRuleDefinition), source: file }
        const rule = createHouseRule(id, definition as HouseRuleDefinition)
        registry.add(id, rule)
        base.rules[id] = { level: base.rules[id]?.level ?? rule.meta.level, source: file }
      }
      for (const [id, entry] of Object.entries(content.rules ?? {})) applyEntry(base.rules, id, entry, file)
      for (const override of content.overrides ?? []) base.overrides.push({ override, dir, source: file })
      for (const pattern of content.ignorePatterns ?? []) base.ignorePatterns.push({ pattern, dir })
    }
    this.checkIds(base.rules, registry, configFile ?? '(default)')
    for (const { override, source } of base.overrides) this.checkIds(override.rules ?? {}, registry, source)
    return base
  }

  private checkIds(rules: Record<string, unknown>, registry: RuleRegistry, source: string): void {
    for (const id of Object.keys(rules)) {
      if (!registry.has(id)) {
        const suggestion = closestRuleId(id, registry.ids())
        if (suggestion) throw new SoatError('unknownRuleSuggest', { rule: id, file: source, suggestion })
        throw new SoatError('unknownRule', { rule: id, file: source })
      }
    }
  }

  /** Ignore patterns that apply to `filePath` (from its configuration chain). */
  async ignorePatternsFor(filePath: string): Promise<Array<{ pattern: string; dir: string }>> {
    return (await this.base(this.configFileFor(filePath))).ignorePatterns
  }

  /** The configuration for `filePath`. */
  async forFile(filePath: string): Promise<FileConfig> {
    const absolute = resolve(this.options.cwd, filePath)
    const base = await this.base(this.configFileFor(filePath))
    const rules: Record<string, RuleSetting> = { ...base.rules }
    let locale = base.locale
    for (const { override, dir, source } of base.overrides) {
      const rel = relative(dir, absolute).split('\\').join('/')
      const matches = picomatch([override.files].flat(), { dot: true })
      const excluded = override.excludedFiles ? picomatch([override.excludedFiles].flat(), { dot: true }) : undefined
      if (!matches(rel) || excluded?.(rel)) continue
      for (const [id, entry] of Object.entries(override.rules ?? {})) applyEntry(rules, id, entry, source)
      if (override.locale) locale = override.locale
    }
    for (const [id, entry] of Object.entries(this.options.cliRules ?? {})) applyEntry(rules, id, entry, '--rule')
    this.checkIds(this.options.cliRules ?? {}, base.registry, '--rule')
    return {
      config: {
        configFile: base.configFile,
        locale: this.options.locale ?? locale ?? 'vi',
        rules,
        house: base.house,
        plugins: base.plugins,
        maxFileSize: this.options.maxFileSize ?? base.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
      },
      registry: base.registry,
    }
  }
}
