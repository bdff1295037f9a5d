/**
 * The matches of a global regular expression in a text, as `text.matchAll(re)`
 * yields them, without its per-call cost: `matchAll` copies the expression
 * (and builds an iterator) every time, and rules that scan each block with a
 * few expressions call it tens of thousands of times per megabyte.
 */

/** Every match of `re` (flag `g` required) in `text`, in order; `re.lastIndex` is left at 0. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global expression: ${re}`)
  const matches: RegExpExecArray[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    matches.push(m)
    // An empty match moves on by one character (a code point under the u flag), as matchAll does.
    if (m[0].length === 0) re.lastIndex = nextIndex(text, re.lastIndex, re.unicode)
  }
  re.lastIndex = 0
  return matches
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const code = text.charCodeAt(index)
  const next = text.charCodeAt(index + 1)
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1
}
