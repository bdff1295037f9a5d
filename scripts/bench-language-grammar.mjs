// Speed of the syllable grammar and the word classifier (syllables per second) and throughput of the
// rules tone-placement, encoding and repeated-word (MB/s of plain text, one core), on the seeds
// concatenated to about 2 MB. Run: npm run bench:grammar
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { builtinRules } from '../dist/rules/index.js'
import { Soat } from '../dist/src/api.js'
import { tokenize } from '../dist/src/parse/prose.js'
import { analyzeSyllable } from '../dist/src/vietnamese/syllable.js'
import { classifyWord } from '../dist/src/vietnamese/word-class.js'

const root = new URL('..', import.meta.url).pathname
/** A configuration that turns on `rules` and every other built-in rule off. */
const onlyRules = (rules) => Object.fromEntries(Object.keys(builtinRules).map((id) => [id, rules.includes(id) ? 'warning' : 'off']))
const seeds = readdirSync(join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt') && !f.endsWith('.findings.txt'))
  .map((f) => readFileSync(join(root, 'seeds', f), 'utf8'))
const one = seeds.join('\n\n')
const copies = Math.ceil(2e6 / Buffer.byteLength(one))
const big = Array(copies).fill(one).join('\n\n')
const mb = Buffer.byteLength(big) / 1e6

const words = tokenize(big).filter((t) => t.kind === 'word').map((t) => big.slice(t.start, t.end))
function rate(label, fn) {
  fn() // warm up
  const runs = 3
  const started = performance.now()
  for (let r = 0; r < runs; r++) fn()
  const seconds = (performance.now() - started) / 1000 / runs
  console.log(`${label}: ${(words.length / seconds / 1e6).toFixed(2)} M words/s (${words.length} words in ${(seconds * 1000).toFixed(0)} ms)`)
}
rate('analyzeSyllable', () => {
  for (const w of words) analyzeSyllable(w)
})
const nfd = words.map((w) => w.normalize('NFD'))
rate('analyzeSyllable, NFD input', () => {
  for (const w of nfd) analyzeSyllable(w)
})
rate('classifyWord', () => {
  for (let i = 0; i < words.length; i++) classifyWord(words[i], { previous: words[i - 1], next: words[i + 1] })
})

async function throughput(rules) {
  const soat = new Soat({ cwd: root, useConfigFiles: false, config: { rules: onlyRules(rules) } })
  const small = one.slice(0, 10_000)
  for (let i = 0; i < 10; i++) await soat.lintText(small, { filePath: 'small.txt' })
  const times = []
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now()
    await soat.lintText(small, { filePath: 'small.txt' })
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  let best = Infinity
  let findings = 0
  for (let r = 0; r < 3; r++) {
    globalThis.gc?.()
    const started = performance.now()
    const result = await soat.lintText(big, { filePath: 'big.txt' })
    best = Math.min(best, (performance.now() - started) / 1000)
    findings = result.findings.length
  }
  console.log(`${rules.join(' + ')}: ${(mb / best).toFixed(2)} MB/s on ${mb.toFixed(2)} MB (${findings} findings); 10 KB re-lint median ${times[25].toFixed(1)} ms`)
}
console.log(`\nRules on ${mb.toFixed(2)} MB (the seeds × ${copies}), parse and tokenize included (baselines: template-residue reads blocks only; duplicate-paragraph also tokenizes every word):`)
for (const rules of [['template-residue'], ['duplicate-paragraph'], ['tone-placement'], ['encoding'], ['repeated-word'], ['tone-placement', 'encoding', 'repeated-word']]) await throughput(rules)
