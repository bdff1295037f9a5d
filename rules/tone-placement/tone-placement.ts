/**
 * Flags a document that mixes the old and the new tone-mark placement
 * (`ủy`/`uỷ`, `hòa`/`hoà`, `thủy`/`thuỷ`, `khỏe`/`khoẻ`), or that breaks the
 * style set in the configuration. Only open oa, oe and uy differ between the
 * styles; every other syllable (`hoàng`, `quý`, `được`) is neutral. With the
 * default `consistent` style the majority of the document wins (a tie goes to
 * the style used first) and each syllable of the minority is fixed to it.
 */
import type { Token } from '../../src/document/nodes.js'
import { FormMemo } from '../../src/document/token-form.js'
import { defineRule } from '../../src/engine/types.js'
import { parseSyllable, restyleTone, type ToneStyle } from '../../src/vietnamese/syllable.js'

interface Options {
  style: 'consistent' | ToneStyle
}

/** Only syllables with a glide before a, e or y can differ by style (hoà/hòa, khoẻ/khỏe, uỷ/ủy): a cheap filter before parsing. */
const GLIDE_RHYME = /[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ]/iu

/** The placement a word is written in, or null when neutral or not a syllable; once per distinct text. */
const placementOf = new FormMemo((form): ToneStyle | null => {
  if (!GLIDE_RHYME.test(form.lower)) return null
  const syllable = parseSyllable(form.text)
  return !syllable || syllable.placement === 'neutral' ? null : syllable.placement
})

interface Placed {
  token: Token
  style: ToneStyle
}

export default defineRule<Options>({
  meta: {
    id: 'tone-placement',
    category: 'language',
    level: 'warning',
    fixable: true,
    description: {
      vi: 'Văn bản trộn kiểu đặt dấu thanh cũ và mới (ủy/uỷ, hòa/hoà), hoặc không theo kiểu đã quy định.',
      en: 'A document that mixes the old and new tone-mark placement (ủy/uỷ, hòa/hoà), or breaks the configured style.',
    },
    messages: {
      oldAmongNew: {
        vi: '“{word}” đặt dấu thanh theo kiểu cũ, trong khi văn bản dùng kiểu mới ({count} chỗ); nên viết “{expected}”.',
        en: '“{word}” places its tone mark in the old style while the document uses the new one ({count} places); write “{expected}”.',
      },
      newAmongOld: {
        vi: '“{word}” đặt dấu thanh theo kiểu mới, trong khi văn bản dùng kiểu cũ ({count} chỗ); nên viết “{expected}”.',
        en: '“{word}” places its tone mark in the new style while the document uses the old one ({count} places); write “{expected}”.',
      },
      notNew: {
        vi: '“{word}” đặt dấu thanh theo kiểu cũ; quy định dùng kiểu mới: “{expected}”.',
        en: '“{word}” places its tone mark in the old style; the configured style is the new one: “{expected}”.',
      },
      notOld: {
        vi: '“{word}” đặt dấu thanh theo kiểu mới; quy định dùng kiểu cũ: “{expected}”.',
        en: '“{word}” places its tone mark in the new style; the configured style is the old one: “{expected}”.',
      },
      firstOfStyle: { vi: 'Lần đầu dùng kiểu của phần lớn văn bản.', en: 'First use of the style most of the document follows.' },
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        style: {
          enum: ['consistent', 'new', 'old'],
          description:
            '`consistent`: the document follows one style, whichever most of it uses; `new`: hoà, uỷ, thuỷ (the mark on the main vowel); `old`: hòa, ủy, thủy.',
        },
      },
    },
    defaults: { style: 'consistent' },
  },
  create(context) {
    const { style } = context.options
    return {
      document(document) {
        const placed: Placed[] = []
        let newCount = 0
        for (const token of document.words) {
          const placement = placementOf.of(token)
          if (placement === null) continue
          placed.push({ token, style: placement })
          if (placement === 'new') newCount++
        }
        if (placed.length === 0) return
        const oldCount = placed.length - newCount
        let target: ToneStyle
        if (style !== 'consistent') target = style
        else if (newCount === 0 || oldCount === 0) return
        else target = newCount > oldCount ? 'new' : oldCount > newCount ? 'old' : placed[0]!.style
        const first = placed.find((p) => p.style === target)
        for (const { token, style: written } of placed) {
          if (written === target) continue
          const expected = restyleTone(token.text, target)
          const messageId =
            style === 'consistent' ? (target === 'new' ? 'oldAmongNew' : 'newAmongOld') : target === 'new' ? 'notNew' : 'notOld'
          context.report({
            messageId,
            node: token,
            data: { word: token.text, expected, count: target === 'new' ? newCount : oldCount },
            fix: { range: [token.start, token.end], text: expected },
            ...(first && style === 'consistent' ? { related: [{ range: [first.token.start, first.token.end], messageId: 'firstOfStyle' }] } : {}),
          })
        }
      },
    }
  },
})
