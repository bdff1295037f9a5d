/** The seed drafts and their findings, shared by the golden tests. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Soat } from '../../src/api.js'
import type { Finding } from '../../src/engine/types.js'
import { packageRoot } from '../../src/paths.js'

export const seedsDir = join(packageRoot, 'seeds')

/** Seed file names (`000_44dd71f133c6766a.txt` …). */
export const seedNames = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt') && !name.endsWith('.findings.txt'))
  .sort()

/** The seed whose name starts with `prefix` (`'000'`). */
export function seedName(prefix: string): string {
  const name = seedNames.find((n) => n.startsWith(prefix))
  if (!name) throw new Error(`no seed ${prefix}`)
  return name
}

/** The text of a seed. */
export function seedText(prefix: string): string {
  return readFileSync(join(seedsDir, seedName(prefix)), 'utf8')
}

const soat = new Soat({ cwd: packageRoot, useConfigFiles: false })
const cache = new Map<string, Promise<Finding[]>>()

/** Findings of every recommended rule on a seed. */
export function seedFindings(prefix: string): Promise<Finding[]> {
  let findings = cache.get(prefix)
  if (!findings) {
    findings = soat.lintText(seedText(prefix), { filePath: join(seedsDir, seedName(prefix)) }).then((r) => r.findings)
    cache.set(prefix, findings)
  }
  return findings
}

/** Invisible and unusual whitespace written visibly (`\u2009`), as remark-lint's controlPictures does. */
export function visible(text: string): string {
  return text.replace(/[^\P{Z} ]|[\p{Cc}\p{Cf}]/gu, (ch) => `\\u${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
}

/** One line of a sidecar: `<line>:<column> <rule-id> «<text>» [→ «<fix>»]`. */
export function sidecarLine(finding: Finding): string {
  const fix = finding.fix ? ` → «${visible(finding.fix.edits.map((e) => e.text).join('…'))}»` : ''
  return `${finding.line}:${finding.column} ${finding.ruleId} «${visible(finding.text)}»${fix}`
}
