/**
 * Document-level evidence against a finding: a word the document uses far
 * more often than the language at large does is the document's subject, not
 * a slip (`dược` throughout the Pharmacy Law, `đước` in a text on mangroves).
 * A slip is seldom repeated; a common word repeated is no evidence either way.
 */

/**
 * How bursty a word is in its document, in nats: ln(count / (1 + expected)),
 * where `expected` is what its share of the language predicts for a document
 * of `words` words; 0 when the word is not used more than that.
 */
export function burstiness(count: number, words: number, share: number): number {
  const ratio = count / (1 + words * share)
  return ratio > 1 ? Math.log(ratio) : 0
}
