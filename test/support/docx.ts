/** Word files made in tests with the `docx` package, as an editor's draft would be saved. */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'

/** One Word paragraph: plain text, or a heading, or runs with soft line breaks (`\n`). */
export type DocxParagraph = string | { text: string; heading?: 'title' | 'h1' | 'h2'; bold?: boolean }

const HEADINGS = { title: HeadingLevel.TITLE, h1: HeadingLevel.HEADING_1, h2: HeadingLevel.HEADING_2 } as const

function paragraph(p: DocxParagraph): Paragraph {
  const spec = typeof p === 'string' ? { text: p } : p
  const runs = spec.text.split('\n').map((text, i) => new TextRun({ text, ...(i > 0 ? { break: 1 } : {}), ...(spec.bold ? { bold: true } : {}) }))
  return new Paragraph({ children: spec.text === '' ? [] : runs, ...(spec.heading ? { heading: HEADINGS[spec.heading] } : {}) })
}

/** A .docx holding `paragraphs`, one Word paragraph each. */
export async function makeDocx(paragraphs: readonly DocxParagraph[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map(paragraph) }] }))
}

/** A .docx with one paragraph per line of `text` (empty lines become empty paragraphs). */
export function docxFromText(text: string): Promise<Buffer> {
  return makeDocx(text.split('\n'))
}
