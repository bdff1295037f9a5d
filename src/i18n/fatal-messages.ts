/**
 * User-facing messages for fatal problems (bad configuration, unreadable
 * files…), in Vietnamese and English: what is wrong, what was found, what to
 * write instead.
 */
import type { Localized } from '../engine/types.js'

export const FATAL_MESSAGES = {
  configJson: {
    vi: 'Tệp cấu hình {file} không phải JSON hợp lệ: {detail}',
    en: 'The configuration file {file} is not valid JSON: {detail}',
  },
  configInvalid: {
    vi: 'Tệp cấu hình {file} không hợp lệ:\n{detail}',
    en: 'The configuration file {file} is invalid:\n{detail}',
  },
  configBoth: {
    vi: 'Thư mục {dir} có cả soat.config.json và .soatrc.json; hãy giữ một tệp.',
    en: 'The folder {dir} has both soat.config.json and .soatrc.json; keep one.',
  },
  configNotFound: {
    vi: 'Không tìm thấy tệp cấu hình {file}.',
    en: 'Configuration file {file} not found.',
  },
  extendsNotFound: {
    vi: 'Tệp cấu hình {file} kế thừa “{name}”, nhưng không tìm thấy; dùng "soat:recommended", "soat:all" hoặc đường dẫn tương đối tới một tệp JSON.',
    en: 'The configuration file {file} extends “{name}”, which was not found; use "soat:recommended", "soat:all" or a relative path to a JSON file.',
  },
  extendsCycle: {
    vi: 'Tệp cấu hình {file} kế thừa vòng tròn: {detail}.',
    en: 'The configuration file {file} extends itself in a cycle: {detail}.',
  },
  unknownRule: {
    vi: 'Quy tắc “{rule}” không tồn tại ({file}).',
    en: 'There is no rule “{rule}” ({file}).',
  },
  unknownRuleSuggest: {
    vi: 'Quy tắc “{rule}” không tồn tại ({file}). Có phải “{suggestion}”?',
    en: 'There is no rule “{rule}” ({file}). Did you mean “{suggestion}”?',
  },
  ruleOptionsInvalid: {
    vi: 'Tùy chọn của quy tắc “{rule}” không hợp lệ ({file}):\n{detail}',
    en: 'Invalid options for rule “{rule}” ({file}):\n{detail}',
  },
  pluginNotFound: {
    vi: 'Không nạp được plugin “{plugin}” ({file}): {detail}',
    en: 'Cannot load plugin “{plugin}” ({file}): {detail}',
  },
  pluginInvalid: {
    vi: 'Plugin “{plugin}” không hợp lệ: {detail}',
    en: 'Plugin “{plugin}” is invalid: {detail}',
  },
  dataFileInvalid: {
    vi: 'Tệp dữ liệu {file} không hợp lệ: {detail}',
    en: 'The data file {file} is invalid: {detail}',
  },
  fileNotFound: {
    vi: 'Không tìm thấy {file}.',
    en: '{file} does not exist.',
  },
  fileUnreadable: {
    vi: 'Không đọc được {file}: {detail}',
    en: 'Cannot read {file}: {detail}',
  },
  fileBinary: {
    vi: '{file} là tệp nhị phân, không phải văn bản; soát đọc .txt, .md, .html và .docx.',
    en: '{file} is a binary file, not text; soát reads .txt, .md, .html and .docx.',
  },
  fileTypeUnsupported: {
    vi: '{file} không phải loại tệp soát đọc được; hãy dùng .txt, .md, .html hoặc .docx.',
    en: '{file} is not a kind of file soát reads; use .txt, .md, .html or .docx.',
  },
  docxEncrypted: {
    vi: '{file} được bảo vệ bằng mật khẩu nên soát không đọc được; hãy mở trong Word, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ tài liệu) rồi lưu lại.',
    en: '{file} is password-protected, so soát cannot read it; open it in Word, remove the password (File › Info › Protect Document) and save it again.',
  },
  docxLegacy: {
    vi: '{file} là tài liệu Word 97–2003 (.doc), không phải .docx; hãy lưu lại dưới dạng Word Document (.docx).',
    en: '{file} is a Word 97–2003 document (.doc), not a .docx; save it again as a Word Document (.docx).',
  },
  docxInvalid: {
    vi: '{file} không phải tệp Word (.docx) đọc được ({detail}); hãy mở bằng Word và lưu lại dưới dạng .docx.',
    en: '{file} is not a readable Word (.docx) file ({detail}); open it in Word and save it again as .docx.',
  },
  docxNotFixed: {
    vi: 'soát không sửa tệp Word {file}; hãy sửa trong Word theo số đoạn và ký tự của từng vấn đề.',
    en: 'soát does not change the Word file {file}; make the fixes in Word, using each problem’s paragraph and character.',
  },
  fileInvalidUtf8: {
    vi: '{file} không phải UTF-8 hợp lệ (byte lỗi ở vị trí {offset}){hint}; hãy lưu lại tệp ở dạng UTF-8.',
    en: '{file} is not valid UTF-8 (bad byte at offset {offset}){hint}; save the file as UTF-8.',
  },
  fileTooLarge: {
    vi: '{file} quá lớn ({size} byte, giới hạn {limit} byte); đổi giới hạn bằng --max-file-size hoặc "maxFileSize".',
    en: '{file} is too large ({size} bytes, limit {limit} bytes); change the limit with --max-file-size or "maxFileSize".',
  },
  noFilesMatched: {
    vi: 'Không có tệp nào khớp với “{pattern}”.',
    en: 'No files matched “{pattern}”.',
  },
  fileIgnored: {
    vi: '{file} bị bỏ qua theo .soatignore hoặc "ignorePatterns".',
    en: '{file} is ignored by .soatignore or "ignorePatterns".',
  },
  cliInvalid: {
    vi: 'Tham số dòng lệnh không hợp lệ: {detail}',
    en: 'Invalid command line: {detail}',
  },
  writeFailed: {
    vi: 'Không ghi được {file}: {detail}',
    en: 'Cannot write {file}: {detail}',
  },
  fixNotStable: {
    vi: 'Sửa lỗi tự động cho {file} không ổn định sau {passes} lượt; các sửa còn lại chưa được áp dụng.',
    en: 'Fixing {file} did not settle after {passes} passes; the remaining fixes were not applied.',
  },
  ruleFailed: {
    vi: 'Quy tắc “{rule}” gặp lỗi khi kiểm tra {file}: {detail}',
    en: 'Rule “{rule}” failed on {file}: {detail}',
  },
  unusedDirective: {
    vi: 'Chỉ thị soat-{kind} không dùng đến{rules}.',
    en: 'Unused soat-{kind} directive{rules}.',
  },
  unknownRuleInDirective: {
    vi: 'Chỉ thị soat-{kind} nêu quy tắc không tồn tại “{rule}”.',
    en: 'The soat-{kind} directive names a rule that does not exist: “{rule}”.',
  },
} satisfies Record<string, Localized>

/** Ids of fatal messages. */
export type FatalCode = keyof typeof FATAL_MESSAGES
