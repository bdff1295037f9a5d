/** Temporary folders with files, for tests of configuration lookup, files and the CLI. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll } from 'vitest'

/** Create a temporary folder holding `files` (path → content); removed after the test file. */
export function tempDir(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'soat-test-'))
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, content)
  }
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  return root
}
