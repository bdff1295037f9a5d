/**
 * Markdown through remark: paragraphs, headings, list items, quotes and table
 * cells become blocks; code, inline code and HTML are not prose; HTML comments
 * carry inline directives.
 */
import type { Heading, Nodes, Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { appendAligned } from './align.js'
import { MappedText } from './mapped-text.js'
import type { BlockHint, ParsedSource, RawBlock, SourceComment } from './types.js'

const processor = unified().use(remarkParse)

const COMMENT_RE = /<!--([\s\S]*?)-->/g

function collectInline(node: Nodes, source: string, out: MappedText): void {
  switch (node.type) {
    case 'text': {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) return
      appendAligned(out, node.value, source, start, end)
      return
    }
    case 'inlineCode':
    case 'html':
    case 'image':
    case 'imageReference':
    case 'footnoteReference': {
      // Not prose: keep the words on either side apart.
      const at = node.position?.start.offset ?? 0
      out.appendSynthetic(' ', at)
      return
    }
    case 'break': {
      out.appendSynthetic('\n', node.position?.start.offset ?? 0)
      return
    }
    default:
      if ('children' in node) for (const child of node.children as Nodes[]) collectInline(child, source, out)
  }
}

function walk(node: Nodes, source: string, hint: BlockHint, blocks: RawBlock[], comments: SourceComment[]): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'tableCell': {
      const prose = new MappedText()
      collectInline(node, source, prose)
      let blockHint: BlockHint = hint
      if (node.type === 'heading') blockHint = (node as Heading).depth === 1 ? 'title' : 'heading'
      else if (node.type === 'tableCell') blockHint = 'table-cell'
      if (prose.text.trim().length > 0) blocks.push({ prose, hint: blockHint })
      // Comments inside a paragraph (inline html) still carry directives.
      collectComments(node, source, comments)
      return
    }
    case 'html': {
      collectComments(node, source, comments)
      return
    }
    case 'code':
    case 'definition':
    case 'yaml' as Nodes['type']:
      return
    case 'listItem':
      for (const child of node.children) walk(child, source, 'list-item', blocks, comments)
      return
    case 'blockquote':
      for (const child of node.children) walk(child, source, 'quote', blocks, comments)
      return
    default:
      if ('children' in node) for (const child of node.children as Nodes[]) walk(child, source, hint, blocks, comments)
  }
}

function collectComments(node: Nodes, source: string, comments: SourceComment[]): void {
  if (node.type === 'html') {
    const base = node.position?.start.offset ?? 0
    const raw = source.slice(base, node.position?.end.offset ?? base)
    for (const m of raw.matchAll(COMMENT_RE)) {
      comments.push({ value: m[1]!, start: base + m.index, end: base + m.index + m[0].length })
    }
    return
  }
  if ('children' in node) for (const child of node.children as Nodes[]) collectComments(child, source, comments)
}

/** Parse Markdown into prose blocks and comments. */
export function parseMarkdown(source: string): ParsedSource {
  const tree = processor.parse(source) as Root
  const blocks: RawBlock[] = []
  const comments: SourceComment[] = []
  walk(tree, source, 'paragraph', blocks, comments)
  comments.sort((a, b) => a.start - b.start)
  return { blocks, comments }
}
