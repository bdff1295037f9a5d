/**
 * Tests that run the built package (the language server as a child process,
 * the web page's assets) first make sure dist/ is not older than the sources,
 * so a stale build never passes or fails a test by accident.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { packageRoot } from '../../src/paths.js'

function newest(dir: string, pattern: RegExp, skip?: string): number {
  let time = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (full === skip) continue
    if (entry.isDirectory()) time = Math.max(time, newest(full, pattern, skip))
    else if (pattern.test(entry.name)) time = Math.max(time, statSync(full).mtimeMs)
  }
  return time
}

function mtime(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : 0
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')

/** Build dist/ (compile, then bundle the CLI) when a source is newer than the bundle `soat` runs. */
export function ensureBuilt(): void {
  // The web page's client is built apart (ensureWebAssets).
  const source = Math.max(newest(join(packageRoot, 'src'), /\.ts$/, join(packageRoot, 'src', 'web', 'client')), newest(join(packageRoot, 'rules'), /\.ts$/))
  if (source > mtime(join(packageRoot, 'dist', 'cli', 'soat.mjs'))) {
    execFileSync(process.execPath, [tsc, '-p', join(packageRoot, 'tsconfig.build.json')], { cwd: packageRoot, stdio: 'inherit' })
    execFileSync(process.execPath, [join(packageRoot, 'scripts', 'build-bundle.mjs')], { cwd: packageRoot, stdio: 'inherit' })
  }
}

/** Build the web page's assets into dist/web when their sources are newer. */
export function ensureWebAssets(): void {
  const source = newest(join(packageRoot, 'src', 'web', 'client'), /./)
  if (source > mtime(join(packageRoot, 'dist', 'web', 'app.js')) || source > mtime(join(packageRoot, 'dist', 'web', 'app.css'))) {
    execFileSync(process.execPath, [join(packageRoot, 'scripts', 'build-web.mjs')], { cwd: packageRoot, stdio: 'inherit' })
  }
}
