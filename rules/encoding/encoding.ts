/**
 * Flags text that is not clean NFC Unicode: words in decomposed form (NFD,
 * alone or mixed with NFC), zero-width and other invisible characters, the
 * replacement character U+FFFD, the look-alike `Ð` (Icelandic eth) written for
 * `Đ`, and Vietnamese typed in a legacy encoding and shown as mojibake (TCVN3
 * `Th¸nh ñy`, VNI `Thaønh uûy`), naming the encoding. NBSP and thin spaces
 * are spaces, not encoding errors: they are reported only when `reportNbsp`
 * asks (the CMS exports of the seeds are full of them).
 */
import type { Block, Token } from '../../src/document/nodes.js'
import { allMatches } from '../../src/document/matches.js'
import { defineRule, type Fix } from '../../src/engine/types.js'
import { INVISIBLE_CHARS } from '../../src/vietnamese/chars.js'
import { recognizeLegacy, type LegacyEncoding } from '../../src/vietnamese/legacy-encodings.js'
import { readLetter } from '../../src/vietnamese/letters.js'
import { isSyllable } from '../../src/vietnamese/syllable.js'

interface Options {
  reportNbsp: boolean
  maxNfdWords: number
}

/** Unicode names of the invisible characters (chars.ts lists them). */
const INVISIBLE_NAMES: Readonly<Record<string, string>> = {
  '\u00AD': 'SOFT HYPHEN',
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u2060': 'WORD JOINER',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE',
}

const INVISIBLE_RE = new RegExp(`[${INVISIBLE_CHARS}]+`, 'gu')
/**
 * Latin-1 characters Vietnamese never writes (`¸`, `ø`, `ä`, `µ`…). Mojibake always holds one (see below), so a
 * block without any is skipped before its words are examined: most Vietnamese text is full of Latin-1 letters
 * (`à`, `é`, `ô`) and would otherwise send every word to the decoders.
 */
const NON_VIETNAMESE_LATIN1 = /[\u00A1-\u00BF\u00C4-\u00C7\u00CB\u00CE-\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE-\u00DF\u00E4-\u00E7\u00EB\u00EE-\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF]/u
/** Characters that can make text differ from its NFC form: combining marks and the few singletons. */
const MAYBE_NOT_NFC = /[\u0300-\u036F\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F\u0340\u0341\u0343\u0344\u0374\u037E\u0387\u1F71-\u1FFD\u2000\u2001\u2126\u212A\u212B\u2329\u232A\uF900-\uFAFF]/u
const NBSP_RE = /[\u00A0\u2007\u202F]/gu
const REPLACEMENT_RE = /\uFFFD+/gu
const LATIN1 = /[\u00A1-\u00FF]/u
const RUN_RE = /[^\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/gu
/** Punctuation that may wrap a mojibake run (TCVN3 uses « » ¬ ­ as letters, so they are not trimmed). */
const EDGE_PUNCT = /^[“”"'‘’(\[{.,;:!?…]+|[“”"'‘’)\]}.,;:!?…]+$/gu
const ETH = /[\u00D0\u00F0]/u
/**
 * Any character this rule looks at: a Latin-1 character Vietnamese never writes (mojibake), an invisible character,
 * U+FFFD, a special space, a character that may not be NFC, an eth. Most blocks have none and are skipped after one scan.
 */
const SUSPICIOUS = new RegExp(
  [NON_VIETNAMESE_LATIN1, INVISIBLE_RE, REPLACEMENT_RE, NBSP_RE, MAYBE_NOT_NFC, ETH].map((re) => re.source).join('|'),
  'u',
)

function hex(ch: string): string {
  return ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
}

/** Whether the zero-width joiner at `i` of `text` joins emoji (👨‍👩‍👧): then it belongs there. */
function joinsEmoji(text: string, i: number): boolean {
  const before = text.codePointAt(i - 1) ?? 0
  const beforePair = i >= 2 ? text.codePointAt(i - 2) ?? 0 : 0
  const after = text.codePointAt(i + 1) ?? 0
  const pictographic = (cp: number) => /\p{Extended_Pictographic}|\uFE0F/u.test(String.fromCodePoint(cp))
  return (pictographic(before) || pictographic(beforePair) || before === 0xfe0f) && pictographic(after)
}

interface Mojibake {
  start: number
  end: number
  text: string
  decoded: string
  encoding: LegacyEncoding
}

export default defineRule<Options>({
  meta: {
    id: 'encoding',
    category: 'language',
    level: 'warning',
    fixable: true,
    hasSuggestions: true,
    description: {
      vi: 'Văn bản không ở dạng Unicode NFC sạch: chữ tổ hợp (NFD), ký tự vô hình, ký tự thay thế U+FFFD, chữ gõ bằng bảng mã cũ (TCVN3, VNI) bị hiển thị sai.',
      en: 'Text that is not clean NFC Unicode: decomposed (NFD) words, invisible characters, U+FFFD, Vietnamese typed in a legacy encoding (TCVN3, VNI) shown as mojibake.',
    },
    messages: {
      notNfc: {
        vi: 'Chữ “{word}” ở dạng Unicode tổ hợp (NFD); nên chuẩn hoá về dạng dựng sẵn (NFC).',
        en: 'The word “{word}” is in decomposed Unicode (NFD); normalise it to NFC.',
      },
      manyNotNfc: {
        vi: 'Văn bản có {count} chữ ở dạng Unicode tổ hợp (NFD), bắt đầu từ “{word}”; nên chuẩn hoá toàn bộ về dạng dựng sẵn (NFC).',
        en: 'The document has {count} words in decomposed Unicode (NFD), from “{word}” on; normalise all of them to NFC.',
      },
      invisible: {
        vi: 'Ký tự vô hình {name} (U+{code}) nằm trong văn bản; nên xoá.',
        en: 'Invisible character {name} (U+{code}) in the text; remove it.',
      },
      replacement: {
        vi: 'Ký tự thay thế U+FFFD “\uFFFD”: một chữ đã bị mất khi chuyển mã; cần gõ lại.',
        en: 'Replacement character U+FFFD “\uFFFD”: a character was lost in a conversion; retype it.',
      },
      lookalike: {
        vi: '“{word}” dùng ký tự “{char}” (U+{code}) thay cho “{expected}”.',
        en: '“{word}” uses the character “{char}” (U+{code}) instead of “{expected}”.',
      },
      legacyEncoding: {
        vi: '“{text}” là chữ gõ bằng bảng mã {encoding} bị hiển thị sai ({count} chỗ trong đoạn); có lẽ là “{decoded}”.',
        en: '“{text}” is Vietnamese typed in the {encoding} encoding and shown garbled ({count} places in the paragraph); perhaps “{decoded}”.',
      },
      convert: { vi: 'Chuyển đoạn sang Unicode.', en: 'Convert the paragraph to Unicode.' },
      nbsp: {
        vi: 'Khoảng trắng đặc biệt U+{code} giữa các chữ; nên dùng dấu cách thường.',
        en: 'Special space U+{code} between words; use a plain space.',
      },
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        reportNbsp: {
          type: 'boolean',
          description: 'Also report no-break spaces (U+00A0, U+2007, U+202F) between words; they are spaces otherwise.',
        },
        maxNfdWords: {
          type: 'integer',
          minimum: 1,
          description: 'Above this many decomposed (NFD) words, one finding covers the whole document.',
        },
      },
    },
    defaults: { reportNbsp: false, maxNfdWords: 10 },
  },
  create(context) {
    const { reportNbsp, maxNfdWords } = context.options
    const nfdWords: Token[] = []

    const mojibakeRuns = (block: Block): Mojibake[] => {
      const text = block.text
      if (!NON_VIETNAMESE_LATIN1.test(text)) return []
      const found: Mojibake[] = []
      for (const m of allMatches(RUN_RE, text)) {
        if (!LATIN1.test(m[0])) continue
        let start = m.index
        let run = m[0]
        const lead = /^[“”"'‘’(\[{.,;:!?…]+/u.exec(run)?.[0].length ?? 0
        run = run.slice(lead)
        start += lead
        run = run.replace(EDGE_PUNCT, '')
        if (!run) continue
        const legacy = recognizeLegacy(run)
        if (legacy) found.push({ start, end: start + run.length, text: run, ...legacy })
      }
      // Mojibake comes in paragraphs, and its words mix ASCII letters with Latin-1 (`Th¸nh`, `ñy`):
      // a lone `£` (“Ê”), a lone name (`Hña`, “Hủa”) or a typo of Vietnamese letters (`tôt`, “tụt”)
      // is not. At least two runs, one with a character Vietnamese never writes (`¸`, `ø`, `ä`).
      const words = found.filter((r) => /[a-zA-Z]/u.test(r.text))
      if (words.length < 2) return []
      return words.some((r) => [...r.text].some((ch) => LATIN1.test(ch) && !readLetter(ch))) ? words : []
    }

    return {
      block(block) {
        const text = block.text
        if (!SUSPICIOUS.test(text)) return
        const runs = mojibakeRuns(block)
        if (runs.length > 0) {
          const first = runs[0]!
          const last = runs[runs.length - 1]!
          const edits: Fix[] = runs.map((r) => ({ range: [block.sourceStart(r.start), block.sourceEnd(r.end)], text: r.decoded }))
          context.report({
            messageId: 'legacyEncoding',
            range: [block.sourceStart(first.start), block.sourceEnd(last.end)],
            data: { text: first.text, decoded: first.decoded, encoding: first.encoding, count: runs.length },
            suggest: [{ messageId: 'convert', fix: edits }],
          })
        }
        const inMojibake = (i: number) => runs.some((r) => i >= r.start && i < r.end)

        for (const m of allMatches(INVISIBLE_RE, text)) {
          for (let k = 0; k < m[0].length; k++) {
            const i = m.index + k
            const ch = text[i]!
            if (inMojibake(i)) continue
            if ((ch === '\u200D' || ch === '\u200C') && joinsEmoji(text, i)) continue
            const start = block.sourceStart(i)
            if (ch === '\uFEFF' && start === 0) continue
            context.report({
              messageId: 'invisible',
              range: [start, block.sourceEnd(i + 1)],
              data: { name: INVISIBLE_NAMES[ch] ?? 'FORMAT CHARACTER', code: hex(ch) },
              fix: { range: [start, block.sourceEnd(i + 1)], text: '' },
            })
          }
        }

        for (const m of allMatches(REPLACEMENT_RE, text)) {
          context.report({ messageId: 'replacement', range: [block.sourceStart(m.index), block.sourceEnd(m.index + m[0].length)] })
        }

        if (reportNbsp) {
          for (const m of allMatches(NBSP_RE, text)) {
            const range = [block.sourceStart(m.index), block.sourceEnd(m.index + 1)] as const
            context.report({ messageId: 'nbsp', range, data: { code: hex(m[0]) }, fix: { range, text: ' ' } })
          }
        }

        const nfc = MAYBE_NOT_NFC.test(text) && text.normalize('NFC') !== text
        const eth = ETH.test(text)
        if (!nfc && !eth) return
        for (const token of block.words) {
          if (nfc && token.text.normalize('NFC') !== token.text) nfdWords.push(token)
          if (eth && ETH.test(token.text) && !inMojibake(token.proseStart)) {
            const expected = token.text.replace(/\u00D0/gu, 'Đ').replace(/\u00F0/gu, 'đ')
            if (!isSyllable(expected)) continue
            const ch = ETH.exec(token.text)![0]
            context.report({
              messageId: 'lookalike',
              node: token,
              data: { word: token.text, char: ch, code: hex(ch), expected: ch === '\u00D0' ? 'Đ' : 'đ' },
              fix: { range: [token.start, token.end], text: expected },
            })
          }
        }
      },
      'document:exit'() {
        if (nfdWords.length === 0) return
        if (nfdWords.length > maxNfdWords) {
          const first = nfdWords[0]!
          context.report({
            messageId: 'manyNotNfc',
            node: first,
            data: { word: first.text.normalize('NFC'), count: nfdWords.length },
            fix: nfdWords.map((t) => ({ range: [t.start, t.end], text: t.text.normalize('NFC') })),
          })
          return
        }
        for (const token of nfdWords) {
          context.report({
            messageId: 'notNfc',
            node: token,
            data: { word: token.text.normalize('NFC') },
            fix: { range: [token.start, token.end], text: token.text.normalize('NFC') },
          })
        }
      },
    }
  },
})
