/**
 * Flags the headline repeated inside the body: a block that is the title
 * again (scraped image alt text, a pasted title). A headline echoed inside a
 * longer sentence passes.
 */
import { blockRemoval } from '../../src/document/block-edits.js'
import { wordKeys } from '../../src/document/compare-key.js'
import { defineRule } from '../../src/engine/types.js'

export default defineRule({
  meta: {
    id: 'duplicate-headline',
    category: 'structure',
    level: 'error',
    fixable: false,
    hasSuggestions: true,
    description: {
      vi: 'Tiêu đề bài bị lặp lại trong thân bài (chú thích ảnh chép từ tiêu đề, tiêu đề dán thừa).',
      en: 'The headline repeated inside the body (scraped image alt text, a pasted title).',
    },
    messages: {
      repeated: {
        vi: 'Tiêu đề bị lặp lại trong bài (tiêu đề ở dòng {line}).',
        en: 'The headline is repeated in the body (headline on line {line}).',
      },
      headline: { vi: 'Tiêu đề.', en: 'The headline.' },
      removeLine: { vi: 'Xoá dòng lặp tiêu đề.', en: 'Remove the repeated headline.' },
    },
  },
  create(context) {
    return {
      document(document) {
        const title = document.title
        if (!title) return
        const key = wordKeys(title.words).join(' ')
        if (key.length === 0) return
        const count = title.words.length
        for (const block of document.blocks) {
          if (block.index <= title.index || block.words.length !== count) continue
          if (wordKeys(block.words).join(' ') !== key) continue
          context.report({
            messageId: 'repeated',
            range: [block.start, block.end],
            data: { line: title.line },
            related: [{ range: [title.start, title.end], messageId: 'headline' }],
            suggest: [{ messageId: 'removeLine', fix: blockRemoval(block) }],
          })
        }
      },
    }
  },
})
