/** Words and sentences of the command-line output, in Vietnamese and English. */
import type { Localized } from '../engine/types.js'

export const UI_MESSAGES = {
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  note: { vi: 'ghi chú', en: 'note' },
  fatal: { vi: 'lỗi nặng', en: 'fatal' },
  summary: {
    vi: '{total} vấn đề ({errors} lỗi, {warnings} cảnh báo, {notes} ghi chú)',
    en: '{total} problems ({errors} errors, {warnings} warnings, {notes} notes)',
  },
  fixable: {
    vi: '{count} vấn đề có thể sửa tự động bằng --fix.',
    en: '{count} problems can be fixed automatically with --fix.',
  },
  problems: { vi: '{count} vấn đề', en: '{count} problems' },
  noProblems: { vi: 'Không có vấn đề nào.', en: 'No problems found.' },
  suggestion: { vi: 'gợi ý', en: 'suggestion' },
  fixLabel: { vi: 'sửa', en: 'fix' },
  tooManyWarnings: {
    vi: 'soát tìm thấy quá nhiều cảnh báo (tối đa {max}).',
    en: 'soát found too many warnings (maximum: {max}).',
  },
  wouldChange: { vi: 'Sẽ sửa {file}:', en: 'Would change {file}:' },
  noChange: { vi: 'Không có gì để sửa.', en: 'Nothing to fix.' },
  lspFix: { vi: 'Sửa lỗi {rule} này', en: 'Fix this {rule} problem' },
  lspFixAll: { vi: 'Sửa mọi lỗi soát tự sửa được', en: 'Fix all auto-fixable soát problems' },
  docxParagraph: { vi: 'đoạn {paragraph}', en: 'paragraph {paragraph}' },
  docxLocation: {
    vi: 'Đoạn {paragraph}, ký tự {character} trong văn bản trích từ tệp Word',
    en: 'Paragraph {paragraph}, character {character} of the text extracted from the Word file',
  },
  docxLocationSnippet: {
    vi: 'Đoạn {paragraph}, ký tự {character} trong văn bản trích từ tệp Word: “{snippet}”',
    en: 'Paragraph {paragraph}, character {character} of the text extracted from the Word file: “{snippet}”',
  },
  docxArtifact: {
    vi: 'Tệp Word; vị trí các vấn đề là số đoạn và số ký tự trong văn bản soát trích từ tệp (bằng mammoth), không phải vị trí byte trong tệp',
    en: 'Word file; problems are located by paragraph and character in the text soát extracted from it (with mammoth), not by byte position in the file',
  },
  docxHeader: {
    vi: '(tệp Word: vị trí là đoạn:ký tự)',
    en: '(Word file: positions are paragraph:character)',
  },
} satisfies Record<string, Localized>
