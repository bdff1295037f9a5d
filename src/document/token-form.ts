/**
 * The forms of a token text, shared by every token written the same way: the
 * text itself (one string for all its occurrences), its comparison key
 * `lower` and its `toneKey`, each computed once per process instead of once
 * per token and rule. A press release says `của`, `và`, `các`, `tỉnh` hundreds
 * of times; this is where those repetitions stop costing.
 */
import { FLAG_INVISIBLE, FLAG_MARK } from '../parse/prose.js'
import { stripInvisible } from '../vietnamese/chars.js'
import { cachedToneKey } from '../vietnamese/tone-key-cache.js'

/** The tokenizer flags that change a text's forms. */
const FORM_FLAGS = FLAG_MARK | FLAG_INVISIBLE

/** One token text and its derived forms (computed on first use). */
export class TokenForm {
  private lowerCache: string | undefined
  private toneKeyCache: string | undefined

  constructor(
    readonly text: string,
    /** `FLAG_MARK` and `FLAG_INVISIBLE` of the text as the tokenizer set them. */
    readonly flags: number,
  ) {}

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

const forms = new Map<string, TokenForm>()
/** Distinct texts kept; past this the table starts afresh, so a long batch keeps flat memory. */
const LIMIT = 100_000

/** The shared form of `text` with tokenizer `flags`. */
export function tokenForm(text: string, flags: number): TokenForm {
  const formFlags = flags & FORM_FLAGS
  let form = forms.get(text)
  if (form === undefined) {
    if (forms.size >= LIMIT) forms.clear()
    form = new TokenForm(text, formFlags)
    forms.set(text, form)
  } else if (form.flags !== formFlags) {
    // The same text flagged otherwise (a link keeps its marks unflagged): not shared.
    return new TokenForm(text, formFlags)
  }
  return form
}
