import rule, { withCapitalsOf } from '../../rules/invalid-date/invalid-date.js'
import { describe, expect, it } from 'vitest'
import { ruleTester } from '../support/rule-tester.js'
import { seedText } from '../support/seeds.js'

const dateline = seedText('002').split('\n')[2]!

ruleTester.run('invalid-date', rule, {
  valid: [
    // Seed 002 line 3: 2 December 2021 was a Thursday.
    dateline,
    'Chiều 4-1, Thành ủy tổ chức hội nghị tổng kết.',
    'Sáng 15-5, Ban Thường vụ Tỉnh ủy làm việc với huyện.',
    'Ngày 29/2/2024, hội nghị được tổ chức.',
    // A partial date: February may have 29 days.
    'Ngày 29/2, hội nghị được tổ chức.',
    'Hội nghị lần thứ năm, ngày 15/5/2021 đã bế mạc.',
    'Có 7/6 đơn vị hoàn thành.',
    'Hội nghị diễn ra vào Chủ nhật, ngày 2/9/1945.',
    // Lunar dates: months of 30 days, no weekday.
    'Lễ hội diễn ra vào mùng 10/3 âm lịch; ngày 30/2 (âm lịch) là ngày giỗ.',
  ],
  invalid: [
    {
      name: 'seed 002 line 3 with THỨ SÁU',
      text: dateline.replace('THỨ NĂM', 'THỨ SÁU'),
      output: dateline,
      findings: [
        {
          messageId: 'wrongWeekday',
          text: 'THỨ SÁU',
          line: 1,
          column: 1,
          message: '“THỨ SÁU” không khớp với ngày 02/12/2021: ngày đó là “THỨ NĂM”.',
        },
      ],
    },
    {
      text: 'Chủ nhật, 4/1/2022, Thành ủy họp.',
      output: 'Thứ ba, 4/1/2022, Thành ủy họp.',
      findings: [{ messageId: 'wrongWeekday', text: 'Chủ nhật', data: { weekday: 'Chủ nhật', date: '4/1/2022', expected: 'Thứ ba' } }],
    },
    {
      name: 'a weekday in digits is reported, not corrected',
      text: 'Thứ 6, ngày 02/12/2021, hội nghị khai mạc.',
      output: 'Thứ 6, ngày 02/12/2021, hội nghị khai mạc.',
      findings: [{ messageId: 'wrongWeekday', text: 'Thứ 6', data: { weekday: 'Thứ 6', date: '02/12/2021', expected: 'Thứ năm' } }],
    },
    {
      text: 'Quyết định có hiệu lực từ ngày 31/02/2022.',
      findings: [{ messageId: 'dayOutOfRange', text: '31/02/2022', message: 'Ngày không có thật: “31/02/2022” (tháng 2/2022 chỉ có 28 ngày).' }],
    },
    { text: 'Hội nghị được tổ chức ngày 32/5.', findings: [{ messageId: 'dayOutOfRange', text: '32/5' }] },
    { text: 'Lễ giỗ vào ngày 31/2 âm lịch.', findings: [{ messageId: 'dayOutOfRange', text: '31/2', data: { date: '31/2', month: '2', days: 30 } }] },
    { text: 'Hạn nộp là ngày 31-4.', findings: [{ messageId: 'dayOutOfRange', text: '31-4', data: { date: '31-4', month: '4', days: 30 } }] },
    { text: 'Kế hoạch triển khai trong tháng 13/2022.', findings: [{ messageId: 'monthOutOfRange', text: '13/2022', message: 'Ngày không có thật: “13/2022” (không có tháng 13).' }] },
    { name: 'Viwiki: a month that does not exist', text: 'Ngày 29 tháng 19, những kẻ không tặc đã yêu cầu thả ba tay súng.', findings: [{ messageId: 'monthOutOfRange', text: '29 tháng 19' }] },
  ],
})

describe('withCapitalsOf', () => {
  it('keeps the writer’s capitals', () => {
    expect(withCapitalsOf('Thứ Năm', 'THỨ SÁU')).toBe('THỨ NĂM')
    expect(withCapitalsOf('Thứ Năm', 'thứ sáu')).toBe('thứ năm')
    expect(withCapitalsOf('Thứ Năm', 'Thứ Sáu')).toBe('Thứ Năm')
    expect(withCapitalsOf('Thứ Năm', 'Thứ sáu')).toBe('Thứ năm')
    expect(withCapitalsOf('Thứ Hai', 'thứ Ba')).toBe('thứ Hai')
    expect(withCapitalsOf('Chủ nhật', 'Thứ Hai')).toBe('Chủ Nhật')
    expect(withCapitalsOf('Thứ Ba', 'Chủ nhật')).toBe('Thứ ba')
  })
})
