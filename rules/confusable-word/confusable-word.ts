/**
 * Flags a real syllable that is wrong where it stands (`đước sự quan tâm` →
 * `được`, `hỉ đạo` → `chỉ đạo`): each lower-case syllable is compared with
 * its confusable variants (src/vietnamese/confusion-sets.ts) by how well each
 * fits between its neighbours (scorer.ts), and reported when a variant wins
 * by the threshold's margin. A word seen beside its neighbour needs a larger
 * margin (scorer.ts), and a word the document keeps using is taken for its
 * subject (document-evidence.ts): findings are decided at the end of the
 * document. The margins, the edit-type priors, the evidence weights and the
 * source weights are learned on labeled mistakes by
 * bench/tune-confusable.mjs (confusable-model.json). Scores are memoised by
 * (left, word, right) ids (triple-cache.ts). Names, acronyms, all-caps headlines, quotations
 * and words beside unknown tokens (links, codes, foreign words) are never
 * judged; a rare word in its own compound (`cây đước`, `hoan hỉ`) outscores
 * its variants there.
 */
import { join } from 'node:path'
import { loadDataFile } from '../../src/data/load-data-file.js'
import type { Token } from '../../src/document/nodes.js'
import { defineRule } from '../../src/engine/types.js'
import { packageRoot } from '../../src/paths.js'
import { upperFirst } from '../../src/vietnamese/case.js'
import { EDIT_TYPE_NAMES } from '../../src/vietnamese/confusion-sets.js'
import { ContextModel } from '../../src/vietnamese/context-model.js'
import { languageTables } from '../../src/vietnamese/language-tables.js'
import { burstiness } from './document-evidence.js'
import { scanBlock, variantsOf, type WordForm } from './scan.js'
import { ConfusableScorer, type ScorerParameters } from './scorer.js'
import { TripleCache } from './triple-cache.js'

interface Options {
  threshold?: number
}

/** The learned constants (confusable-model.json). */
interface ConfusableModel {
  sourceWeights: number[]
  discount: number
  priors: Record<(typeof EDIT_TYPE_NAMES)[number], number>
  compoundWeight: number
  seenWeight: number
  burstWeight: number
  threshold: number
  errorThreshold: number
  fixThreshold: number | null
}

const modelFile = join(packageRoot, 'rules/confusable-word/confusable-model.json')

/** A word whose variant wins in its place by `margin` (before the document's evidence). */
interface Candidate {
  token: Token
  form: WordForm
  best: number
  margin: number
}

/** Scores by (left, word, right) for one threshold, shared by the documents of the process. */
const memos = new Map<number, TripleCache>()

function memoFor(threshold: number): TripleCache {
  let memo = memos.get(threshold)
  if (!memo) {
    if (memos.size >= 4) memos.clear()
    memo = new TripleCache()
    memos.set(threshold, memo)
  }
  return memo
}

/** Word counts of the current document by context id (index 0: all words), one array reused. */
let countsArray: Int32Array | undefined

function wordCounts(size: number): Int32Array {
  if (!countsArray || countsArray.length !== size) countsArray = new Int32Array(size)
  else countsArray.fill(0)
  return countsArray
}

let shared: { model: ConfusableModel; scorer: ConfusableScorer } | undefined

/** The learned constants and a scorer over a context model with their source weights, built once per process. */
function learned(): { model: ConfusableModel; scorer: ConfusableScorer } {
  if (!shared) {
    const model = loadDataFile<ConfusableModel>(modelFile)
    const context = new ContextModel(languageTables(), { weights: model.sourceWeights, discount: model.discount })
    const parameters: ScorerParameters = {
      priors: Float64Array.from(EDIT_TYPE_NAMES, (name) => model.priors[name]),
      compoundWeight: model.compoundWeight,
      seenWeight: model.seenWeight,
    }
    shared = { model, scorer: new ConfusableScorer(context, parameters) }
  }
  return shared
}

export default defineRule<Options>({
  meta: {
    id: 'confusable-word',
    category: 'language',
    level: 'error',
    fixable: true,
    hasSuggestions: true,
    description: {
      vi: 'Một âm tiết có thật nhưng sai chỗ: gõ nhầm dấu thanh, dấu mũ, phụ âm đầu hay cuối (`đước sự quan tâm` → `được`, `hỉ đạo` → `chỉ đạo`).',
      en: 'A real syllable that is wrong in its context: a slipped tone or vowel mark, initial or final consonant (`đước sự quan tâm` → `được`, `hỉ đạo` → `chỉ đạo`).',
    },
    messages: {
      confusable: { vi: '“{word}” có lẽ là “{suggestion}”.', en: '“{word}” is probably “{suggestion}”.' },
      replace: { vi: 'Thay bằng “{suggestion}”.', en: 'Replace with “{suggestion}”.' },
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        threshold: {
          type: 'number',
          minimum: -10,
          maximum: 30,
          description:
            'Margin (natural log of the likelihood ratio) by which a variant must fit better than the word written. Higher: fewer, surer findings. Default: the learned value of confusable-model.json.',
        },
      },
    },
    defaults: {},
    tags: ['spelling'],
  },
  create(context) {
    const { model, scorer } = learned()
    const threshold = context.options.threshold ?? model.threshold
    const errorThreshold = Math.max(threshold, model.errorThreshold)
    const fixThreshold = model.fixThreshold === null ? Infinity : Math.max(threshold, model.fixThreshold)
    const tables = scorer.model.tables
    const memo = memoFor(threshold)
    const counts = wordCounts(tables.vocab.length)
    /** Words whose variant wins in their place, decided at the end of the document (a repeated word may be its subject). */
    const candidates: Candidate[] = []
    const visit = (token: Token, left: number, right: number, form: WordForm): void => {
      const id = form.id
      let slot = memo.find(left, id, right)
      if (slot < 0) {
        let best = -1
        let margin = -Infinity
        if (scorer.scoreOriginal(left, id, right, threshold)) {
          const set = variantsOf(form)
          if (set.ids.length > 0) {
            scorer.scoreVariants(set, threshold)
            if (scorer.best >= 0 && scorer.margin >= threshold) {
              best = scorer.best
              margin = scorer.margin
            }
          }
        }
        memo.store(best, margin)
        if (best >= 0) candidates.push({ token, form, best, margin })
        return
      }
      const best = memo.best(slot)
      if (best >= 0) candidates.push({ token, form, best, margin: memo.margin(slot) })
    }
    return {
      block(block) {
        scanBlock(block, tables, visit, counts)
      },
      'document:exit'() {
        const words = counts[0]!
        for (const { token, form, best, margin: local } of candidates) {
          const margin = local - model.burstWeight * burstiness(counts[form.id]!, words, scorer.model.unigramShare(form.id))
          if (margin < threshold) continue
          const variant = variantsOf(form).texts[best]!
          const suggestion = token.text === form.lower ? variant : upperFirst(variant)
          const edit = { range: [token.start, token.end] as const, text: suggestion }
          context.report({
            messageId: 'confusable',
            node: token,
            data: { word: token.text, suggestion },
            unsure: margin < errorThreshold,
            ...(margin >= fixThreshold ? { fix: edit } : {}),
            suggest: [{ messageId: 'replace', data: { suggestion }, fix: edit }],
          })
        }
      },
    }
  },
})
