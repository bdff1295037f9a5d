/** Locations inside the installed package: its root, schemas/ and rules/. */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) {
      const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name
      if (name === 'soat') return dir
    }
    const parent = dirname(dir)
    if (parent === dir) throw new Error('soat: cannot find the package root above ' + import.meta.url)
    dir = parent
  }
}

/** Absolute path of the package root (the folder holding package.json). */
export const packageRoot = findPackageRoot()
/** Absolute path of schemas/. */
export const schemasDir = join(packageRoot, 'schemas')
/** Absolute path of the rules' source folder, where their data files live. */
export const rulesDataDir = join(packageRoot, 'rules')
/** Absolute path of docs/. */
export const docsDir = join(packageRoot, 'docs')

/** The package version from package.json. */
export const packageVersion: string = (
  JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }
).version
