/**
 * Looking around a numeral inside its sentence: the word before it (a label,
 * an approximation, a date cue), the noun phrase after it, what a percentage
 * is measured against. Shared by the quantity and date readers.
 */
import type { Token } from '../document/nodes.js'
import { isAllUpper, startsUpper } from '../vietnamese/chars.js'
import type { CountedNoun, PercentRelation } from './types.js'
import type { NumeralWords } from './word-lists.js'
import { type TrieMatch, type WordTrie, wordKey } from './word-trie.js'

/** Index of the next token after `i` that is not whitespace, or -1. */
export function nextSolid(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k < tokens.length; k++) if (tokens[k]!.kind !== 'whitespace') return k
  return -1
}

/** Index of the previous token before `i` that is not whitespace, or -1. */
export function previousSolid(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (tokens[k]!.kind !== 'whitespace') return k
  return -1
}

/** The listed phrase that ends right before token `i`, with whitespace between (`Điều 5`, `hơn 13.400`). */
export function phraseBefore<T>(tokens: readonly Token[], i: number, trie: WordTrie<T>): TrieMatch<T> | undefined {
  if (i < 2 || tokens[i - 1]!.kind !== 'whitespace') return undefined
  return trie.matchBefore(tokens, i - 1)
}

/** The listed phrase that starts right after token `i - 1`, after whitespace (`7/6 đơn vị`). */
export function phraseAfter<T>(tokens: readonly Token[], i: number, trie: WordTrie<T>): TrieMatch<T> | undefined {
  if (i >= tokens.length || tokens[i]!.kind !== 'whitespace') return undefined
  return trie.matchAt(tokens, i + 1)
}

/** Whether token `i` is a word that starts with a digit. */
export function isDigitWord(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false
  const c = token.text.charCodeAt(0)
  return c >= 48 && c <= 57
}

/** A noun phrase and the index of the token after it. */
export interface NounMatch {
  noun: CountedNoun
  endToken: number
}

function isPlainWord(token: Token): boolean {
  return token.kind === 'word' && !token.isLink && /^\p{L}/u.test(token.text)
}

/**
 * The noun phrase a numeral counts, starting after whitespace at token `i`:
 * a listed head (`tổ chức cơ sở Đảng`, `đơn vị`) with listed modifiers
 * (`đảng viên mới`), or up to two plain lower-case words (`kết quả`), or an
 * acronym (`TCCSĐ`). Function words and verbs (`và`, `đạt`, `hoàn thành`) end it.
 */
export function nounAfter(tokens: readonly Token[], i: number, words: NumeralWords): NounMatch | undefined {
  if (i >= tokens.length || tokens[i]!.kind !== 'whitespace') return undefined
  const k = i + 1
  const first = tokens[k]
  if (!first || !isPlainWord(first)) return undefined
  const head = words.countedNouns.matchAt(tokens, k)
  if (!head && words.nounBoundaries.matchAt(tokens, k)) return undefined
  let end: number
  let headText: string
  let known: boolean
  if (head) {
    end = head.end
    headText = head.phrase
    known = true
    // `13.400 lượt học viên`: a classifier takes the noun after it, which becomes the head.
    if (words.classifiers.has(head.phrase)) {
      const counted = phraseAfter(tokens, end, words.countedNouns)
      if (counted && !words.classifiers.has(counted.phrase)) {
        end = counted.end
        headText = counted.phrase
      }
    }
    for (;;) {
      const modifier = phraseAfter(tokens, end, words.nounModifiers)
      if (!modifier) break
      end = modifier.end
    }
  } else {
    const acronym = isAllUpper(first.text) && [...first.text].length >= 2
    if (!acronym && startsUpper(first.text)) return undefined
    const key = wordKey(first.text)
    if (words.numberWordStarts.has(key) || words.magnitudes.has(key)) return undefined
    end = k + 1
    headText = first.lower
    known = false
    const second = tokens[k + 2]
    if (!acronym && tokens[k + 1]?.kind === 'whitespace' && second && isPlainWord(second) && !startsUpper(second.text)) {
      if (!words.nounBoundaries.matchAt(tokens, k + 2) && !words.countedNouns.matchAt(tokens, k + 2)) end = k + 3
    }
  }
  const last = tokens[end - 1]!
  const text = tokens
    .slice(k, end)
    .map((t) => (t.kind === 'whitespace' ? ' ' : t.text))
    .join('')
  return { noun: { text, head: headText, known, start: first.start, end: last.end }, endToken: end }
}

/**
 * What a percentage is measured against: a change (`tăng 12%`: a change word
 * before it) or a target (`đạt 128% chỉ tiêu`, `141,5% so với chỉ tiêu`: a
 * target word after it, possibly after “của”).
 */
export function percentRelation(tokens: readonly Token[], first: number, end: number, words: NumeralWords): PercentRelation | undefined {
  let before = first
  const approx = phraseBefore(tokens, before, words.approximationsBefore)
  if (approx) before = approx.first
  if (phraseBefore(tokens, before, words.changes)) return 'change'
  let after = end
  for (let hops = 0; hops < 2; hops++) {
    const target = phraseAfter(tokens, after, words.targets)
    if (target) return 'target'
    // `đạt 105% của kế hoạch`
    const k = after + 1
    if (tokens[after]?.kind === 'whitespace' && tokens[k] && /^(của|theo)$/iu.test(tokens[k]!.text)) after = k + 1
    else break
  }
  return undefined
}

/**
 * The prose text of tokens `first`…`end - 1` (as the reader sees it: Markdown
 * emphasis or HTML tags between them left out), for messages.
 */
export function proseBetween(tokens: readonly Token[], first: number, end: number): string {
  const a = tokens[first]!
  const start = a.proseStart
  // The tokens of a sentence cover its prose without gaps.
  let length = 0
  for (let k = first; k < end; k++) length += tokens[k]!.text.length
  return a.sentence.block.text.slice(start, start + length)
}
