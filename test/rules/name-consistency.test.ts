import { describe, expect, it } from 'vitest'
import rule from '../../rules/name-consistency/name-consistency.js'
import { seedText } from '../support/seeds.js'
import { lintWithRule, ruleTester } from '../support/rule-tester.js'

ruleTester.run('name-consistency', rule, {
  valid: [
    // Seed 001: one name, written the same four times.
    seedText('001'),
    // Seed 004: names after `đồng chí`, a minority surname, a title before a name.
    seedText('004'),
    // Different people who share a given name.
    'Đồng chí Nguyễn Văn An, Bí thư Huyện ủy, và đồng chí Trần Văn An, Chủ tịch UBND huyện, dự hội nghị.',
    // Two spellings each written twice or more: two people, not a typo.
    'Ông Nguyễn Văn An và ông Nguyễn Văn Anh cùng dự. Ông Nguyễn Văn An phát biểu, ông Nguyễn Văn Anh kết luận.',
    // Tone placement is tone-placement's business.
    'Đồng chí Vũ Đức Hòa chủ trì. Đồng chí Vũ Đức Hoà kết luận.',
    // Two-syllable runs without a word of address are not taken for names (streets named after people).
    'Từ đường Lê Lợi rẽ sang đường Lê Lai.',
  ],
  invalid: [
    {
      name: 'one syllable one edit apart',
      text: 'Đồng chí Nguyễn Xuân Tường chủ trì hội nghị.\nBí thư Đảng ủy Khối Nguyễn Xuân Tường phát biểu.\nĐồng chí Nguyễn Xuân Trường nhấn mạnh nhiệm vụ năm 2022.',
      findings: [
        {
          messageId: 'spelledTwoWays',
          text: 'Nguyễn Xuân Trường',
          line: 3,
          column: 10,
          data: { actual: 'Nguyễn Xuân Trường', other: 'Nguyễn Xuân Tường', line: 1 },
          message: 'Tên người được viết hai cách: “Nguyễn Xuân Trường” ở đây và “Nguyễn Xuân Tường” ở dòng 1; kiểm tra lại cho thống nhất.',
          suggestions: [
            'Đồng chí Nguyễn Xuân Tường chủ trì hội nghị.\nBí thư Đảng ủy Khối Nguyễn Xuân Tường phát biểu.\nĐồng chí Nguyễn Xuân Tường nhấn mạnh nhiệm vụ năm 2022.',
            'Đồng chí Nguyễn Xuân Trường chủ trì hội nghị.\nBí thư Đảng ủy Khối Nguyễn Xuân Trường phát biểu.\nĐồng chí Nguyễn Xuân Trường nhấn mạnh nhiệm vụ năm 2022.',
          ],
        },
      ],
    },
    {
      name: 'a name without a listed surname, after đồng chí; once each, the later one is reported',
      text: 'Chiều 15-5, đồng chí Thào A Sinh chủ trì. Phát biểu kết luận, đồng chí Thào A Sính nhấn mạnh.',
      findings: [{ text: 'Thào A Sính', data: { actual: 'Thào A Sính', other: 'Thào A Sinh', line: 1 } }],
    },
  ],
})

describe('name-consistency: both places', () => {
  it('names every place of the other spelling', async () => {
    const [finding] = await lintWithRule(
      'name-consistency',
      rule,
      'Đồng chí Nguyễn Xuân Tường chủ trì.\nĐồng chí Nguyễn Xuân Tường phát biểu.\nĐồng chí Nguyễn Xuân Trường kết luận.',
    )
    expect([finding!.line, ...finding!.related!.map((r) => r.line)]).toEqual([3, 1, 2])
    expect(finding!.related![0]!.message).toBe('Cách viết “Nguyễn Xuân Tường”.')
  })
})
