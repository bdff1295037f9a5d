import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import rule from '../../rules/institution-capitalization/institution-capitalization.js'
import { packageRoot } from '../../src/paths.js'
import { lintWithRule, ruleTester } from '../support/rule-tester.js'

ruleTester.run('institution-capitalization', rule, {
  valid: [
    // Seed 000 line 55: canonical names beside a generic lower-case use.
    'Về công tác kiểm tra, giao Ủy ban Kiểm tra Thành ủy chủ trì phối hợp với các ban xây dựng đảng triển khai Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng khóa XIII.',
    // Seed 001 line 7.
    'Cùng dự có các đồng chí Ủy viên BCH, Ủy viên Ủy ban Kiểm tra Đảng bộ Khối các cơ quan tỉnh; Bí thư Chi, Đảng bộ cơ sở trực thuộc Đảng bộ khối.',
    // Seed 004 line 10: old tone placement, right capitals.
    'Uỷ viên Ban Thường vụ, Chủ nhiệm Uỷ ban Kiểm tra Thị uỷ Nguyễn Anh Tuấn thảo luận tại hội nghị.',
    // Seed 004 line 8: `ủy ban kiểm tra các cấp` is the class of committees, not one body.
    'theo kế hoạch giám sát của Uỷ ban kiểm tra các cấp và sự chỉ đạo của Thường trực.',
    'Ủy ban kiểm tra các cấp tăng cường kiểm tra, giám sát.',
    'Đồng chí đề nghị các tỉnh ủy, thành ủy, ủy ban kiểm tra và các ban đảng phối hợp.',
    // Common nouns that contain a listed name (vn-law, viwiki).
    'để đổi lại sự nhượng bộ chính trị đối với Mỹ',
    'Chỉ thị Ủy ban Liên Bộ hợp tác mật thiết với phái đoàn.',
    'Ủy ban phân loại khoáng vật đã trở thành Ủy ban tân khoáng vật.',
    'Ban tổ chức cuộc thi đã trao 20 giải.',
    'Trưởng Ban tổ chức thực hiện chương trình giám sát.',
    'Chính phủ trình Ủy ban thường vụ Quốc hội quy định.',
    'xây dựng chính phủ điện tử, chính phủ số',
    'KẾT LUẬN CỦA BỘ CHÍNH TRỊ VỀ CÔNG TÁC XÂY DỰNG ĐẢNG',
    'các cơ quan trung ương và địa phương',
    { name: 'a newsroom accepts its own capitals', text: 'Ban Thường Vụ Tỉnh ủy họp.', options: { institutions: [{ name: 'Ban Thường vụ', generic: true, accepted: ['Ban Thường Vụ'] }] } },
  ],
  invalid: [
    {
      name: 'seed 000 line 45',
      text: 'Xây dựng kế hoạch tổ chức triển khai hiệu quả Kết luận số 01-KL/TW của Bộ chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW, ngày 15-5-2016 của Bộ chính trị về đẩy mạnh học tập.',
      output: 'Xây dựng kế hoạch tổ chức triển khai hiệu quả Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW, ngày 15-5-2016 của Bộ Chính trị về đẩy mạnh học tập.',
      findings: [
        { messageId: 'wrongCapitals', text: 'Bộ chính trị', column: 72, data: { actual: 'Bộ chính trị', expected: 'Bộ Chính trị' } },
        { messageId: 'wrongCapitals', text: 'Bộ chính trị', message: 'Viết hoa chưa đúng: “Bộ chính trị”, cần viết “Bộ Chính trị”.' },
      ],
    },
    {
      name: 'seed 004 line 8: capitals judged after tone normalisation, the writer’s tone marks kept',
      text: 'Ban Chấp hành Đảng bộ cơ quan đã chỉ đạo Uỷ ban kiểm tra Thị uỷ và các chi bộ thực hiện. Uỷ ban kiểm tra Thị ủy đã tiếp nhận 25 đơn. Theo sự chỉ đạo của Thường trực, Ban thường vụ Tỉnh ủy.',
      output: 'Ban Chấp hành Đảng bộ cơ quan đã chỉ đạo Uỷ ban Kiểm tra Thị uỷ và các chi bộ thực hiện. Uỷ ban Kiểm tra Thị ủy đã tiếp nhận 25 đơn. Theo sự chỉ đạo của Thường trực, Ban Thường vụ Tỉnh ủy.',
      findings: [
        { text: 'Uỷ ban kiểm tra Thị uỷ', data: { actual: 'Uỷ ban kiểm tra Thị uỷ', expected: 'Uỷ ban Kiểm tra Thị uỷ' } },
        { text: 'Uỷ ban kiểm tra Thị ủy' },
        { text: 'Ban thường vụ Tỉnh ủy', data: { actual: 'Ban thường vụ Tỉnh ủy', expected: 'Ban Thường vụ Tỉnh ủy' } },
      ],
    },
    {
      name: 'seed 004 line 13',
      text: 'bảo đảm thực hiện theo chủ trương tổ chức bộ máy chính quyền địa phương 2 cấp của Trung Ương.',
      output: 'bảo đảm thực hiện theo chủ trương tổ chức bộ máy chính quyền địa phương 2 cấp của Trung ương.',
      findings: [{ text: 'Trung Ương', line: 1, column: 83, level: 'warning' }],
    },
    {
      name: 'a generic name becomes one body when a level body follows, even at the start of a sentence',
      text: 'Ban tổ chức Trung ương hướng dẫn. Đồng chí đề nghị ban thường vụ Tỉnh ủy họp.',
      output: 'Ban Tổ chức Trung ương hướng dẫn. Đồng chí đề nghị Ban Thường vụ Tỉnh ủy họp.',
      findings: [{ text: 'Ban tổ chức Trung ương' }, { text: 'ban thường vụ Tỉnh ủy', data: { actual: 'ban thường vụ Tỉnh ủy', expected: 'Ban Thường vụ Tỉnh ủy' } }],
    },
    {
      name: 'too many capitals',
      text: 'Uỷ ban Nhân dân tỉnh và Hội Đồng Nhân Dân tỉnh; Ban Chấp hành Trung Ương Đảng.',
      output: 'Uỷ ban nhân dân tỉnh và Hội đồng nhân dân tỉnh; Ban Chấp hành Trung ương Đảng.',
      findings: [{ text: 'Uỷ ban Nhân dân' }, { text: 'Hội Đồng Nhân Dân' }, { text: 'Ban Chấp hành Trung Ương', data: { actual: 'Ban Chấp hành Trung Ương', expected: 'Ban Chấp hành Trung ương' } }],
    },
    {
      name: 'a title before a generic name: a suggestion, not a fix',
      text: 'Đồng chí Phùng Mạnh Khang, Ủy viên Ban thường vụ, Trưởng Ban Tuyên giáo Thị ủy.',
      findings: [
        {
          text: 'Ban thường vụ',
          data: { actual: 'Ban thường vụ', expected: 'Ban Thường vụ' },
          suggestions: ['Đồng chí Phùng Mạnh Khang, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Thị ủy.'],
        },
      ],
    },
    {
      name: 'a newsroom adds its own bodies',
      text: 'Đài phát thanh và Truyền hình tỉnh đưa tin.',
      options: { institutions: ['Đài Phát thanh và Truyền hình'] },
      output: 'Đài Phát thanh và Truyền hình tỉnh đưa tin.',
      findings: [{ text: 'Đài phát thanh và Truyền hình' }],
    },
    {
      name: 'positions point into the Markdown source',
      text: '# Tin\n\nKết luận của **Bộ chính trị**.',
      format: 'markdown',
      output: '# Tin\n\nKết luận của **Bộ Chính trị**.',
      findings: [{ text: 'Bộ chính trị', line: 3, column: 16 }],
    },
  ],
})

describe('institutions.json examples', () => {
  const data = JSON.parse(readFileSync(join(packageRoot, 'rules/institution-capitalization/institutions.json'), 'utf8')) as {
    institutions: Array<{ name: string; examples?: { flag?: string[]; pass?: string[] } }>
  }
  const withExamples = data.institutions.filter((i) => i.examples)
  it('has examples for the bodies of the catalog', () => {
    expect(withExamples.map((i) => i.name)).toEqual(expect.arrayContaining(['Bộ Chính trị', 'Ủy ban Kiểm tra', 'Ban Thường vụ', 'Trung ương', 'Quốc hội', 'Chính phủ']))
  })
  for (const institution of withExamples) {
    it(`${institution.name}: flags its examples and passes its counter-examples`, async () => {
      for (const text of institution.examples!.flag ?? []) {
        expect((await lintWithRule('institution-capitalization', rule, text)).length, text).toBeGreaterThan(0)
      }
      for (const text of institution.examples!.pass ?? []) {
        expect((await lintWithRule('institution-capitalization', rule, text)).map((f) => f.text), text).toEqual([])
      }
    })
  }
})
