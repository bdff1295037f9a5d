// Writes the binary syllable tables read by src/vietnamese/language-tables.ts (the format is described there).
import { BOUNDARY, NUMBER, UNKNOWN } from './language-corpus.mjs'

/** Growable byte buffer. */
class Writer {
  bytes = new Uint8Array(1 << 20)
  length = 0

  ensure(n) {
    if (this.length + n <= this.bytes.length) return
    let size = this.bytes.length * 2
    while (size < this.length + n) size *= 2
    const next = new Uint8Array(size)
    next.set(this.bytes.subarray(0, this.length))
    this.bytes = next
  }


  raw(bytes) {
    this.ensure(bytes.length)
    this.bytes.set(bytes, this.length)
    this.length += bytes.length
  }


  result() {
    return this.bytes.slice(0, this.length)
  }
}

export const MAGIC = 'SOATLM2\n'
const FIXED = [BOUNDARY, UNKNOWN, NUMBER]
const COMPOUND_BIT = 0x8000

/** Compare strings by UTF-16 code units (locale-free, so the order never depends on the machine). */
export function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Encode the tables (layout in src/vietnamese/language-tables.ts).
 * @param {object} input
 * @param {Map<string, number>[]} input.bigrams per source: `a\tb` → count
 * @param {Set<string>} input.compoundPairs `a\tb` pairs inside word-list entries
 * @param {Map<string, number>} input.wordListFlags key → bit 1 (syllable of an entry) | bit 2 (an entry by itself) | bit 4 (well-formed)
 * @param {object} input.header provenance, stored as JSON
 */
export function encodeTables({ bigrams, compoundPairs, wordListFlags, header }) {
  // Vocabulary: the fixed tokens, then every key by total frequency, ties by key.
  const total = new Map()
  const note = (key, n) => total.set(key, (total.get(key) ?? 0) + n)
  for (const source of bigrams) for (const [pair, n] of source) note(pair.slice(0, pair.indexOf('\t')), n)
  for (const pair of compoundPairs) for (const key of pair.split('\t')) note(key, 0)
  for (const key of wordListFlags.keys()) note(key, 0)
  for (const key of FIXED) total.delete(key)
  const vocab = [...FIXED, ...[...total].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0])).map(([k]) => k)]
  if (vocab.length >= COMPOUND_BIT) throw new Error(`${vocab.length} keys: the format holds fewer than ${COMPOUND_BIT}`)
  const id = new Map(vocab.map((k, i) => [k, i]))

  // Rows: left id → right id → [counts per source, compound flag].
  const rows = vocab.map(() => new Map())
  const cell = (pair) => {
    const tab = pair.indexOf('\t')
    const row = rows[id.get(pair.slice(0, tab))]
    const right = id.get(pair.slice(tab + 1))
    let entry = row.get(right)
    if (!entry) row.set(right, (entry = { counts: bigrams.map(() => 0), compound: 0 }))
    return entry
  }
  bigrams.forEach((source, s) => {
    for (const [pair, n] of source) cell(pair).counts[s] += n
  })
  for (const pair of compoundPairs) cell(pair).compound = 1

  const V = vocab.length
  const S = bigrams.length
  const E = rows.reduce((n, row) => n + row.size, 0)
  const rowStart = new Uint32Array(V + 1)
  const right = new Uint16Array(E)
  const counts = bigrams.map(() => new Uint16Array(E))
  const continuation = bigrams.map(() => new Uint32Array(V))
  let e = 0
  rows.forEach((row, left) => {
    rowStart[left] = e
    for (const r of [...row.keys()].sort((a, b) => a - b)) {
      const entry = row.get(r)
      right[e] = r | (entry.compound ? COMPOUND_BIT : 0)
      entry.counts.forEach((n, s) => {
        if (n > 0xffff) throw new Error(`count ${n} of ${vocab[left]} ${vocab[r]}: the format holds 16 bits`)
        counts[s][e] = n
        if (n > 0) continuation[s][r]++
      })
      e++
    }
  })
  rowStart[V] = e

  const w = new Writer()
  const align = () => w.raw(new Uint8Array((4 - (w.length % 4)) % 4))
  const u32 = (n) => w.raw(new Uint8Array(new Uint32Array([n]).buffer))
  const array = (typed) => {
    w.raw(new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength))
    align()
  }
  const text = (string) => {
    const bytes = new TextEncoder().encode(string)
    u32(bytes.length)
    w.raw(bytes)
    align()
  }
  w.raw(new TextEncoder().encode(MAGIC))
  text(JSON.stringify(header))
  text(vocab.join('\n'))
  u32(V)
  u32(E)
  u32(S)
  array(Uint8Array.from(vocab, (k) => wordListFlags.get(k) ?? 0))
  array(rowStart)
  for (const c of continuation) array(c)
  array(right)
  for (const c of counts) array(c)
  return w.result()
}
