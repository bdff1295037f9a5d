import rule from '../../rules/tone-placement/tone-placement.js'
import { ruleTester } from '../support/rule-tester.js'

ruleTester.run('tone-placement', rule, {
  valid: [
    // Seed 001, consistent in the old style throughout.
    'Đồng chí Nguyễn Xuân Tường - TUV, Bí thư Đảng ủy Khối các cơ quan tỉnh chủ trì hội nghị. Cùng dự có các đồng chí Ủy viên BCH, Ủy viên Ủy ban Kiểm tra Đảng bộ Khối các cơ quan tỉnh.',
    'Hội nghị BCH lần thứ Mười một (khóa XIX) kiểm điểm công tác lãnh đạo, chỉ đạo của tập thể.',
    // Consistent in the new style.
    'Uỷ viên Ban Thường vụ, Chủ nhiệm Uỷ ban Kiểm tra Thị uỷ Nguyễn Anh Tuấn thảo luận tại hội nghị; khoá học về văn hoá.',
    // Neutral syllables say nothing about the style: hoàng, quý, thuở, huế.
    'Ông Hoàng Văn Quý sinh thuở ấy ở Huế, thời khoáng đạt; Uỷ ban nhân dân xã.',
    // A configured style that the text follows.
    { text: 'Ban Thường vụ Thị uỷ, khoá XIX, thuỷ lợi.', options: { style: 'new' } },
    { text: 'Ban Thường vụ Thị ủy, khóa XIX, thủy lợi.', options: { style: 'old' } },
  ],
  invalid: [
    {
      name: 'seed 004: Thị uỷ among Thị ủy',
      text:
        'Phó Bí thư Thường trực Thị ủy, Bí thư Đảng bộ cơ quan Thị ủy; đồng chí Vũ Đức Hòa, Ủy viên Ban Thường vụ.\n' +
        'Trưởng Ban Tuyên giáo và Dân vận Thị uỷ, Giám đốc Trung tâm chính trị phát biểu tại hội nghị.',
      output:
        'Phó Bí thư Thường trực Thị ủy, Bí thư Đảng bộ cơ quan Thị ủy; đồng chí Vũ Đức Hòa, Ủy viên Ban Thường vụ.\n' +
        'Trưởng Ban Tuyên giáo và Dân vận Thị ủy, Giám đốc Trung tâm chính trị phát biểu tại hội nghị.',
      findings: [
        {
          messageId: 'newAmongOld',
          text: 'uỷ',
          line: 2,
          column: 38,
          level: 'warning',
          message: '“uỷ” đặt dấu thanh theo kiểu mới, trong khi văn bản dùng kiểu cũ (4 chỗ); nên viết “ủy”.',
        },
      ],
    },
    {
      name: 'the majority wins, capitals kept',
      text: 'Uỷ ban nhân dân tỉnh Khánh Hoà, khoá XVII; Ủy viên Thường trực.',
      output: 'Uỷ ban nhân dân tỉnh Khánh Hoà, khoá XVII; Uỷ viên Thường trực.',
      findings: [{ messageId: 'oldAmongNew', text: 'Ủy', data: { word: 'Ủy', expected: 'Uỷ', count: 3 } }],
    },
    {
      name: 'a tie goes to the style used first',
      text: 'Sức khoẻ của người dân; sức khỏe cộng đồng.',
      output: 'Sức khoẻ của người dân; sức khoẻ cộng đồng.',
      findings: [{ messageId: 'oldAmongNew', text: 'khỏe' }],
    },
    {
      name: 'decomposed (NFD) input is read too',
      text: 'Hòa bình, hòa hợp; hoa\u0300 giải.',
      output: 'Hòa bình, hòa hợp; hòa giải.',
      findings: [{ messageId: 'newAmongOld', text: 'hoa\u0300' }],
    },
    {
      name: 'the configured new style',
      text: 'Ban Thường vụ Tỉnh ủy, khóa XIX.',
      options: { style: 'new' },
      output: 'Ban Thường vụ Tỉnh uỷ, khoá XIX.',
      findings: [
        { messageId: 'notNew', text: 'ủy', message: '“ủy” đặt dấu thanh theo kiểu cũ; quy định dùng kiểu mới: “uỷ”.' },
        { messageId: 'notNew', text: 'khóa' },
      ],
    },
    {
      name: 'the configured old style',
      text: 'THUỶ LỢI và thuỷ sản.',
      options: { style: 'old' },
      output: 'THỦY LỢI và thủy sản.',
      findings: [
        { messageId: 'notOld', text: 'THUỶ' },
        { messageId: 'notOld', text: 'thuỷ' },
      ],
    },
  ],
})
