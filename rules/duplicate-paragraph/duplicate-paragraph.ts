/**
 * Flags a paragraph, caption, byline or lead repeated exactly or nearly (one
 * word apart), and a caption repeated as the start of a paragraph. Short lines
 * pass unless they are bylines; lines that recur by design (`Quang cảnh hội
 * nghị`) are listed in formulaic-lines.json; repeats of the headline are left
 * to duplicate-headline.
 */
import { blockRemoval } from '../../src/document/block-edits.js'
import { editDistance, wordKeys, withinOneWord } from '../../src/document/compare-key.js'
import type { Block } from '../../src/document/nodes.js'
import { defineRule, type Fix, type Range } from '../../src/engine/types.js'
import { collapseWhitespace } from '../../src/vietnamese/chars.js'

interface Options {
  minWords: number
}

/** Near repeats (one word apart) count only between blocks at least this long: `Cố ý phạm tội là …` / `Vô ý phạm tội là …` pass. */
const NEAR_MIN_WORDS = 12

/**
 * List structure repeats by design in long documents (`1. Hình phạt chính bao gồm:` in each chapter of a code,
 * `a) Tịch thu vật, tiền …;`): lead-ins ending with a colon, items ending with a semicolon or starting with a
 * list marker are not compared.
 */
/**
 * A changed word makes a near repeat only when it looks like an edit of the same word (a typo, a mark):
 * `Điều 57` and `Điều 102`, `sơ thẩm` and `phúc thẩm` are different things.
 */
function isSmallEdit(a: string, b: string): boolean {
  if (/\d/u.test(a) || /\d/u.test(b)) return false
  return editDistance(a.normalize('NFD'), b.normalize('NFD'), 2) <= 2
}

function isListStructure(text: string): boolean {
  return /[:;]$/u.test(text) || /^(?:\(?[0-9]{1,3}[.)]|[a-zđ][.)]|[-–•+*])\s/u.test(text)
}

interface FormulaicLines {
  lines: string[]
}

/** The formulaic lines as block keys, and the most words any of them has. */
interface FormulaicKeys {
  keys: Set<string>
  maxWords: number
}

const formulaicCache = new WeakMap<FormulaicLines, FormulaicKeys>()

/** The keys of formulaic-lines.json, computed once per process rather than per document. */
function formulaicKeys(data: FormulaicLines): FormulaicKeys {
  let formulaic = formulaicCache.get(data)
  if (!formulaic) {
    const keys = new Set(data.lines.map((line) => collapseWhitespace(line.normalize('NFC').toLowerCase()).replace(/[.:]+$/u, '')))
    const maxWords = Math.max(0, ...[...keys].map((key) => key.split(' ').length))
    formulaic = { keys, maxWords }
    formulaicCache.set(data, formulaic)
  }
  return formulaic
}

/**
 * Whether two blocks have the same word keys. Word tokens hold no whitespace, so this is the equality of the keys
 * joined with spaces, without building the joined text of every block.
 */
function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** A short key to look blocks with the same words up by: word count, first and last word. */
function bucketKey(keys: readonly string[]): string {
  return `${keys.length} ${keys[0]!} ${keys[keys.length - 1]!}`
}

interface Seen {
  block: Block
  keys: string[]
}

function bucketPush(map: Map<string, Seen[]>, key: string, seen: Seen): void {
  const list = map.get(key)
  if (list) list.push(seen)
  else map.set(key, [seen])
}

/** Number of sentences of `block` whose words make exactly the first `count` words, or 0. */
function sentencesCovering(block: Block, count: number): number {
  let words = 0
  for (let k = 0; k < block.sentences.length; k++) {
    words += block.sentences[k]!.words.length
    if (words === count) return k + 1
    if (words > count) return 0
  }
  return 0
}

/** Range of the first `n` sentences of `block`, with the space after them. */
function leadingSentencesRange(block: Block, n: number): Range {
  const last = block.sentences[n - 1]!
  const next = block.sentences[n]
  return [block.sentences[0]!.start, next ? next.start : last.end]
}

export default defineRule<Options>({
  meta: {
    id: 'duplicate-paragraph',
    category: 'structure',
    level: 'error',
    fixable: false,
    hasSuggestions: true,
    description: {
      vi: 'Đoạn văn, chú thích ảnh, tên tác giả hoặc sapo bị lặp nguyên văn hoặc gần nguyên văn (khác một từ).',
      en: 'A paragraph, caption, byline or lead repeated exactly or nearly (one word apart).',
    },
    messages: {
      repeated: { vi: 'Đoạn này trùng với đoạn ở dòng {line}.', en: 'This paragraph repeats the one on line {line}.' },
      nearlyRepeated: {
        vi: 'Đoạn này gần như trùng với đoạn ở dòng {line} (chỉ khác một từ).',
        en: 'This paragraph nearly repeats the one on line {line} (one word differs).',
      },
      startRepeated: {
        vi: 'Phần đầu đoạn này lặp lại nguyên văn dòng {line}.',
        en: 'The start of this paragraph repeats line {line}.',
      },
      repeatsStart: {
        vi: 'Dòng này lặp lại phần đầu của đoạn ở dòng {line}.',
        en: 'This line repeats the start of the paragraph on line {line}.',
      },
      bylineRepeated: {
        vi: 'Tên tác giả “{text}” bị lặp (lần đầu ở dòng {line}).',
        en: 'The byline “{text}” is repeated (first on line {line}).',
      },
      original: { vi: 'Lần xuất hiện đầu.', en: 'First occurrence.' },
      remove: { vi: 'Xoá phần lặp.', en: 'Remove the repetition.' },
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minWords: {
          type: 'integer',
          minimum: 2,
          description: 'Blocks shorter than this (in words) are compared only when they are bylines.',
        },
      },
    },
    defaults: { minWords: 6 },
    data: { formulaic: 'formulaic-lines.json' },
  },
  create(context) {
    const { minWords } = context.options
    const formulaic = formulaicKeys(context.data.formulaic as FormulaicLines)
    return {
      document(document) {
        const title = document.title
        const titleKeys = title ? wordKeys(title.words) : undefined
        const exact = new Map<string, Seen[]>()
        const byHead = new Map<string, Seen[]>()
        const byTail = new Map<string, Seen[]>()

        const report = (messageId: string, original: Block, range: Range, removal: Fix, data: Record<string, string | number> = {}): void => {
          context.report({
            messageId,
            range,
            data: { line: original.line, ...data },
            related: [{ range: [original.start, original.end], messageId: 'original' }],
            suggest: [{ messageId: 'remove', fix: removal }],
          })
        }

        for (const block of document.blocks) {
          if (block === title) continue
          const keys = wordKeys(block.words)
          if (keys.length === 0) continue
          if (titleKeys && sameKeys(keys, titleKeys)) continue
          if (keys.length <= formulaic.maxWords && formulaic.keys.has(keys.join(' '))) continue
          if (isListStructure(block.trimmedText)) continue
          const seen: Seen = { block, keys }
          const long = keys.length >= minWords

          const bucket = bucketKey(keys)
          const prior = exact.get(bucket)?.find((other) => sameKeys(other.keys, keys))
          if (prior) {
            if (long) report('repeated', prior.block, [block.start, block.end], blockRemoval(block))
            else if (block.kind === 'byline' && prior.block.kind === 'byline') {
              report('bylineRepeated', prior.block, [block.start, block.end], blockRemoval(block), { text: block.trimmedText })
            }
            continue
          }
          bucketPush(exact, bucket, seen)
          if (!long) continue

          const head = keys.slice(0, 3).join(' ')
          const tail = keys.slice(-3).join(' ')
          const candidates = new Set([...(byHead.get(head) ?? []), ...(byTail.get(tail) ?? [])])
          let found = false
          for (const other of candidates) {
            if (keys.length >= NEAR_MIN_WORDS && other.keys.length >= NEAR_MIN_WORDS && withinOneWord(other.keys, keys, isSmallEdit)) {
              report('nearlyRepeated', other.block, [block.start, block.end], blockRemoval(block))
              found = true
              break
            }
          }
          if (!found) {
            for (const other of byHead.get(head) ?? []) {
              const [shorter, longer] = other.keys.length < keys.length ? [other, seen] : [seen, other]
              if (shorter.keys.length === longer.keys.length) continue
              if (!shorter.keys.every((k, i) => longer.keys[i] === k)) continue
              const n = sentencesCovering(longer.block, shorter.keys.length)
              if (n === 0) continue
              if (longer === seen) {
                // A caption repeated as the start of the paragraph after it.
                const range = leadingSentencesRange(block, n)
                report('startRepeated', other.block, [range[0], block.sentences[n - 1]!.end], { range, text: '' })
              } else {
                report('repeatsStart', other.block, [block.start, block.end], blockRemoval(block))
              }
              found = true
              break
            }
          }
          bucketPush(byHead, head, seen)
          bucketPush(byTail, tail, seen)
        }
      },
    }
  },
})
