/** What the Foundation issue asks of the structure rules on each seed, stated explicitly. */
import { describe, expect, it } from 'vitest'
import { seedFindings, seedText } from '../support/seeds.js'

const STRUCTURE = ['duplicate-headline', 'duplicate-paragraph', 'template-residue', 'web-boilerplate']

async function lines(prefix: string, ruleId: string): Promise<number[]> {
  return (await seedFindings(prefix)).filter((f) => f.ruleId === ruleId).map((f) => f.line)
}

describe('seed 000', () => {
  const text = seedText('000')
  const headline = 'TP Thanh Hóa tổng kết công tác xây dựng Đảng năm 2021, triển khai nhiệm vụ năm 2022'

  it('yields every repeat of its headline', async () => {
    const repeats = text
      .split('\n')
      .map((line, i) => [line, i + 1] as const)
      .filter(([line]) => line === headline)
      .map(([, n]) => n)
    expect(repeats.length).toBe(10)
    expect(await lines('000', 'duplicate-headline')).toEqual(repeats.slice(1))
  })

  it('yields the repeated lead, the caption repeated as a paragraph start and the doubled byline', async () => {
    const findings = (await seedFindings('000')).filter((f) => f.ruleId === 'duplicate-paragraph')
    expect(findings.map((f) => [f.line, f.related?.[0]?.line])).toEqual([
      [5, 1],
      [11, 9],
      [68, 65],
    ])
    expect(findings[2]!.text).toBe('Trần Thanh')
  })

  it('yields the placeholders of lines 70–76', async () => {
    const findings = (await seedFindings('000')).filter((f) => f.ruleId === 'template-residue')
    expect(findings.map((f) => `${f.line}:${f.text}`)).toEqual(['70:{name}', '70:{time}', '74:{body}', '75:{name}', '75:{time}', '76:{body}'])
  })

  it('yields the page chrome of lines 72–89', async () => {
    expect(await lines('000', 'web-boilerplate')).toEqual([72, 78, 80, 80, 82, 84, 86, 88, 89])
  })
})

describe('seed 003', () => {
  it('yields its skip link on line 1', async () => {
    const findings = (await seedFindings('003')).filter((f) => f.ruleId === 'web-boilerplate')
    expect(findings.map((f) => [f.line, f.text])).toEqual([[1, 'Truy cập nội dung luôn']])
  })
})

describe('seed 002', () => {
  it('yields its Comment box lines', async () => {
    const findings = (await seedFindings('002')).filter((f) => f.ruleId === 'web-boilerplate')
    expect(findings.map((f) => [f.line, f.text])).toEqual([
      [41, 'Comment'],
      [43, 'Vui lòng nhập tiếng việt có dấu'],
    ])
  })
})

describe('seed 001, the cleanest draft', () => {
  it('yields none of the four structure rules', async () => {
    expect((await seedFindings('001')).filter((f) => STRUCTURE.includes(f.ruleId))).toEqual([])
  })
})

describe('seed 004', () => {
  it('yields no structure finding', async () => {
    expect((await seedFindings('004')).filter((f) => STRUCTURE.includes(f.ruleId))).toEqual([])
  })
})
