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

  constructor(
    readonly model: ContextModel,
    readonly parameters: ScorerParameters,
  ) {}

  /** Fit of the original on both sides: log P(w | l) + log P(r | w), and its compound sides (0–2). */
  private originalFit = 0
  private originalCompounds = 0

  private fit(left: number, id: number, right: number): number {
    const m = this.model
    const a = m.entry(left, id)
    const b = m.entry(id, right)
    this.lastCompounds = (m.isCompoundAt(a) ? 1 : 0) + (m.isCompoundAt(b) ? 1 : 0)
    return m.logProbAt(left, id, a) + m.logProbAt(id, right, b)
  }

  private lastCompounds = 0

  /** Score every variant of the word `id` between `left` and `right`; sets `best` and `margin`. */
  score(left: number, id: number, right: number, set: ConfusionSet): void {
    this.originalFit = this.fit(left, id, right)
    this.originalCompounds = this.lastCompounds
    const { priors, compoundWeight } = this.parameters
    let best = -1
    let margin = -Infinity
    const ids = set.ids
    const types = set.types
    for (let i = 0; i < ids.length; i++) {
      const f = this.fit(left, ids[i]!, right)
      const m = f - this.originalFit + priors[types[i]!]! + compoundWeight * (this.lastCompounds - this.originalCompounds)
      if (m > margin) {
        margin = m
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
