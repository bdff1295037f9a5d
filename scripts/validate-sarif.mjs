// Validates SARIF files with the SARIF multitool (@microsoft/sarif-multitool, the referee) and fails when it
// reports any error or warning. Usage: node scripts/validate-sarif.mjs report.sarif [more.sarif…]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const files = process.argv.slice(2)
if (files.length === 0) {
  console.error('usage: node scripts/validate-sarif.mjs FILE.sarif…')
  process.exit(2)
}
// The multitool's own launcher runs the platform binary through a shell; call the binary directly instead.
const require = createRequire(import.meta.url)
const binary = require('@microsoft/sarif-multitool')
let failed = false
for (const file of files) {
  const dir = mkdtempSync(join(tmpdir(), 'soat-sarif-'))
  const out = join(dir, 'validation.sarif')
  const run = spawnSync(binary, ['validate', file, '--output', out, '--level', 'Error;Warning'], { encoding: 'utf8' })
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr)
    console.error(`${file}: the multitool exited with ${run.status}`)
    failed = true
    continue
  }
  const results = JSON.parse(readFileSync(out, 'utf8')).runs[0].results ?? []
  const problems = results.filter((r) => (r.level ?? 'warning') === 'error' || (r.level ?? 'warning') === 'warning')
  for (const p of problems) console.error(`${file}: ${p.level ?? 'warning'} ${p.ruleId}: ${JSON.stringify(p.message)}`)
  console.log(`${file}: ${problems.filter((p) => p.level === 'error').length} errors, ${problems.filter((p) => (p.level ?? 'warning') === 'warning').length} warnings (SARIF multitool)`)
  if (problems.length > 0) failed = true
  rmSync(dir, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
