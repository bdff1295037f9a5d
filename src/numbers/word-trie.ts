/**
 * Whole-token phrase lookup at a given place in a sentence, forwards
 * (`matchAt`: the noun after a number) or backwards (`matchBefore`: the label
 * or approximation word before it). Keys ignore case and tone placement
 * (`đảng uỷ` = `đảng ủy`); the longest phrase wins.
 */
import type { Token } from '../document/nodes.js'
import { FormMemo } from '../document/token-form.js'
import { tokenize } from '../parse/prose.js'
import { stripInvisible } from '../vietnamese/chars.js'
import { toneKey } from '../vietnamese/tone.js'

const SPACE = ' '
/** Words of letters only, one space apart (a cheap class: no Unicode property escapes to compile). */
const PLAIN_PHRASE = /^[^\s\d.,:;/%$°²³…()'"“”-]+(?: [^\s\d.,:;/%$°²³…()'"“”-]+)*$/
const keyCache = new Map<string, string>()

/** The comparison key of one token's text: NFC, lower case, tone placement ignored. */
export function wordKey(text: string): string {
  let key = keyCache.get(text)
  if (key === undefined) {
    key = toneKey(stripInvisible(text.normalize('NFC')))
    if (keyCache.size < 50_000) keyCache.set(text, key)
  }
  return key
}

/** The key of a token, once per distinct text. */
const tokenKeys = new FormMemo((form) => (form.kind === 'whitespace' ? SPACE : wordKey(form.text)))

function tokenKey(token: Token): string {
  return tokenKeys.of(token)
}

/** The keys of a listed phrase, whitespace marked. */
export function phraseKeys(phrase: string): string[] {
  const text = phrase.trim()
  // Most listed phrases are letters and spaces: split them without the prose tokenizer.
  if (PLAIN_PHRASE.test(text)) {
    const keys: string[] = []
    for (const word of text.split(' ')) {
      if (keys.length > 0) keys.push(SPACE)
      keys.push(wordKey(word))
    }
    return keys
  }
  return tokenize(text).map((t) => (t.kind === 'whitespace' ? SPACE : wordKey(text.slice(t.start, t.end))))
}

interface Node<T> {
  next: Map<string, Node<T>>
  value?: T
  phrase?: string
}

/** A match: the listed phrase, its value and the token range it covers (`first` ≤ i < `end`). */
export interface TrieMatch<T> {
  phrase: string
  value: T
  first: number
  end: number
}

/** A list of phrases to find at a place in a sentence. */
export class WordTrie<T> {
  private readonly forward: Node<T> = { next: new Map() }
  private readonly backward: Node<T> = { next: new Map() }

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value)
  }

  /** Add a phrase; the first value given for a phrase stays. */
  add(phrase: string, value: T): void {
    const keys = phraseKeys(phrase)
    if (keys.length === 0) return
    insert(this.forward, keys, phrase, value)
    insert(this.backward, [...keys].reverse(), phrase, value)
  }

  /** Whether the whole of `phrase` is listed. */
  has(phrase: string): boolean {
    let node: Node<T> | undefined = this.forward
    for (const key of phraseKeys(phrase)) {
      node = node.next.get(key)
      if (!node) return false
    }
    return node.value !== undefined
  }

  /** The longest phrase starting at token `i`. */
  matchAt(tokens: readonly Token[], i: number): TrieMatch<T> | undefined {
    let node: Node<T> | undefined = this.forward
    let best: TrieMatch<T> | undefined
    for (let k = i; k < tokens.length && node; k++) {
      node = node.next.get(tokenKey(tokens[k]!))
      if (node?.value !== undefined) best = { phrase: node.phrase!, value: node.value, first: i, end: k + 1 }
    }
    return best
  }

  /** The longest phrase ending just before token `i` (its last token is `i - 1`). */
  matchBefore(tokens: readonly Token[], i: number): TrieMatch<T> | undefined {
    let node: Node<T> | undefined = this.backward
    let best: TrieMatch<T> | undefined
    for (let k = i - 1; k >= 0 && node; k--) {
      node = node.next.get(tokenKey(tokens[k]!))
      if (node?.value !== undefined) best = { phrase: node.phrase!, value: node.value, first: k, end: i }
    }
    return best
  }
}

function insert<T>(root: Node<T>, keys: readonly string[], phrase: string, value: T): void {
  let node = root
  for (const key of keys) {
    let child = node.next.get(key)
    if (!child) node.next.set(key, (child = { next: new Map() }))
    node = child
  }
  if (node.value === undefined) {
    node.value = value
    node.phrase = phrase
  }
}
