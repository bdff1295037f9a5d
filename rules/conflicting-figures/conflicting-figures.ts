/**
 * Flags the same claim stated twice in one document with different figures
 * (`kết nạp 256 đảng viên mới` … `kết nạp 265 đảng viên mới`). A claim is a
 * verb, a figure and the noun it counts, for a period: claims of different
 * periods (`năm 2021` / `năm 2022`, `từ đầu nhiệm kỳ`), of different named
 * subjects (`xã A` / `xã B`), plans (`phấn đấu kết nạp`) and approximate
 * figures (`hơn 250`) are never compared, nor two claims of one sentence.
 */
import type { Sentence, Token } from '../../src/document/nodes.js'
import { defineRule } from '../../src/engine/types.js'
import { phraseBefore } from '../../src/numbers/context.js'
import { numerals, type Numerals, type Quantity } from '../../src/numbers/numerals.js'
import { WordTrie, wordKey } from '../../src/numbers/word-trie.js'

interface ClaimWords {
  verbs: string[]
  fillers: string[]
  modality: string[]
  partMarkers: string[]
  periods: string[]
  yearIntros: string[]
  subjectStopWords: string[]
}

interface Compiled {
  verbs: WordTrie<true>
  fillers: WordTrie<true>
  modality: WordTrie<true>
  parts: WordTrie<true>
  periods: WordTrie<true>
  yearIntros: WordTrie<true>
  stopWords: WordTrie<true>
}

/** A figure with its verb, noun and period. */
interface Claim {
  quantity: Quantity
  verb: string
  /** verb | noun | period */
  key: string
  /** Words before the verb in its clause, but for period and function words: who makes the claim. */
  subject: Set<string>
}

const compiledWords = new WeakMap<ClaimWords, Compiled>()

function compile(words: ClaimWords): Compiled {
  let c = compiledWords.get(words)
  if (!c) {
    const trie = (list: string[]): WordTrie<true> => new WordTrie(list.map((p) => [p, true] as const))
    c = {
      verbs: trie(words.verbs),
      fillers: trie(words.fillers),
      modality: trie(words.modality),
      parts: trie(words.partMarkers),
      periods: trie(words.periods),
      yearIntros: trie(words.yearIntros),
      stopWords: trie(words.subjectStopWords),
    }
    compiledWords.set(words, c)
  }
  return c
}

function keyOf(text: string): string {
  return text.split(/\s+/u).filter(Boolean).map(wordKey).join(' ')
}

/** Start of the clause holding token `k`: after the last `;` or `:` before it. */
function clauseStart(tokens: readonly Token[], k: number): number {
  for (let i = k - 1; i >= 0; i--) if (tokens[i]!.text === ';' || tokens[i]!.text === ':') return i + 1
  return 0
}

/** Years, dates and period phrases of a sentence, as one key. */
function periodKey(sentence: Sentence, layer: Numerals, words: Compiled, others: ReadonlyMap<Sentence, string[]>): string {
  const parts = new Set<string>(others.get(sentence) ?? [])
  for (const d of layer.datesOf(sentence)) if (d.year !== undefined) parts.add(String(d.year))
  const tokens = sentence.tokens
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.kind !== 'word') continue
    const m = words.periods.matchAt(tokens, k)
    if (m) {
      // `trong năm 2021` is `năm 2021`.
      const beforeYear = tokens[m.end]?.kind === 'whitespace' && /^\d{4}\b/u.test(tokens[m.end + 1]?.text ?? '')
      if (!(beforeYear && words.yearIntros.has(m.phrase))) parts.add(keyOf(m.phrase))
      k = m.end - 1
    }
  }
  return [...parts].sort().join(',')
}

function claimsOf(sentence: Sentence, layer: Numerals, words: Compiled, period: () => string): Claim[] {
  const tokens = sentence.tokens
  const claims: Claim[] = []
  let previous: Claim | undefined
  for (const q of layer.quantitiesOf(sentence)) {
    const counted = q.noun ? keyOf(q.noun.text) : q.unit ? keyOf(q.unit.text) : undefined
    if (!counted || q.percent || q.approximate || q.kind === 'fraction' || q.kind === 'range') {
      previous = undefined
      continue
    }
    let k = q.firstToken
    for (let hops = 0; hops < 3; hops++) {
      const filler = phraseBefore(tokens, k, words.fillers)
      if (!filler) break
      k = filler.first
    }
    const verb = phraseBefore(tokens, k, words.verbs)
    let claim: Claim | undefined
    if (verb) {
      const from = clauseStart(tokens, verb.first)
      let modal = false
      const subject = new Set<string>()
      for (let i = from; i < verb.first; i++) {
        const t = tokens[i]!
        if (t.kind !== 'word' || /^\d/u.test(t.text)) continue
        // A plan (`phấn đấu kết nạp`) or a part of another figure (`Trong đó, xã A kết nạp`) is not compared.
        if (words.modality.matchAt(tokens, i) || words.parts.matchAt(tokens, i)) modal = true
        const stop = words.stopWords.matchAt(tokens, i)
        if (stop) i = stop.end - 1
        else subject.add(wordKey(t.text))
      }
      if (!modal) claim = { quantity: q, verb: verb.phrase, key: `${keyOf(verb.phrase)}|${counted}|${period()}`, subject }
    } else if (previous && q.noun) {
      // `kỷ luật 1 tổ chức đảng và 125 đảng viên`: the second figure shares the verb.
      const prev = previous.quantity
      const between = tokens.slice(prev.endToken, q.firstToken)
      const afterNoun = between.filter((t) => prev.noun && t.start >= prev.noun.end)
      if (afterNoun.every((t) => t.kind === 'whitespace' || t.text === ',' || wordKey(t.text) === wordKey('và'))) {
        claim = { ...previous, quantity: q, key: `${keyOf(previous.verb)}|${counted}|${period()}` }
      }
    }
    if (claim) claims.push(claim)
    previous = claim
  }
  return claims
}

/** Whether two claims may have the same subject: one is unnamed, or one's words are among the other's (`toàn thành phố` / `Đảng bộ thành phố`). */
function sameSubject(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  return [...small].every((w) => large.has(w))
}

export default defineRule({
  meta: {
    id: 'conflicting-figures',
    category: 'numbers',
    level: 'error',
    fixable: false,
    description: {
      vi: 'Cùng một số liệu được nêu hai lần trong văn bản với hai con số khác nhau.',
      en: 'The same claim stated twice in one document with different figures.',
    },
    messages: {
      conflict: {
        vi: 'Số liệu mâu thuẫn: “{claim}” ở đây là {value}, nhưng ở dòng {line} là {other}.',
        en: 'Conflicting figures: “{claim}” is {value} here but {other} on line {line}.',
      },
      first: { vi: 'Lần nêu trước của số liệu này.', en: 'Where this figure was stated first.' },
    },
    data: { claimWords: 'claim-words.json' },
  },
  create(context) {
    const words = compile(context.data.claimWords as ClaimWords)
    return {
      document(document) {
        const layer = document.layer(numerals)
        if (layer.quantities.length < 2) return
        const years = new Map<Sentence, string[]>()
        for (const o of layer.others) {
          if (o.kind !== 'year' && o.kind !== 'years') continue
          const list = years.get(o.sentence) ?? []
          list.push(o.text.replace(/\s+/gu, ''))
          years.set(o.sentence, list)
        }
        const firstByKey = new Map<string, Claim[]>()
        let previous: Sentence | undefined
        for (const q of layer.quantities) {
          if (q.sentence === previous) continue
          previous = q.sentence
          let period: string | undefined
          const sentence = q.sentence
          for (const claim of claimsOf(sentence, layer, words, () => (period ??= periodKey(sentence, layer, words, years)))) {
            const earlier = firstByKey.get(claim.key) ?? []
            const conflict = earlier.find(
              (e) => e.quantity.sentence !== claim.quantity.sentence && e.quantity.value !== claim.quantity.value && sameSubject(e.subject, claim.subject),
            )
            if (conflict) {
              const c = conflict.quantity
              context.report({
                messageId: 'conflict',
                range: [claim.quantity.start, claim.quantity.end],
                data: {
                  claim: `${claim.verb} … ${claim.quantity.noun?.text ?? claim.quantity.unit?.text ?? ''}`,
                  value: claim.quantity.text,
                  other: c.text,
                  line: document.lines.lineOf(c.start),
                },
                related: [{ range: [c.start, c.end], messageId: 'first' }],
              })
            } else {
              earlier.push(claim)
              firstByKey.set(claim.key, earlier)
            }
          }
        }
      },
    }
  },
})
