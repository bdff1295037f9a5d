/**
 * The context model: an interpolated Kneser-Ney syllable bigram over the
 * committed tables (src/vietnamese/language-tables.ts), with the sources
 * weighted, and the compound pairs of the Viet74K word list. It answers how
 * well a syllable fits between its neighbours; `spelling` ranks suggestions
 * with it and `confusable-word` compares a syllable with its variants.
 */
import { BOUNDARY_ID, COMPOUND_BIT, findEntry, languageTables, UNKNOWN_ID, type LanguageTables } from './language-tables.js'
import { syllableKey } from './syllable-key.js'

/** How the model mixes its sources. */
export interface ContextModelSettings {
  /** Weight of each source's counts, in table order (`vntk-text`, `vn-law`). */
  weights: readonly number[]
  /** Kneser-Ney absolute discount. */
  discount: number
}

/**
 * Measured with bench/tune-context.mjs on the Viwiki dev set (5-fold by document) and on the seeds:
 * the dictionary text fits Wikipedia prose best, the laws add the register of press releases.
 */
export const DEFAULT_SETTINGS: ContextModelSettings = { weights: [1, 0.25], discount: 0.75 }

/** A syllable bigram model with Kneser-Ney smoothing. */
export class ContextModel {
  readonly tables: LanguageTables
  private readonly weights: Float64Array
  private readonly discount: number
  /** Weighted count of each row (c(v)), −1 until computed. */
  private readonly rowTotal: Float64Array
  /** Mass the discount takes from each row (Σ min(D, c(v,w)), N1+(v•)·D for whole counts), −1 until computed. */
  private readonly rowDiscount: Float64Array
  /** Highest weighted count of the row, valid once the row is computed. */
  private readonly rowMax: Float64Array
  /** Whether any pair of the row lies inside a compound (1) or not (0), valid once the row is computed. */
  private readonly rowCompound: Uint8Array
  private readonly continuation: Float64Array
  private readonly continuationTotal: number
  /** The highest continuation weight of any key. */
  private readonly continuationMax: number
  private readonly keyCache = new Map<string, number>()

  constructor(tables: LanguageTables, settings: ContextModelSettings = DEFAULT_SETTINGS) {
    this.tables = tables
    this.weights = Float64Array.from(tables.counts, (_, s) => settings.weights[s] ?? 0)
    this.discount = settings.discount
    const V = tables.vocab.length
    this.rowTotal = new Float64Array(V).fill(-1)
    this.rowDiscount = new Float64Array(V).fill(-1)
    this.rowCompound = new Uint8Array(V)
    this.rowMax = new Float64Array(V)
    // Continuation: weighted number of distinct left neighbours, plus a floor so no key has zero mass.
    this.continuation = new Float64Array(V)
    let total = 0
    let max = 0
    for (let w = 0; w < V; w++) {
      let n = 0.5
      for (let s = 0; s < this.weights.length; s++) n += this.weights[s]! * tables.continuation[s]![w]!
      this.continuation[w] = n
      total += n
      if (n > max) max = n
    }
    this.continuationTotal = total
    this.continuationMax = max
  }

  /** Number of keys in the vocabulary. */
  get size(): number {
    return this.tables.vocab.length
  }

  /** Id of a syllable as written (any case, either tone placement), or the unknown id. */
  idOf(syllable: string): number {
    let id = this.keyCache.get(syllable)
    if (id === undefined) {
      id = this.tables.ids.get(syllableKey(syllable)) ?? UNKNOWN_ID
      if (this.keyCache.size > 50_000) this.keyCache.clear()
      this.keyCache.set(syllable, id)
    }
    return id
  }

  /** Id of a key (`toneKey` form), or the unknown id. */
  idOfKey(key: string): number {
    return this.tables.ids.get(key) ?? UNKNOWN_ID
  }

  /** Index of the pair (`left`, `right`) in the tables, or −1 (for `logProbAt` and `isCompoundAt`: one lookup for both). */
  entry(left: number, right: number): number {
    return findEntry(this.tables, left, right)
  }

  private weightedCount(entry: number): number {
    let c = 0
    const counts = this.tables.counts
    for (let s = 0; s < this.weights.length; s++) c += this.weights[s]! * counts[s]![entry]!
    return c
  }

  private row(left: number): void {
    const t = this.tables
    const start = t.rowStart[left]!
    const end = t.rowStart[left + 1]!
    const d = this.discount
    const rights = t.right
    let total = 0
    let discounted = 0
    let compound = 0
    let max = 0
    if (this.weights.length === 2) {
      // The usual two sources, summed inline: rows are computed on first use, often while the code is still cold.
      const [c0, c1] = t.counts as [Uint16Array, Uint16Array]
      const w0 = this.weights[0]!
      const w1 = this.weights[1]!
      for (let e = start; e < end; e++) {
        const c = w0 * c0[e]! + w1 * c1[e]!
        if (c > max) max = c
        total += c
        discounted += c < d ? c : d
        compound |= rights[e]!
      }
    } else {
      for (let e = start; e < end; e++) {
        const c = this.weightedCount(e)
        if (c > max) max = c
        total += c
        discounted += c < d ? c : d
        compound |= rights[e]!
      }
    }
    this.rowMax[left] = max
    this.rowTotal[left] = total
    this.rowDiscount[left] = discounted
    this.rowCompound[left] = (compound & COMPOUND_BIT) !== 0 ? 1 : 0
  }

  /** Weighted count of the pair. */
  count(left: number, right: number): number {
    const e = this.entry(left, right)
    return e < 0 ? 0 : this.weightedCount(e)
  }

  /** Weighted count of a syllable (as a left neighbour, which every occurrence is). */
  unigram(id: number): number {
    if (this.rowTotal[id]! < 0) this.row(id)
    return this.rowTotal[id]!
  }

  private grandTotal = -1

  /**
   * Share of every counted syllable that is `id` (its weighted unigram
   * probability), against the syllable totals the tables' header records
   * per source (summed from the counts for a source without one).
   */
  unigramShare(id: number): number {
    if (this.grandTotal < 0) {
      let total = 0
      for (let s = 0; s < this.weights.length; s++) {
        let n = this.tables.header.sources[s]?.syllables
        if (n === undefined) {
          const column = this.tables.counts[s]!
          n = 0
          for (let e = 0; e < column.length; e++) n += column[e]!
        }
        total += this.weights[s]! * n
      }
      this.grandTotal = total
    }
    return this.grandTotal > 0 ? this.unigram(id) / this.grandTotal : 0
  }

  /** Whether the pair occurs inside a word-list compound (`chỉ đạo`, `cây đước`). */
  isCompound(left: number, right: number): boolean {
    return this.isCompoundAt(this.entry(left, right))
  }

  /** Whether the entry found by `entry` lies inside a compound (false for −1). */
  isCompoundAt(entry: number): boolean {
    return entry >= 0 && (this.tables.right[entry]! & COMPOUND_BIT) !== 0
  }

  /** Natural log of P(`right` | `left`). */
  logProb(left: number, right: number): number {
    return this.logProbAt(left, right, this.entry(left, right))
  }

  /** Natural log of P(`right` | `left`) given the pair's entry (from `entry`, −1 when absent). */
  logProbAt(left: number, right: number, entry: number): number {
    const pCont = this.continuation[right]! / this.continuationTotal
    if (left === UNKNOWN_ID && right !== BOUNDARY_ID) return Math.log(pCont)
    if (this.rowTotal[left]! < 0) this.row(left)
    const total = this.rowTotal[left]!
    if (total <= 0) return Math.log(pCont)
    const c = entry < 0 ? 0 : this.weightedCount(entry)
    const d = this.discount
    const p = Math.max(c - d, 0) / total + (this.rowDiscount[left]! / total) * pCont
    return Math.log(p)
  }

  /**
   * An upper bound on log P(w | `left`) for every key w: no pair of the row
   * was seen more often than its most frequent one. Lets a caller skip
   * looking at the keys that could follow `left` when even the best could
   * not matter.
   */
  bestLogProbAfter(left: number): number {
    const pCont = this.continuationMax / this.continuationTotal
    if (left === UNKNOWN_ID) return Math.log(pCont)
    if (this.rowTotal[left]! < 0) this.row(left)
    const total = this.rowTotal[left]!
    if (total <= 0) return Math.log(pCont)
    return Math.log(Math.max(this.rowMax[left]! - this.discount, 0) / total + (this.rowDiscount[left]! / total) * pCont)
  }

  /** Whether any pair whose left key is `left` lies inside a compound (false: `isCompound(left, x)` is false for every x). */
  mayStartCompound(left: number): boolean {
    if (this.rowTotal[left]! < 0) this.row(left)
    return this.rowCompound[left] === 1
  }
}

let shared: ContextModel | undefined

/** The process-wide model with the default settings, built on first use. */
export function contextModel(): ContextModel {
  shared ??= new ContextModel(languageTables())
  return shared
}
