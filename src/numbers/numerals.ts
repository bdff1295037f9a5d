/**
 * The numeral layer of the document model: every quantity, date and other
 * numeral of a document, read once and shared by all the numeric rules
 * (`context.document.layer(numerals)`).
 */
import type { SoatDocument } from '../document/document.js'
import { defineLayer } from '../document/layer.js'
import type { Sentence } from '../document/nodes.js'
import { markDatelines } from './dates.js'
import { type ScanOutput, scanSentence } from './scan.js'
import type { DateMention, Numerals, Quantity } from './types.js'
import { numeralWords } from './word-lists.js'

const NONE: readonly never[] = []

function groupBy<T extends { sentence: Sentence }>(items: readonly T[]): Map<Sentence, T[]> {
  const map = new Map<Sentence, T[]>()
  for (const item of items) {
    const list = map.get(item.sentence)
    if (list) list.push(item)
    else map.set(item.sentence, [item])
  }
  return map
}

/** Read the numerals of `document`. */
export function readNumerals(document: SoatDocument): Numerals {
  const words = numeralWords()
  const out: ScanOutput = { quantities: [], dates: [], others: [] }
  for (const block of document.blocks) {
    const datesBefore = out.dates.length
    for (const sentence of block.sentences) scanSentence(sentence, words, out)
    if (out.dates.length > datesBefore) markDatelines(block, out.dates.slice(datesBefore), out.others)
  }
  let quantitiesBySentence: Map<Sentence, Quantity[]> | undefined
  let datesBySentence: Map<Sentence, DateMention[]> | undefined
  return {
    ...out,
    quantitiesOf(sentence) {
      quantitiesBySentence ??= groupBy(out.quantities)
      return quantitiesBySentence.get(sentence) ?? NONE
    },
    datesOf(sentence) {
      datesBySentence ??= groupBy(out.dates)
      return datesBySentence.get(sentence) ?? NONE
    },
  }
}

/** The numeral layer: `context.document.layer(numerals)`. */
export const numerals = defineLayer('numerals', readNumerals)

export type * from './types.js'
