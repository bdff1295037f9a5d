import { describe, expect, it } from 'vitest'
import { lintText } from '../src/api.js'

describe('lintText', () => {
  it('finds a repeated headline in a plain-text draft', async () => {
    const text = 'Hội nghị tổng kết công tác năm 2021\n\nChiều 4-1, Thành ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2021 và triển khai nhiệm vụ năm 2022.\n\nHội nghị tổng kết công tác năm 2021\n'
    const result = await lintText(text, { useConfigFiles: false })
    expect(result.findings.map((f) => [f.ruleId, f.line])).toEqual([['duplicate-headline', 5]])
  })
})
