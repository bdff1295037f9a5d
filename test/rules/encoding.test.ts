import rule from '../../rules/encoding/encoding.js'
import { ruleTester } from '../support/rule-tester.js'

const manyNfd = Array.from({ length: 12 }, () => 'ho\u0300a').join(' ')

ruleTester.run('encoding', rule, {
  valid: [
    // Seed 002 line 7: an NBSP between words, from the CMS.
    'Đồng chí Nguyễn Hồng Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh\u00A0ủy đọc tờ trình về kết quả công tác xây dựng Đảng.',
    // Seed 002 line 27: thin spaces after a full stop (punctuation-spacing's business, not encoding's).
    'Ban Thường vụ Tỉnh ủy đề ra 6 nhiệm vụ trọng tâm trong năm 2022.\u2009\u2009Đó là tiếp tục chỉ đạo, tổ chức học tập.',
    // Seed 001: clean NFC text with acronyms, codes and numbers.
    'PhuthoPortal - Ngày 14/1/2022, BTV Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị BCH lần thứ Mười một (khóa XIX).',
    // Foreign words with Latin-1 letters are not mojibake.
    'Ông José Müller dự lễ khai trương quán café ở Zürich cùng bà Mátyás Kádár.',
    // A typo made of Vietnamese letters is not TCVN3 (“tôt” would read “tụt”).
    'Kết quả đạt loại tôt.',
    // Emoji sequences keep their joiners.
    'Gia đình 👨\u200D👩\u200D👧 tham gia ngày hội.',
  ],
  invalid: [
    {
      name: 'a decomposed (NFD) word among NFC',
      text: 'Thành ủy TP Thanh Ho\u0301a tổ chức hội nghị.',
      output: 'Thành ủy TP Thanh Hóa tổ chức hội nghị.',
      findings: [{ messageId: 'notNfc', text: 'Ho\u0301a', line: 1, column: 19, data: { word: 'Hóa' } }],
    },
    {
      name: 'a whole decomposed document gets one finding',
      text: manyNfd,
      output: Array.from({ length: 12 }, () => 'hòa').join(' '),
      findings: [{ messageId: 'manyNotNfc', data: { word: 'hòa', count: 12 }, column: 1 }],
    },
    {
      name: 'a zero-width space inside a word',
      text: 'trong thời gian qua đ\u200Bược sự quan tâm',
      output: 'trong thời gian qua được sự quan tâm',
      findings: [{ messageId: 'invisible', text: '\u200B', column: 22, data: { name: 'ZERO WIDTH SPACE', code: '200B' } }],
    },
    {
      name: 'a soft hyphen and a word joiner',
      text: 'xây\u00ADdựng Đảng và chính\u2060quyền',
      output: 'xâydựng Đảng và chínhquyền',
      findings: [
        { messageId: 'invisible', data: { name: 'SOFT HYPHEN', code: '00AD' } },
        { messageId: 'invisible', data: { name: 'WORD JOINER', code: '2060' } },
      ],
    },
    {
      name: 'the replacement character',
      text: 'Đảng bộ thành phố có 19 TCCSĐ hoàn thành xu\uFFFDt sắc nhiệm vụ.',
      findings: [{ messageId: 'replacement', text: '\uFFFD', column: 44 }],
    },
    {
      name: 'an eth written for Đ',
      text: 'Trung \u00D0oàn 15 thuộc Sư \u00D0oàn 9.',
      output: 'Trung Đoàn 15 thuộc Sư Đoàn 9.',
      findings: [
        { messageId: 'lookalike', text: '\u00D0oàn', data: { word: '\u00D0oàn', char: '\u00D0', code: '00D0', expected: 'Đ' } },
        { messageId: 'lookalike', text: '\u00D0oàn' },
      ],
    },
    {
      name: 'TCVN3 mojibake, named',
      text: 'Ban Th\u00B8nh \u00F1y TP Thanh H\u00E3a tæ chøc héi nghÞ.',
      findings: [
        {
          messageId: 'legacyEncoding',
          text: 'Th\u00B8nh \u00F1y TP Thanh H\u00E3a tæ chøc héi nghÞ',
          data: { text: 'Th\u00B8nh', decoded: 'Thánh', encoding: 'TCVN3', count: 7 },
          suggestions: ['Ban Thánh ủy TP Thanh Hóa tổ chức hội nghị.'],
        },
      ],
    },
    {
      name: 'VNI mojibake, named',
      text: 'Thaønh uûy TP Thanh Hoùa toå chöùc hoäi nghò.',
      findings: [
        {
          messageId: 'legacyEncoding',
          data: { text: 'Thaønh', decoded: 'Thành', encoding: 'VNI', count: 7 },
          suggestions: ['Thành ủy TP Thanh Hóa tổ chức hội nghị.'],
        },
      ],
    },
    {
      name: 'NBSP only when asked',
      text: 'Tỉnh\u00A0ủy Thanh Hóa',
      options: { reportNbsp: true },
      output: 'Tỉnh ủy Thanh Hóa',
      findings: [{ messageId: 'nbsp', column: 5, data: { code: '00A0' } }],
    },
  ],
})
