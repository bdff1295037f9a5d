/**
 * The syllable lexicon: which well-formed syllables are Vietnamese words or
 * parts of words. Two sources, each read once per process on first use:
 * dictionary-vi (Hunspell, 6,631 entries; GPL-2.0, a dependency whose data is
 * never copied into this repository) and the syllables of the Viet74K word
 * list kept in the committed tables (docs/data-provenance.md). dictionary-vi
 * alone misses common syllables (`trừu`, `Huế`, `điềm`, `hễ`), which is why
 * nspell with it flags correct text.
 */
import dictionary from 'dictionary-vi'
import nspell from 'nspell'
import { IN_WORD_LIST, languageTables, WELL_FORMED } from './language-tables.js'
import { syllableKey } from './syllable-key.js'
import { toneKey } from './tone.js'

/**
 * The entries of dictionary-vi. Its affix file has no affix rules (only TRY,
 * MAP and REP), so its stems are its words and are read straight from the
 * .dic (2 ms); should a later version add SFX or PFX rules, the words are
 * expanded through nspell instead (measured 40–70 ms to construct).
 */
function dictionaryWords(): string[] {
  const aff = new TextDecoder().decode(dictionary.aff)
  if (/^(?:SFX|PFX)\s/mu.test(aff)) return Object.keys(nspell(dictionary).data)
  return new TextDecoder()
    .decode(dictionary.dic)
    .split('\n')
    .slice(1)
    .map((line) => line.split('/')[0]!.trim())
    .filter(Boolean)
}

/** Where a syllable of the lexicon comes from. */
export const enum LexiconSource {
  DictionaryVi = 1,
  WordList = 2,
}

/** Folded syllable key (`syllableKey`) → sources bit set. */
export interface Lexicon {
  /** Sources of a folded key, 0 when the lexicon lacks it. */
  sourcesOf(key: string): number
  /** Whether a syllable as written (any case, either tone placement) is in the lexicon. */
  has(syllable: string): boolean
  /** Every folded key of the lexicon. */
  keys(): IterableIterator<string>
  /** Keys of dictionary-vi before folding (`kỳ` → `ky2`): to tell which i/y spelling it lists. */
  hasDictionaryKey(toneKey: string): boolean
}

let shared: Lexicon | undefined

/** The process-wide lexicon, built on first use. */
export function lexicon(): Lexicon {
  shared ??= buildLexicon()
  return shared
}

function buildLexicon(): Lexicon {
  const sources = new Map<string, number>()
  const exact = new Set<string>()
  for (const word of dictionaryWords()) {
    // Acronyms and loans of the list (`HĐND`, `email`) come in too: they are words, and no edit of a
    // syllable is checked against the lexicon without the grammar accepting it first.
    const key = syllableKey(word)
    exact.add(toneKey(word))
    sources.set(key, (sources.get(key) ?? 0) | LexiconSource.DictionaryVi)
  }
  const tables = languageTables()
  for (let id = 3; id < tables.vocab.length; id++) {
    // A well-formed syllable of a word-list entry (flagged at build time: `a-ba-giua` gives `giua`, not `ba-giua`).
    if ((tables.wordList[id]! & (IN_WORD_LIST | WELL_FORMED)) !== (IN_WORD_LIST | WELL_FORMED)) continue
    const key = tables.vocab[id]!
    sources.set(key, (sources.get(key) ?? 0) | LexiconSource.WordList)
  }
  const cache = new Map<string, boolean>()
  return {
    sourcesOf: (key) => sources.get(key) ?? 0,
    has(syllable) {
      let known = cache.get(syllable)
      if (known === undefined) {
        known = sources.has(syllableKey(syllable))
        if (cache.size > 20_000) cache.clear()
        cache.set(syllable, known)
      }
      return known
    },
    keys: () => sources.keys(),
    hasDictionaryKey: (toneKey) => exact.has(toneKey),
  }
}
