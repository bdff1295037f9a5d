/**
 * A word's neighbours within its sentence: the word token right before or after it with nothing but whitespace
 * between. Rules that judge a word by its neighbours (spelling's ranking, repeated-word) share these.
 */
import type { Token } from './nodes.js'

/** The word token right before `token` with only whitespace between, if any. */
export function wordBefore(token: Token): Token | undefined {
  const gap = token.previous
  const word = gap?.previous
  return gap?.kind === 'whitespace' && word?.kind === 'word' ? word : undefined
}

/** The word token right after `token` with only whitespace between, if any. */
export function wordAfter(token: Token): Token | undefined {
  const gap = token.next
  const word = gap?.next
  return gap?.kind === 'whitespace' && word?.kind === 'word' ? word : undefined
}
