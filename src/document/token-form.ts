/**
 * The forms of a token text, shared by every token written the same way: the
 * text itself (one string for all its occurrences), its kind and tokenizer
 * flags (so a token object holds only its place), its comparison key
 * `lower` and its `toneKey`, each computed once per process instead of once
 * per token and rule. A press release says `của`, `và`, `các`, `tỉnh` hundreds
 * of times; this is where those repetitions stop costing.
 */
import { FLAG_INVISIBLE, FLAG_LINK, FLAG_MARK, type TokenKind } from '../parse/prose.js'
import { stripInvisible } from '../vietnamese/chars.js'
import { cachedToneKey } from '../vietnamese/tone-key-cache.js'

/** One token text and its derived forms (computed on first use). */
export class TokenForm {
  private lowerCache: string | undefined
  private toneKeyCache: string | undefined
  /** Values of `FormMemo`s, by slot. */
  readonly memos: unknown[] = []

  constructor(
    readonly text: string,
    readonly kind: TokenKind,
    /** Tokenizer flags (link, combining mark, invisible character). */
    readonly flags: number,
  ) {}

  /** A URL, e-mail address or domain name. */
  get isLink(): boolean {
    return (this.flags & FLAG_LINK) !== 0
  }

  /** NFC, lower case, invisible characters removed: the key to compare words by. */
  get lower(): string {
    if (this.lowerCache === undefined) {
      let key = this.text
      if (this.flags & FLAG_MARK) key = key.normalize('NFC')
      if (this.flags & FLAG_INVISIBLE) key = stripInvisible(key)
      this.lowerCache = key.toLowerCase()
    }
    return this.lowerCache
  }

  /** `lower` with its tone placement normalised (`Uỷ`, `ủy` → `uy3`). */
  get toneKey(): string {
    this.toneKeyCache ??= cachedToneKey(this.lower)
    return this.toneKeyCache
  }
}

let memoSlots = 0
/** Memos past this many keep their values in a WeakMap instead of a slot on every form (a memo made per call must not grow them all). */
const MAX_SLOTS = 32

/**
 * A value that depends on a token's text alone (is it a syllable, which tone
 * placement, can its spelling drift), computed once per distinct text and
 * kept on its form: `const placement = new FormMemo((form) => …)` at module
 * level, then `placement.of(token)` per token. `derive` must not return
 * `undefined` (use `null`).
 */
export class FormMemo<T> {
  private readonly slot = memoSlots < MAX_SLOTS ? memoSlots++ : -1
  private readonly values = this.slot < 0 ? new WeakMap<TokenForm, T>() : undefined

  constructor(private readonly derive: (form: TokenForm) => T) {}

  /** The value for `token`'s form. */
  of(token: { readonly form: TokenForm }): T {
    // A slot of -1 reads undefined: such memos take the WeakMap in `fill`.
    const value = token.form.memos[this.slot] as T | undefined
    return value !== undefined ? value : this.fill(token.form)
  }

  private fill(form: TokenForm): T {
    let value = this.values?.get(form)
    if (value === undefined) {
      value = this.derive(form)
      if (this.values) this.values.set(form, value)
      else form.memos[this.slot] = value
    }
    return value
  }
}

/**
 * Token forms looked up straight from the text they are read in, without
 * slicing a string per token: only a text seen for the first time is sliced.
 *
 * Hashing scheme: FNV-1a over the token's UTF-16 code units, then kind and
 * flags mixed in, so one text read as a word and as a link has two entries.
 * The table is open-addressed (linear probing) over a power-of-two number of
 * slots; a slot holds a form and its full 32-bit hash. A candidate matches
 * when hash, length, kind and flags are equal and then every code unit is:
 * colliding hashes therefore cost a compare, never a wrong form.
 * The table starts small and grows, so its slots stay in cache.
 * Single ASCII characters (space, comma, full stop) skip the hash through a
 * table indexed by char code.
 */
export class FormTable {
  private mask = 0
  private forms: Array<TokenForm | undefined> = []
  /** The hash of each slot's form; 0 marks an empty slot (a hash of 0 is stored as 1). */
  private hashes = new Int32Array(0)
  private readonly ascii: Array<TokenForm | undefined> = new Array<TokenForm | undefined>(128).fill(undefined)
  private size = 0

  constructor(
    /** log2 of the most slots; the table starts small and doubles while at most half full. */
    private readonly maxBits = 18,
    /** The hash of `text[start, end)` (replaceable in tests, to force collisions). */
    private readonly hash: (text: string, start: number, end: number) => number = hashChars,
    private readonly minBits = 10,
  ) {
    this.allocate(minBits)
  }

  /** The shared form of `text[start, end)`, a token of `kind` with tokenizer `flags`. */
  formOf(text: string, start: number, end: number, kind: TokenKind, flags: number): TokenForm {
    const length = end - start
    if (length === 1) {
      const code = text.charCodeAt(start)
      if (code < 128) {
        const form = this.ascii[code]
        if (form !== undefined && form.kind === kind && form.flags === flags) return form
        if (form === undefined) return (this.ascii[code] = new TokenForm(text[start]!, kind, flags))
      }
    }
    const h = this.hash(text, start, end) ^ Math.imul(KIND_CODES[kind] * 8 + flags + 1, 0x9e3779b1) || 1
    const { mask, hashes } = this
    let slot = (h ^ (h >>> 15)) & mask
    // Probe the compact hash array first; touch a form only when its hash matches.
    for (let stored = hashes[slot]!; stored !== 0; stored = hashes[slot]!) {
      if (stored === h) {
        const form = this.forms[slot]!
        if (form.kind === kind && form.flags === flags && sameChars(form.text, text, start, length)) return form
      }
      slot = (slot + 1) & mask
    }
    const form = new TokenForm(text.slice(start, end), kind, flags)
    if (2 * (this.size + 1) > this.forms.length) {
      // Half full: double, or past the most slots start afresh, so a long batch keeps flat memory.
      const bits = Math.log2(this.forms.length)
      if (bits < this.maxBits) this.rehash(bits + 1)
      else this.allocate(this.minBits)
    }
    this.insert(form, h)
    return form
  }

  private allocate(bits: number): void {
    this.forms = new Array<TokenForm | undefined>(1 << bits).fill(undefined)
    this.hashes = new Int32Array(1 << bits)
    this.mask = (1 << bits) - 1
    this.size = 0
  }

  private rehash(bits: number): void {
    const { forms, hashes } = this
    this.allocate(bits)
    for (let slot = 0; slot < forms.length; slot++) if (hashes[slot] !== 0) this.insert(forms[slot]!, hashes[slot]!)
  }

  private insert(form: TokenForm, h: number): void {
    let slot = (h ^ (h >>> 15)) & this.mask
    while (this.hashes[slot] !== 0) slot = (slot + 1) & this.mask
    this.hashes[slot] = h
    this.forms[slot] = form
    this.size++
  }
}

const KIND_CODES: Record<TokenKind, number> = { word: 0, whitespace: 1, punctuation: 2, symbol: 3 }

/** FNV-1a over UTF-16 code units. */
function hashChars(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h
}

function sameChars(form: string, text: string, start: number, length: number): boolean {
  if (form.length !== length) return false
  for (let j = 0; j < length; j++) if (form.charCodeAt(j) !== text.charCodeAt(start + j)) return false
  return true
}

const forms = new FormTable()

/** The shared form of `text[start, end)`, a token of `kind` with tokenizer `flags`. */
export function tokenFormAt(text: string, start: number, end: number, kind: TokenKind, flags: number): TokenForm {
  return forms.formOf(text, start, end, kind, flags)
}

