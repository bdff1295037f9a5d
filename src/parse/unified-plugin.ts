/**
 * soát's prose parser as a unified plugin, so the unified collective works on
 * soát's trees: `unified().use(soatParse).use(someRetextPlugin)` parses plain
 * text into the same nlcst the rules see (Paragraph per line, Vietnamese-aware
 * sentences and words, positions in the original text).
 */
import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import { SoatDocument } from '../document/document.js'

/** Parse plain text into nlcst with soát's tokenizer. */
export const soatParse: Plugin<[], string, Root> = function soatParse() {
  this.parser = (text: string): Root => new SoatDocument(text, { format: 'text' }).nlcst()
}
