// Reads the text sources of the language tables (the @vntk/dictionary definitions and examples, the
// Viet74K word list, the laws of ../shared/data/vn-law) and counts syllable unigrams and bigrams.
// Shared by scripts/build-language-tables.mjs and bench/; run `npm run build` first (it uses dist/).
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { tokenize } from '../../dist/src/parse/prose.js'
import { syllableKey as keyOf } from '../../dist/src/vietnamese/syllable-key.js'

const require = createRequire(import.meta.url)

/** Where the sources live. */
export const vntkDir = dirname(require.resolve('@vntk/dictionary/package.json'))
export const lawDir = new URL('../../../shared/data/vn-law/', import.meta.url).pathname

/** The token standing for a sentence or clause boundary (start and end), and for anything that is not a syllable. */
export const BOUNDARY = '<b>'
export const UNKNOWN = '<unk>'
export const NUMBER = '<num>'

const HAS_DIGIT = /\p{Nd}/u
const ONLY_LETTERS = /^[\p{L}\p{M}]+$/u
const JOINERS = /[-\u2010\u2011'’_/]/u

const keyCache = new Map()
/** The model's key of one syllable as written (src/vietnamese/syllable-key.ts), `<unk>` when it is not letters. */
export function syllableKey(part) {
  let key = keyCache.get(part)
  if (key === undefined) {
    key = ONLY_LETTERS.test(part) ? keyOf(part) : UNKNOWN
    keyCache.set(part, key)
  }
  return key
}

/**
 * Split a text into runs of keys: a run breaks at punctuation and symbols (a boundary), a token with
 * a digit is `<num>`, a hyphenated word gives its syllables (`đầu-cuối`).
 */
export function* keyRuns(text) {
  const tokens = tokenize(text)
  let run = []
  for (const t of tokens) {
    if (t.kind === 'whitespace') continue
    if (t.kind !== 'word') {
      if (run.length) yield run
      run = []
      continue
    }
    const word = text.slice(t.start, t.end).normalize('NFC')
    if (t.link) run.push(UNKNOWN)
    else if (HAS_DIGIT.test(word)) run.push(NUMBER)
    else for (const part of word.split(JOINERS)) if (part) run.push(syllableKey(part))
  }
  if (run.length) yield run
}

/** Counts of one source: unigrams and bigrams (`a\tb`), boundaries included. */
export class Counts {
  unigrams = new Map()
  bigrams = new Map()
  tokens = 0

  addText(text) {
    for (const run of keyRuns(text)) {
      let prev = BOUNDARY
      for (const key of run) {
        this.unigrams.set(key, (this.unigrams.get(key) ?? 0) + 1)
        const pair = prev + '\t' + key
        this.bigrams.set(pair, (this.bigrams.get(pair) ?? 0) + 1)
        prev = key
        this.tokens++
      }
      const pair = prev + '\t' + BOUNDARY
      this.bigrams.set(pair, (this.bigrams.get(pair) ?? 0) + 1)
      this.unigrams.set(BOUNDARY, (this.unigrams.get(BOUNDARY) ?? 0) + 1)
    }
  }
}

/** A source file and the hash of its bytes, for the provenance record. */
function hashed(path) {
  const bytes = readFileSync(path)
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') }
}

/** The definitions and examples of @vntk/dictionary, one text per sentence-like piece, in a fixed order. */
export function readDictionaryText() {
  const file = join(vntkDir, 'data/dictionary.json')
  const { bytes, sha256 } = hashed(file)
  const entries = JSON.parse(bytes.toString('utf8'))
  const texts = []
  for (const head of Object.keys(entries).sort()) {
    for (const sense of entries[head]) {
      if (sense.definition) texts.push(sense.definition)
      if (sense.example) for (const ex of sense.example.split('~')) if (ex.trim()) texts.push(ex.trim())
    }
  }
  return { texts, file: 'node_modules/@vntk/dictionary/data/dictionary.json', sha256 }
}

/** The Viet74K word list of @vntk/dictionary (one word or compound a line). */
export function readWordList() {
  const file = join(vntkDir, 'data/Viet74K.txt')
  const { bytes, sha256 } = hashed(file)
  const words = bytes.toString('utf8').split('\n').map((w) => w.trim()).filter(Boolean)
  return { words, file: 'node_modules/@vntk/dictionary/data/Viet74K.txt', sha256 }
}

/** The laws, one text per line, files in name order; undefined when ../shared/data is absent. */
export function readLawText() {
  let names
  try {
    names = readdirSync(lawDir).filter((n) => n.endsWith('.txt')).sort()
  } catch {
    return undefined
  }
  const hash = createHash('sha256')
  const texts = []
  for (const name of names) {
    const { bytes, sha256 } = hashed(join(lawDir, name))
    hash.update(name + ' ' + sha256 + '\n')
    for (const line of bytes.toString('utf8').split(/\r?\n/)) if (line.trim()) texts.push(line)
  }
  return { texts, files: names.length, sha256: hash.digest('hex') }
}
