/**
 * Word drafts (.docx): mammoth reads the file into simple HTML, and that HTML
 * is flattened into plain text with one Word paragraph per line. Headings keep
 * their own line and say what they are (line hints for the plain-text parser);
 * list items, table cells and captions too. A soft line break (Shift+Enter)
 * stays a line break inside its paragraph. Footnote and endnote markers that
 * mammoth adds (“[1]”, “↑”) are left out; the notes' own paragraphs follow the
 * body, as mammoth puts them. Images, headers and footers are not read.
 *
 * Findings in a Word file point into this extracted text: the paragraph
 * (counted as Word counts them, empty paragraphs included) and the character
 * within it (UTF-16 code units, from 1). They are not positions in the file's
 * bytes, which are compressed XML. This module is imported only when a .docx
 * is linted, so mammoth costs nothing to plain-text runs.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast'
import mammoth from 'mammoth'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { SoatError } from '../errors.js'
import type { BlockHint } from './types.js'

/** The text of a Word file as soát lints it. */
export interface ExtractedDocx {
  /** The paragraphs, one per line (a soft line break adds a line inside its paragraph). */
  text: string
  /** What each line of `text` is (`title`, `heading`, `list-item`…), by 0-based line; undefined for ordinary paragraphs. */
  lineHints: Array<BlockHint | undefined>
  /** Offset in `text` where each paragraph starts: paragraph n (from 1) starts at `paragraphStarts[n - 1]`. */
  paragraphStarts: number[]
}

/** Word's Title and Subtitle styles are headings too; captions keep their role. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='caption'] => p.caption:fresh",
]

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
/** OLE compound file: how Word stores a password-protected .docx, and the old .doc format. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b)
}

/** Whether an OLE compound file holds an encrypted OOXML package (its `EncryptionInfo` stream). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = Buffer.from('EncryptionInfo', 'utf16le')
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name)
}

const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const CONTAINER_TAGS = new Set(['ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'dl', 'dd', 'dt', 'div', 'blockquote'])
const SKIPPED_TAGS = new Set(['img', 'input'])

interface Paragraph {
  text: string
  hint: BlockHint | undefined
}

function classNames(node: Element): string[] {
  const value = node.properties?.['className']
  return Array.isArray(value) ? value.map(String) : []
}

function href(node: Element): string {
  const value = node.properties?.['href']
  return typeof value === 'string' ? value : ''
}

/** A note's back-link (“↑”) or a note reference (“[1]”): mammoth's markers, not the author's text. */
function isNoteMarker(node: Element): boolean {
  if (node.tagName === 'a') return /^#(?:footnote|endnote|comment)-/u.test(href(node))
  if (node.tagName === 'sup') {
    const children = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''))
    return children.length > 0 && children.every((c) => c.type === 'element' && c.tagName === 'a' && /^#(?:footnote|endnote)-\d/u.test(href(c)))
  }
  return false
}

class Flattener {
  readonly paragraphs: Paragraph[] = []

  block(nodes: readonly (RootContent | ElementContent)[], hint: BlockHint | undefined): void {
    for (const node of nodes) {
      if (node.type !== 'element') {
        // Text outside any paragraph (mammoth does not write it) becomes a paragraph of its own.
        if (node.type === 'text' && node.value.trim() !== '') this.paragraphs.push({ text: node.value, hint })
        continue
      }
      const tag = node.tagName
      if (PARAGRAPH_TAGS.has(tag)) this.paragraph(node.children, this.hintOf(node, hint))
      else if (tag === 'li') this.listItem(node)
      else if (tag === 'td' || tag === 'th') this.cell(node)
      else if (CONTAINER_TAGS.has(tag)) this.block(node.children, tag === 'blockquote' ? 'quote' : hint)
      else if (!SKIPPED_TAGS.has(tag) && !isNoteMarker(node)) this.paragraph([node], hint)
    }
  }

  private hintOf(node: Element, inherited: BlockHint | undefined): BlockHint | undefined {
    if (node.tagName === 'h1') return 'title'
    if (/^h[2-6]$/u.test(node.tagName)) return 'heading'
    if (classNames(node).includes('caption')) return 'caption'
    return inherited
  }

  private paragraph(children: readonly ElementContent[], hint: BlockHint | undefined): void {
    const paragraph: Paragraph = { text: '', hint }
    this.inline(children, paragraph)
    this.paragraphs.push(paragraph)
  }

  private inline(children: readonly ElementContent[], paragraph: Paragraph): void {
    for (const node of children) {
      if (node.type === 'text') paragraph.text += node.value
      else if (node.type === 'element') {
        if (node.tagName === 'br') paragraph.text += '\n'
        else if (SKIPPED_TAGS.has(node.tagName)) continue
        else if (isNoteMarker(node)) {
          // mammoth writes “ ↑” at the end of a note: drop the space it added too.
          if (/-ref-/u.test(href(node)) && paragraph.text.endsWith(' ')) paragraph.text = paragraph.text.slice(0, -1)
        } else this.inline(node.children, paragraph)
      }
    }
  }

  /** A list item holds its paragraph's runs, then perhaps a nested list (or, for notes, paragraphs). */
  private listItem(node: Element): void {
    const inline: ElementContent[] = []
    const blocks: ElementContent[] = []
    for (const child of node.children) {
      const isBlock = child.type === 'element' && (PARAGRAPH_TAGS.has(child.tagName) || CONTAINER_TAGS.has(child.tagName))
      if (isBlock || blocks.length > 0) blocks.push(child)
      else inline.push(child)
    }
    if (inline.length > 0 || blocks.length === 0) this.paragraph(inline, 'list-item')
    this.block(blocks, 'list-item')
  }

  /** A table cell holds paragraphs; an empty cell is one empty paragraph, as in Word. */
  private cell(node: Element): void {
    const before = this.paragraphs.length
    this.block(node.children, 'table-cell')
    if (this.paragraphs.length === before) this.paragraphs.push({ text: '', hint: 'table-cell' })
  }
}

/** Flatten mammoth's HTML into paragraphs, one per line. */
export function flattenDocxHtml(html: string): ExtractedDocx {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root
  const flattener = new Flattener()
  flattener.block(tree.children, undefined)
  let text = ''
  const lineHints: Array<BlockHint | undefined> = []
  const paragraphStarts: number[] = []
  flattener.paragraphs.forEach((paragraph, i) => {
    if (i > 0) text += '\n'
    paragraphStarts.push(text.length)
    text += paragraph.text
    for (let k = paragraph.text.split('\n').length; k > 0; k--) lineHints.push(paragraph.hint)
  })
  return { text, lineHints, paragraphStarts }
}

/**
 * Read a .docx. A password-protected file, an old .doc renamed, and anything
 * that is not a readable Word package are refused with an error naming `file`.
 */
export async function extractDocx(bytes: Uint8Array, file: string): Promise<ExtractedDocx> {
  if (startsWith(bytes, CFB_MAGIC)) {
    throw new SoatError(isEncryptedPackage(bytes) ? 'docxEncrypted' : 'docxLegacy', { file })
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new SoatError('docxInvalid', { file, detail: bytes.length === 0 ? 'empty file / tệp rỗng' : 'not a ZIP package / không phải gói ZIP' })
  }
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        ignoreEmptyParagraphs: false,
        includeDefaultStyleMap: true,
        styleMap: STYLE_MAP,
        // Images are not text: skip them without decoding their bytes.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    )
    html = result.value
  } catch (error) {
    throw new SoatError('docxInvalid', { file, detail: (error as Error).message.replace(/\s*If it is, see https?:\S+/u, '').trim() })
  }
  return flattenDocxHtml(html)
}
