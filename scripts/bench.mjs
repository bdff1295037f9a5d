// npm run bench: soát's speed, each figure beside a baseline measured in the same run on the same text, so the
// result is a ratio that survives a busy or slow machine. Runs the build in dist/ (npm run build first).
//
//   throughput   MB/s of plain text with every rule on (soat:all), per core (CPU time of this thread),
//                beside "read and split into words"; on the seeds, and on the laws in ../shared/data/vn-law
//                when present
//   latency      p50/p95 ms to re-lint one 10 KB draft with a warm linter, beside the baseline on the same draft
//   cold start   `soat draft.txt` as a new process, beside `node` reading and splitting the same file
//   tokenizer    soát's prose tokenizer and document model beside parse-latin (retext's parser)
//   rules        each rule's share of the time (and each group's: language, numbers, structure, style)
//   batch        N drafts (SOAT_BENCH_BATCH, default 10000) on all cores vs one, peak memory at N/10 and N
//                (JSON and SARIF reports written to a file)
//
// `--batch-only` runs the batch part alone; `--quick` runs smaller samples (and a batch of 1000).
//
// Budgets (DESIGN.md): ≥ 2 MB/s per core; < 20 ms per 10 KB draft warm; < 400 ms cold start; batches on all
// cores with flat memory. Results are printed and written to bench/results/latest.json.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { ParseLatin } from 'parse-latin'
import { Soat } from '../dist/src/api.js'
import { SoatDocument } from '../dist/src/document/document.js'
import { RuleRegistry } from '../dist/src/engine/registry.js'

const root = new URL('..', import.meta.url).pathname
const seedsDir = join(root, 'seeds')
const lawsDir = join(root, '../shared/data/vn-law')
const seeds = readdirSync(seedsDir)
  .filter((f) => /_[0-9a-f]+\.txt$/.test(f))
  .sort()
  .map((f) => readFileSync(join(seedsDir, f), 'utf8'))
const results = { date: new Date().toISOString(), node: process.version, cores: availableParallelism() }
const quick = process.argv.includes('--quick')
const batchOnly = process.argv.includes('--batch-only')

const mb = (texts) => texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6
const cpuSeconds = (start) => {
  const c = process.cpuUsage(start)
  return (c.user + c.system) / 1e6
}
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
const fmt = (n, digits = 2) => n.toFixed(digits)
const baselineWords = (text) => text.normalize('NFC').split(/[\s\u00A0\u2009]+/u).length

function repeatTo(texts, megabytes) {
  const out = []
  while (mb(out) < megabytes) out.push(...texts)
  return out
}

/** CPU-time throughput of `fn` over `texts`, after one warm-up pass. */
async function throughput(texts, fn) {
  for (const t of texts.slice(0, 5)) await fn(t)
  const start = process.cpuUsage()
  const wall = performance.now()
  for (const t of texts) await fn(t)
  return { mbPerCpuSecond: mb(texts) / cpuSeconds(start), mbPerWallSecond: mb(texts) / ((performance.now() - wall) / 1000) }
}

const allRules = { extends: ['soat:all'] }
// Throughput is measured without timing (a clock read per rule per word costs); shares come from a timed pass.
const soat = new Soat({ config: allRules })
const lint = (text) => soat.lintText(text, { filePath: 'draft.txt' })
const timed = new Soat({ config: allRules, timing: true })
const ruleIds = (await RuleRegistry.withBuiltins().all()).map(([id, rule]) => [id, rule.meta.category])

if (!batchOnly) {
  // Throughput.
  console.log(`soát benchmark — ${results.node}, ${results.cores} cores, ${ruleIds.length} rules on\n`)
  const corpora = [['seeds (each draft a document)', repeatTo(seeds, quick ? 1 : 3)]]
  if (existsSync(lawsDir)) {
    const laws = readdirSync(lawsDir)
      .sort()
      .map((f) => readFileSync(join(lawsDir, f), 'utf8'))
    const sample = []
    for (const law of laws) {
      if (mb(sample) >= (quick ? 1 : 4)) break
      sample.push(law)
    }
    corpora.push([`laws (${sample.length} of ../shared/data/vn-law)`, sample])
  } else {
    console.log('(../shared/data/vn-law is absent: the laws corpus is skipped)')
  }
  results.throughput = []
  console.log('Throughput, all rules on (MB/s of CPU time on one core):')
  for (const [name, texts] of corpora) {
    const base = await throughput(texts, baselineWords)
    const ours = await throughput(texts, lint)
    const row = {
      corpus: name,
      megabytes: mb(texts),
      soatMBps: ours.mbPerCpuSecond,
      baselineMBps: base.mbPerCpuSecond,
      ratio: base.mbPerCpuSecond / ours.mbPerCpuSecond,
      soatWallMBps: ours.mbPerWallSecond,
    }
    results.throughput.push(row)
    console.log(
      `  ${name.padEnd(34)} ${fmt(row.megabytes, 1)} MB   soat ${fmt(row.soatMBps)} MB/s   baseline ${fmt(row.baselineMBps)} MB/s   soat is ${fmt(row.ratio, 1)}× slower than splitting words   (budget ≥ 2 MB/s: ${row.soatMBps >= 2 ? 'met' : 'MISSED'})`,
    )
  }

  // Rule shares, from a timed pass over the corpora.
  for (const [, texts] of corpora) for (const text of texts) await timed.lintText(text, { filePath: 'draft.txt' })
  const timings = [...timed.ruleTimings()].sort((a, b) => b[1] - a[1])
  const total = timings.reduce((n, [, ms]) => n + ms, 0)
  const category = new Map(ruleIds)
  const groups = {}
  for (const [id, ms] of timings) {
    const group = id === '(document model)' ? 'document model' : (category.get(id) ?? 'other')
    groups[group] = (groups[group] ?? 0) + ms
  }
  results.rules = Object.fromEntries(timings.map(([id, ms]) => [id, ms / total]))
  results.groups = Object.fromEntries(Object.entries(groups).map(([g, ms]) => [g, ms / total]))
  console.log('\nShare of lint time:')
  console.log('  by group: ' + Object.entries(results.groups).sort((a, b) => b[1] - a[1]).map(([g, share]) => `${g} ${fmt(100 * share, 1)}%`).join(', '))
  for (const [id, ms] of timings.slice(0, 12)) console.log(`  ${id.padEnd(28)} ${fmt((100 * ms) / total, 1).padStart(5)}%`)

  // Latency per 10 KB draft.
  const draft = seeds.reduce((best, s) => (Math.abs(Buffer.byteLength(s) - 10_000) < Math.abs(Buffer.byteLength(best) - 10_000) ? s : best))
  const latency = async (fn, runs) => {
    for (let i = 0; i < 20; i++) await fn(draft)
    const times = []
    for (let i = 0; i < runs; i++) {
      const t = performance.now()
      await fn(draft)
      times.push(performance.now() - t)
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95) }
  }
  const warm = new Soat({ config: allRules })
  const ours = await latency((t) => warm.lintText(t, { filePath: 'draft.txt' }), quick ? 100 : 300)
  const base = await latency(baselineWords, quick ? 100 : 300)
  results.latency = { draftBytes: Buffer.byteLength(draft), soat: ours, baseline: base, ratioP50: ours.p50 / base.p50 }
  console.log(
    `\nRe-lint one ${fmt(Buffer.byteLength(draft) / 1000, 1)} KB draft, warm: p50 ${fmt(ours.p50)} ms, p95 ${fmt(ours.p95)} ms; baseline p50 ${fmt(base.p50, 3)} ms, p95 ${fmt(base.p95, 3)} ms (${fmt(ours.p50 / base.p50, 0)}×)   (budget < 20 ms: ${ours.p95 < 20 ? 'met' : 'MISSED'})`,
  )

  // Cold start.
  const draftFile = join(seedsDir, readdirSync(seedsDir).find((f) => f.startsWith('001_') && /_[0-9a-f]+\.txt$/.test(f)))
  const spawnTimes = (args) => {
    const times = []
    for (let i = 0; i < (quick ? 5 : 15); i++) {
      const t = performance.now()
      const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' })
      times.push(performance.now() - t)
      if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')}: exit ${run.status}\n${run.stderr}`)
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95) }
  }
  const cold = spawnTimes([join(root, 'bin/soat.js'), draftFile])
  const nodeBase = spawnTimes(['-e', `require('fs').readFileSync(${JSON.stringify(draftFile)}, 'utf8').split(/\\s+/)`])
  results.coldStart = { soat: cold, baseline: nodeBase, overheadP50: cold.p50 - nodeBase.p50 }
  console.log(
    `\nCold start \`soat draft.txt\`: p50 ${fmt(cold.p50, 0)} ms, p95 ${fmt(cold.p95, 0)} ms; baseline \`node\` reading and splitting the file: p50 ${fmt(nodeBase.p50, 0)} ms (soát adds ${fmt(cold.p50 - nodeBase.p50, 0)} ms)   (budget < 400 ms: ${cold.p50 < 400 ? 'met' : 'MISSED'})`,
  )

  // Language data: each table's first load in a new process, beside reading the tables file's bytes.
  const loadScript = `
    const t0 = performance.now()
    const { readFileSync } = await import('node:fs')
    const { languageTables, tablesPath } = await import(${JSON.stringify(join(root, 'dist/src/vietnamese/language-tables.js'))})
    const { contextModel } = await import(${JSON.stringify(join(root, 'dist/src/vietnamese/context-model.js'))})
    const { lexicon } = await import(${JSON.stringify(join(root, 'dist/src/vietnamese/lexicon.js'))})
    const t1 = performance.now(); readFileSync(tablesPath)
    const t2 = performance.now(); languageTables()
    const t3 = performance.now(); contextModel().logProb(0, 3)
    const t4 = performance.now(); lexicon().has('quy')
    const t5 = performance.now()
    console.log(JSON.stringify({ read: t2 - t1, tables: t3 - t2, model: t4 - t3, lexicon: t5 - t4 }))`
  const loads = []
  for (let i = 0; i < (quick ? 3 : 7); i++) {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', loadScript], { encoding: 'utf8' })
    if (run.status !== 0) throw new Error(`language data load: exit ${run.status}\n${run.stderr}`)
    loads.push(JSON.parse(run.stdout))
  }
  const median = (key) => percentile(loads.map((l) => l[key]), 50)
  results.languageData = { readMs: median('read'), tablesMs: median('tables'), contextModelMs: median('model'), lexiconMs: median('lexicon') }
  console.log(
    `\nLanguage data, first use in a new process (median of ${loads.length}): syllable tables ${fmt(median('tables'), 1)} ms, context model ${fmt(median('model'), 1)} ms, lexicon (dictionary-vi + word list) ${fmt(median('lexicon'), 1)} ms; baseline reading the tables file ${fmt(median('read'), 1)} ms   (budget: well under 100 ms)`,
  )

  // Tokenizer and document model beside parse-latin.
  const tokenTexts = repeatTo(seeds, quick ? 0.5 : 2)
  const latin = await throughput(tokenTexts, (t) => new ParseLatin().parse(t))
  const model = await throughput(tokenTexts, (t) => new SoatDocument(t, { format: 'text' }).sentences)
  const nlcst = await throughput(tokenTexts, (t) => new SoatDocument(t, { format: 'text' }).nlcst())
  results.tokenizer = { parseLatinMBps: latin.mbPerCpuSecond, soatModelMBps: model.mbPerCpuSecond, soatNlcstMBps: nlcst.mbPerCpuSecond }
  console.log(
    `\nProse parsing: parse-latin ${fmt(latin.mbPerCpuSecond)} MB/s; soát document model (blocks, sentences, tokens) ${fmt(model.mbPerCpuSecond)} MB/s (${fmt(model.mbPerCpuSecond / latin.mbPerCpuSecond, 1)}×); soát with the nlcst tree ${fmt(nlcst.mbPerCpuSecond)} MB/s`,
  )

}

// Batch on all cores.
const batchSize = Number(process.env.SOAT_BENCH_BATCH ?? (quick ? 1000 : 10000))
const batchDir = mkdtempSync(join(tmpdir(), 'soat-bench-'))
try {
  for (let i = 0; i < batchSize; i++) {
    const dir = join(batchDir, String(Math.floor(i / 1000)))
    if (i % 1000 === 0) mkdirSync(dir)
    writeFileSync(join(dir, `${i}.txt`), `${seeds[i % seeds.length]}\nBản tin số ${i}.\n`)
  }
  const haveTime = existsSync('/usr/bin/time')
  const runBatch = (dirs, concurrency, format = 'json') => {
    const args = [join(root, 'bin/soat.js'), ...dirs, '--format', format, '--output-file', join(batchDir, `out.${format}`), '--concurrency', String(concurrency)]
    const t = performance.now()
    const run = haveTime ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' })
    const seconds = (performance.now() - t) / 1000
    const rssKb = haveTime ? Number(run.stderr.trim().split('\n').pop()) : NaN
    return { seconds, peakRssMB: rssKb / 1024 }
  }
  const all = readdirSync(batchDir).filter((d) => /^\d+$/.test(d)).map((d) => join(batchDir, d))
  const tenth = all.slice(0, Math.max(1, Math.ceil(all.length / 10)))
  const parallel = runBatch(all, 'auto')
  const single = runBatch(all, 1)
  const small = runBatch(tenth, 'auto')
  const sarifAll = runBatch(all, 'auto', 'sarif')
  const sarifSmall = runBatch(tenth, 'auto', 'sarif')
  const filesSmall = Math.min(batchSize, tenth.length * 1000)
  results.batch = {
    drafts: batchSize,
    megabytes: batchSize * mb([seeds.join('')]) / seeds.length,
    allCoresSeconds: parallel.seconds,
    oneCoreSeconds: single.seconds,
    speedup: single.seconds / parallel.seconds,
    peakRssMB: { [filesSmall]: small.peakRssMB, [batchSize]: parallel.peakRssMB },
    sarifPeakRssMB: { [filesSmall]: sarifSmall.peakRssMB, [batchSize]: sarifAll.peakRssMB },
  }
  console.log(
    `\nBatch of ${batchSize} drafts (${fmt(results.batch.megabytes, 0)} MB): all ${results.cores} cores ${fmt(parallel.seconds, 1)} s, one core ${fmt(single.seconds, 1)} s (${fmt(single.seconds / parallel.seconds, 2)}×); peak memory (JSON report) ${fmt(small.peakRssMB, 0)} MB for ${filesSmall} drafts, ${fmt(parallel.peakRssMB, 0)} MB for ${batchSize} (${fmt(parallel.peakRssMB / small.peakRssMB, 2)}×); SARIF report ${fmt(sarifSmall.peakRssMB, 0)} MB, ${fmt(sarifAll.peakRssMB, 0)} MB (${fmt(sarifAll.peakRssMB / sarifSmall.peakRssMB, 2)}×)   (budget: flat memory)`,
  )
} finally {
  rmSync(batchDir, { recursive: true, force: true })
}

if (!batchOnly) {
  mkdirSync(join(root, 'bench/results'), { recursive: true })
  writeFileSync(join(root, 'bench/results/latest.json'), JSON.stringify(results, null, 2) + '\n')
  console.log('\nWritten to bench/results/latest.json')
}
