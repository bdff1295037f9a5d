/**
 * How much better a variant fits its place than the syllable written, in
 * nats: the context model on both sides, log P(v | left) + log P(right | v),
 * minus the same for the original; plus compound evidence (each side where
 * the variant, and not the original, makes a Viet74K compound with its
 * neighbour, times a learned weight); plus the noisy-channel prior of the
 * edit (log of how often writers make that slip, learned from labeled
 * mistakes). The constants come from confusable-model.json, produced by
 * bench/tune-confusable.mjs.
 */
import type { ConfusionSet } from '../../src/vietnamese/confusion-sets.js'
import type { ContextModel } from '../../src/vietnamese/context-model.js'

/** The learned constants the scorer needs. */
export interface ScorerParameters {
  /** Log prior of each edit type, in `EditType` order. */
  priors: Float64Array
  /** Nats per side where the variant makes a compound and the original does not (or back). */
  compoundWeight: number
}

/** Scores of one judged word, filled in place (no allocation per word). */
export class ConfusableScorer {
  /** Index in the set of the best variant after `score`, −1 when the set is empty. */
  best = -1
  /** Margin of the best variant over the original, in nats. */
  margin = -Infinity

  /** The highest prior of any edit type: no variant gains more from its edit. */
  private readonly maxPrior: number
  /** Results by (left, word, right) for one floor: set texts repeat their phrases (`quy định tại`). */
  private readonly cache = new Map<number, number>()
  private cacheFloor = NaN

  constructor(
    readonly model: ContextModel,
    readonly parameters: ScorerParameters,
  ) {
    this.maxPrior = Math.max(...parameters.priors)
  }

  /**
   * `score` through a cache of the last results by (left, word, right); the
   * margin is only exact when it reaches `floor`.
   */
  scoreCached(left: number, id: number, right: number, set: ConfusionSet, floor: number): void {
    if (floor !== this.cacheFloor) {
      this.cache.clear()
      this.cacheFloor = floor
    }
    const size = this.model.size
    const key = (left * size + id) * size + right
    const hit = this.cache.get(key)
    if (hit !== undefined) {
      // best index + 1 in the low byte, (margin + 1000) in 1/1024 nat above it; 0: nothing reaches the floor.
      this.best = (hit % 256) - 1
      this.margin = this.best < 0 ? -Infinity : Math.floor(hit / 256) / 1024 - 1000
      return
    }
    this.score(left, id, right, set, floor)
    if (this.cache.size >= 200_000) this.cache.clear()
    const reached = this.best >= 0 && this.margin >= floor && this.best < 255
    const packed = reached ? Math.floor((Math.min(this.margin, 1000) + 1000) * 1024) * 256 + this.best + 1 : 0
    if (!reached) this.best = -1
    this.cache.set(key, packed)
  }

  private fit(left: number, id: number, right: number): number {
    const m = this.model
    const a = m.entry(left, id)
    const b = m.entry(id, right)
    this.lastCompounds = (m.isCompoundAt(a) ? 1 : 0) + (m.isCompoundAt(b) ? 1 : 0)
    return m.logProbAt(left, id, a) + m.logProbAt(id, right, b)
  }

  private lastCompounds = 0

  /**
   * Score every variant of the word `id` between `left` and `right`; sets
   * `best` and `margin` — but only for margins that may reach `floor`: a
   * variant whose left side alone cannot reach it (P(right | v) ≤ 1) is not
   * looked up on its right, and then `margin` is a bound below `floor`.
   */
  score(left: number, id: number, right: number, set: ConfusionSet, floor = -Infinity): void {
    const m = this.model
    const original = this.fit(left, id, right)
    const originalCompounds = this.lastCompounds
    const { priors, compoundWeight } = this.parameters
    let best = -1
    let margin = -Infinity
    // Every variant's two sides add at most log 1 + log 1 = 0 and two compounds.
    if (this.maxPrior - original + compoundWeight * (2 - originalCompounds) < floor) {
      this.best = -1
      this.margin = -Infinity
      return
    }
    const ids = set.ids
    const types = set.types
    for (let i = 0; i < ids.length; i++) {
      const v = ids[i]!
      const a = m.entry(left, v)
      const leftFit = m.logProbAt(left, v, a)
      const compoundLeft = m.isCompoundAt(a) ? 1 : 0
      const base = priors[types[i]!]! - original - compoundWeight * originalCompounds
      // The right side adds at most log 1 = 0 and one compound.
      if (leftFit + base + compoundWeight * (compoundLeft + 1) < floor) continue
      const b = m.entry(v, right)
      const total = leftFit + m.logProbAt(v, right, b) + base + compoundWeight * (compoundLeft + (m.isCompoundAt(b) ? 1 : 0))
      if (total > margin) {
        margin = total
        best = i
      }
    }
    this.best = best
    this.margin = margin
  }

  /**
   * The raw evidence of each variant, for the tuning script: context-model
   * gain (nats) and compound gain (−2…2) into `gain` and `compounds`.
   */
  evidence(left: number, id: number, right: number, set: ConfusionSet, gain: Float64Array, compounds: Int8Array): void {
    const original = this.fit(left, id, right)
    const originalCompounds = this.lastCompounds
    for (let i = 0; i < set.ids.length; i++) {
      gain[i] = this.fit(left, set.ids[i]!, right) - original
      compounds[i] = this.lastCompounds - originalCompounds
    }
  }
}
