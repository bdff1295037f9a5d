/** Flags unfilled CMS placeholders ({name}, {time}, {body}, [Tên tác giả], xxx, Lorem ipsum, TODO) left in a draft. */
import { blockRemoval } from '../../src/document/block-edits.js'
import { allMatches } from '../../src/document/matches.js'
import { defineRule } from '../../src/engine/types.js'

interface PlaceholderPattern {
  id: string
  pattern: string
  caseInsensitive?: boolean
}

const compiled = new WeakMap<readonly PlaceholderPattern[], RegExp>()

function placeholderRegExp(patterns: readonly PlaceholderPattern[]): RegExp {
  let re = compiled.get(patterns)
  if (!re) {
    // One alternation, tried left to right: a brace field wins over a bracket field that overlaps it.
    re = new RegExp(patterns.map((p) => `(?:${p.caseInsensitive ? caseless(p.pattern) : p.pattern})`).join('|'), 'gu')
    compiled.set(patterns, re)
  }
  return re
}

/** Case-insensitive copy of a pattern made of plain letters (the u flag forbids inline modifiers). */
function caseless(pattern: string): string {
  return pattern.replace(/\p{L}/gu, (ch) => (ch.toLowerCase() === ch.toUpperCase() ? ch : `[${ch.toLowerCase()}${ch.toUpperCase()}]`))
}

export default defineRule({
  meta: {
    id: 'template-residue',
    category: 'structure',
    level: 'error',
    fixable: false,
    hasSuggestions: true,
    description: {
      vi: 'Trường mẫu của CMS chưa được điền ({name}, {time}, [Tên tác giả], xxx, Lorem ipsum, TODO).',
      en: 'Unfilled CMS placeholders ({name}, {time}, [Tên tác giả], xxx, Lorem ipsum, TODO).',
    },
    messages: {
      placeholder: {
        vi: 'Còn sót trường mẫu “{text}” chưa được điền.',
        en: 'Unfilled placeholder “{text}”.',
      },
      removeLine: { vi: 'Xoá dòng chỉ có trường mẫu.', en: 'Remove the line that holds only placeholders.' },
    },
    data: { placeholders: 'placeholders.json' },
  },
  create(context) {
    const { patterns } = context.data.placeholders as { patterns: PlaceholderPattern[] }
    const re = placeholderRegExp(patterns)
    return {
      block(block) {
        const text = block.text
        const found: Array<[number, number]> = []
        for (const m of allMatches(re, text)) found.push([m.index, m.index + m[0].length])
        if (found.length === 0) return
        // A line made of placeholders and separators only can go as a whole.
        const rest = found.reduceRight((acc, [s, e]) => acc.slice(0, s) + acc.slice(e), text)
        const onlyPlaceholders = /^[\s\p{P}\p{S}]*$/u.test(rest)
        for (const [s, e] of found) {
          const start = block.sourceStart(s)
          const end = block.sourceEnd(e)
          context.report({
            messageId: 'placeholder',
            range: [start, end],
            data: { text: text.slice(s, e) },
            ...(onlyPlaceholders
              ? { suggest: [{ messageId: 'removeLine', fix: blockRemoval(block) }] }
              : {}),
          })
        }
      },
    }
  },
})
