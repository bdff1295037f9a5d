/**
 * Loads code plugins, as ESLint does: an npm package (`soat-plugin-foo`,
 * rules `foo/<name>`) or a local module (`./rules/my-plugin.js`, rules
 * `<meta.name>/<name>`). A plugin exports `{ meta?: { name }, rules }`.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { SoatError } from '../errors.js'
import type { Rule } from './types.js'

/** The shape of a plugin module. */
export interface SoatPlugin {
  meta?: { name?: string; version?: string }
  rules: Record<string, Rule<any>>
}

/** A loaded plugin. */
export interface LoadedPlugin {
  prefix: string
  rules: Record<string, Rule<any>>
}

function prefixOfPackage(spec: string): string {
  const scoped = /^(@[^/]+)\/(.+)$/.exec(spec)
  if (scoped) {
    const name = scoped[2]!
    if (name === 'soat-plugin') return scoped[1]!
    return `${scoped[1]}/${name.replace(/^soat-plugin-/, '')}`
  }
  return spec.replace(/^soat-plugin-/, '')
}

function resolvePackage(spec: string, fromDir: string): string {
  try {
    return createRequire(join(fromDir, 'noop.js')).resolve(spec)
  } catch {
    // ESM-only packages: read the manifest ourselves.
    for (let dir = fromDir; ; dir = dirname(dir)) {
      const manifestPath = join(dir, 'node_modules', spec, 'package.json')
      if (existsSync(manifestPath)) {
        const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
          exports?: string | Record<string, unknown>
          main?: string
        }
        let entry: unknown = manifest.exports
        if (entry && typeof entry === 'object') entry = (entry as Record<string, unknown>)['.'] ?? entry
        if (entry && typeof entry === 'object') {
          const conditions = entry as Record<string, unknown>
          entry = conditions.import ?? conditions.default ?? conditions.node
        }
        return join(dirname(manifestPath), typeof entry === 'string' ? entry : (manifest.main ?? 'index.js'))
      }
      if (dirname(dir) === dir) throw new Error(`cannot find package “${spec}” from ${fromDir}`)
    }
  }
}

/** Load the plugin `spec` as written in a configuration file in folder `fromDir`. */
export async function loadPlugin(spec: string, fromDir: string, configFile: string): Promise<LoadedPlugin> {
  const isPath = spec.startsWith('.') || spec.startsWith('/')
  let entry: string
  let module: { default?: SoatPlugin } & Partial<SoatPlugin>
  try {
    entry = isPath ? resolve(fromDir, spec) : resolvePackage(spec, fromDir)
    module = (await import(pathToFileURL(entry).href)) as typeof module
  } catch (error) {
    throw new SoatError('pluginNotFound', { plugin: spec, file: configFile, detail: (error as Error).message })
  }
  const plugin = (module.default ?? module) as SoatPlugin
  if (!plugin || typeof plugin.rules !== 'object' || plugin.rules === null) {
    throw new SoatError('pluginInvalid', { plugin: spec, detail: 'it exports no “rules” object' })
  }
  const prefix = isPath ? (plugin.meta?.name ?? basename(entry, extname(entry))) : prefixOfPackage(spec)
  if (prefix === 'house' || prefix === 'soat' || prefix.length === 0) {
    throw new SoatError('pluginInvalid', { plugin: spec, detail: `the prefix “${prefix}” is reserved` })
  }
  for (const [name, rule] of Object.entries(plugin.rules)) {
    if (!rule || typeof rule.create !== 'function' || typeof rule.meta !== 'object') {
      throw new SoatError('pluginInvalid', { plugin: spec, detail: `rule “${name}” has no meta or create()` })
    }
  }
  return { prefix, rules: plugin.rules }
}
