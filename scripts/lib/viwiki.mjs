// The Viwiki-Spelling dev set (Tran et al. 2021, CC BY 4.0) and the vn-law corpus, read in place from
// ../shared/data beside the project: never copied into the repository. One loader for the measure and
// bench scripts, with the labels' code-point offsets turned into the UTF-16 offsets findings use.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('../..', import.meta.url).pathname
export const dataDir = join(root, '..', 'shared', 'data')
export const viwikiPath = join(dataDir, 'viwiki-spelling-dev.jsonl')
export const lawDir = join(dataDir, 'vn-law')

/** Code-point offsets (the labels') to UTF-16 offsets (the findings'): `offsets[cp]` is the UTF-16 index. */
export function utf16Offsets(text) {
  const offsets = [0]
  let o = 0
  for (const ch of text) {
    o += ch.length
    offsets.push(o)
  }
  return offsets
}

/**
 * The dev documents: `{ id, text, mistakes: [{ start, end, text, suggest }] }` with UTF-16 offsets,
 * or undefined when the file is absent (a user's machine).
 */
export function loadViwiki(path = viwikiPath) {
  if (!existsSync(path)) return undefined
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const doc = JSON.parse(line)
      const offsets = utf16Offsets(doc.text)
      const mistakes = doc.mistakes.map((m) => {
        const cp = Number(m.start_offset)
        const start = offsets[cp]
        const end = offsets[cp + [...m.text].length]
        if (doc.text.slice(start, end) !== m.text) throw new Error(`viwiki ${doc._id}: label «${m.text}» does not match the text at ${cp}`)
        return { start, end, text: m.text, suggest: m.suggest }
      })
      return { id: `viwiki-${doc._id}`, text: doc.text, mistakes }
    })
}

/** The laws as `{ id, text }`, or undefined when absent. */
export function loadLaws(dir = lawDir) {
  if (!existsSync(dir)) return undefined
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/u, ''), text: readFileSync(join(dir, f), 'utf8') }))
}
