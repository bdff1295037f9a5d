/**
 * Flags page chrome scraped with the text: comment boxes, share prompts, skip
 * links, widgets. A phrase must be a whole sentence; weak phrases (`Trả lời`,
 * `Thời tiết`) count only inside a run of chrome at the top or bottom of the
 * page that also holds a strong one.
 */
import { blockRemoval } from '../../src/document/block-edits.js'
import type { Block, Sentence } from '../../src/document/nodes.js'
import { tokenize } from '../../src/parse/prose.js'
import { defineRule } from '../../src/engine/types.js'
import { collapseWhitespace } from '../../src/vietnamese/chars.js'

interface PhraseEntry {
  text?: string
  pattern?: string
  kind: string
  strength: 'strong' | 'weak'
  maxWords?: number
}

interface CompiledPhrases {
  byText: Map<string, PhraseEntry>
  patterns: Array<{ re: RegExp; entry: PhraseEntry }>
  /** No phrase is longer than this many words: longer sentences are never chrome. */
  maxWords: number
}

/** Word limit of a pattern without its own `maxWords`: chrome lines are short. */
const PATTERN_MAX_WORDS = 12

const compiledCache = new WeakMap<readonly PhraseEntry[], CompiledPhrases>()

/** Lower case, single spaces, no final punctuation: how a sentence is compared. */
function normalize(text: string): string {
  return collapseWhitespace(text.normalize('NFC').toLowerCase()).replace(/[\s.!?…:;,]+$/u, '')
}

function compile(phrases: readonly PhraseEntry[]): CompiledPhrases {
  let compiled = compiledCache.get(phrases)
  if (!compiled) {
    compiled = { byText: new Map(), patterns: [], maxWords: 0 }
    for (const entry of phrases) {
      if (entry.text !== undefined) {
        compiled.byText.set(normalize(entry.text), entry)
        compiled.maxWords = Math.max(compiled.maxWords, tokenize(entry.text).filter((t) => t.kind === 'word').length)
      } else if (entry.pattern !== undefined) {
        compiled.patterns.push({ re: new RegExp(entry.pattern, 'u'), entry })
        compiled.maxWords = Math.max(compiled.maxWords, entry.maxWords ?? PATTERN_MAX_WORDS)
      }
    }
    compiledCache.set(phrases, compiled)
  }
  return compiled
}

function classifySentence(sentence: Sentence, phrases: CompiledPhrases): PhraseEntry | undefined {
  if (sentence.words.length > phrases.maxWords) return undefined
  const key = normalize(sentence.text)
  const exact = phrases.byText.get(key)
  if (exact) return exact
  for (const { re, entry } of phrases.patterns) {
    if (sentence.words.length > (entry.maxWords ?? PATTERN_MAX_WORDS)) continue
    if (re.test(key)) return entry
  }
  return undefined
}

type BlockVerdict = 'strong' | 'weak' | 'short' | 'content'

/** Short lines that may sit inside a chrome run: bylines, leftover placeholders. */
const SHORT_BLOCK_WORDS = 6

export default defineRule({
  meta: {
    id: 'web-boilerplate',
    category: 'structure',
    level: 'error',
    fixable: false,
    hasSuggestions: true,
    description: {
      vi: 'Phần giao diện trang web (ô bình luận, lời mời chia sẻ, liên kết bỏ qua, tiện ích) bị chép lẫn vào bài.',
      en: 'Web page chrome (comment boxes, share prompts, skip links, widgets) scraped with the text.',
    },
    messages: {
      chrome: {
        vi: 'Phần giao diện trang web bị chép lẫn vào bài: “{text}”.',
        en: 'Web page chrome scraped with the text: “{text}”.',
      },
      removeLine: { vi: 'Xoá dòng này.', en: 'Remove this line.' },
    },
    data: { phrases: 'boilerplate-phrases.json' },
  },
  create(context) {
    const phrases = compile((context.data.phrases as { phrases: PhraseEntry[] }).phrases)
    return {
      document(document) {
        const blocks = document.blocks
        const matches = blocks.map((block) => block.sentences.map((s) => classifySentence(s, phrases)))
        const verdicts: BlockVerdict[] = blocks.map((block, i) => {
          const found = matches[i]!
          if (found.length > 0 && found.every((m) => m !== undefined)) {
            return found.some((m) => m!.strength === 'strong') ? 'strong' : 'weak'
          }
          return block.words.length <= SHORT_BLOCK_WORDS ? 'short' : 'content'
        })
        // Runs of chrome at the bottom and the top of the page: weak phrases count there if a strong one does too.
        const inChromeRun = new Array<boolean>(blocks.length).fill(false)
        const markRun = (indexes: number[]): void => {
          if (indexes.some((i) => verdicts[i] === 'strong')) for (const i of indexes) inChromeRun[i] = true
        }
        const tail: number[] = []
        for (let i = blocks.length - 1; i >= 0 && verdicts[i] !== 'content'; i--) tail.push(i)
        markRun(tail)
        const head: number[] = []
        for (let i = 0; i < blocks.length && verdicts[i] !== 'content' && !tail.includes(i); i++) head.push(i)
        markRun(head)

        blocks.forEach((block: Block, i) => {
          const found = matches[i]!
          const wholeBlock = found.length > 0 && found.every((m) => m !== undefined)
          block.sentences.forEach((sentence, k) => {
            const entry = found[k]
            if (!entry) return
            if (entry.strength === 'weak' && !(wholeBlock && inChromeRun[i])) return
            context.report({
              messageId: 'chrome',
              node: sentence,
              data: { text: collapseWhitespace(sentence.text).replace(/[.!]+$/u, '') },
              ...(wholeBlock && k === found.length - 1
                ? { suggest: [{ messageId: 'removeLine', fix: blockRemoval(block) }] }
                : {}),
            })
          })
        })
      },
    }
  },
})
