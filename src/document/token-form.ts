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

const forms = new Map<string, TokenForm>()
/** Distinct texts kept; past this the table starts afresh, so a long batch keeps flat memory. */
const LIMIT = 100_000

/** The shared form of `text`, a token of `kind` with tokenizer `flags`. */
export function tokenForm(text: string, kind: TokenKind, flags: number): TokenForm {
  let form = forms.get(text)
  if (form === undefined) {
    if (forms.size >= LIMIT) forms.clear()
    form = new TokenForm(text, kind, flags)
    forms.set(text, form)
  } else if (form.flags !== flags || form.kind !== kind) {
    // The same text read otherwise (a link here, a word there): not shared.
    return new TokenForm(text, kind, flags)
  }
  return form
}
