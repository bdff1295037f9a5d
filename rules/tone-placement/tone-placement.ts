/**
 * Flags a document that mixes the old and the new tone-mark placement
 * (`ủy`/`uỷ`, `hòa`/`hoà`, `thủy`/`thuỷ`, `khỏe`/`khoẻ`), or that breaks the
 * style set in the configuration. Only open oa, oe and uy differ between the
 * styles; every other syllable (`hoàng`, `quý`, `được`) is neutral. With the
 * default `consistent` style the majority of the document wins (a tie goes to
 * the style used first) and each syllable of the minority is fixed to it.
 */
import type { Token } from '../../src/document/nodes.js'
import { placementOf } from '../../src/document/tone-placement.js'
import { defineRule } from '../../src/engine/types.js'
import { restyleTone, type ToneStyle } from '../../src/vietnamese/syllable.js'

interface Options {
  style: 'consistent' | ToneStyle
}

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
