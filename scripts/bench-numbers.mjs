// Throughput of the rules (DESIGN.md budgets): lints about 2 MB of drafts (the seeds, repeated as separate
// documents) with every recommended rule, then without the numeric rules and with the numeric rules only, and
// prints MB/s and the numeric rules' share of the time. Each configuration runs several times, interleaved,
// and the fastest run counts; times are CPU time of this process (process.cpuUsage), steadier than wall time
// when the machine is busy. Then splits the time on documents parsed beforehand:
// parsing and tokenizing, the numeral layer, each numeric rule, the other rules. Also times a warm re-lint of
// one seed. Needs `npm run build`. Usage: node scripts/bench-numbers.mjs [bytes=2000000] [rounds=5] (npm run bench:numbers)
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Soat } from '../dist/src/api.js'
import { SoatDocument } from '../dist/src/document/document.js'
import { configureRules } from '../dist/src/engine/configure-rules.js'
import { RuleRegistry } from '../dist/src/engine/registry.js'
import { runRules } from '../dist/src/engine/run-rules.js'
import { numerals } from '../dist/src/numbers/numerals.js'
import { builtinRules } from '../dist/rules/index.js'

const root = new URL('..', import.meta.url).pathname
const targetBytes = Number(process.argv[2] ?? 2_000_000)
const rounds = Number(process.argv[3] ?? 5)
const NUMERIC = ['impossible-ratio', 'ratio-percent-mismatch', 'inconsistent-total', 'conflicting-figures', 'number-format', 'invalid-date', 'date-format']

const seeds = readdirSync(join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt') && !f.endsWith('.findings.txt'))
  .sort()
  .map((f) => readFileSync(join(root, 'seeds', f), 'utf8'))
const docs = []
let bytes = 0
while (bytes < targetBytes) {
  for (const text of seeds) {
    // A distinct first line per copy, so no cache can recognise a repeated document.
    const doc = `Bản ${docs.length + 1}\n\n${text}`
    docs.push(doc)
    bytes += Buffer.byteLength(doc)
  }
}

const all = Object.keys(builtinRules)
const configs = {
  'all rules': all,
  'without numeric': all.filter((id) => !NUMERIC.includes(id)),
  'numeric only': NUMERIC,
}
const linters = Object.fromEntries(
  Object.entries(configs).map(([name, ids]) => [
    name,
    new Soat({ cwd: root, useConfigFiles: false, config: { rules: Object.fromEntries(all.map((id) => [id, ids.includes(id) ? 'error' : 'off'])) } }),
  ]),
)
const filePath = join(root, 'bench.txt')
for (const soat of Object.values(linters)) await soat.lintText(seeds[0], { filePath })

/** CPU milliseconds of this process (user + system). */
const cpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

const best = Object.fromEntries(Object.keys(configs).map((name) => [name, Infinity]))
for (let r = 0; r < rounds; r++) {
  for (const [name, soat] of Object.entries(linters)) {
    const started = cpu()
    for (const doc of docs) await soat.lintText(doc, { filePath })
    best[name] = Math.min(best[name], cpu() - started)
  }
}

console.log(`${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB, best of ${rounds} runs (CPU time)`)
for (const [name, ms] of Object.entries(best)) {
  console.log(`  ${name.padEnd(16)} ${ms.toFixed(0).padStart(6)} ms  ${((bytes / 1e6) / (ms / 1000)).toFixed(2).padStart(6)} MB/s`)
}
const share = (best['all rules'] - best['without numeric']) / best['all rules']
console.log(`  numeric rules' share of the time with all rules: ${(Math.max(0, share) * 100).toFixed(1)}%`)

const draft = seeds[0]
const soat = linters['all rules']
const times = []
for (let i = 0; i < 50; i++) {
  const started = cpu()
  await soat.lintText(draft, { filePath })
  times.push(cpu() - started)
}
times.sort((a, b) => a - b)
console.log(`  warm re-lint of seed 000 (${(Buffer.byteLength(draft) / 1024).toFixed(1)} KB), all rules: median ${times[25].toFixed(1)} ms`)

// Where the time goes, on documents parsed beforehand (each phase on fresh copies, best of the rounds).
const registry = RuleRegistry.withBuiltins()
const configured = async (ids) => configureRules(Object.fromEntries(ids.map((id) => [id, { level: 'error', source: 'bench' }])), registry)
const phases = {
  'parse + tokenize': { ids: [], layer: false, parse: true },
  'numeral layer': { ids: [], layer: true },
  ...Object.fromEntries(NUMERIC.map((id) => [id, { ids: [id], layer: false, prebuiltLayer: true }])),
  'other rules': { ids: configs['without numeric'], layer: false },
}
const phaseBest = {}
for (const [name, phase] of Object.entries(phases)) {
  const rules = await configured(phase.ids)
  let min = Infinity
  for (let r = 0; r < rounds; r++) {
    // One document at a time, as in real use: prepare it untimed, then time the phase alone.
    let spent = 0
    for (const text of docs) {
      const d = new SoatDocument(text, { format: 'text', filePath })
      if (!phase.parse) {
        for (const s of d.sentences) void s.tokens
        d.classifyBlocks()
        if (phase.prebuiltLayer) d.layer(numerals)
      }
      const started = cpu()
      if (phase.parse) {
        for (const s of d.sentences) void s.tokens
        d.classifyBlocks()
      } else if (phase.layer) d.layer(numerals)
      else runRules(d, rules, 'vi')
      spent += cpu() - started
    }
    min = Math.min(min, spent)
  }
  phaseBest[name] = min
}
const total = Object.values(phaseBest).reduce((a, b) => a + b, 0)
const numeric = phaseBest['numeral layer'] + NUMERIC.reduce((sum, id) => sum + phaseBest[id], 0)
console.log(`\nWhere the time goes (documents parsed beforehand; ${total.toFixed(0)} ms in all):`)
for (const [name, ms] of Object.entries(phaseBest)) console.log(`  ${name.padEnd(24)} ${ms.toFixed(1).padStart(8)} ms  ${((ms / total) * 100).toFixed(1).padStart(5)}%`)
console.log(`  numeral layer + the seven numeric rules: ${numeric.toFixed(0)} ms, ${((numeric / total) * 100).toFixed(1)}% of the time`)
