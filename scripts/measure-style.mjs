// Measures the style and naming rules on real text they were not written on: the "text" fields of
// ../shared/data/viwiki-spelling-dev.jsonl and the laws in ../shared/data/vn-law/*.txt. Prints findings per
// 1,000 words for each rule and corpus; `--sample N` prints N findings picked at random (fixed seed) with
// their context for a hand review, `--per-rule N` N of each rule; `--rule <id>` limits the sample to one rule.
// Run `npm run measure:style -- --per-rule 5`.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { configureRules } from '../dist/src/engine/configure-rules.js'
import { lintSource } from '../dist/src/engine/linter.js'
import { RuleRegistry } from '../dist/src/engine/registry.js'

export const STYLE_RULES = [
  'institution-capitalization',
  'unbalanced-pair',
  'punctuation-spacing',
  'sentence-case',
  'acronym',
  'term-consistency',
  'name-consistency',
]

const dataDir = new URL('../../shared/data/', import.meta.url).pathname
const args = process.argv.slice(2)
const sample = args.includes('--sample') ? Number(args[args.indexOf('--sample') + 1]) : 0
const onlyRule = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined
const perRule = args.includes('--per-rule') ? Number(args[args.indexOf('--per-rule') + 1]) : 0

if (!existsSync(dataDir)) {
  console.log(`soat: ${dataDir} is absent; nothing to measure.`)
  process.exit(0)
}

/** The corpora: name → list of { name, text }. */
function corpora() {
  const wiki = readFileSync(join(dataDir, 'viwiki-spelling-dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line, i) => ({ name: `viwiki#${i + 1}`, text: JSON.parse(line).text }))
  const lawDir = join(dataDir, 'vn-law')
  const laws = readdirSync(lawDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: `vn-law/${f}`, text: readFileSync(join(lawDir, f), 'utf8') }))
  return { viwiki: wiki, 'vn-law': laws }
}

function countWords(text) {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? []).length
}

// A small deterministic generator, so a sample can be reviewed and re-run.
function random(seed) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const registry = RuleRegistry.withBuiltins()
const rules = await configureRules(
  Object.fromEntries(STYLE_RULES.map((id) => [id, { level: 'warning', options: undefined, source: 'measure-style' }])),
  registry,
)

const all = []
const table = []
for (const [corpus, docs] of Object.entries(corpora())) {
  let words = 0
  let bytes = 0
  const counts = Object.fromEntries(STYLE_RULES.map((id) => [id, 0]))
  const started = performance.now()
  for (const doc of docs) {
    words += countWords(doc.text)
    bytes += Buffer.byteLength(doc.text)
    const { findings, notifications } = lintSource(doc.text, rules, { format: 'text', locale: 'vi' })
    for (const n of notifications) console.warn(`${doc.name}: ${n.message}`)
    for (const f of findings) {
      counts[f.ruleId]++
      all.push({ corpus, doc, finding: f })
    }
  }
  const seconds = (performance.now() - started) / 1000
  table.push({ corpus, docs: docs.length, words, bytes, seconds, counts })
}

const pad = (s, n) => String(s).padStart(n)
console.log(`\nFindings per 1,000 words (count in brackets)\n`)
console.log('rule'.padEnd(28) + table.map((t) => pad(`${t.corpus} (${t.words} words)`, 30)).join(''))
for (const id of STYLE_RULES) {
  console.log(
    id.padEnd(28) + table.map((t) => pad(`${((t.counts[id] * 1000) / t.words).toFixed(3)} (${t.counts[id]})`, 30)).join(''),
  )
}
const totals = table.map((t) => Object.values(t.counts).reduce((a, b) => a + b, 0))
console.log('all'.padEnd(28) + table.map((t, i) => pad(`${((totals[i] * 1000) / t.words).toFixed(3)} (${totals[i]})`, 30)).join(''))
for (const t of table) {
  console.log(`${t.corpus}: ${t.docs} documents, ${(t.bytes / 1e6).toFixed(2)} MB in ${t.seconds.toFixed(2)} s (${(t.bytes / 1e6 / t.seconds).toFixed(1)} MB/s, first run, cold)`)
}

function printSample(pool, count, title) {
  const next = random(20240601)
  const picked = new Set()
  while (picked.size < Math.min(count, pool.length)) picked.add(Math.floor(next() * pool.length))
  console.log(`\n${title}: ${picked.size} of ${pool.length}\n`)
  let n = 0
  for (const i of [...picked].sort((a, b) => a - b)) {
    const { doc, finding } = pool[i]
    const [s, e] = finding.range
    const context = doc.text.slice(Math.max(0, s - 60), Math.min(doc.text.length, e + 60)).replace(/\s+/gu, ' ')
    const fix = finding.fix ? ` → «${finding.fix.edits.map((x) => x.text).join('…')}»` : ''
    console.log(`${++n}. [${finding.ruleId}] ${doc.name}:${finding.line}:${finding.column} «${finding.text}»${fix}\n   ${finding.message}\n   …${context}…\n`)
  }
}

if (sample > 0) {
  const pool = all.filter((x) => !onlyRule || x.finding.ruleId === onlyRule)
  printSample(pool, sample, `Sample of findings${onlyRule ? ` of ${onlyRule}` : ''}`)
}
if (perRule > 0) {
  for (const id of STYLE_RULES) printSample(all.filter((x) => x.finding.ruleId === id), perRule, `Sample of ${id}`)
}
