import rule from '../../rules/unbalanced-pair/unbalanced-pair.js'
import { ruleTester } from '../support/rule-tester.js'

ruleTester.run('unbalanced-pair', rule, {
  valid: [
    // Seed 000 line 19 and seed 002 line 19: curly and straight quotes, balanced.
    'triển khai Nghị quyết của Đảng theo phương châm sát thực tiễn, “dễ hiểu, dễ nhớ, dễ thực hiện”. Đi liền với đó, công tác xây dựng, củng cố tổ chức cơ sở đảng (TCCSĐ), nâng cao chất lượng đảng viên.',
    'Chỉ đạo kiểm tra, hướng dẫn hoạt động của các tổ "Covid cộng đồng", tổ "An toàn Covid".',
    // Nested pairs.
    'Đề án “Xây dựng đội ngũ cán bộ (nhất là người đứng đầu) đủ phẩm chất, đáp ứng yêu cầu ‘phát triển’ giai đoạn 2021 - 2025”.',
    'ngày cuối cùng của "Tuần lễ đẫm máu" ("Semaine Sanglante") và đánh dấu chấm hết cho Công xã.',
    // Apostrophes.
    'Bài phát biểu của Donald Trump’s team và ông O’Neill.',
    "Các em' vẫn đến trường.",
    // List labels.
    'a) Tổ chức học tập nghị quyết; b) Kiểm tra, giám sát.',
    '(a) Tổ chức học tập nghị quyết; (b) Kiểm tra, giám sát.',
    'Bao gồm các việc sau: a) Sản xuất hoặc nhân giống; b) Chế biến;c) Bảo quản.',
    'Điểm đ khoản 1 Điều 2 được sửa đổi như sau: “đ) Quyết định xử lý vụ việc cạnh tranh.”',
    // A quotation over several paragraphs, as amending laws quote whole articles.
    'Sửa đổi, bổ sung Điều 55 như sau:\n“Điều 55. Điều kiện nghỉ hưu\n1. Người lao động bảo đảm điều kiện về thời gian đóng bảo hiểm xã hội.”',
    'Tắt [X]',
  ],
  invalid: [
    {
      name: 'seed 000 line 45: a closing quote with no opening one',
      text: 'Kết luận số 01-KL/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, gắn với nhiệm vụ của từng địa phương.',
      findings: [
        {
          messageId: 'unmatchedClose',
          text: '”',
          line: 1,
          column: 112,
          message: 'Dấu đóng ” không có dấu mở tương ứng trong đoạn.',
          suggestions: ['Kết luận số 01-KL/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, gắn với nhiệm vụ của từng địa phương.'],
        },
      ],
    },
    {
      name: 'seed 000 line 49',
      text: 'bảo đảm lãnh đạo hoàn thành tốt nhiệm vụ chính trị của các địa phương cơ quan đơn vị”.',
      findings: [{ messageId: 'unmatchedClose', text: '”', column: 85 }],
    },
    {
      text: 'Đồng chí nhấn mạnh “phải nêu cao tinh thần trách nhiệm. Hội nghị kết thúc lúc 17 giờ.',
      findings: [{ messageId: 'unclosed', text: '“', data: { mark: '“', expected: '”' }, suggestions: ['Đồng chí nhấn mạnh phải nêu cao tinh thần trách nhiệm. Hội nghị kết thúc lúc 17 giờ.'] }],
    },
    {
      text: 'chế biến (xi măng 513 nghìn tấn, phân hóa học 66 nghìn tấn; đường 43 nghìn tấn.',
      findings: [{ messageId: 'unclosed', text: '(', column: 10 }],
    },
    {
      text: 'do tiếp xúc trực tiếp với không khí) hoặc với môi trường đất.',
      findings: [{ messageId: 'unmatchedClose', text: ')', column: 36 }],
    },
    {
      name: 'a straight quote glued to the word before it was meant to close',
      text: 'hô lớn: Phế truất hoàng đế", rồi giải tán.',
      findings: [{ messageId: 'unmatchedClose', text: '"' }],
    },
    {
      name: 'a bracket closed inside a quotation it did not open in',
      text: 'Họ gọi đó là “cuộc cách mạng) của thế kỷ”.',
      findings: [{ messageId: 'unmatchedClose', text: ')' }],
    },
    {
      name: 'a quotation still open at the end of the document',
      text: 'Đồng chí nhấn mạnh:\n“Năm 2022 là năm thứ hai triển khai nghị quyết.\nVì vậy, các cấp ủy cần nêu cao tinh thần trách nhiệm.',
      findings: [{ messageId: 'unclosed', text: '“', line: 2, column: 1 }],
    },
  ],
})
