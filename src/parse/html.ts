/**
 * HTML through rehype: block-level elements (p, h1–h6, li, figcaption, td…)
 * delimit prose blocks; text inside inline elements joins its block; scripts,
 * styles, code and the document head are not prose; comments carry inline
 * directives. Entities are aligned so positions point into the source.
 */
import type { Element, Nodes, Root } from 'hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { appendAligned } from './align.js'
import { MappedText } from './mapped-text.js'
import type { BlockHint, ParsedSource, RawBlock, SourceComment } from './types.js'

const processor = unified().use(rehypeParse)

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
])
const SKIPPED_TAGS = new Set(['head', 'script', 'style', 'noscript', 'template', 'pre', 'svg', 'math', 'iframe', 'object', 'textarea', 'select'])
const OPAQUE_INLINE_TAGS = new Set(['code', 'kbd', 'samp', 'var', 'img', 'input'])

function hintOf(tag: string, inherited: BlockHint): BlockHint {
  switch (tag) {
    case 'h1':
      return 'title'
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return 'heading'
    case 'li':
    case 'dt':
    case 'dd':
      return 'list-item'
    case 'figcaption':
    case 'caption':
      return 'caption'
    case 'td':
    case 'th':
      return 'table-cell'
    case 'blockquote':
      return 'quote'
    case 'p':
      return inherited === 'quote' || inherited === 'list-item' || inherited === 'caption' ? inherited : 'paragraph'
    default:
      return inherited
  }
}

class BlockCollector {
  readonly blocks: RawBlock[] = []
  readonly comments: SourceComment[] = []
  private run = new MappedText()
  private runHint: BlockHint = 'paragraph'

  constructor(private readonly source: string) {}

  flush(): void {
    if (this.run.text.trim().length > 0) this.blocks.push({ prose: this.run, hint: this.runHint })
    this.run = new MappedText()
  }

  visit(node: Nodes, hint: BlockHint): void {
    switch (node.type) {
      case 'root':
        for (const child of node.children) this.visit(child, hint)
        return
      case 'comment': {
        const start = node.position?.start.offset
        const end = node.position?.end.offset
        if (start !== undefined && end !== undefined) this.comments.push({ value: node.value, start, end })
        return
      }
      case 'text': {
        const start = node.position?.start.offset
        const end = node.position?.end.offset
        if (start === undefined || end === undefined) return
        if (this.run.text.length === 0) this.runHint = hint
        appendAligned(this.run, node.value, this.source, start, end)
        return
      }
      case 'element':
        this.visitElement(node, hint)
        return
      default:
        return
    }
  }

  private visitElement(node: Element, hint: BlockHint): void {
    const tag = node.tagName
    if (SKIPPED_TAGS.has(tag)) return
    const at = node.position?.start.offset ?? 0
    if (tag === 'br') {
      this.run.appendSynthetic('\n', at)
      return
    }
    if (OPAQUE_INLINE_TAGS.has(tag)) {
      this.run.appendSynthetic(' ', at)
      return
    }
    if (!BLOCK_TAGS.has(tag)) {
      for (const child of node.children) this.visit(child, hint)
      return
    }
    this.flush()
    const inner = hintOf(tag, hint)
    for (const child of node.children) this.visit(child, inner)
    this.flush()
  }
}

/** Parse HTML into prose blocks and comments. */
export function parseHtml(source: string): ParsedSource {
  const tree = processor.parse(source) as Root
  const collector = new BlockCollector(source)
  collector.visit(tree, 'paragraph')
  collector.flush()
  collector.comments.sort((a, b) => a.start - b.start)
  return { blocks: collector.blocks, comments: collector.comments }
}
