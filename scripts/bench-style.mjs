// Throughput of the style and naming rules on ~2 MB of press-release text (the seeds, repeated), measured as
// CPU time of this process (wall time is at the mercy of whatever else the machine runs). Prints the document
// model alone (parsing, blocks, sentences, tokens: the cost every rule shares), each rule on top of it, and all
// seven together. Run `npm run bench:style` (it builds first).
import { readFileSync, readdirSync } from 'node:fs'
import { configureRules } from '../dist/src/engine/configure-rules.js'
import { lintSource } from '../dist/src/engine/linter.js'
import { RuleRegistry } from '../dist/src/engine/registry.js'
import { defineRule } from '../dist/src/engine/types.js'

const STYLE_RULES = [
  'institution-capitalization',
  'unbalanced-pair',
  'punctuation-spacing',
  'sentence-case',
  'acronym',
  'term-consistency',
  'name-consistency',
]

const seedsDir = new URL('../seeds/', import.meta.url)
const seeds = readdirSync(seedsDir)
  .filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f))
  .map((f) => readFileSync(new URL(f, seedsDir), 'utf8'))
// Drafts of realistic size, ~2 MB in all.
const drafts = []
let bytes = 0
for (let i = 0; bytes < 2_000_000; i++) {
  const text = seeds[i % seeds.length]
  drafts.push(text)
  bytes += Buffer.byteLength(text)
}

const registry = RuleRegistry.withBuiltins()
// Touches every sentence and word, reports nothing: the document model's own cost.
const modelOnly = defineRule({
  meta: { id: 'bench/model', category: 'house', level: 'note', fixable: false, description: { vi: '-', en: '-' }, messages: {} },
  create: () => ({ sentence: (s) => void s.words, word: () => {} }),
})
registry.add('bench/model', modelOnly)

async function rulesFor(ids) {
  return configureRules(Object.fromEntries(ids.map((id) => [id, { level: 'warning', options: undefined, source: 'bench' }])), registry)
}

function cpuSeconds(rules, rounds) {
  for (const text of drafts.slice(0, 50)) lintSource(text, rules, { format: 'text', locale: 'vi' }) // warm up
  let best = Infinity
  for (let r = 0; r < rounds; r++) {
    const before = process.cpuUsage()
    for (const text of drafts) lintSource(text, rules, { format: 'text', locale: 'vi' })
    const used = process.cpuUsage(before)
    best = Math.min(best, (used.user + used.system) / 1e6)
  }
  return best
}

const mb = bytes / 1e6
const rounds = Number(process.argv[2] ?? 3)
console.log(`${drafts.length} drafts, ${mb.toFixed(2)} MB; best of ${rounds} rounds, CPU seconds\n`)
const base = cpuSeconds(await rulesFor(['bench/model']), rounds)
console.log(`${'document model only'.padEnd(34)}${base.toFixed(3)} s  ${(mb / base).toFixed(1)} MB/s`)
for (const id of STYLE_RULES) {
  const s = cpuSeconds(await rulesFor(['bench/model', id]), rounds)
  console.log(`${('+ ' + id).padEnd(34)}${s.toFixed(3)} s  rule alone ≈ ${Math.max(0, s - base).toFixed(3)} s (${(mb / Math.max(1e-3, s - base)).toFixed(0)} MB/s)`)
}
const all = cpuSeconds(await rulesFor(['bench/model', ...STYLE_RULES]), rounds)
console.log(`${'+ all seven'.padEnd(34)}${all.toFixed(3)} s  ${(mb / all).toFixed(1)} MB/s with the model; rules alone ≈ ${(all - base).toFixed(3)} s (${(mb / (all - base)).toFixed(1)} MB/s)`)
