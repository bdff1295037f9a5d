import { describe, expect, it } from 'vitest'
import { Soat } from '../../src/api.js'

const soat = new Soat({ useConfigFiles: false, reportUnusedDisableDirectives: true })
const title = 'Hội nghị tổng kết công tác xây dựng Đảng năm 2021'
const lead = 'Chiều 4-1, Thành ủy đã tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2021 và triển khai nhiệm vụ năm 2022.'

async function lint(text: string, format: 'text' | 'markdown' | 'html' = 'text') {
  const ext = { text: 'txt', markdown: 'md', html: 'html' }[format]
  return (await soat.lintText(text, { filePath: `draft.${ext}` })).findings.map((f) => `${f.line} ${f.ruleId}`)
}

describe('inline directives', () => {
  it('soat-disable-next-line silences the next line, for the listed rules only', async () => {
    const text = `${title}\n${lead}\n<!-- soat-disable-next-line duplicate-headline -- ảnh minh họa có chú thích trùng tiêu đề -->\n${title}\n${title}\n`
    expect(await lint(text)).toEqual(['5 duplicate-headline'])
  })
  it('soat-disable … soat-enable covers a range; a rule list limits it', async () => {
    const text = `${title}\n${lead}\n<!-- soat-disable -->\n${title}\n{name}\n<!-- soat-enable -->\n${title}\n<!-- soat-disable template-residue -->\n${title}\n{time}\n`
    expect(await lint(text)).toEqual(['7 duplicate-headline', '9 duplicate-headline'])
  })
  it('soat-enable for one rule re-enables it inside a disable-all range', async () => {
    const text = `${title}\n${lead}\n<!-- soat-disable -->\n<!-- soat-enable template-residue -->\n${title}\n{name}\n`
    expect(await lint(text)).toEqual(['6 template-residue'])
  })
  it('soat-disable-line silences its own line', async () => {
    const text = `${title}\n${lead}\n${title} <!-- soat-disable-line -->\n`
    expect(await lint(text)).toEqual([])
  })
  it('works in Markdown and HTML comments', async () => {
    expect(await lint(`# ${title}\n\n${lead}\n\n<!-- soat-disable-next-line -->\n${title}\n`, 'markdown')).toEqual([])
    expect(await lint(`<h1>${title}</h1><p>${lead}</p>\n<!-- soat-disable-next-line -->\n<p>${title}</p>`, 'html')).toEqual([])
  })
  it('reports unused directives and names unknown rules', async () => {
    const result = await soat.lintText(`${lead}\n<!-- soat-disable-next-line duplicate-headline -->\n${lead.toUpperCase()}x\n<!-- soat-disable speling -->\n`, {
      filePath: 'draft.txt',
    })
    expect(result.findings.map((f) => [f.line, f.ruleId, f.message])).toEqual([
      [2, 'soat/unused-disable-directive', 'Chỉ thị soat-disable-next-line không dùng đến (duplicate-headline).'],
      [4, 'soat/unused-disable-directive', 'Chỉ thị soat-disable không dùng đến (speling).'],
    ])
    expect(result.notifications.map((n) => n.message)).toEqual(['Chỉ thị soat-disable nêu quy tắc không tồn tại “speling”.'])
  })
  it('removes a wholly unused directive with --fix', async () => {
    const text = `${lead}\n<!-- soat-disable template-residue -->\n`
    const result = await soat.lintText(text, { filePath: 'draft.txt', fix: true })
    expect(result.output).toBe(`${lead}\n\n`)
  })
})
