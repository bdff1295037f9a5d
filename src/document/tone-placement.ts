/**
 * The tone-mark placement each word is written in (`hoà` new, `hòa` old), judged once per distinct text and
 * shared by the rules that read a document's style (tone-placement, spelling's suggestions).
 */
import { parseSyllable, type ToneStyle } from '../vietnamese/syllable.js'
import { FormMemo } from './token-form.js'

/** Only syllables with a glide before a, e or y can differ by style (hoà/hòa, khoẻ/khỏe, uỷ/ủy): a cheap filter before parsing. */
const GLIDE_RHYME = /[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ]/iu

/** The placement a word is written in, or null when neutral or not a syllable; once per distinct text. */
export const placementOf = new FormMemo((form): ToneStyle | null => {
  if (!GLIDE_RHYME.test(form.lower)) return null
  const syllable = parseSyllable(form.text)
  return !syllable || syllable.placement === 'neutral' ? null : syllable.placement
})
