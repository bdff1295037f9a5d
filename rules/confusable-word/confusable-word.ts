/**
 * Flags a real syllable that is wrong where it stands (`đước sự quan tâm` →
 * `được`, `hỉ đạo` → `chỉ đạo`): each lower-case syllable is compared with
 * its confusable variants (src/vietnamese/confusion-sets.ts) by how well each
 * fits between its neighbours (scorer.ts), and reported when a variant wins
 * by the threshold's margin. The margins, the edit-type priors and the source
 * weights are learned on labeled mistakes by bench/tune-confusable.mjs
 * (confusable-model.json). Names, acronyms, all-caps headlines, quotations
 * and words beside unknown tokens (links, codes, foreign words) are never
 * judged; a rare word in its own compound (`cây đước`, `hoan hỉ`) outscores
 * its variants there.
 */
import { join } from 'node:path'
import { loadDataFile } from '../../src/data/load-data-file.js'
import { defineRule } from '../../src/engine/types.js'
import { packageRoot } from '../../src/paths.js'
import { upperFirst } from '../../src/vietnamese/case.js'
import { EDIT_TYPE_NAMES } from '../../src/vietnamese/confusion-sets.js'
import { ContextModel } from '../../src/vietnamese/context-model.js'
import { languageTables } from '../../src/vietnamese/language-tables.js'
import { scanBlock } from './scan.js'
import { ConfusableScorer, type ScorerParameters } from './scorer.js'

interface Options {
  threshold?: number
}

/** The learned constants (confusable-model.json). */
interface ConfusableModel {
  sourceWeights: number[]
  discount: number
  priors: Record<(typeof EDIT_TYPE_NAMES)[number], number>
  compoundWeight: number
  threshold: number
  errorThreshold: number
  fixThreshold: number | null
}

const modelFile = join(packageRoot, 'rules/confusable-word/confusable-model.json')

let shared: { model: ConfusableModel; scorer: ConfusableScorer } | undefined

/** The learned constants and a scorer over a context model with their source weights, built once per process. */
function learned(): { model: ConfusableModel; scorer: ConfusableScorer } {
  if (!shared) {
    const model = loadDataFile<ConfusableModel>(modelFile)
    const context = new ContextModel(languageTables(), { weights: model.sourceWeights, discount: model.discount })
    const parameters: ScorerParameters = {
      priors: Float64Array.from(EDIT_TYPE_NAMES, (name) => model.priors[name]),
      compoundWeight: model.compoundWeight,
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
    return {
      block(block) {
        scanBlock(block, tables, (token, left, id, right, set) => {
          scorer.scoreCached(left, id, right, set, threshold)
          if (scorer.margin < threshold || scorer.best < 0) return
          const variant = set.texts[scorer.best]!
          const suggestion = token.text === token.lower ? variant : upperFirst(variant)
          const edit = { range: [token.start, token.end] as const, text: suggestion }
          context.report({
            messageId: 'confusable',
            node: token,
            data: { word: token.text, suggestion },
            unsure: scorer.margin < errorThreshold,
            ...(scorer.margin >= fixThreshold ? { fix: edit } : {}),
            suggest: [{ messageId: 'replace', data: { suggestion }, fix: edit }],
          })
        })
      },
    }
  },
})
