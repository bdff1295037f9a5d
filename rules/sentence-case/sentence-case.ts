/**
 * Flags a sentence that starts in lower case after a full stop (seed 003 line
 * 17, `về cơ sở. nâng tổng số`). The tokenizer already keeps abbreviations
 * (`TP. Sông Công`), initials and ellipses inside their sentence, and lists
 * after a colon are not after a full stop. Whether the stop should be a comma
 * or the word a capital is the writer's call: both are offered.
 */
import type { Sentence, Token } from '../../src/document/nodes.js'
import { defineRule } from '../../src/engine/types.js'
import { upperFirst } from '../../src/vietnamese/case.js'

/** The last token of `sentence` when it is a bare full stop (not `...`, not `.”`). */
function finalStop(sentence: Sentence): Token | undefined {
  const last = sentence.tokens[sentence.tokens.length - 1]
  return last && last.kind === 'punctuation' && last.text === '.' ? last : undefined
}

/** Whether `word` is a plain lower-case word (not `iPhone`, `eKYC`, `mRNA`: those keep their case). */
function isLowerCaseWord(word: string): boolean {
  return /^\p{Ll}[\p{Ll}\p{M}]*$/u.test(word)
}

export default defineRule({
  meta: {
    id: 'sentence-case',
    category: 'style',
    level: 'note',
    fixable: false,
    hasSuggestions: true,
    description: {
      vi: 'Câu bắt đầu bằng chữ thường sau dấu chấm.',
      en: 'A sentence that starts in lower case after a full stop.',
    },
    messages: {
      lowerStart: {
        vi: 'Câu bắt đầu bằng chữ thường sau dấu chấm: “{word}”.',
        en: 'A sentence starts in lower case after a full stop: “{word}”.',
      },
      capitalize: { vi: 'Viết hoa: “{expected}”.', en: 'Capitalise: “{expected}”.' },
      useComma: { vi: 'Thay dấu chấm bằng dấu phẩy (câu chưa hết).', en: 'Replace the full stop with a comma (the sentence goes on).' },
    },
  },
  create(context) {
    return {
      block(block) {
        const sentences = block.sentences
        for (let s = 1; s < sentences.length; s++) {
          const stop = finalStop(sentences[s - 1]!)
          if (!stop) continue
          const first = sentences[s]!.tokens[0]
          if (!first || first.kind !== 'word' || first.isLink || !isLowerCaseWord(first.text)) continue
          // `… như sau. a) Tổ chức …`: a list label, not a sentence.
          const next = first.next
          if (next && next.kind === 'punctuation' && next.text.startsWith(')')) continue
          const expected = upperFirst(first.text)
          context.report({
            messageId: 'lowerStart',
            node: first,
            data: { word: first.text },
            suggest: [
              { messageId: 'capitalize', data: { expected }, fix: { range: [first.start, first.end], text: expected } },
              { messageId: 'useComma', fix: { range: [stop.start, stop.end], text: ',' } },
            ],
          })
        }
      },
    }
  },
})
