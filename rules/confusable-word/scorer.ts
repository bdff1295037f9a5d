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
  /** Nats the variant loses per side where the word written has been seen beside its neighbour (a counted pair or a compound). */
  seenWeight: number
}

/** Scores of one judged word, filled in place (no allocation per word). */
export class ConfusableScorer {
  /** Index in the set of the best variant after `score`, −1 when the set is empty. */
  best = -1
  /** Margin of the best variant over the original, in nats. */
  margin = -Infinity

  /** The highest prior of any edit type: no variant gains more from its edit. */
  private readonly maxPrior: number
  /** Fit of the original (log P(w | left) + log P(right | w)) and its compound sides, after `scoreOriginal`. */
  private original = 0
  private originalCompounds = 0
  private left = 0
  private right = 0
  /** 1 when the left neighbour starts some compound (a variant may then make one with it), else 0. */
  private leftCompound = 0

  constructor(
    readonly model: ContextModel,
    readonly parameters: ScorerParameters,
  ) {
    this.maxPrior = Math.max(...parameters.priors)
  }

  private lastCompounds = 0
  private lastSeen = 0
  /** Sides (0–2) where the word written was seen beside its neighbour, after `scoreOriginal` or `evidence`. */
  seen = 0

  private fit(left: number, id: number, right: number): number {
    const m = this.model
    const a = m.entry(left, id)
    const b = m.entry(id, right)
    this.lastCompounds = (m.isCompoundAt(a) ? 1 : 0) + (m.isCompoundAt(b) ? 1 : 0)
    this.lastSeen = (a >= 0 ? 1 : 0) + (b >= 0 ? 1 : 0)
    return m.logProbAt(left, id, a) + m.logProbAt(id, right, b)
  }

  /**
   * Fit the word `id` between `left` and `right` (two table lookups) and tell
   * whether any variant could still win by `floor`: every variant's two sides
   * add at most the best log P(· | left) + log 1, two compounds (one only when
   * `left` starts none) and the highest prior. Most
   * words fit their place too well for that (`quy định`, `của`), and are
   * settled here without their confusion set.
   */
  scoreOriginal(left: number, id: number, right: number, floor: number): boolean {
    this.original = this.fit(left, id, right)
    this.originalCompounds = this.lastCompounds
    this.seen = this.lastSeen
    this.left = left
    this.right = right
    this.best = -1
    this.margin = -Infinity
    this.leftCompound = this.model.mayStartCompound(left) ? 1 : 0
    const { compoundWeight, seenWeight } = this.parameters
    return this.maxPrior + this.model.bestLogProbAfter(left) - this.original + compoundWeight * (this.leftCompound + 1 - this.originalCompounds) - seenWeight * this.seen >= floor
  }

  /**
   * Score every variant of the word last given to `scoreOriginal`; sets
   * `best` and `margin` — but only for margins that may reach `floor`: a
   * variant whose left side alone cannot reach it (P(right | v) ≤ 1) is not
   * looked up on its right, and then `margin` is a bound below `floor`.
   */
  scoreVariants(set: ConfusionSet, floor = -Infinity): void {
    const m = this.model
    const { left, right } = this
    const { priors, compoundWeight, seenWeight } = this.parameters
    let best = -1
    let margin = -Infinity
    const ids = set.ids
    const types = set.types
    const offset = -this.original - compoundWeight * this.originalCompounds - seenWeight * this.seen
    for (let i = 0; i < ids.length; i++) {
      const v = ids[i]!
      const base = priors[types[i]!]! + offset
      const a = m.entry(left, v)
      const leftFit = m.logProbAt(left, v, a)
      const compoundLeft = m.isCompoundAt(a) ? 1 : 0
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

  /** `scoreOriginal` then, unless it settles the word, `scoreVariants`. */
  score(left: number, id: number, right: number, set: ConfusionSet, floor = -Infinity): void {
    if (this.scoreOriginal(left, id, right, floor)) this.scoreVariants(set, floor)
  }

  /**
   * The raw evidence of each variant, for the tuning script: context-model
   * gain (nats) and compound gain (−2…2) into `gain` and `compounds`.
   */
  evidence(left: number, id: number, right: number, set: ConfusionSet, gain: Float64Array, compounds: Int8Array): void {
    const original = this.fit(left, id, right)
    const originalCompounds = this.lastCompounds
    this.seen = this.lastSeen
    for (let i = 0; i < set.ids.length; i++) {
      gain[i] = this.fit(left, set.ids[i]!, right) - original
      compounds[i] = this.lastCompounds - originalCompounds
    }
  }
}
