/**
 * Expands a configuration file and what it `extends` into an ordered list of
 * layers, base first: presets (`soat:recommended`, `soat:all`) and other
 * configuration files given by relative path.
 */
import { dirname, resolve } from 'node:path'
import { SoatError } from '../errors.js'
import { readConfigFile, validateConfig } from './read-config-file.js'
import type { ConfigFileContent } from './types.js'

/** The presets soát ships. */
export const PRESETS = ['soat:recommended', 'soat:all'] as const
export type PresetName = (typeof PRESETS)[number]

/** One layer of configuration. */
export type ConfigLayer =
  | { kind: 'preset'; name: PresetName }
  | { kind: 'file'; file: string; dir: string; content: ConfigFileContent }

function isPreset(name: string): name is PresetName {
  return (PRESETS as readonly string[]).includes(name)
}

function expand(file: string, content: ConfigFileContent, isRoot: boolean, seen: string[]): ConfigLayer[] {
  const dir = dirname(file)
  const layers: ConfigLayer[] = []
  const bases = content.extends === undefined ? (isRoot ? ['soat:recommended'] : []) : [content.extends].flat()
  for (const base of bases) {
    if (isPreset(base)) {
      layers.push({ kind: 'preset', name: base })
      continue
    }
    if (base.startsWith('soat:')) throw new SoatError('extendsNotFound', { file, name: base })
    if (!base.startsWith('.') && !base.startsWith('/')) throw new SoatError('extendsNotFound', { file, name: base })
    const target = resolve(dir, base)
    if (seen.includes(target)) throw new SoatError('extendsCycle', { file, detail: [...seen, target].join(' → ') })
    let baseContent: ConfigFileContent
    try {
      baseContent = readConfigFile(target)
    } catch (error) {
      if (error instanceof SoatError && error.code === 'configNotFound') throw new SoatError('extendsNotFound', { file, name: base })
      throw error
    }
    layers.push(...expand(target, baseContent, false, [...seen, target]))
  }
  layers.push({ kind: 'file', file, dir, content })
  return layers
}

/** The layers of the configuration file `file` (absolute path). */
export function loadConfigChain(file: string): ConfigLayer[] {
  return expand(file, readConfigFile(file), true, [file])
}

/** The layers of a configuration object given in code; `file` stands for it in messages and anchors relative paths. */
export function chainFromContent(file: string, content: unknown): ConfigLayer[] {
  return expand(file, validateConfig(content, file), true, [file])
}

/** The layers when no configuration file applies. */
export function defaultChain(): ConfigLayer[] {
  return [{ kind: 'preset', name: 'soat:recommended' }]
}
