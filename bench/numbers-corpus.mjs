// Lints real text the rules were not written on — the Viwiki dev texts and the laws in ../shared/data/vn-law —
// with the seven numeric rules only, and prints findings per 1,000 words per rule. With `--sample N` it also
// prints N findings spread over the rules (a fixed pseudo-random pick) with their sentence, for a hand review;
// with `--rule ID` every finding of one rule. Run `npm run build` first (npm run measure:numbers does).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Soat } from '../dist/src/api.js'

const root = new URL('..', import.meta.url).pathname
const data = join(root, '../shared/data')
if (!existsSync(data)) {
  console.log(`soat measure:numbers: ${data} is absent; nothing to measure.`)
  process.exit(0)
}
const args = process.argv.slice(2)
const option = (name) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const sampleSize = Number(option('--sample') ?? 0)
const onlyRule = option('--rule')

const RULES = ['impossible-ratio', 'ratio-percent-mismatch', 'inconsistent-total', 'conflicting-figures', 'number-format', 'invalid-date', 'date-format']
const soat = new Soat({ cwd: root, useConfigFiles: false, config: { rules: Object.fromEntries(RULES.map((id) => [id, 'error'])) } })

const corpora = [
  {
    name: 'viwiki-dev',
    docs: readFileSync(join(data, 'viwiki-spelling-dev.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line, i) => ({ id: `viwiki#${i + 1}`, text: JSON.parse(line).text })),
  },
  {
    name: 'vn-law',
    docs: readdirSync(join(data, 'vn-law'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ id: `vn-law/${f}`, text: readFileSync(join(data, 'vn-law', f), 'utf8') })),
  },
]

const all = []
for (const corpus of corpora) {
  let words = 0
  let bytes = 0
  const counts = Object.fromEntries(RULES.map((id) => [id, 0]))
  const started = performance.now()
  for (const doc of corpus.docs) {
    words += doc.text.split(/\s+/u).filter(Boolean).length
    bytes += Buffer.byteLength(doc.text)
    const result = await soat.lintText(doc.text, { filePath: join(root, 'corpus.txt') })
    for (const f of result.findings) {
      counts[f.ruleId]++
      all.push({ corpus: corpus.name, doc, finding: f })
    }
  }
  const ms = performance.now() - started
  console.log(`\n${corpus.name}: ${corpus.docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB, ${words.toLocaleString('en')} words, ${ms.toFixed(0)} ms`)
  for (const id of RULES) console.log(`  ${id.padEnd(24)} ${String(counts[id]).padStart(5)} findings  ${((counts[id] * 1000) / words).toFixed(3)} per 1,000 words`)
}

function context(doc, f) {
  const text = doc.text
  let s = f.range[0]
  let e = f.range[1]
  for (let n = 0; s > 0 && n < 160 && text[s - 1] !== '\n'; n++) s--
  for (let n = 0; e < text.length && n < 160 && text[e] !== '\n'; n++) e++
  return `${text.slice(s, f.range[0])}⟦${text.slice(f.range[0], f.range[1])}⟧${text.slice(f.range[1], e)}`.replace(/\s+/gu, ' ')
}

function show(list) {
  for (const { corpus, doc, finding: f } of list) {
    console.log(`\n[${f.ruleId}] ${doc.id}:${f.line}:${f.column}  ${f.message}`)
    console.log(`  … ${context(doc, f)} …`)
  }
}

if (onlyRule) show(all.filter((x) => x.finding.ruleId === onlyRule))
if (sampleSize > 0) {
  // A fixed pick: round-robin over the rules, each rule's findings in a seeded shuffle.
  let seed = 20240515
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  const byRule = RULES.map((id) => all.filter((x) => x.finding.ruleId === id).sort(() => random() - 0.5))
  const picked = []
  for (let round = 0; picked.length < sampleSize && byRule.some((l) => l.length > round); round++) {
    for (const list of byRule) if (list[round] && picked.length < sampleSize) picked.push(list[round])
  }
  console.log(`\nSample of ${picked.length} findings for hand review:`)
  show(picked)
}
