/**
 * Flags a part-of-whole fraction whose part is larger than its whole (`7/6
 * đơn vị`) and a share of a whole over 100% (`tỷ lệ đảng viên … đạt 112%`),
 * but not the over-fulfilment of a target (`đạt 128% chỉ tiêu`, `vượt 118% mục
 * tiêu`), dates (`15/5`) or codes (`05-NQ/TU`), which the numeral layer never
 * reads as quantities.
 */
import { defineRule } from '../../src/engine/types.js'
import { phraseBefore } from '../../src/numbers/context.js'
import { numerals, type Quantity } from '../../src/numbers/numerals.js'
import { formatVietnamese } from '../../src/numbers/vietnamese-numerals.js'
import { numeralWords } from '../../src/numbers/word-lists.js'
import { WordTrie } from '../../src/numbers/word-trie.js'

interface ShareCues {
  shareSubjects: string[]
  shareVerbs: string[]
  notShareBefore: string[]
  rateWords: string[]
  sumWords: string[]
}

interface Compiled {
  subjects: WordTrie<true>
  verbs: WordTrie<true>
  notShare: WordTrie<true>
  rates: WordTrie<true>
  sums: WordTrie<true>
}

const compiledCues = new WeakMap<ShareCues, Compiled>()

function compile(cues: ShareCues): Compiled {
  let c = compiledCues.get(cues)
  if (!c) {
    const trie = (list: string[]): WordTrie<true> => new WordTrie(list.map((p) => [p, true] as const))
    c = {
      subjects: trie(cues.shareSubjects),
      verbs: trie(cues.shareVerbs),
      notShare: trie(cues.notShareBefore),
      rates: trie(cues.rateWords),
      sums: trie(cues.sumWords),
    }
    compiledCues.set(cues, c)
  }
  return c
}

/** Whether a percentage over 100% is meant as a share of a whole. */
function isShare(q: Quantity, cues: Compiled, layerQuantities: readonly Quantity[]): boolean {
  const tokens = q.sentence.tokens
  let before = q.firstToken
  // `vượt 118%` (an excess), `gấp 150%`: not a share. Look past `hơn`, `trên`.
  const approx = phraseBefore(tokens, before, numeralWords().approximationsBefore)
  if (approx) before = approx.first
  if (phraseBefore(tokens, before, cues.notShare)) return false
  if (phraseBefore(tokens, before, cues.verbs)) return true
  // `112% đảng viên`
  if (q.noun?.known) return true
  // `Tỷ lệ đảng viên tham gia … đạt 112%`: a share subject earlier in the clause, no other figure between.
  for (let k = before - 1; k >= 0; k--) {
    const t = tokens[k]!
    if (t.text === ';' || t.text === ':') return false
    if (layerQuantities.some((o) => o !== q && o.firstToken <= k && k < o.endToken)) return false
    const subject = cues.subjects.matchAt(tokens, k)
    if (!subject) continue
    // `tỷ lệ tăng trưởng` is a rate of change; `tổng tỷ lệ tổn thương … 122%` a sum of rates.
    if (tokens[subject.end]?.kind === 'whitespace' && cues.rates.matchAt(tokens, subject.end + 1)) return false
    return !phraseBefore(tokens, k, cues.sums)
  }
  return false
}

export default defineRule({
  meta: {
    id: 'impossible-ratio',
    category: 'numbers',
    level: 'error',
    fixable: false,
    description: {
      vi: 'Tỷ lệ vô lý: phân số có số phần lớn hơn tổng số (7/6 đơn vị), hoặc tỷ lệ phần trăm của một tổng thể vượt 100%.',
      en: 'Impossible ratios: a part-of-whole fraction whose part exceeds the whole (7/6 units), or a share of a whole over 100%.',
    },
    messages: {
      partExceedsWhole: {
        vi: 'Tỷ lệ vô lý: “{fraction}” (số phần {part} lớn hơn tổng số {whole}).',
        en: 'Impossible ratio “{fraction}”: the part {part} is larger than the whole {whole}.',
      },
      shareOver100: {
        vi: 'Tỷ lệ vô lý: “{percent}” là phần của một tổng thể nhưng vượt 100%.',
        en: 'Impossible share “{percent}”: a part of a whole cannot be over 100%.',
      },
    },
    data: { shareCues: 'share-cues.json' },
  },
  create(context) {
    const cues = compile(context.data.shareCues as ShareCues)
    return {
      document(document) {
        const layer = document.layer(numerals)
        for (const q of layer.quantities) {
          if (q.kind === 'fraction') {
            // `7/6 đơn vị`; a bare `7/6` may be a date or a score.
            if (q.noun && !q.approximate && q.numerator! > q.denominator!) {
              context.report({
                messageId: 'partExceedsWhole',
                range: [q.start, q.end],
                data: { fraction: q.text, part: formatVietnamese(q.numerator!, 3), whole: formatVietnamese(q.denominator!, 3) },
              })
            }
            continue
          }
          if (!q.percent || q.relation || (q.high ?? q.value) <= 100) continue
          if (q.approximate && (q.approximate.qualifier === 'under' || q.approximate.qualifier === 'atMost')) continue
          if (isShare(q, cues, layer.quantitiesOf(q.sentence))) {
            context.report({ messageId: 'shareOver100', range: [q.start, q.end], data: { percent: q.text } })
          }
        }
      },
    }
  },
})
