// Tunes and measures `confusable-word` (rules/confusable-word/): 5-fold cross-validation by document on
// the Viwiki-Spelling dev set (../shared/data/viwiki-spelling-dev.jsonl, CC BY 4.0) and false alarms on
// the laws of ../shared/data/vn-law (clean text: every finding there is a likely false alarm).
//
// For each setting of the source weights it scores every judged syllable once (the rule's own scan and
// scorer, from dist/), then per fold learns on the other four folds: the noisy-channel prior of each edit
// type (log of labeled slips of that type over the variants of that type the text offers), the compound
// weight and the threshold (the lowest margin whose training precision is at least --precision and whose
// false alarms on the tuning half of the laws stay under --law-rate per 1,000 syllables); and reports the
// held-out fold. The laws are counted in the tables, so each law is scored with its own bigrams taken out
// of the counts (leave-one-law-out); odd-numbered laws tune, even-numbered laws report.
//
// Run: npm run build && node bench/tune-confusable.mjs [--write] [--show 20] [--law-weights 0,0.1,0.25,0.5,1]
//   (default law weight 0.25, the one earlier sweeps chose; --seen-weights, --burst-weights set the grids)
//   --write  writes rules/confusable-word/confusable-model.json from a fit on all documents.
// Skips (exit 0) when the data is absent. The data is read in place and never copied into the repository.
import { writeFileSync } from 'node:fs'
import { loadLaws, loadViwiki, viwikiPath } from '../scripts/lib/viwiki.mjs'

const viwiki = loadViwiki()
const laws = loadLaws()
if (!viwiki || !laws) {
  console.log(`skipped: ${viwikiPath} or ../shared/data/vn-law is absent (the dev data lives beside the project, never in it)`)
  process.exit(0)
}

const dist = new URL('../dist/', import.meta.url).pathname
const { SoatDocument } = await import(`${dist}src/document/document.js`)
const { scanBlock, variantsOf } = await import(`${dist}rules/confusable-word/scan.js`)
const { burstiness } = await import(`${dist}rules/confusable-word/document-evidence.js`)
const { ConfusableScorer } = await import(`${dist}rules/confusable-word/scorer.js`)
const { ContextModel, DEFAULT_SETTINGS } = await import(`${dist}src/vietnamese/context-model.js`)
const { languageTables } = await import(`${dist}src/vietnamese/language-tables.js`)
const { EDIT_TYPE_NAMES } = await import(`${dist}src/vietnamese/confusion-sets.js`)
const { syllableKey } = await import(`${dist}src/vietnamese/syllable-key.js`)
const { isSyllable } = await import(`${dist}src/vietnamese/syllable.js`)
const { lexicon } = await import(`${dist}src/vietnamese/lexicon.js`)
const { keyRuns, BOUNDARY } = await import('../scripts/lib/language-corpus.mjs')

const args = process.argv.slice(2)
const arg = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const PRECISIONS = arg('--precision', '0.7').split(',').map(Number)
let TARGET_PRECISION = PRECISIONS[0]
const LAW_RATE = Number(arg('--law-rate', '0.15'))
const SHOW = Number(arg('--show', '0'))
const LAW_WEIGHTS = arg('--law-weights', '0.25').split(',').map(Number)
const COMPOUND_WEIGHTS = [0, 0.5, 1, 2, 3]
const SEEN_WEIGHTS = arg('--seen-weights', '0,0.5,1,1.5,2,3').split(',').map(Number)
const BURST_WEIGHTS = arg('--burst-weights', '0,0.5,1,2').split(',').map(Number)
/** Items whose best margin cannot reach this under any setting are left out of the search (no threshold goes so low). */
const MARGIN_FLOOR = -4
const FOLDS = 5
const T = EDIT_TYPE_NAMES.length
const tables = languageTables()

// ---- labels -------------------------------------------------------------------------------------
/** A labeled mistake is real-word when it is one syllable of the lexicon. */
const isRealWord = (m) => !/\s/u.test(m.text) && isSyllable(m.text.toLowerCase()) && lexicon().has(m.text.toLowerCase())
/** i/y spellings (`sỹ`/`sĩ`, `kì`/`kỳ`) are one syllable to the model, never a confusion. */
const isSpellingVariant = (m) => m.suggest[0] !== undefined && syllableKey(m.text) === syllableKey(m.suggest[0])
const docs = viwiki.map((doc, i) => ({ ...doc, fold: i % FOLDS }))
const realLabels = docs.flatMap((d) => d.mistakes.filter(isRealWord))
console.log(`Viwiki dev: ${docs.length} documents, ${docs.reduce((n, d) => n + d.mistakes.length, 0)} labels, ${realLabels.length} real-word (${realLabels.filter(isSpellingVariant).length} of them i/y spelling variants)`)

// ---- evidence -----------------------------------------------------------------------------------
/**
 * Every judged word of `text` under `model`: { start, end, types, gain, compounds, texts }.
 */
function judge(text, model) {
  const scorer = new ConfusableScorer(model, { priors: new Float64Array(T), compoundWeight: 0, seenWeight: 0 })
  const out = []
  const counts = new Int32Array(tables.vocab.length)
  const document = new SoatDocument(text, { format: 'text' })
  for (const block of document.blocks) {
    scanBlock(
      block,
      tables,
      (token, left, right, form) => {
        const set = variantsOf(form)
        if (set.ids.length === 0) return
        const gain = new Float64Array(set.ids.length)
        const compounds = new Int8Array(set.ids.length)
        scorer.evidence(left, form.id, right, set, gain, compounds)
        const context = text.slice(Math.max(0, token.start - 40), token.end + 40).replace(/\s+/gu, ' ')
        out.push({ start: token.start, end: token.end, text: token.text, id: form.id, context, types: set.types, texts: set.texts, gain, compounds, seen: scorer.seen })
      },
      counts,
    )
  }
  // Document evidence needs the whole document's counts.
  for (const it of out) it.burst = burstiness(counts[it.id], counts[0], model.unigramShare(it.id))
  return out
}

function syllableCount(text) {
  let n = 0
  for (const run of keyRuns(text)) n += run.length
  return n
}

/** The law counts with one law's own bigrams taken out (its lines, as the table builder counted them). */
function withoutLaw(text) {
  const counts = Uint16Array.from(tables.counts[1])
  for (const line of text.split(/\r?\n/u)) {
    if (!line.trim()) continue
    for (const run of keyRuns(line)) {
      let prev = BOUNDARY
      for (const key of [...run, BOUNDARY]) {
        const a = tables.ids.get(prev) ?? (prev === BOUNDARY ? 0 : undefined)
        const b = tables.ids.get(key) ?? (key === BOUNDARY ? 0 : undefined)
        prev = key
        if (a === undefined || b === undefined) continue
        let lo = tables.rowStart[a]
        let hi = tables.rowStart[a + 1] - 1
        while (lo <= hi) {
          const mid = (lo + hi) >>> 1
          const r = tables.right[mid] & 0x7fff
          if (r === b) {
            if (counts[mid] > 0 && counts[mid] < 65535) counts[mid]--
            break
          }
          if (r < b) lo = mid + 1
          else hi = mid - 1
        }
      }
    }
  }
  return { ...tables, counts: [tables.counts[0], counts] }
}

const lawSample = laws.filter((_, i) => i % 2 === 0).slice(0, Number(arg('--laws', '54')))
const lawTune = lawSample.filter((_, i) => i % 2 === 1)
const lawReport = lawSample.filter((_, i) => i % 2 === 0)
const lawSyllables = (set) => set.reduce((n, l) => n + (l.syllables ??= syllableCount(l.text)), 0)

function evidenceFor(lawWeight) {
  const settings = { weights: [1, lawWeight], discount: DEFAULT_SETTINGS.discount }
  const model = new ContextModel(tables, settings)
  const wiki = docs.map((d) => {
    const items = judge(d.text, model)
    for (const it of items) {
      const m = d.mistakes.find((x) => it.start < x.end && x.start < it.end)
      it.label = m
      it.correct = m && m.suggest[0] ? it.texts.findIndex((v) => syllableKey(v) === syllableKey(m.suggest[0])) : -1
    }
    return items
  })
  const lawItems = (set) => set.map((l) => (lawWeight === 0 ? judge(l.text, model) : judge(l.text, new ContextModel(withoutLaw(l.text), settings))))
  return { lawWeight, wiki, lawTune: lawItems(lawTune), lawReport: lawItems(lawReport) }
}

// ---- learning -----------------------------------------------------------------------------------
/** Noisy-channel priors from the training documents: log((slips of type t + ½) / (variants of type t + 1)). */
function learnPriors(wikiDocs) {
  const slips = new Float64Array(T)
  const offered = new Float64Array(T)
  for (const items of wikiDocs) {
    for (const it of items) {
      for (let i = 0; i < it.types.length; i++) offered[it.types[i]]++
      if (it.label && it.correct >= 0) slips[it.types[it.correct]]++
    }
  }
  return Float64Array.from(slips, (s, t) => Math.log((s + 0.5) / (offered[t] + 1)))
}

/** Best variant and margin of an item under the parameters. */
function decide(it, priors, compoundWeight, seenWeight = 0, burstWeight = 0) {
  let best = -1
  let margin = -Infinity
  for (let i = 0; i < it.types.length; i++) {
    const m = it.gain[i] + priors[it.types[i]] + compoundWeight * it.compounds[i]
    if (m > margin) {
      margin = m
      best = i
    }
  }
  return [best, margin - seenWeight * it.seen - burstWeight * it.burst]
}

/** Margins of the items, sorted descending, with whether each is labeled and whether its variant is the label's. */
function scored(itemsList, priors, cw, sw = 0, bw = 0) {
  const out = []
  for (const items of itemsList) for (const it of items) {
    const [best, margin] = decide(it, priors, cw, sw, bw)
    if (margin < MARGIN_FLOOR) continue
    out.push({ it, best, margin, labeled: !!it.label, top1: it.label ? best === it.correct : false })
  }
  return out.sort((a, b) => b.margin - a.margin)
}

/** The lowest threshold meeting the precision target on `train` and the law rate on the tuning laws. */
function chooseThreshold(train, laws, lawCount) {
  const lawMargins = laws.map((s) => s.margin).sort((a, b) => b - a)
  const maxLaw = Math.floor((LAW_RATE * lawCount) / 1000)
  const lawFloor = lawMargins.length > maxLaw ? lawMargins[maxLaw] : -Infinity
  let tp = 0
  let n = 0
  let threshold = Infinity
  let bestTp = 0
  for (const s of train) {
    n++
    if (s.labeled) tp++
    if (s.margin <= lawFloor) break
    if (n >= 10 && tp / n >= TARGET_PRECISION && tp > bestTp) {
      bestTp = tp
      threshold = s.margin
    }
  }
  chooseThreshold.lawFloor = lawFloor
  return threshold
}

/** The lowest margin above which training precision stays at or over `precision` (with at least `min` findings). */
function levelThreshold(train, precision, min) {
  let tp = 0
  let n = 0
  let threshold = Infinity
  for (const s of train) {
    n++
    if (s.labeled && s.top1) tp++
    if (n >= min && tp / n >= precision) threshold = s.margin
  }
  return threshold
}

/** `scored` items under penalties per side seen and per nat of burstiness (they only lower margins). */
function penalised(base, sw, bw) {
  const out = []
  for (const s of base) {
    const margin = s.margin - sw * s.it.seen - bw * s.it.burst
    if (margin >= MARGIN_FLOOR) out.push({ ...s, margin })
  }
  return out.sort((a, b) => b.margin - a.margin)
}

function fit(evidence, trainDocs) {
  const priors = learnPriors(trainDocs)
  const lawCount = lawSyllables(lawTune)
  let best
  for (const cw of COMPOUND_WEIGHTS) {
    const trainBase = scored(trainDocs, priors, cw)
    const lawBase = scored(evidence.lawTune, priors, cw)
    for (const sw of SEEN_WEIGHTS) {
      for (const bw of BURST_WEIGHTS) {
        const train = penalised(trainBase, sw, bw)
        const threshold = chooseThreshold(train, penalised(lawBase, sw, bw), lawCount)
        const recall = train.filter((s) => s.margin >= threshold && s.labeled).length
        if (!best || recall > best.recall) best = { priors, compoundWeight: cw, seenWeight: sw, burstWeight: bw, threshold, recall, lawFloor: chooseThreshold.lawFloor }
      }
    }
  }
  const train = scored(trainDocs, best.priors, best.compoundWeight, best.seenWeight, best.burstWeight)
  best.errorThreshold = Math.max(best.threshold, levelThreshold(train, 0.85, 20))
  best.fixThreshold = Math.max(best.errorThreshold, levelThreshold(train, 0.97, 30))
  return best
}

/** Figures of `params` on Viwiki documents and laws. */
function evaluate(params, wikiDocs, lawDocs, lawCount) {
  const findings = scored(wikiDocs, params.priors, params.compoundWeight, params.seenWeight, params.burstWeight).filter((s) => s.margin >= params.threshold)
  const tp = findings.filter((s) => s.labeled)
  const hit = new Set(tp.map((s) => s.it.label))
  const lawFindings = scored(lawDocs, params.priors, params.compoundWeight, params.seenWeight, params.burstWeight).filter((s) => s.margin >= params.threshold)
  return { findings, tp: tp.length, hit, top1: tp.filter((s) => s.top1).length, laws: lawFindings, lawCount }
}

// ---- run ----------------------------------------------------------------------------------------
const pct = (a, b) => (b ? (a / b).toFixed(3) : '—')
const results = []
const lawReportCount = lawSyllables(lawReport)
console.log(`laws: ${lawTune.length} to tune (${lawSyllables(lawTune)} syllables), ${lawReport.length} to report (${lawReportCount} syllables), each scored without its own bigrams`)
console.log('\n| law weight | training precision target | real-word recall | recall w/o i/y variants | precision | top-1 | findings | laws false alarms /1k syll. (report half) |')
console.log('|---|---|---|---|---|---|---|---|')
for (const w of LAW_WEIGHTS) {
  const evidence = evidenceFor(w)
  for (const target of PRECISIONS) {
  TARGET_PRECISION = target
  const started = performance.now()
  let tp = 0
  let n = 0
  let top1 = 0
  const hit = new Set()
  const lawFalse = []
  const heldOut = []
  for (let f = 0; f < FOLDS; f++) {
    const train = evidence.wiki.filter((_, i) => docs[i].fold !== f)
    const test = evidence.wiki.filter((_, i) => docs[i].fold === f)
    const params = fit(evidence, train)
    if (args.includes('--verbose')) console.log(`  fold ${f}: compound weight ${params.compoundWeight}, seen weight ${params.seenWeight}, burst weight ${params.burstWeight}, threshold ${params.threshold.toFixed(2)} (law floor ${params.lawFloor.toFixed(2)}), error ${params.errorThreshold.toFixed(2)}, fix ${params.fixThreshold.toFixed(2)}, priors ${[...params.priors].map((p) => p.toFixed(1)).join(' ')}`)
    const r = evaluate(params, test, f === 0 ? evidence.lawReport : [], lawReportCount)
    tp += r.tp
    n += r.findings.length
    top1 += r.top1
    for (const h of r.hit) hit.add(h)
    if (f === 0) lawFalse.push(...r.laws)
    heldOut.push(...r.findings)
  }
  const recall = realLabels.filter((m) => hit.has(m)).length
  const real = realLabels.length
  const realNoVariant = realLabels.filter((m) => !isSpellingVariant(m)).length
  const lawRate = (lawFalse.length / lawReportCount) * 1000
  results.push({ w, target, recall: recall / real, precision: tp / n, heldOut, lawFalse, evidence })
  console.log(`| ${w} | ${target} | ${pct(recall, real)} | ${pct(recall, realNoVariant)} | ${pct(tp, n)} | ${pct(top1, tp)} | ${n} | ${lawRate.toFixed(3)} (${lawFalse.length}) | ${((performance.now() - started) / 1000).toFixed(0)} s`)
  }
}

// The first precision target decides; among law weights, the best recall discounted by any precision short of it.
const firstTarget = results.filter((r) => r.target === PRECISIONS[0])
const chosen = firstTarget.reduce((a, b) => (b.recall * Math.min(1, b.precision / PRECISIONS[0]) > a.recall * Math.min(1, a.precision / PRECISIONS[0]) ? b : a))
TARGET_PRECISION = PRECISIONS[0]
console.log(`\nchosen law weight: ${chosen.w} (training precision target ${PRECISIONS[0]})`)

if (SHOW > 0) {
  const outside = chosen.heldOut.filter((s) => !s.labeled)
  console.log(`\n### held-out findings outside the labels (${outside.length}; first ${Math.min(SHOW, outside.length)})`)
  for (const s of outside.slice(0, SHOW)) {
    console.log(`- «${s.it.text}» → ${s.it.texts[s.best]} (${s.margin.toFixed(2)}) … ${s.it.context} …`)
  }
  console.log(`\n### law findings (report half; ${chosen.lawFalse.length})`)
  for (const s of chosen.lawFalse.slice(0, SHOW)) console.log(`- «${s.it.text}» → ${s.it.texts[s.best]} (${s.margin.toFixed(2)}) … ${s.it.context} …`)
}

if (args.includes('--write')) {
  const all = fit(chosen.evidence, chosen.evidence.wiki)
  const model = {
    $schema: '../../schemas/confusable-model.schema.json',
    description:
      'Learned constants of confusable-word, written by bench/tune-confusable.mjs --write (do not edit by hand): source weights of the context model, noisy-channel log prior per edit type, compound weight and the margins (nats) for a warning, an error and a fix. Fit on all 50 Viwiki-Spelling dev documents; the held-out figures are those of the 5-fold run.',
    sourceWeights: [1, chosen.w],
    discount: DEFAULT_SETTINGS.discount,
    priors: Object.fromEntries(EDIT_TYPE_NAMES.map((name, t) => [name, Number(all.priors[t].toFixed(4))])),
    compoundWeight: all.compoundWeight,
    seenWeight: all.seenWeight,
    burstWeight: all.burstWeight,
    threshold: Number(all.threshold.toFixed(4)),
    errorThreshold: Number(all.errorThreshold.toFixed(4)),
    fixThreshold: Number.isFinite(all.fixThreshold) ? Number(all.fixThreshold.toFixed(4)) : null,
    heldOut: { realWordRecall: Number(chosen.recall.toFixed(3)), precision: Number(chosen.precision.toFixed(3)) },
  }
  writeFileSync(new URL('../rules/confusable-word/confusable-model.json', import.meta.url), JSON.stringify(model, null, 2) + '\n')
  console.log('wrote rules/confusable-word/confusable-model.json', model)
}
