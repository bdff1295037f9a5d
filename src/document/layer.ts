/**
 * Lazy layers of the document model: numbers, names, acronyms… A layer is
 * built the first time a rule asks for it and shared by every rule after.
 */
import type { SoatDocument } from './document.js'

/** A named, lazily built view of a document. */
export interface Layer<T> {
  readonly name: string
  build(document: SoatDocument): T
}

/** Define a layer: `const numbers = defineLayer('numbers', (doc) => findQuantities(doc))`. */
export function defineLayer<T>(name: string, build: (document: SoatDocument) => T): Layer<T> {
  return { name, build }
}
