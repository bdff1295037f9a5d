/**
 * Flags a word meant as Vietnamese that is not a Vietnamese syllable (`quiy`,
 * `tieếp`, `địng`, `trănm`, Telex leftovers like `nguowif`), a well-formed
 * syllable the lexicon does not know (`sẳn`, `hửu`, `chến`), or two syllables
 * run together (`đượcmột`). Words that are not Vietnamese never reach it
 * (src/vietnamese/word-class.ts: names, acronyms, foreign words, units,
 * links, codes, numbers). Candidates (src/vietnamese/spelling-candidates.ts)
 * are ranked by edit cost and by how they fit between the neighbouring words
 * (src/vietnamese/spelling-ranker.ts); the best is a fix when it leads the
 * others clearly, otherwise up to five are offered as suggestions.
 */
import type { SoatDocument } from '../../src/document/document.js'
import { wordAfter, wordBefore } from '../../src/document/neighbours.js'
import type { Token } from '../../src/document/nodes.js'
import { placementOf } from '../../src/document/tone-placement.js'
import { FormMemo, type TokenForm } from '../../src/document/token-form.js'
import { FLAG_INVISIBLE } from '../../src/parse/prose.js'
import { defineRule, type SuggestionDescriptor } from '../../src/engine/types.js'
import { isAllUpper, startsUpper, stripInvisible } from '../../src/vietnamese/chars.js'
import { languageTables, WELL_FORMED, WORD_LIST_ENTRY } from '../../src/vietnamese/language-tables.js'
import { lexicon } from '../../src/vietnamese/lexicon.js'
import { readLetter } from '../../src/vietnamese/letters.js'
import { syllableKey } from '../../src/vietnamese/syllable-key.js'
import { isSyllable, type ToneStyle } from '../../src/vietnamese/syllable.js'
import { candidateText, spellingCandidates, type SpellingCandidate } from '../../src/vietnamese/spelling-candidates.js'
import { isClearWinner, neighbourOf, rankCandidates } from '../../src/vietnamese/spelling-ranker.js'
import { classifyWord, hasAnyMark, hasVietnameseMark, SPELLING_CLASSES, type WordContext, type WordInfo } from '../../src/vietnamese/word-class.js'
import { isCapitalisedWord, lowerFirst, upperFirst } from '../../src/vietnamese/case.js'

/** At most this many suggestions when no candidate is certain. */
const MAX_SUGGESTIONS = 5

/**
 * What a word form needs, decided once per form: `ok` (a syllable of the lexicon, or a class spelling never
 * checks whatever its neighbours: names, acronyms, numbers, codes…), `check` (a suspect: look at its
 * neighbours and candidates), or `sentenceStart` (a capitalised bare word: suspect only first in a sentence).
 * The neighbours can only clear a suspect (`of the`), never make one, so the verdict of a form is safe to share.
 */
type Verdict = 'ok' | 'check' | 'sentenceStart'

/** The verdict of each token form, judged once per distinct text in the process (invisible characters removed first). */
const verdictOf = new FormMemo((form): Verdict => computeVerdict(form.flags & FLAG_INVISIBLE ? stripInvisible(form.text) : form.text))

function computeVerdict(text: string): Verdict {
  if (isKnownWord(text)) return 'ok'
  const info = classifyWord(text)
  if (SPELLING_CLASSES.has(info.class)) return info.class === 'syllable' && startsUpper(text) && !hasVietnameseMark(text) ? 'ok' : 'check'
  if (isBareCapitalisedForeign(text, info)) return 'sentenceStart'
  return 'ok'
}

/**
 * A capitalised word with no mark that the classifier takes for a foreign word or name (`Quiy`, `Johnson`), and
 * with no f, j, w or z (`Trajan` is not Telex for `trận`): a typo only if, first in a sentence, its lower-case
 * form is malformed Vietnamese.
 */
function isBareCapitalisedForeign(text: string, info: WordInfo): boolean {
  return info.class === 'foreign' && isCapitalisedWord(text) && !hasAnyMark(text) && !/[fjwz]/iu.test(text)
}

/** Whether a word as written is a well-formed syllable of the lexicon. */
function isKnownWord(text: string): boolean {
  return isSyllable(text) && lexicon().has(text)
}

const LETTER = /\p{L}/u

/** A word with a letter outside the Vietnamese alphabet (`Köztársaság`, `Zhōu`): the text around it is foreign. */
function hasForeignLetter(word: string | undefined): boolean {
  if (word === undefined) return false
  for (const ch of word.normalize('NFC')) if (LETTER.test(ch) && !readLetter(ch)) return true
  return false
}

/** A Viet74K entry written solid that the grammar refuses (`pop`, `ion`, `polime`): a loan, not a typo. */
function isListedLoan(text: string): boolean {
  const tables = languageTables()
  const id = tables.ids.get(syllableKey(text))
  // A key of a well-formed syllable (`lọai` has the key of `loại`) says nothing of the word as written.
  return id !== undefined && (tables.wordList[id]! & (WORD_LIST_ENTRY | WELL_FORMED)) === WORD_LIST_ENTRY
}

/**
 * The word's class; a capitalised word with no mark that the classifier takes for a name is read again in
 * lower case when it starts a sentence (`Quiy chế làm việc…`): it then meets the test of bare words (one
 * cheap edit the context vouches for), which `Johnson` or `Khun` do not pass. Inside a sentence such a word
 * is a name (`Mach`, `Guam`, `Troy`), and one with f, j, w or z is foreign (`Trajan` is not Telex for `trận`).
 */
function classifyOrRecapitalise(text: string, context: WordContext, startsSentence: boolean): WordInfo {
  const info = classifyWord(text, context)
  if (!startsSentence || !isBareCapitalisedForeign(text, info)) return info
  const lower = classifyWord(lowerFirst(text), context)
  return lower.class === 'malformed' ? lower : info
}

/** Whether `info` is a finding for spelling, before looking at candidates. */
function isSuspect(text: string, info: WordInfo, previous: string | undefined, next: string | undefined): boolean {
  if (!SPELLING_CLASSES.has(info.class)) return false
  if (hasForeignLetter(previous) || hasForeignLetter(next)) return false
  if (info.class === 'syllable') {
    if (lexicon().has(text)) return false
    // A capitalised or upper-case syllable with no Vietnamese mark is a name or an acronym (`Khun Sa`, `Noam`, `SOE`).
    if (startsUpper(text) && !hasVietnameseMark(text)) return false
    return true
  }
  if (info.class === 'malformed' && isListedLoan(text)) return false
  return true
}

/** Edit cost of a missing space found by the word classifier (`đượcmột`, `củaAndy`). */
const JOINED_COST = 0.8

const HYPHEN = /[-\u2010\u2011]/u

/** A part of a hyphenated word. */
interface Part {
  readonly text: string
  /** UTF-16 offset in the word. */
  readonly offset: number
  readonly before: string | undefined
  readonly after: string | undefined
}

/** The first part of a hyphenated word that is not a syllable of the lexicon, with the parts or words beside it. */
function misspeltPart(word: string, before: string | undefined, after: string | undefined): Part | undefined {
  const parts: { text: string; offset: number }[] = []
  const pattern = /[^-\u2010\u2011]+/gu
  for (let m = pattern.exec(word); m; m = pattern.exec(word)) parts.push({ text: m[0], offset: m.index })
  const i = parts.findIndex((p) => !isKnownWord(p.text))
  if (i < 0) return undefined
  return { ...parts[i]!, before: i > 0 ? parts[i - 1]!.text : before, after: i + 1 < parts.length ? parts[i + 1]!.text : after }
}

/** Keys that only an input method leaves in a word meant as Vietnamese: VNI digits, Telex w, f, j. */
const TYPING_KEYS = /[\dwfj]/iu

/** The dearest edit that may correct a word with no mark at all: one letter, or the marks left out. */
const BARE_MAX_COST = 1

/** A word form written this often in one document is a term it means, when the grammar refuses it for its letters. */
const TERM_REPEATS = 3
/** Problems that are slips of the hand however often they recur: the tone mark misplaced or doubled. */
const HABITUAL_SLIPS: ReadonlySet<string> = new Set(['tonePosition', 'toneMarks'])
const formCounts = new WeakMap<SoatDocument, Map<string, number>>()

/** How many times the document writes the word form `lower` (counted once per document on first need). */
function repeats(document: SoatDocument, lower: string): number {
  let counts = formCounts.get(document)
  if (!counts) {
    // Counted by shared form first (an identity lookup per word), then summed by lower case per distinct form.
    const byForm = new Map<TokenForm, number>()
    for (const token of document.words) byForm.set(token.form, (byForm.get(token.form) ?? 0) + 1)
    counts = new Map()
    for (const [form, n] of byForm) counts.set(form.lower, (counts.get(form.lower) ?? 0) + n)
    formCounts.set(document, counts)
  }
  return counts.get(lower) ?? 0
}

/** `candidate` written with the case of `original` (`Quiy` → `Quy`, `QUIY` → `QUY`). */
function withCaseOf(original: string, candidate: string): string {
  if ([...original].length > 1 && isAllUpper(original)) return candidate.toUpperCase()
  if (startsUpper(original)) return upperFirst(candidate)
  return candidate
}

const styles = new WeakMap<SoatDocument, ToneStyle>()

/** The tone style most of the document follows (`hòa` old, `hoà` new), counted once per document on first need. */
function documentStyle(document: SoatDocument): ToneStyle {
  let style = styles.get(document)
  if (style === undefined) {
    let balance = 0
    for (const token of document.words) {
      const placement = placementOf.of(token)
      if (placement === 'new') balance++
      else if (placement === 'old') balance--
    }
    style = balance > 0 ? 'new' : 'old'
    styles.set(document, style)
  }
  return style
}

export default defineRule({
  meta: {
    id: 'spelling',
    category: 'language',
    level: 'error',
    fixable: true,
    hasSuggestions: true,
    description: {
      vi: 'Một từ không phải âm tiết tiếng Việt hoặc không có trong từ điển: sai chính tả, gõ sót hay thừa dấu, gõ nhầm phím.',
      en: 'A word that is not a Vietnamese syllable or not in the dictionary: a misspelling, a missing or extra mark, a wrong key.',
    },
    messages: {
      notSyllable: {
        vi: '“{word}” không phải là âm tiết tiếng Việt; nên viết “{suggestion}”.',
        en: '“{word}” is not a Vietnamese syllable; write “{suggestion}”.',
      },
      notSyllableSuggest: {
        vi: '“{word}” không phải là âm tiết tiếng Việt; có thể là: {suggestions}.',
        en: '“{word}” is not a Vietnamese syllable; it may be: {suggestions}.',
      },
      notSyllableNoSuggestion: {
        vi: '“{word}” không phải là âm tiết tiếng Việt.',
        en: '“{word}” is not a Vietnamese syllable.',
      },
      unknown: {
        vi: '“{word}” không có trong từ điển tiếng Việt; nên viết “{suggestion}”.',
        en: '“{word}” is not in the Vietnamese dictionary; write “{suggestion}”.',
      },
      unknownSuggest: {
        vi: '“{word}” không có trong từ điển tiếng Việt; có thể là: {suggestions}.',
        en: '“{word}” is not in the Vietnamese dictionary; it may be: {suggestions}.',
      },
      unknownNoSuggestion: {
        vi: '“{word}” không có trong từ điển tiếng Việt.',
        en: '“{word}” is not in the Vietnamese dictionary.',
      },
      replace: { vi: 'Sửa thành “{text}”.', en: 'Change to “{text}”.' },
    },
  },
  create(context) {
    const lex = lexicon()
    return {
      sentence(sentence) {
        for (const token of sentence.words) checkWord(token)
      },
    }

    function checkWord(token: Token): void {
      // Invisible characters inside a word (`đ\u00ADược`) are the encoding rule's finding, not a misspelling.
      const text = token.hasInvisible ? stripInvisible(token.text) : token.text
      const verdict = verdictOf.of(token)
      if (verdict === 'ok' || (verdict === 'sentenceStart' && token.sentence.words[0] !== token)) return
      // A piece of a word cut by a stray symbol (`tr¬ường`, `đư¬ợc`: a conversion left it) is not a word of its own.
      if (token.previous?.kind === 'symbol' && token.previous.previous?.kind === 'word') return
      if (token.next?.kind === 'symbol' && token.next.next?.kind === 'word') return
      const before = wordBefore(token)?.text
      const after = wordAfter(token)?.text
      const info = classifyOrRecapitalise(text, { isLink: token.isLink, previous: before, next: after }, token.sentence.words[0] === token)
      if (!isSuspect(text, info, before, after)) return
      // One misspelt part of a hyphenated word (`ngòai-phương`) is checked between its own neighbours.
      const target = info.class === 'malformed' && HYPHEN.test(text) && !token.hasInvisible ? misspeltPart(text, before, after) : { text, offset: 0, before, after }
      if (!target) return
      check(token, target.text, info, target.before, target.after, [token.start + target.offset, token.start + target.offset + target.text.length])
    }

    function check(token: Token, text: string, info: WordInfo, before: string | undefined, after: string | undefined, range: readonly [number, number]): void {
      const candidates: SpellingCandidate[] = [...spellingCandidates(text)]
      if (info.class === 'joined' && info.parts) {
        const [left, right] = info.parts
        // `cáccông`, and a syllable run into a name: `củaAndy`.
        const keys = info.parts.map(syllableKey)
        const known = candidates.some((c) => c.keys.length === 2 && c.keys[0] === keys[0] && c.keys[1] === keys[1])
        if (!known && lex.has(left) && (lex.has(right) || startsUpper(right))) {
          candidates.push({ text: `${left} ${right}`, oldStyle: `${left} ${right}`, keys, cost: JOINED_COST, kind: 'split' })
        }
      }
      const ranked = rankCandidates(candidates, neighbourOf(before), neighbourOf(after))
      const top = ranked[0]
      // A word with no mark at all may be English (`hit`, `loop`): a typo only when one cheap edit (`quiy`, `hoc`, `dip`)
      // gives a syllable the context vouches for, or when it spells a syllable with the keys of an input method that
      // no English word has (`vie65t`, `nguowif`, `dduwowcj`).
      if (!hasAnyMark(text) && !(top?.attested && top.candidate.cost <= BARE_MAX_COST) && !(top?.candidate.kind === 'typing' && TYPING_KEYS.test(text))) return
      // A capitalised syllable the lexicon lacks is a name (`Lê Duẩn`) unless the context vouches for a correction (`Đà Nẳng`).
      if (info.class === 'syllable' && startsUpper(text) && !top?.attested) return
      // A non-syllable the document writes the same way again and again is a term it means (`điốt`, `kyat`), not a slip;
      // a misplaced or doubled tone mark (`lọai`, `đựợc`) is a slip however often it recurs.
      if (info.class === 'malformed' && !HABITUAL_SLIPS.has(info.problem?.code ?? '') && repeats(context.document, token.lower) >= TERM_REPEATS) return

      const base = info.class === 'syllable' ? 'unknown' : 'notSyllable'
      const shown = ranked.slice(0, MAX_SUGGESTIONS)
      // Only open oa, oe, uy differ between the tone styles: the document is read for its style only then.
      const style = shown.some((r) => r.candidate.text !== r.candidate.oldStyle) ? documentStyle(context.document) : 'new'
      const written = shown.map((r) => withCaseOf(text, candidateText(r.candidate, style)))
      if (written.length === 0) {
        context.report({ messageId: `${base}NoSuggestion`, range, data: { word: text }, unsure: true })
        return
      }
      if (isClearWinner(ranked)) {
        context.report({ messageId: base, range, data: { word: text, suggestion: written[0]! }, fix: { range, text: written[0]! } })
        return
      }
      const suggest: SuggestionDescriptor[] = written.map((w) => ({ messageId: 'replace', data: { text: w }, fix: { range, text: w } }))
      context.report({ messageId: `${base}Suggest`, range, data: { word: text, suggestions: written.map((w) => `“${w}”`).join(', ') }, suggest })
    }
  },
})
