/**
 * The rhymes of Vietnamese orthography, as written after a plain onset: glide
 * (o/u), nucleus (a simple vowel or one of the diphthongs iê/yê/ia/ya, uô/ua,
 * ươ/ưa, and `oo` of `xoong`) and coda (a stop c/ch/p/t, a nasal m/n/ng/nh, or
 * a semivowel i/y/o/u), with where each style puts the tone mark. The table is
 * built from the nucleus × coda lists below; anything not in it is not a
 * Vietnamese rhyme (`iy` of `quiy`, `ieê` of `tieếp`, `ănm` of `trănm`).
 */

/** A glide before the nucleus: `o` of `hoa`, `u` of `huy` and of `qu`. */
export type Glide = '' | 'o' | 'u'
/** A coda: a stop, a nasal or a semivowel. */
export type Coda = '' | 'c' | 'ch' | 'p' | 't' | 'm' | 'n' | 'ng' | 'nh' | 'i' | 'y' | 'o' | 'u'

/** One rhyme of the table. */
export interface RhymeInfo {
  /** The rhyme as written (`oanh`, `ương`, `uy`). */
  readonly text: string
  readonly glide: Glide
  readonly nucleus: string
  readonly coda: Coda
  /** Offset in `text` of the vowel that takes the tone mark in the new style (`hoà`, `uỷ`). */
  readonly newMark: number
  /** The same in the old style (`hòa`, `ủy`); equal to `newMark` except for open oa, oe, uy. */
  readonly oldMark: number
  /** Whether the coda is a stop (c, ch, p, t): the syllable then takes only sắc or nặng. */
  readonly stop: boolean
}

/** Codas that close a syllable with a stop. */
export const STOP_CODAS: ReadonlySet<string> = new Set(['c', 'ch', 'p', 't'])

/** Every coda, longest first (for splitting). */
export const CODAS: readonly Coda[] = ['ch', 'ng', 'nh', 'c', 'p', 't', 'm', 'n', 'i', 'y', 'o', 'u']

/**
 * Nucleus → the codas it takes ('' = open), without a glide. The diphthongs
 * are written `iê`, `uô`, `ươ` before a coda and `ia`, `ua`, `ưa` when open;
 * `yê`/`ya` are the spellings after a glide or with no onset (`yên`, `khuya`).
 */
const PLAIN: Readonly<Record<string, string>> = {
  a: ' c ch i m n ng nh o p t u y',
  ă: 'c m n ng p t',
  â: 'c m n ng p t u y',
  e: ' c m n ng o p t',
  ê: ' ch m n nh p t u',
  i: ' ch m n nh p t u',
  y: '',
  o: ' c i m n ng p t',
  ô: ' c i m n ng p t',
  ơ: ' i m n p t',
  u: ' c i m n ng p t',
  ư: ' c i m n ng t u',
  iê: 'c m n ng p t u',
  yê: 'm n ng t u',
  ia: '',
  uô: 'c i m n ng t',
  ua: '',
  ươ: 'c i m n ng p t u',
  ưa: '',
  oo: 'c ng',
}

/** Rhymes with the glide `o` (written o before a, ă, e). */
const GLIDE_O: Readonly<Record<string, string>> = {
  a: ' c ch i m n ng nh o p t y',
  ă: 'c m n ng t',
  e: ' n t o',
}

/** Rhymes with the glide `u` (written u before â, ê, y, ơ, yê, ya; and always after q). */
const GLIDE_U: Readonly<Record<string, string>> = {
  â: 'c n ng t y',
  ê: ' ch n nh t u',
  y: ' ch n nh t u',
  ơ: '',
  yê: 'n t',
  ya: '',
}

const SECOND_LETTER_MARKED: ReadonlySet<string> = new Set(['iê', 'yê', 'uô', 'ươ', 'oo'])

function makeRhyme(glide: Glide, nucleus: string, coda: Coda): RhymeInfo {
  const text = glide + nucleus + coda
  // iê, yê, uô, ươ (always closed) and oo take the mark on their second letter;
  // open ia, ya, ua, ưa on their first (mía, khuya, múa, mưa).
  const newMark = glide.length + (SECOND_LETTER_MARKED.has(nucleus) ? 1 : 0)
  // Old style: an open rhyme of glide + a, e or y marks the glide (hòa, khỏe, thủy).
  const oldMark = glide !== '' && coda === '' && (nucleus === 'a' || nucleus === 'e' || nucleus === 'y') ? 0 : newMark
  return { text, glide, nucleus, coda, newMark, oldMark, stop: STOP_CODAS.has(coda) }
}

function build(): Map<string, RhymeInfo> {
  const table = new Map<string, RhymeInfo>()
  const add = (glide: Glide, lists: Readonly<Record<string, string>>): void => {
    for (const [nucleus, codas] of Object.entries(lists)) {
      for (const coda of codas.split(' ') as Coda[]) {
        const rhyme = makeRhyme(glide, nucleus, coda)
        // Plain rhymes win over glide readings of the same letters (`ua` of `cua`, not u + a).
        if (!table.has(rhyme.text)) table.set(rhyme.text, rhyme)
      }
    }
  }
  add('', PLAIN)
  add('o', GLIDE_O)
  add('u', GLIDE_U)
  return table
}

/** Every rhyme by its written form. */
export const RHYMES: ReadonlyMap<string, RhymeInfo> = build()

/** The rhymes read after `qu`: `u` + the rest, with the u as glide (`quy`, `quyết`, `qua`, `quốc`). */
export const QU_RHYMES: ReadonlyMap<string, RhymeInfo> = (() => {
  const table = new Map<string, RhymeInfo>()
  for (const [nucleus, codas] of Object.entries(GLIDE_U)) {
    for (const coda of codas.split(' ') as Coda[]) {
      const r = makeRhyme('u', nucleus, coda)
      // After q the u never takes the mark: quý in both styles.
      table.set(r.text, { ...r, oldMark: r.newMark })
    }
  }
  // qua, quăng, quen, qui (old spelling of quy), quốc, quọ: u + a plain rhyme;
  // quoàng, quoắt (dialect forms in dictionary-vi): u + a glide-o rhyme.
  const after: Array<[Glide, Readonly<Record<string, string>>]> = [
    ['', { a: ' c ch i n ng nh o t u y', ă: PLAIN['ă']!, e: ' n o t', i: ' t', ô: 'c' }],
    ['o', { a: 'ng', ă: 't' }],
  ]
  for (const [glide, lists] of after) {
    for (const [nucleus, codas] of Object.entries(lists)) {
      for (const coda of codas.split(' ') as Coda[]) {
        const plain = makeRhyme(glide, nucleus, coda)
        const text = 'u' + plain.text
        if (table.has(text)) continue
        table.set(text, { ...plain, text, glide: 'u', newMark: plain.newMark + 1, oldMark: plain.newMark + 1 })
      }
    }
  }
  return table
})()
