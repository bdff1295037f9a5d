/**
 * Blocks, sentences and tokens of the document model. Offsets (`start`,
 * `end`) are UTF-16 offsets into the original source, so a finding built from
 * any of them points where the user wrote it.
 */
import type { MappedText } from '../parse/mapped-text.js'
import { FLAG_INVISIBLE, KIND_WORD, kindName, tokenizeProse, type TokenKind } from '../parse/prose.js'
import type { BlockHint } from '../parse/types.js'
import type { SoatDocument } from './document.js'
import { type TokenForm, tokenFormAt } from './token-form.js'

/** What a block is in a press release. */
export type BlockKind =
  | 'title'
  | 'lead'
  | 'heading'
  | 'paragraph'
  | 'caption'
  | 'byline'
  | 'list-item'
  | 'quote'
  | 'table-cell'

/** Anything with a source range. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** One token: a word, a run of whitespace, a punctuation mark or a symbol. */
export class Token implements Span {
  constructor(
    /** The token's text, kind and flags, shared with every token written the same way. */
    readonly form: TokenForm,
    readonly start: number,
    readonly end: number,
    readonly sentence: Sentence,
    /** Index among the sentence's tokens. */
    readonly index: number,
  ) {}

  /**
   * Offset of the token inside its block's prose text. Computed when asked (a sentence's tokens cover its prose
   * without gaps): kept off the token, which makes the model smaller, and asked only of links, brackets and figures.
   */
  get proseStart(): number {
    const tokens = this.sentence.tokens
    let offset = this.sentence.proseStart
    for (let k = 0; k < this.index; k++) offset += tokens[k]!.text.length
    return offset
  }

  /** Word, whitespace, punctuation or symbol. */
  get kind(): TokenKind {
    return this.form.kind
  }

  /** The token as written (prose text; equal to the source slice unless an entity was decoded). */
  get text(): string {
    return this.form.text
  }

  /** A URL, e-mail address or domain name. */
  get isLink(): boolean {
    return this.form.isLink
  }

  /** Whether the token holds an invisible character (zero-width space, soft hyphen…). */
  get hasInvisible(): boolean {
    return (this.form.flags & FLAG_INVISIBLE) !== 0
  }

  /** NFC, lower case, invisible characters removed: the key to compare words by. */
  get lower(): string {
    return this.form.lower
  }

  /** `lower` with its tone placement normalised (`Uỷ`, `ủy` → `uy3`): the key to compare syllables by. */
  get toneKey(): string {
    return this.form.toneKey
  }

  /** Whether this is a word. */
  get isWord(): boolean {
    return this.kind === 'word'
  }

  /** The token before this one in its sentence. */
  get previous(): Token | undefined {
    return this.sentence.tokens[this.index - 1]
  }

  /** The token after this one in its sentence. */
  get next(): Token | undefined {
    return this.sentence.tokens[this.index + 1]
  }
}

/** One sentence of a block. */
export class Sentence implements Span {
  readonly tokens: Token[] = []
  /** The word tokens only. */
  readonly words: Token[] = []

  constructor(
    readonly block: Block,
    /** Index among the block's sentences. */
    readonly index: number,
    readonly start: number,
    readonly end: number,
    /** Offsets of the sentence in its block's prose text. */
    readonly proseStart: number,
    readonly proseEnd: number,
  ) {}

  /** The sentence's text (prose). */
  get text(): string {
    return this.block.text.slice(this.proseStart, this.proseEnd)
  }

  /** Pairs of consecutive words with only whitespace between them. */
  *adjacentWords(): Generator<[Token, Token]> {
    const tokens = this.tokens
    for (let i = 0; i + 2 < tokens.length; i++) {
      const a = tokens[i]!
      if (a.kind !== 'word') continue
      const gap = tokens[i + 1]!
      const b = tokens[i + 2]!
      if (gap.kind === 'whitespace' && b.kind === 'word') yield [a, b]
    }
  }
}

/** One block: a line of plain text, a Markdown paragraph or heading, an HTML block element. */
export class Block implements Span {
  private sentencesCache: Sentence[] | undefined
  private wordsCache: Token[] | undefined
  /** Set by the document's classifier. */
  kindValue: BlockKind | undefined
  readonly start: number
  readonly end: number

  constructor(
    readonly document: SoatDocument,
    /** Index among the document's blocks. */
    readonly index: number,
    readonly prose: MappedText,
    /** What the markup said (plain text says `line`). */
    readonly hint: BlockHint,
  ) {
    const text = prose.text
    let s = 0
    let e = text.length
    while (s < e && /\s/u.test(text[s]!)) s++
    while (e > s && /\s/u.test(text[e - 1]!)) e--
    this.start = prose.toSourceStart(s)
    this.end = prose.toSourceEnd(e)
  }

  /** The block's prose text (may start or end with whitespace; see `start`/`end` for the trimmed range). */
  get text(): string {
    return this.prose.text
  }

  /** The trimmed prose text. */
  get trimmedText(): string {
    return this.prose.text.trim()
  }

  /** Title, lead, paragraph, caption, byline… */
  get kind(): BlockKind {
    if (this.kindValue === undefined) this.document.classifyBlocks()
    return this.kindValue!
  }

  /** 1-based line of the block's first character. */
  get line(): number {
    return this.document.lines.lineOf(this.start)
  }

  /** The block's sentences (tokenized on first use). */
  get sentences(): Sentence[] {
    if (!this.sentencesCache) this.sentencesCache = this.tokenize()
    return this.sentencesCache
  }

  /** All word tokens of the block. */
  get words(): Token[] {
    if (!this.wordsCache) this.sentencesCache = this.tokenize()
    return this.wordsCache!
  }

  /** Source offset of prose index `i` (start side). */
  sourceStart(i: number): number {
    return this.prose.toSourceStart(i)
  }

  /** Source offset of prose index `i` (end side). */
  sourceEnd(i: number): number {
    return this.prose.toSourceEnd(i)
  }

  private tokenize(): Sentence[] {
    const text = this.prose.text
    const { tokens: t, sentences } = tokenizeProse(text)
    const { starts, ends, kinds, flags } = t
    const prose = this.prose
    const shift = prose.uniformShift
    const words: Token[] = []
    const result = sentences.map((raw, index) => {
      const firstStart = starts[raw.firstToken]!
      const lastEnd = ends[raw.endToken - 1]!
      const sentence = new Sentence(this, index, prose.toSourceStart(firstStart), prose.toSourceEnd(lastEnd), firstStart, lastEnd)
      const tokens = sentence.tokens
      for (let k = raw.firstToken; k < raw.endToken; k++) {
        const start = starts[k]!
        const end = ends[k]!
        const kind = kinds[k]!
        const token = new Token(
          tokenFormAt(text, start, end, kindName(kind), flags[k]!),
          shift !== undefined ? start + shift : prose.toSourceStart(start),
          shift !== undefined ? end + shift : prose.toSourceEnd(end),
          sentence,
          k - raw.firstToken,
        )
        tokens.push(token)
        if (kind === KIND_WORD) {
          sentence.words.push(token)
          words.push(token)
        }
      }
      return sentence
    })
    this.wordsCache = words
    return result
  }
}
