/**
 * Matches lists of phrases against sentences, token by token, never inside a
 * word (Vale's substring accept list hid `configurtions` behind `config`,
 * vale#670). The longest phrase wins at each position, whatever the order of
 * the list. Keys are NFC and lower case unless matching is case-sensitive; a
 * caller may add its own normalisation (tone placement, for instance).
 */
import { tokenize } from '../parse/prose.js'
import { stripInvisible } from '../vietnamese/chars.js'
import { cachedToneKey } from '../vietnamese/tone-key-cache.js'
import type { Sentence } from './nodes.js'
import { FormMemo, type TokenForm } from './token-form.js'

/** How to compare tokens. */
export interface PhraseMatcherOptions {
  caseSensitive?: boolean
  /** Compare by `toneKey` (`Uỷ ban` = `Ủy ban`), the key every token already holds; ignores case. */
  ignoreTonePlacement?: boolean
  /** Extra normalisation of a word key (after NFC and case folding). */
  normalize?: (key: string) => string
}

/** One match in a sentence. */
export interface PhraseMatch<T> {
  /** Index of the first and one past the last matched token in `sentence.tokens`. */
  firstToken: number
  endToken: number
  start: number
  end: number
  /** The phrase as listed. */
  phrase: string
  value: T
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>
  entry?: { phrase: string; value: T; length: number }
}

const SPACE_MARK = '\u0000'

/** A compiled list of phrases. */
export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map() }
  private readonly caseSensitive: boolean
  private readonly ignoreTonePlacement: boolean
  private readonly normalize: ((key: string) => string) | undefined

  constructor(entries: Iterable<readonly [phrase: string, value: T]>, options: PhraseMatcherOptions = {}) {
    this.ignoreTonePlacement = options.ignoreTonePlacement ?? false
    this.caseSensitive = !this.ignoreTonePlacement && (options.caseSensitive ?? false)
    this.normalize = options.normalize
    for (const [phrase, value] of entries) this.add(phrase, value)
  }

  /** The key of one token's text. */
  key(text: string): string {
    let key = stripInvisible(text.normalize('NFC'))
    if (!this.caseSensitive) key = key.toLowerCase()
    if (this.ignoreTonePlacement) key = cachedToneKey(key)
    return this.normalize ? this.normalize(key) : key
  }

  private add(phrase: string, value: T): void {
    const keys = this.phraseKeys(phrase)
    if (keys.length === 0) return
    let node = this.root
    for (const key of keys) {
      let child = node.next.get(key)
      if (!child) node.next.set(key, (child = { next: new Map() }))
      node = child
    }
    node.entry ??= { phrase, value, length: keys.length }
  }

  private phraseKeys(phrase: string): string[] {
    const keys: string[] = []
    for (const token of tokenize(phrase.trim())) {
      if (token.kind === 'whitespace') keys.push(SPACE_MARK)
      else keys.push(this.key(phrase.slice(token.start, token.end)))
    }
    return keys
  }

  private tokenKey(token: { readonly form: TokenForm }): string {
    const form = token.form
    if (form.kind === 'whitespace') return SPACE_MARK
    // `form.lower` is `key()` without the caller's normalisation, computed once per text for every rule.
    if (this.caseSensitive) return this.key(form.text)
    const key = this.ignoreTonePlacement ? form.toneKey : form.lower
    return this.normalize ? this.normalize(key) : key
  }

  /** The trie node a token starts, if any: once per distinct token text, as most tokens start nothing. */
  private readonly startNode = new FormMemo((form): TrieNode<T> | null => this.root.next.get(this.tokenKey({ form })) ?? null)

  /** All non-overlapping matches in `sentence`, longest first at each position, left to right. */
  match(sentence: Sentence): PhraseMatch<T>[] {
    const tokens = sentence.tokens
    const matches: PhraseMatch<T>[] = []
    let i = 0
    while (i < tokens.length) {
      if (tokens[i]!.kind === 'whitespace') {
        i++
        continue
      }
      let node: TrieNode<T> | undefined = this.startNode.of(tokens[i]!) ?? undefined
      if (!node) {
        i++
        continue
      }
      let best: { end: number; entry: NonNullable<TrieNode<T>['entry']> } | undefined = node.entry ? { end: i + 1, entry: node.entry } : undefined
      for (let k = i + 1; k < tokens.length && node; k++) {
        node = node.next.get(this.tokenKey(tokens[k]!))
        if (node?.entry) best = { end: k + 1, entry: node.entry }
      }
      if (best) {
        matches.push({
          firstToken: i,
          endToken: best.end,
          start: tokens[i]!.start,
          end: tokens[best.end - 1]!.end,
          phrase: best.entry.phrase,
          value: best.entry.value,
        })
        i = best.end
      } else {
        i++
      }
    }
    return matches
  }

  /** Whether the whole of `text` (trimmed, whitespace collapsed) is one listed phrase; returns its value. */
  matchWhole(text: string): T | undefined {
    const keys = this.phraseKeys(text)
    let node: TrieNode<T> | undefined = this.root
    for (const key of keys) {
      node = node.next.get(key)
      if (!node) return undefined
    }
    return node.entry && node.entry.length === keys.length ? node.entry.value : undefined
  }
}
