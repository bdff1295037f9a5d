import { describe, expect, it } from 'vitest'
import { LineIndex } from '../../src/document/line-index.js'

/** Line starts by reading every character: LF, CR and CRLF each end a line. */
function lineStartsByCharacter(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 10) starts.push(i + 1)
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++
      starts.push(i + 1)
    }
  }
  return starts
}

const startsOf = (index: LineIndex) => Array.from({ length: index.lineCount }, (_, k) => index.lineStart(k + 1))

describe('LineIndex', () => {
  it('finds LF, CR and CRLF line breaks in every mix up to six characters', () => {
    const texts = ['']
    for (let length = 1; length <= 6; length++) {
      for (const prefix of texts.filter((t) => t.length === length - 1)) for (const ch of ['a', '\n', '\r']) texts.push(prefix + ch)
    }
    for (const text of texts) expect([text, startsOf(new LineIndex(text))]).toEqual([text, lineStartsByCharacter(text)])
  })

  it('gives lines and columns of a Vietnamese text', () => {
    const index = new LineIndex('Hội nghị\r\nTỉnh ủy\rThanh Hóa\n')
    expect(index.lineCount).toBe(4)
    expect(index.position(10)).toEqual({ line: 2, column: 1 })
    expect(index.lineText(3)).toBe('Thanh Hóa')
  })
})
