/**
 * Breakdowns of a total into parts, as editors write them: `35 đảng bộ, chi
 * bộ trực thuộc, trong đó có 23 đảng bộ và 12 chi bộ cơ sở`; `Hội đồng có 7
 * thành viên, gồm 1 chủ tịch, 2 phó chủ tịch và 4 ủy viên`; a colon list;
 * `trong đó 60% …, 30% …`. Read from the numeral layer's quantities; used by
 * inconsistent-total and ratio-percent-mismatch.
 */
import type { Sentence, Token } from '../document/nodes.js'
import { nextSolid } from './context.js'
import type { Numerals, Quantity } from './types.js'
import { numeralWords, type NumeralWords } from './word-lists.js'
import { wordKey } from './word-trie.js'

/** A total and the parts listed after it. */
export interface Breakdown {
  /** The quantity before the marker, in the same clause; undefined for a bare list. */
  total: Quantity | undefined
  marker: { text: string; partial: boolean; start: number; end: number }
  parts: Quantity[]
  /** The list is left open (`v.v.`, `và các …`, an item without a figure). */
  open: boolean
  /** Heads of the kinds the total names: `đảng bộ, chi bộ trực thuộc` → `đảng bộ`, `chi bộ`. */
  totalHeads: string[]
  /** The parts are the whole total: they must add up to it. */
  exhaustive: boolean
  /** Token range of each part's item (from the part to the next separator), for a percent written inside it. */
  items: Array<[first: number, end: number]>
}

const STOPS = new Set(['.', '!', '?', ';'])
const cache = new WeakMap<Sentence, Breakdown[]>()

/** Index of the first token at or after `from` whose start is at least `offset`. */
function tokenAt(tokens: readonly Token[], from: number, offset: number): number {
  let k = from
  while (k < tokens.length && tokens[k]!.start < offset) k++
  return k
}

/** Whether two heads name the same kind: equal, or one a word-prefix of the other (`chi bộ` / `chi bộ cơ sở`). */
export function relatedHeads(a: string, b: string): boolean {
  const ka = a.split(/\s+/u).map(wordKey)
  const kb = b.split(/\s+/u).map(wordKey)
  const n = Math.min(ka.length, kb.length)
  for (let i = 0; i < n; i++) if (ka[i] !== kb[i]) return false
  return true
}

function headAt(tokens: readonly Token[], k: number, words: NumeralWords): string | undefined {
  const t = tokens[k]
  if (!t || t.kind !== 'word') return undefined
  return words.countedNouns.matchAt(tokens, k)?.phrase ?? t.text.toLowerCase()
}

/** The kinds a total names between its numeral and the marker, split at commas and `và`. */
function totalHeadsOf(tokens: readonly Token[], from: number, to: number, words: NumeralWords): string[] {
  const heads: string[] = []
  let expectHead = true
  for (let k = from; k < to; k++) {
    const t = tokens[k]!
    if (t.kind === 'whitespace') continue
    if (t.text === ',' || wordKey(t.text) === wordKey('và')) {
      expectHead = true
      continue
    }
    if (expectHead) {
      const head = headAt(tokens, k, words)
      if (head) heads.push(head)
      expectHead = false
    }
  }
  return heads
}

function covers(totalHeads: readonly string[], parts: readonly Quantity[]): boolean {
  if (totalHeads.length < 2) return false
  const partHeads = parts.map((p) => p.noun?.head)
  if (partHeads.some((h) => h === undefined)) return false
  return (
    totalHeads.every((t) => partHeads.some((p) => relatedHeads(t, p!))) &&
    partHeads.every((p) => totalHeads.some((t) => relatedHeads(t, p!)))
  )
}

function readBreakdowns(sentence: Sentence, quantities: readonly Quantity[], words: NumeralWords): Breakdown[] {
  const tokens = sentence.tokens
  const found: Breakdown[] = []
  // `một` is mostly an article (`một Bộ Tổng tham mưu gồm sáu thành viên`): never a total or a part.
  const figures = quantities.filter((q) => !(q.style === 'words' && q.value === 1))
  const startsAt = new Map<number, Quantity>()
  for (const q of figures) startsAt.set(q.firstToken, q)
  // A quantity after an approximation word starts at the word: `trong đó hơn 20 …`.
  const quantityFrom = (k: number): Quantity | undefined => {
    const direct = startsAt.get(k)
    if (direct) return direct
    const approx = words.approximationsBefore.matchAt(tokens, k)
    return approx && tokens[approx.end]?.kind === 'whitespace' ? startsAt.get(approx.end + 1) : undefined
  }
  for (let m = 0; m < tokens.length; m++) {
    const marker = words.breakdownMarkers.matchAt(tokens, m)
    if (!marker) continue
    // The total: the last quantity before the marker in the same clause, with only its noun phrase between.
    let total: Quantity | undefined
    for (const q of figures) if (q.endToken <= m) total = q
    if (total) {
      let wordsBetween = 0
      for (let k = total.endToken; k < m && total; k++) {
        const t = tokens[k]!
        if (STOPS.has(t.text) || t.text === '(' || t.text === ')' || startsAt.has(k)) total = undefined
        else if (t.kind === 'word' && ++wordsBetween > 12) total = undefined
      }
    }
    // The parts.
    let k = nextSolid(tokens, marker.end - 1)
    const lead = k >= 0 ? words.partLeads.matchAt(tokens, k) : undefined
    if (lead) k = nextSolid(tokens, lead.end - 1)
    if (k >= 0 && tokens[k]!.text === ':') k = nextSolid(tokens, k)
    const parts: Quantity[] = []
    const items: Array<[number, number]> = []
    let open = false
    while (k >= 0) {
      const part = quantityFrom(k)
      if (!part) {
        open = parts.length > 0
        break
      }
      parts.push(part)
      let x = part.noun ? tokenAt(tokens, part.endToken, part.noun.end) : part.endToken
      let next = -1
      while (x < tokens.length) {
        const t = tokens[x]!
        if (t.kind === 'whitespace') {
          x++
          continue
        }
        if (t.text === '(') {
          while (x < tokens.length && tokens[x]!.text !== ')') x++
          x++
          continue
        }
        if (words.openEnds.matchAt(tokens, x)) {
          open = true
          break
        }
        const separator = words.separators.matchAt(tokens, x)
        if (separator) {
          const after = nextSolid(tokens, separator.end - 1)
          if (after >= 0 && words.openEnds.matchAt(tokens, after)) open = true
          else next = after
          break
        }
        if (STOPS.has(t.text) || t.text === ':' || startsAt.has(x) || words.breakdownMarkers.matchAt(tokens, x)) break
        x++
      }
      items.push([part.firstToken, x])
      if (next < 0 || open) break
      if (!quantityFrom(next)) {
        open = true
        break
      }
      k = next
    }
    if (parts.length === 0) continue
    const totalHeads = total ? totalHeadsOf(tokens, total.endToken, m, words) : []
    const exhaustive = parts.length >= 2 && !open && (!marker.value.partial || covers(totalHeads, parts))
    const first = tokens[marker.first]!
    const last = tokens[marker.end - 1]!
    found.push({
      total,
      marker: { text: marker.phrase, partial: marker.value.partial, start: first.start, end: last.end },
      parts,
      open,
      totalHeads,
      exhaustive,
      items,
    })
    m = marker.end - 1
  }
  return found
}

/** The breakdowns of `sentence` (computed once per sentence). */
export function breakdownsOf(sentence: Sentence, layer: Numerals): readonly Breakdown[] {
  let list = cache.get(sentence)
  if (!list) {
    const quantities = layer.quantitiesOf(sentence)
    list = quantities.length === 0 ? [] : readBreakdowns(sentence, quantities, numeralWords())
    cache.set(sentence, list)
  }
  return list
}
