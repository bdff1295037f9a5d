/**
 * `toneKey` memoised: rules that compare names and phrases by tone key ask
 * for the same few thousand syllables in every text, so each is computed once
 * per process.
 */
import { toneKey } from './tone.js'

const cache = new Map<string, string>()
const LIMIT = 200_000

/** `toneKey(word)`, from a process-wide cache (cleared when it grows past 200 000 entries). */
export function cachedToneKey(word: string): string {
  let key = cache.get(word)
  if (key === undefined) {
    if (cache.size >= LIMIT) cache.clear()
    key = toneKey(word)
    cache.set(word, key)
  }
  return key
}
