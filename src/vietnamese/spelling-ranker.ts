/**
 * Ranks spelling candidates in their sentence: a noisy channel where the edit
 * cost of a candidate (spelling-candidates.ts) stands for how likely the
 * typist made that slip, and the context model (both neighbours) for how well
 * the candidate fits. A candidate is certain enough to be a fix only when it
 * leads the next one by a clear margin.
 */
import { BOUNDARY_ID, NUMBER_ID, UNKNOWN_ID } from './language-tables.js'
import { contextModel, type ContextModel } from './context-model.js'
import type { SpellingCandidate } from './spelling-candidates.js'

/**
 * Weight of one unit of edit cost against natural-log context probability,
 * and the lead the best candidate needs over the second to be a fix; both
 * measured on the Viwiki dev set labels (scripts/bench-spelling.mjs --tune).
 */
export const RANKING: RankingSettings = { costWeight: 5, fixMargin: 3, compoundBonus: 1.5 }

/** The two constants of the ranking. */
export interface RankingSettings {
  readonly costWeight: number
  readonly fixMargin: number
  /** Added for each pair of the candidate and a neighbour that makes a Viet74K compound (`Đà Nẵng`), which the counts may not show. */
  readonly compoundBonus: number
}

/** Log-probability given to a syllable the context model has never seen. */
const UNSEEN = -15

/** A neighbour of the word: a syllable, a number, or nothing (the sentence ends, or punctuation stands between). */
export type Neighbour = string | typeof BOUNDARY | typeof NUMBER

export const BOUNDARY = Symbol('boundary')
export const NUMBER = Symbol('number')

const DIGIT = /\p{Nd}/u

/** The neighbour a word token text stands for: a number when it has digits. */
export function neighbourOf(text: string | undefined): Neighbour {
  if (text === undefined) return BOUNDARY
  return DIGIT.test(text) ? NUMBER : text
}

function idOf(model: ContextModel, neighbour: Neighbour): number {
  if (neighbour === BOUNDARY) return BOUNDARY_ID
  if (neighbour === NUMBER) return NUMBER_ID
  return model.idOf(neighbour)
}

/** A candidate with its score. */
export interface RankedCandidate {
  readonly candidate: SpellingCandidate
  /** Higher is better: −costWeight × cost + log P(candidate | left) + log P(right | candidate) + compound bonuses. */
  readonly score: number
  /** Whether the candidate was seen beside either neighbour in the model's text (or forms a compound with it). */
  readonly attested: boolean
}

/** How well the syllables `ids` fit between `left` and `right`, and whether any pair with a neighbour is attested. */
function fit(model: ContextModel, left: number, ids: readonly number[], right: number, compoundBonus: number): { logProb: number; attested: boolean } {
  let logProb = 0
  let attested = false
  const chain = [left, ...ids, right]
  for (let i = 1; i < chain.length; i++) {
    const a = chain[i - 1]!
    const b = chain[i]!
    // A candidate the model has never seen gets a floor, not the mass of all unknown words.
    if (b === UNKNOWN_ID && i < chain.length - 1) {
      logProb += UNSEEN
      continue
    }
    logProb += model.logProb(a, b)
    if (a <= NUMBER_ID || b <= NUMBER_ID) continue
    if (model.isCompound(a, b)) {
      logProb += compoundBonus
      attested = true
    } else if (model.count(a, b) > 0) attested = true
  }
  return { logProb, attested }
}

/** Rank `candidates` for a word between `left` and `right`, best first. */
export function rankCandidates(candidates: readonly SpellingCandidate[], left: Neighbour, right: Neighbour, settings: RankingSettings = RANKING): RankedCandidate[] {
  const model = contextModel()
  const l = idOf(model, left)
  const r = idOf(model, right)
  const ranked = candidates.map((candidate) => {
    const ids = candidate.keys.map((key) => model.idOfKey(key))
    const { logProb, attested } = fit(model, l, ids, r, settings.compoundBonus)
    return { candidate, score: logProb - settings.costWeight * candidate.cost, attested }
  })
  ranked.sort((a, b) => b.score - a.score)
  return ranked
}

/** Whether the best of `ranked` is far enough ahead of the rest to be applied as a fix. */
export function isClearWinner(ranked: readonly RankedCandidate[], settings: RankingSettings = RANKING): boolean {
  if (ranked.length === 0) return false
  if (ranked.length === 1) return true
  return ranked[0]!.score - ranked[1]!.score >= settings.fixMargin
}
