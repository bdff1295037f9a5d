/**
 * The rules soát knows: built-in rules (loaded on first use), plugin rules
 * and house rules from the configuration.
 */
import { builtinRules } from '../../rules/index.js'
import type { Rule } from './types.js'

type Loader = () => Promise<Rule<any>>

/** Rule ids → rule modules, loaded lazily and cached. */
export class RuleRegistry {
  private readonly loaders = new Map<string, Loader>()
  private readonly loaded = new Map<string, Rule<any>>()
  private readonly builtinIds = new Set<string>()

  /** A registry holding the built-in rules. */
  static withBuiltins(): RuleRegistry {
    const registry = new RuleRegistry()
    for (const [id, load] of Object.entries(builtinRules)) {
      registry.loaders.set(id, async () => (await load()).default)
      registry.builtinIds.add(id)
    }
    return registry
  }

  /** A copy that shares the cache of loaded built-ins. */
  fork(): RuleRegistry {
    const copy = new RuleRegistry()
    for (const [id, loader] of this.loaders) copy.loaders.set(id, loader)
    for (const [id, rule] of this.loaded) copy.loaded.set(id, rule)
    for (const id of this.builtinIds) copy.builtinIds.add(id)
    return copy
  }

  /** Add a rule object under `id`. */
  add(id: string, rule: Rule<any>): void {
    this.loaders.set(id, async () => rule)
    this.loaded.set(id, rule)
  }

  /** Whether `id` is known. */
  has(id: string): boolean {
    return this.loaders.has(id)
  }

  /** Whether `id` is a built-in rule. */
  isBuiltin(id: string): boolean {
    return this.builtinIds.has(id)
  }

  /** All known ids, sorted. */
  ids(): string[] {
    return [...this.loaders.keys()].sort()
  }

  /** The rule `id`, loaded on first use. */
  async get(id: string): Promise<Rule<any>> {
    const cached = this.loaded.get(id)
    if (cached) return cached
    const loader = this.loaders.get(id)
    if (!loader) throw new Error(`unknown rule “${id}”`)
    const rule = await loader()
    this.loaded.set(id, rule)
    return rule
  }

  /** Every rule, loaded. */
  async all(): Promise<Array<[string, Rule<any>]>> {
    const ids = this.ids()
    const rules = await Promise.all(ids.map((id) => this.get(id)))
    return ids.map((id, i) => [id, rules[i]!])
  }
}
