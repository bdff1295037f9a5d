// Spelling benchmark on the Viwiki-Spelling dev set (../shared/data/viwiki-spelling-dev.jsonl, CC BY 4.0:
// real typos from Wikipedia edits, read in place, never copied into the repository): soát with only its
// typo rules on (`spelling` and, once registered, `confusable-word`; per rule and combined) beside nspell with
// dictionary-vi (each word token it calls incorrect is a finding, its first suggestion the correction),
// measured in the same run on the same text. Prints detection precision, recall and F1 (a finding is true
// when it overlaps a labeled mistake; recall counts labels overlapped by at least one finding), recall on
// non-word labels (the label is not a well-formed syllable of the lexicon) and on real-word labels, top-1
// correction accuracy (among detected labels: the fix or first suggestion equals the label's first `suggest`,
// compared case- and tone-placement-insensitively), findings per 1,000 syllables outside the labels, and
// seconds per MB. Then up to 30 soát findings outside the labels for a hand review.
//   npm run bench:spelling [-- --law]      also counts findings per 1,000 syllables on ../shared/data/vn-law
//   npm run bench:spelling [-- --missed]   lists the non-word labels missed and the wrong corrections
//   npm run bench:spelling [-- --tune]     grid of the ranking constants (src/vietnamese/spelling-ranker.ts)
import dictionary from 'dictionary-vi'
import nspell from 'nspell'
import { builtinRules } from '../dist/rules/index.js'
import { Soat } from '../dist/src/api.js'
import { tokenize } from '../dist/src/parse/prose.js'
import { lexicon } from '../dist/src/vietnamese/lexicon.js'
import { isSyllable } from '../dist/src/vietnamese/syllable.js'
import { classifyWord, SPELLING_CLASSES } from '../dist/src/vietnamese/word-class.js'
import { phraseToneKey } from '../dist/src/vietnamese/tone.js'
import { loadLaws, loadViwiki, viwikiPath } from './lib/viwiki.mjs'

const root = new URL('..', import.meta.url).pathname
const viwiki = loadViwiki()
if (!viwiki) {
  console.log(`bench:spelling skipped: ${viwikiPath} is absent (the dev data lives beside the project, never in it)`)
  process.exit(0)
}
const args = process.argv.slice(2)
const TYPO_RULES = ['spelling', 'confusable-word'].filter((id) => id in builtinRules)
const SHOW = 30

const lex = lexicon()
const isNonWord = (text) => !(isSyllable(text) && lex.has(text))
const sameCorrection = (a, b) => a !== undefined && b !== undefined && phraseToneKey(a) === phraseToneKey(b)
const cpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
const overlaps = (f, m) => f.start < m.end && m.start < f.end
const words = (text) => tokenize(text).filter((t) => t.kind === 'word')

function syllableCount(text) {
  let n = 0
  for (const t of words(text)) if (isSyllable(text.slice(t.start, t.end))) n++
  return n
}

/** A configuration with `rules` on and every other built-in rule off. */
const onlyRules = (rules) => Object.fromEntries(Object.keys(builtinRules).map((id) => [id, rules.includes(id) ? 'error' : 'off']))

/** The correction a soát finding proposes: its fix, else its first suggestion (the replacement text). */
function soatCorrection(f) {
  const edits = f.fix?.edits ?? f.suggestions?.[0]?.fix.edits
  return edits?.length === 1 ? edits[0].text : undefined
}

/** Runs soát on `docs`: `{ seconds, findings: [{ doc, rule, start, end, text, correction, finding }] }`. */
async function runSoat(docs, rules) {
  const soat = new Soat({ cwd: root, useConfigFiles: false, config: { rules: onlyRules(rules) } })
  await soat.lintText('Khởi động.', { filePath: 'warm.txt' })
  const findings = []
  const started = cpu()
  for (const doc of docs) {
    const result = await soat.lintText(doc.text, { filePath: `${doc.id}.txt` })
    for (const f of result.findings) {
      if (!rules.includes(f.ruleId)) continue
      findings.push({ doc, rule: f.ruleId, start: f.range[0], end: f.range[1], text: f.text, correction: soatCorrection(f), finding: f })
    }
  }
  return { seconds: (cpu() - started) / 1000, findings }
}

/**
 * Runs nspell + dictionary-vi on every word token of `docs`. Its suggestions take from milliseconds to
 * seconds a word (`Johnson`: 200 ms), so they are asked only for findings on a label, the only ones whose
 * correction is scored; its time is detection time.
 */
function runNspell(docs, suggest = true) {
  const spell = nspell(dictionary)
  const findings = []
  const started = cpu()
  for (const doc of docs) {
    for (const t of words(doc.text)) {
      const word = doc.text.slice(t.start, t.end)
      if (!spell.correct(word)) findings.push({ doc, rule: 'nspell', start: t.start, end: t.end, text: word })
    }
  }
  const seconds = (cpu() - started) / 1000
  if (suggest) {
    const suggestions = new Map()
    for (const f of findings) {
      if (!f.doc.mistakes.some((m) => overlaps(f, m))) continue
      if (!suggestions.has(f.text)) suggestions.set(f.text, spell.suggest(f.text)[0])
      f.correction = suggestions.get(f.text)
    }
  }
  return { seconds, findings }
}


/** Detection and correction scores of `findings` against the labels of `docs`. */
function score(docs, findings, syllables, megabytes, seconds) {
  let trueFindings = 0
  let outside = 0
  const byDoc = new Map()
  for (const f of findings) {
    if (!byDoc.has(f.doc)) byDoc.set(f.doc, [])
    byDoc.get(f.doc).push(f)
    if (f.doc.mistakes.some((m) => overlaps(f, m))) trueFindings++
    else outside++
  }
  let labels = 0
  let detected = 0
  let nonWord = 0
  let nonWordDetected = 0
  let realWordDetected = 0
  let correct = 0
  for (const doc of docs) {
    const mine = byDoc.get(doc) ?? []
    for (const m of doc.mistakes) {
      labels++
      const nw = isNonWord(m.text)
      if (nw) nonWord++
      const hits = mine.filter((f) => overlaps(f, m))
      if (hits.length === 0) continue
      detected++
      if (nw) nonWordDetected++
      else realWordDetected++
      if (hits.some((f) => sameCorrection(f.correction, m.suggest[0]))) correct++
    }
  }
  const precision = findings.length ? trueFindings / findings.length : 0
  const recall = labels ? detected / labels : 0
  return {
    findings: findings.length,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    nonWordRecall: nonWord ? nonWordDetected / nonWord : 0,
    realWordRecall: labels - nonWord ? realWordDetected / (labels - nonWord) : 0,
    nonWord,
    realWord: labels - nonWord,
    top1: detected ? correct / detected : 0,
    outsidePerK: (outside / syllables) * 1000,
    secondsPerMB: seconds / megabytes,
  }
}

const f3 = (x) => x.toFixed(3)
function printTable(rows) {
  console.log('| system | findings | precision | recall | F1 | non-word recall | real-word recall | top-1 | outside labels /1,000 syll. | s/MB |')
  console.log('|---|---|---|---|---|---|---|---|---|---|')
  for (const [name, s] of rows) {
    console.log(
      `| ${name} | ${s.findings} | ${f3(s.precision)} | ${f3(s.recall)} | ${f3(s.f1)} | ${f3(s.nonWordRecall)} | ${f3(s.realWordRecall)} | ${f3(s.top1)} | ${s.outsidePerK.toFixed(2)} | ${s.secondsPerMB.toFixed(2)} |`,
    )
  }
}

function context(doc, start, end) {
  return doc.text.slice(Math.max(0, start - 40), Math.min(doc.text.length, end + 40)).replace(/\s+/gu, ' ')
}

const megabytes = viwiki.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6
const syllables = viwiki.reduce((n, d) => n + syllableCount(d.text), 0)
const labels = viwiki.reduce((n, d) => n + d.mistakes.length, 0)

if (args.includes('--tune')) {
  await tune()
  process.exit(0)
}

console.log(`# bench:spelling — Viwiki-Spelling dev: ${viwiki.length} documents, ${labels} labels, ${syllables} syllables, ${megabytes.toFixed(2)} MB`)
if (TYPO_RULES.length === 0) {
  console.log('no typo rule is registered')
  process.exit(1)
}
const soat = await runSoat(viwiki, TYPO_RULES)
const spell = runNspell(viwiki)
const rows = []
for (const rule of TYPO_RULES) rows.push([`soát ${rule}`, score(viwiki, soat.findings.filter((f) => f.rule === rule), syllables, megabytes, soat.seconds)])
if (TYPO_RULES.length > 1) rows.push([`soát ${TYPO_RULES.join(' + ')}`, score(viwiki, soat.findings, syllables, megabytes, soat.seconds)])
rows.push(['nspell + dictionary-vi', score(viwiki, spell.findings, syllables, megabytes, spell.seconds)])
console.log()
printTable(rows)
const nonWord = rows[0][1].nonWord
// Non-word labels on a word meant as Vietnamese (the word classifier's syllable, malformed or joined), apart from
// misspelt foreign names and loans (`Tylor`, `Priemier`, `polime`), which spelling leaves alone by design.
const meant = (m) => isNonWord(m.text) && SPELLING_CLASSES.has(classifyWord(m.text).class)
for (const rule of TYPO_RULES) {
  let n = 0
  let hit = 0
  for (const doc of viwiki) {
    for (const m of doc.mistakes) {
      if (!meant(m)) continue
      n++
      if (soat.findings.some((f) => f.rule === rule && f.doc === doc && overlaps(f, m))) hit++
    }
  }
  console.log(`\nsoát ${rule}: recall on the ${n} non-word labels meant as Vietnamese (not a foreign word, name or loan): ${f3(hit / Math.max(1, n))}`)
}
console.log(`\nnon-word labels: ${nonWord}, real-word labels: ${labels - nonWord}. s/MB: CPU seconds for the typo rules alone (soát: parse + the rules on; the per-rule rows share the combined time), nspell detection only (its suggestions are asked only on labels).`)

const outside = soat.findings.filter((f) => !f.doc.mistakes.some((m) => overlaps(f, m)))
console.log(`\n## soát findings outside the labels (${outside.length}; first ${Math.min(SHOW, outside.length)})`)
outside.slice(0, SHOW).forEach((f, i) => {
  console.log(`${String(i + 1).padStart(2)}. [${f.rule}] ${f.doc.id}:${f.finding.line}:${f.finding.column} «${f.text}» → ${f.correction ?? '(suggestions: ' + (f.finding.suggestions?.map((s) => s.fix.edits[0]?.text).join(', ') || 'none') + ')'}\n      … ${context(f.doc, f.start, f.end)} …`)
})

if (args.includes('--missed')) {
  // Non-word labels no soát rule overlaps, and detected labels whose correction differs, for a look at what is weak.
  console.log('\n## non-word labels soát misses')
  const missed = []
  const wrong = []
  for (const doc of viwiki) {
    for (const m of doc.mistakes) {
      const hits = soat.findings.filter((f) => f.doc === doc && overlaps(f, m))
      if (hits.length === 0 && isNonWord(m.text)) missed.push(`${m.text}→${m.suggest[0]}`)
      if (hits.length > 0 && !hits.some((f) => sameCorrection(f.correction, m.suggest[0]))) wrong.push(`${m.text}→${m.suggest[0]} (soát: ${hits.map((f) => f.correction ?? '-').join('/')})`)
    }
  }
  console.log(missed.join('  '))
  console.log('\n## detected labels with another correction')
  console.log(wrong.join('  '))
}

if (args.includes('--law')) {
  const laws = loadLaws()
  if (!laws) console.log('\n--law skipped: ../shared/data/vn-law is absent')
  else {
    const lawDocs = laws.map((d) => ({ ...d, mistakes: [] }))
    const lawMB = lawDocs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6
    const lawSyllables = lawDocs.reduce((n, d) => n + syllableCount(d.text), 0)
    const lawSoat = await runSoat(lawDocs, TYPO_RULES)
    const lawSpell = runNspell(lawDocs, false)
    console.log(`\n## vn-law: ${lawDocs.length} laws, ${lawSyllables} syllables, ${lawMB.toFixed(1)} MB (clean text: every finding counts)`)
    console.log('| system | findings | per 1,000 syllables | s/MB |')
    console.log('|---|---|---|---|')
    for (const rule of TYPO_RULES) {
      const n = lawSoat.findings.filter((f) => f.rule === rule).length
      console.log(`| soát ${rule} | ${n} | ${((n / lawSyllables) * 1000).toFixed(3)} | ${(lawSoat.seconds / lawMB).toFixed(2)} |`)
    }
    console.log(`| nspell + dictionary-vi (no suggestions) | ${lawSpell.findings.length} | ${((lawSpell.findings.length / lawSyllables) * 1000).toFixed(3)} | ${(lawSpell.seconds / lawMB).toFixed(2)} |`)
    const shown = lawSoat.findings.slice(0, SHOW)
    if (shown.length) console.log(`\n### soát findings on vn-law (first ${shown.length})`)
    shown.forEach((f, i) => console.log(`${String(i + 1).padStart(2)}. [${f.rule}] ${f.doc.id}:${f.finding.line} «${f.text}» → ${f.correction ?? '(suggestions)'}  … ${context(f.doc, f.start, f.end)} …`))
  }
}

/**
 * The ranking constants: for each labeled non-word the spelling rule flags, the rank of the label's
 * correction among the candidates under each (costWeight, fixMargin), and how often a fix would be right.
 */
async function tune() {
  const { spellingCandidates } = await import('../dist/src/vietnamese/spelling-candidates.js')
  const { rankCandidates, isClearWinner, neighbourOf } = await import('../dist/src/vietnamese/spelling-ranker.js')
  const cases = []
  for (const doc of viwiki) {
    const tokens = words(doc.text)
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]
      const m = doc.mistakes.find((mm) => overlaps(t, mm))
      if (!m || m.start !== t.start || m.end !== t.end || !isNonWord(m.text)) continue
      const adjacent = (j) => (j >= 0 && j < tokens.length && /^\s+$/u.test(doc.text.slice(Math.min(t.end, tokens[j].end), Math.max(t.start, tokens[j].start))) ? doc.text.slice(tokens[j].start, tokens[j].end) : undefined)
      const candidates = spellingCandidates(m.text)
      if (!candidates.some((c) => sameCorrection(c.text, m.suggest[0]))) continue
      cases.push({ candidates, left: neighbourOf(adjacent(i - 1)), right: neighbourOf(adjacent(i + 1)), answer: m.suggest[0] })
    }
  }
  console.log(`${cases.length} labeled non-words whose correction is among the candidates`)
  console.log('| costWeight | compoundBonus | top-1 | fixes (margin 2 / 3 / 4) | fixes right (margin 2 / 3 / 4) |')
  console.log('|---|---|---|---|---|')
  for (const costWeight of [2, 3, 4, 5, 6]) {
    for (const compoundBonus of [0, 1.5, 3, 5]) {
      let top = 0
      const fixes = [0, 0, 0]
      const right = [0, 0, 0]
      for (const c of cases) {
        const ranked = rankCandidates(c.candidates, c.left, c.right, { costWeight, fixMargin: 0, compoundBonus })
        const ok = sameCorrection(ranked[0]?.candidate.text, c.answer)
        if (ok) top++
        ;[2, 3, 4].forEach((fixMargin, k) => {
          if (!isClearWinner(ranked, { costWeight, fixMargin, compoundBonus })) return
          fixes[k]++
          if (ok) right[k]++
        })
      }
      console.log(`| ${costWeight} | ${compoundBonus} | ${f3(top / cases.length)} | ${fixes.join(' / ')} | ${right.map((r, k) => f3(r / Math.max(1, fixes[k]))).join(' / ')} |`)
    }
  }
}
