// Must-not-flag measurement of tone-placement, encoding and repeated-word on real published text:
// each rule's findings per 1,000 syllables on the Viwiki-Spelling dev text (../shared/data/
// viwiki-spelling-dev.jsonl, CC BY 4.0, "text" fields) outside its labeled mistakes, and on the laws of
// ../shared/data/vn-law/ (clean formal text). Prints up to 30 findings per rule outside the labels, with
// context, for a hand review. Run: npm run measure:language-rules [-- --rule repeated-word] [-- --law]
// The data is read in place and never copied into the repository.
import { builtinRules } from '../dist/rules/index.js'
import { Soat } from '../dist/src/api.js'
import { tokenize } from '../dist/src/parse/prose.js'
import { isSyllable } from '../dist/src/vietnamese/syllable.js'
import { loadLaws, loadViwiki, viwikiPath } from './lib/viwiki.mjs'

const root = new URL('..', import.meta.url).pathname
/** A configuration that turns on `rules` and every other built-in rule off. */
const onlyRules = (rules) => Object.fromEntries(Object.keys(builtinRules).map((id) => [id, rules.includes(id) ? 'warning' : 'off']))
const viwiki = loadViwiki()
if (!viwiki) {
  console.log(`skipped: ${viwikiPath} is absent (the dev data lives beside the project, never in it)`)
  process.exit(0)
}
const args = process.argv.slice(2)
const only = args.includes('--rule') ? [args[args.indexOf('--rule') + 1]] : undefined
const RULES = (only ?? ['tone-placement', 'encoding', 'repeated-word'])
const SHOW = 30

function syllableCount(text) {
  let n = 0
  for (const t of tokenize(text)) if (t.kind === 'word' && isSyllable(text.slice(t.start, t.end))) n++
  return n
}

async function measure(name, docs) {
  const soat = new Soat({ cwd: root, useConfigFiles: false, config: { rules: onlyRules(RULES) } })
  const stats = Object.fromEntries(RULES.map((r) => [r, { inside: 0, outside: 0, shown: [] }]))
  let syllables = 0
  let bytes = 0
  const started = performance.now()
  for (const doc of docs) {
    bytes += Buffer.byteLength(doc.text)
    const result = await soat.lintText(doc.text, { filePath: `${doc.id}.txt` })
    for (const f of result.findings) {
      const s = stats[f.ruleId]
      if (!s) continue
      const labeled = doc.spans.some(([a, b]) => f.range[0] < b && a < f.range[1])
      if (labeled) s.inside++
      else {
        s.outside++
        if (s.shown.length < SHOW) {
          const context = doc.text.slice(Math.max(0, f.range[0] - 40), Math.min(doc.text.length, f.range[1] + 40)).replace(/\s+/gu, ' ')
          s.shown.push(`${doc.id}:${f.line}:${f.column} «${f.text}» ${f.message}\n      … ${context} …`)
        }
      }
    }
  }
  const seconds = (performance.now() - started) / 1000
  for (const doc of docs) syllables += syllableCount(doc.text)
  console.log(`\n## ${name}: ${docs.length} documents, ${syllables} syllables, ${(bytes / 1e6).toFixed(2)} MB, linted in ${seconds.toFixed(2)} s`)
  console.log('| rule | findings outside labels | per 1,000 syllables | inside labels |')
  console.log('|---|---|---|---|')
  for (const r of RULES) console.log(`| ${r} | ${stats[r].outside} | ${((stats[r].outside / syllables) * 1000).toFixed(3)} | ${stats[r].inside} |`)
  for (const r of RULES) {
    if (stats[r].shown.length === 0) continue
    console.log(`\n### ${r}: findings outside the labels (first ${stats[r].shown.length})`)
    stats[r].shown.forEach((line, i) => console.log(`${String(i + 1).padStart(2)}. ${line}`))
  }
}

const wikiDocs = viwiki.map((doc) => ({ id: doc.id, text: doc.text, spans: doc.mistakes.map((m) => [m.start, m.end]) }))
await measure('Viwiki-Spelling dev (../shared/data/viwiki-spelling-dev.jsonl)', wikiDocs)

const laws = args.includes('--law') ? loadLaws() : undefined
if (laws) {
  const lawDocs = laws.map((doc) => ({ ...doc, spans: [] }))
  await measure('vn-law (../shared/data/vn-law, no labels: every finding counts)', lawDocs)
}
