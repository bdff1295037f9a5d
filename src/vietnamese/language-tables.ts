/**
 * The syllable tables built by scripts/build-language-tables.mjs (provenance in
 * docs/data-provenance.md): a vocabulary of tone-normalised syllable keys,
 * bigram counts per text source and the adjacent syllable pairs of the
 * Viet74K compounds. Read once per process, on first use, in a few
 * milliseconds.
 *
 * Format of `src/vietnamese/tables/syllables.bin`: sorted fixed-width arrays,
 * little-endian, each section aligned to 4 bytes, so that loading is a few
 * typed-array views and no decoding loop (a varint-coded file of the same
 * tables took 55 ms to decode cold, these views take under 5):
 * `SOATLM2\n`; u32 length + JSON header (sources, licences, hashes); u32
 * length + the vocabulary, UTF-8 keys joined by `\n` (ids 0–2 are the
 * boundary `<b>`, `<unk>` and `<num>`, then by frequency); u32 V (keys), E
 * (bigram entries), S (sources); u8 word-list flags [V]; u32 rowStart [V+1];
 * per source u32 continuation counts [V] (how many distinct keys precede
 * each key); u16 right [E] (right id, ascending within a row, bit 15 set when
 * the pair occurs inside a Viet74K compound); per source u16 counts [E].
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { packageRoot } from '../paths.js'

/** Id of the boundary token (start or end of a sentence or clause). */
export const BOUNDARY_ID = 0
/** Id of anything that is not a syllable (links, foreign symbols). */
export const UNKNOWN_ID = 1
/** Id of a number. */
export const NUMBER_ID = 2

/** Word-list flag: the syllable occurs in a Viet74K entry. */
export const IN_WORD_LIST = 1
/** Word-list flag: the syllable is a Viet74K entry by itself. */
export const WORD_LIST_ENTRY = 2
/** Word-list flag: the syllable of the entry is well-formed (the syllable grammar accepts it). */
export const WELL_FORMED = 4

/** A source of counts, as the header records it. */
export interface TableSource {
  id: string
  what: string
  license: string
  sha256: string
  package?: string
  syllables?: number
  words?: number
}

/** The decoded tables. */
export interface LanguageTables {
  header: { format: string; sources: TableSource[] }
  /** Keys by id (`toneKey` of each syllable). */
  vocab: string[]
  /** Key → id. */
  ids: Map<string, number>
  /** Word-list flags by id. */
  wordList: Uint8Array
  /** Row `i` (pairs whose left key is `i`) holds entries `rowStart[i]` … `rowStart[i + 1] − 1`. */
  rowStart: Uint32Array
  /** Per source: how many distinct keys precede each key (Kneser-Ney continuation counts). */
  continuation: Uint32Array[]
  /** Right id of each entry (bit 15: inside a compound), ascending within a row. */
  right: Uint16Array
  /** Counts of each entry, one array per source (in header order). */
  counts: Uint16Array[]
}

/** Bit of `right` set when the pair occurs inside a Viet74K compound. */
export const COMPOUND_BIT = 0x8000
/** Mask of `right` giving the right id. */
export const RIGHT_MASK = 0x7fff

/** Where the committed tables are. */
export const tablesPath = join(packageRoot, 'src/vietnamese/tables/syllables.bin')

const MAGIC = 'SOATLM2\n'

/** Read the tables from their bytes (views into them, no copy when aligned). */
export function decodeTables(bytes: Uint8Array): LanguageTables {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('soat: the syllable tables need a little-endian machine')
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice()
  const buffer = bytes.buffer
  const base = bytes.byteOffset
  const decoder = new TextDecoder()
  const magic = decoder.decode(bytes.subarray(0, MAGIC.length))
  if (magic !== MAGIC) throw new Error(`soat: ${tablesPath} is not a syllable table (${JSON.stringify(magic)})`)
  let pos = MAGIC.length
  const align = (): void => {
    pos += (4 - (pos % 4)) % 4
  }
  const u32 = (): number => {
    const n = new DataView(buffer, base + pos, 4).getUint32(0, true)
    pos += 4
    return n
  }
  const text = (): string => {
    const length = u32()
    const value = decoder.decode(bytes.subarray(pos, pos + length))
    pos += length
    align()
    return value
  }
  function view<T>(make: (buffer: ArrayBufferLike, offset: number, length: number) => T, length: number, width: number): T {
    const array = make(buffer, base + pos, length)
    pos += length * width
    align()
    return array
  }
  const u8 = (n: number): Uint8Array => view((b, o, l) => new Uint8Array(b, o, l), n, 1)
  const u16 = (n: number): Uint16Array => view((b, o, l) => new Uint16Array(b, o, l), n, 2)
  const u32s = (n: number): Uint32Array => view((b, o, l) => new Uint32Array(b, o, l), n, 4)

  const header = JSON.parse(text()) as LanguageTables['header']
  const vocab = text().split('\n')
  const V = u32()
  const E = u32()
  const S = u32()
  if (V !== vocab.length) throw new Error(`soat: ${tablesPath} is damaged (${V} keys announced, ${vocab.length} found)`)
  const wordList = u8(V)
  const rowStart = u32s(V + 1)
  const continuation = Array.from({ length: S }, () => u32s(V))
  const right = u16(E)
  const counts = Array.from({ length: S }, () => u16(E))
  if (pos !== bytes.length) throw new Error(`soat: ${tablesPath} is damaged (${bytes.length - pos} bytes left over)`)
  const ids = new Map<string, number>()
  for (let i = 0; i < V; i++) ids.set(vocab[i]!, i)
  return { header, vocab, ids, wordList, rowStart, continuation, right, counts }
}

let loaded: LanguageTables | undefined

/** The committed tables, read on first use and kept for the process. */
export function languageTables(): LanguageTables {
  loaded ??= decodeTables(readFileSync(tablesPath))
  return loaded
}

/** Index of the entry (`left`, `right`) in the tables, or −1. */
export function findEntry(tables: LanguageTables, left: number, right: number): number {
  let lo = tables.rowStart[left]!
  let hi = tables.rowStart[left + 1]! - 1
  const rights = tables.right
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const r = rights[mid]! & RIGHT_MASK
    if (r === right) return mid
    if (r < right) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}
