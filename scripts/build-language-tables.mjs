// Builds src/vietnamese/tables/syllables.bin: syllable bigram counts from the @vntk/dictionary text and the
// laws of ../shared/data/vn-law, with the compounds of the Viet74K word list (docs/data-provenance.md).
// `--check` rebuilds in memory and compares with the committed file (skips, saying why, without ../shared).
// Run `npm run build` first: the tokenizer and tone keys come from dist/.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { BOUNDARY, Counts, NUMBER, readDictionaryText, readLawText, readWordList, syllableKey, UNKNOWN } from './lib/language-corpus.mjs'
import { encodeTables } from './lib/language-tables-format.mjs'
import { isSyllable } from '../dist/src/vietnamese/syllable.js'

const require = createRequire(import.meta.url)
export const tablesFile = new URL('../src/vietnamese/tables/syllables.bin', import.meta.url).pathname

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex')
const version = (pkg) => require(`${pkg}/package.json`).version

/** Build the tables; undefined when the laws are not there. */
export function buildLanguageTables() {
  const laws = readLawText()
  if (!laws) return undefined
  const dictionary = readDictionaryText()
  const wordList = readWordList()

  const dictCounts = new Counts()
  for (const text of dictionary.texts) dictCounts.addText(text)
  const lawCounts = new Counts()
  for (const text of laws.texts) lawCounts.addText(text)

  const compoundPairs = new Set()
  const wordListFlags = new Map()
  const fixed = new Set([BOUNDARY, UNKNOWN, NUMBER])
  for (const word of wordList.words) {
    const parts = word.split(/[\s\-\u2010\u2011]+/u).filter(Boolean)
    const keys = parts.map(syllableKey)
    if (keys.some((k) => fixed.has(k))) continue
    keys.forEach((k, i) => {
      const flags = (keys.length === 1 ? 3 : 1) | (isSyllable(parts[i].toLowerCase()) ? 4 : 0)
      wordListFlags.set(k, (wordListFlags.get(k) ?? 0) | flags)
    })
    for (let i = 1; i < keys.length; i++) compoundPairs.add(keys[i - 1] + '\t' + keys[i])
  }

  const header = {
    format: 'soat syllable tables 1',
    built: 'scripts/build-language-tables.mjs',
    sources: [
      {
        id: 'vntk-text',
        what: 'definitions and examples of @vntk/dictionary',
        package: `@vntk/dictionary@${version('@vntk/dictionary')}`,
        license: 'MIT',
        file: dictionary.file,
        sha256: dictionary.sha256,
        syllables: dictCounts.tokens,
      },
      {
        id: 'vn-law',
        what: '108 Vietnamese laws and codes (Vietnamese Legal Corpus, underthesea resources)',
        license: 'not subject to copyright (Law on Intellectual Property, Article 15)',
        file: '../shared/data/vn-law/*.txt',
        files: laws.files,
        sha256: laws.sha256,
        syllables: lawCounts.tokens,
      },
      {
        id: 'viet74k',
        what: 'the Viet74K word list of @vntk/dictionary: compounds and word-list syllables',
        package: `@vntk/dictionary@${version('@vntk/dictionary')}`,
        license: 'MIT',
        file: wordList.file,
        sha256: wordList.sha256,
        words: wordList.words.length,
      },
    ],
  }
  return encodeTables({ bigrams: [dictCounts.bigrams, lawCounts.bigrams], compoundPairs, wordListFlags, header })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check')
  const bytes = buildLanguageTables()
  if (!bytes) {
    console.log('build-language-tables: skipped, ../shared/data/vn-law is not here (the committed tables stay as they are)')
    process.exit(0)
  }
  if (check) {
    const committed = existsSync(tablesFile) ? sha256(readFileSync(tablesFile)) : 'missing'
    const rebuilt = sha256(bytes)
    if (committed !== rebuilt) {
      console.error(`build-language-tables: src/vietnamese/tables/syllables.bin differs from a rebuild (${committed} ≠ ${rebuilt})`)
      process.exit(1)
    }
    console.log(`build-language-tables: the committed tables rebuild byte for byte (sha256 ${rebuilt})`)
  } else {
    writeFileSync(tablesFile, bytes)
    console.log(`build-language-tables: wrote ${bytes.length} bytes, sha256 ${sha256(bytes)}`)
  }
}
