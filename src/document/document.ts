/**
 * The document model, built once per file and shared by every rule. Each part
 * is computed on first use: parsing, block kinds, sentences and tokens, the
 * nlcst tree, and any layer a rule asks for.
 */
import type { Root as NlcstRoot } from 'nlcst'
import { parseSource } from '../parse/index.js'
import type { BlockHint, DocumentFormat, ParsedSource, SourceComment } from '../parse/types.js'
import { classifyBlocks } from './classify.js'
import type { Layer } from './layer.js'
import { LineIndex } from './line-index.js'
import { toNlcst } from './nlcst.js'
import { Block, type Sentence, type Token } from './nodes.js'

/** Options of a document. */
export interface DocumentOptions {
  format: DocumentFormat
  filePath?: string
  /** What the original markup said each line is (text extracted from a Word file: its headings). */
  lineHints?: ReadonlyArray<BlockHint | undefined>
}

/** A parsed source file as rules see it. */
export class SoatDocument {
  readonly format: DocumentFormat
  readonly filePath: string | undefined
  private readonly lineHints: ReadonlyArray<BlockHint | undefined> | undefined
  private parsedCache: ParsedSource | undefined
  private blocksCache: Block[] | undefined
  private linesCache: LineIndex | undefined
  private sentencesCache: Sentence[] | undefined
  private wordsCache: Token[] | undefined
  private classified = false
  private readonly layers = new Map<Layer<unknown>, unknown>()

  constructor(
    /** The original text, untouched: every offset points into it. */
    readonly text: string,
    options: DocumentOptions,
  ) {
    this.format = options.format
    this.filePath = options.filePath
    this.lineHints = options.lineHints
  }

  private get parsed(): ParsedSource {
    this.parsedCache ??= parseSource(this.text, this.format, this.lineHints ? { lineHints: this.lineHints } : {})
    return this.parsedCache
  }

  /** Comments in the source (`<!-- … -->`), carriers of inline directives. */
  get comments(): SourceComment[] {
    return this.parsed.comments
  }

  /** The prose blocks in source order. */
  get blocks(): Block[] {
    this.blocksCache ??= this.parsed.blocks.map((raw, index) => new Block(this, index, raw.prose, raw.hint))
    return this.blocksCache
  }

  /** Line index of the source. */
  get lines(): LineIndex {
    this.linesCache ??= new LineIndex(this.text)
    return this.linesCache
  }

  /** Every sentence of every block. */
  get sentences(): Sentence[] {
    if (!this.sentencesCache) {
      const sentences: Sentence[] = []
      for (const block of this.blocks) for (const sentence of block.sentences) sentences.push(sentence)
      this.sentencesCache = sentences
    }
    return this.sentencesCache
  }

  /** Every word token of the document. */
  get words(): Token[] {
    if (!this.wordsCache) {
      const words: Token[] = []
      for (const block of this.blocks) for (const word of block.words) words.push(word)
      this.wordsCache = words
    }
    return this.wordsCache
  }

  /** The headline block, if the document has one. */
  get title(): Block | undefined {
    return this.blocks.find((b) => b.kind === 'title')
  }

  /** Classify blocks (title, lead, caption, byline, paragraph); called on first use of `Block.kind`. */
  classifyBlocks(): void {
    if (this.classified) return
    this.classified = true
    classifyBlocks(this.blocks)
  }

  /** The value of `layer` for this document, built on first use. */
  layer<T>(layer: Layer<T>): T {
    if (!this.layers.has(layer as Layer<unknown>)) this.layers.set(layer as Layer<unknown>, layer.build(this))
    return this.layers.get(layer as Layer<unknown>) as T
  }

  /** The prose as an nlcst tree (RootNode › ParagraphNode › SentenceNode › WordNode…), with source positions. */
  nlcst(): NlcstRoot {
    return toNlcst(this)
  }

  /** The source text of a range. */
  slice(start: number, end: number): string {
    return this.text.slice(start, end)
  }
}
