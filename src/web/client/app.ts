/**
 * The soát web page: paste a draft or drop a file, see each problem
 * highlighted in the text with its explanation, fix it with one click,
 * download the SARIF report. Vietnamese first, English on a switch. It talks
 * only to the soát server it came from (no CDN, no internet).
 */

type Locale = 'vi' | 'en'
type Level = 'error' | 'warning' | 'note'
type Format = 'text' | 'markdown' | 'html'

interface Edit {
  range: [number, number]
  text: string
}
interface Fix {
  edits: Edit[]
}
interface Finding {
  ruleId: string
  level: Level
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  range: [number, number]
  text: string
  url?: string
  fix?: Fix
  suggestions?: Array<{ message: string; fix: Fix }>
  related?: Array<{ line: number; column: number; range: [number, number]; message?: string }>
}
interface Result {
  format: string
  locale: Locale
  extracted?: { from: 'docx'; paragraphs: number }
  errorCount: number
  warningCount: number
  noteCount: number
  fixableCount: number
  findings: Finding[]
  notifications: Array<{ level: Level; message: string }>
  output?: string
}
interface RuleInfo {
  id: string
  description: Record<Locale, string>
  why?: Record<Locale, string>
  docs?: string
  url?: string
}
interface Info {
  version: string
  locale: Locale
  maxBodySize: number
  extensions: string[]
  rules: RuleInfo[]
}
interface ApiError {
  error: { code: string; message: string; messages: Record<Locale, string> }
}

const STRINGS = {
  title: { vi: 'kiểm tra bản thảo thông cáo báo chí', en: 'press release draft checker' },
  pageTitle: { vi: 'soát — kiểm tra bản thảo', en: 'soát — draft checker' },
  tagline: {
    vi: 'Dán bản thảo hoặc kéo thả tệp .txt, .md, .html, .docx. Mọi thứ chạy trên máy này, không cần internet.',
    en: 'Paste a draft or drop a .txt, .md, .html or .docx file. Everything runs on this machine, no internet needed.',
  },
  open: { vi: 'Mở tệp…', en: 'Open file…' },
  sarif: { vi: 'Tải báo cáo SARIF', en: 'Download SARIF report' },
  switchTo: { vi: 'English', en: 'Tiếng Việt' },
  dismiss: { vi: 'Đóng', en: 'Dismiss' },
  draft: { vi: 'Bản thảo', en: 'Draft' },
  format: { vi: 'Định dạng', en: 'Format' },
  formatText: { vi: 'Văn bản thường', en: 'Plain text' },
  placeholder: {
    vi: 'Dán bản thảo vào đây, hoặc kéo thả tệp .txt, .md, .html, .docx…',
    en: 'Paste your draft here, or drop a .txt, .md, .html or .docx file…',
  },
  problems: { vi: 'Vấn đề', en: 'Problems' },
  empty: { vi: 'Chưa có văn bản.', en: 'No text yet.' },
  checking: { vi: 'Đang kiểm tra…', en: 'Checking…' },
  none: { vi: 'Không có vấn đề nào.', en: 'No problems found.' },
  summary: { vi: '{errors} lỗi, {warnings} cảnh báo, {notes} ghi chú', en: '{errors} errors, {warnings} warnings, {notes} notes' },
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  note: { vi: 'ghi chú', en: 'note' },
  whereText: { vi: 'Dòng {line}, cột {column}', en: 'Line {line}, column {column}' },
  whereDocx: { vi: 'Đoạn {line}, ký tự {column}', en: 'Paragraph {line}, character {column}' },
  fix: { vi: 'Sửa', en: 'Fix' },
  fixAll: { vi: 'Sửa tất cả ({count})', en: 'Fix all ({count})' },
  why: { vi: 'Vì sao:', en: 'Why:' },
  docs: { vi: 'Tài liệu quy tắc', en: 'Rule documentation' },
  related: { vi: 'Xem chỗ đầu tiên (dòng {line})', en: 'See the first one (line {line})' },
  relatedDocx: { vi: 'Xem chỗ đầu tiên (đoạn {line})', en: 'See the first one (paragraph {line})' },
  dropHere: { vi: 'Thả tệp để kiểm tra', en: 'Drop the file to check it' },
  fromDocx: {
    vi: 'Văn bản trích từ tệp Word “{file}” ({paragraphs} đoạn); vị trí tính theo đoạn và ký tự.',
    en: 'Text extracted from the Word file “{file}” ({paragraphs} paragraphs); positions are paragraph and character.',
  },
  fromFile: { vi: 'Tệp “{file}”.', en: 'File “{file}”.' },
  edited: { vi: 'Đã sửa trên trang, không còn giống tệp “{file}”.', en: 'Edited on the page; no longer the file “{file}”.' },
  unsupported: {
    vi: '“{file}” không phải loại tệp soát đọc được; hãy dùng .txt, .md, .html hoặc .docx.',
    en: '“{file}” is not a kind of file soát reads; use .txt, .md, .html or .docx.',
  },
  tooLarge: {
    vi: 'Tệp “{file}” quá lớn ({size} byte, tối đa {limit} byte).',
    en: 'The file “{file}” is too large ({size} bytes, at most {limit} bytes).',
  },
  network: { vi: 'Không kết nối được với soát: {detail}', en: 'Cannot reach soát: {detail}' },
  sarifSaved: { vi: 'Đã tải báo cáo SARIF “{file}”.', en: 'Downloaded the SARIF report “{file}”.' },
} satisfies Record<string, Record<Locale, string>>

type StringId = keyof typeof STRINGS

function $(id: string): HTMLElement {
  const element = document.getElementById(id)
  if (!element) throw new Error(`missing #${id}`)
  return element
}

const textarea = $('text') as HTMLTextAreaElement
const backdrop = $('backdrop')
const highlights = $('highlights')
const problemsList = $('problems') as HTMLOListElement
const summary = $('summary')
const problemCount = $('problem-count')
const formatSelect = $('format') as HTMLSelectElement
const sourceInfo = $('source-info')
const notice = $('notice')
const noticeText = $('notice-text')
const fixAllButton = $('fix-all') as HTMLButtonElement
const sarifButton = $('sarif') as HTMLButtonElement
const localeSwitch = $('locale-switch') as HTMLButtonElement
const fileInput = $('file-input') as HTMLInputElement
const dropzone = $('dropzone')

const storedLocale = localStorage.getItem('soat.locale')
let locale: Locale = storedLocale === 'en' || storedLocale === 'vi' ? storedLocale : document.documentElement.dataset['defaultLocale'] === 'en' ? 'en' : 'vi'
let info: Info | undefined
let result: Result | undefined
/** The text `result` describes. */
let resultText = ''
let active: number | undefined
let lintTimer: number | undefined
let sequence = 0
/** The file the text came from, while the text is still that file's. */
let source: { file: File; name: string; docxParagraphs?: number; edited: boolean } | undefined

function t(id: StringId, data: Record<string, string | number> = {}): string {
  return STRINGS[id][locale].replace(/\{(\w+)\}/gu, (whole, key: string) => (key in data ? String(data[key]) : whole))
}

function showNotice(message: string, kind: 'error' | 'info' = 'error'): void {
  noticeText.textContent = message
  notice.classList.toggle('info', kind === 'info')
  notice.hidden = false
}

function hideNotice(): void {
  notice.hidden = true
}

function applyLocale(): void {
  document.documentElement.lang = locale
  document.title = t('pageTitle')
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset['i18n'] as StringId)
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-placeholder]')) {
    element.setAttribute('placeholder', t(element.dataset['i18nPlaceholder'] as StringId))
  }
  localeSwitch.textContent = t('switchTo')
  localeSwitch.lang = locale === 'vi' ? 'en' : 'vi'
}

async function api<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, init)
  } catch (error) {
    throw new Error(t('network', { detail: (error as Error).message }))
  }
  const body = (await response.json().catch(() => undefined)) as T | ApiError | undefined
  if (!response.ok) {
    const error = (body as ApiError | undefined)?.error
    throw new Error(error ? (error.messages[locale] ?? error.message) : `HTTP ${response.status}`)
  }
  return body as T
}

function ruleInfo(id: string): RuleInfo | undefined {
  return info?.rules.find((r) => r.id === id)
}

function isDocx(): boolean {
  return result?.extracted?.from === 'docx'
}

function where(line: number, column: number): string {
  return t(isDocx() ? 'whereDocx' : 'whereText', { line, column })
}

/** The text with a mark under each problem; overlapping problems split into segments. */
function renderHighlights(): void {
  const text = textarea.value
  highlights.replaceChildren()
  const findings = result && resultText === text ? result.findings : []
  const bounds = new Set<number>([0, text.length])
  findings.forEach((f) => {
    bounds.add(Math.min(f.range[0], text.length))
    bounds.add(Math.min(f.range[1], text.length))
  })
  const sorted = [...bounds].sort((a, b) => a - b)
  const rank: Record<Level, number> = { error: 3, warning: 2, note: 1 }
  const caret = (at: number): void => {
    // A problem at a point (a missing character) has nothing to cover: a caret mark.
    findings.forEach((f, index) => {
      if (f.range[0] !== at || f.range[1] !== at) return
      const mark = document.createElement('mark')
      mark.className = `empty level-${f.level}${index === active ? ' active' : ''}`
      mark.dataset['index'] = String(index)
      highlights.append(mark)
    })
  }
  for (let i = 0; i < sorted.length - 1; i++) {
    const from = sorted[i]!
    const to = sorted[i + 1]!
    caret(from)
    const covering = findings.map((f, index) => ({ f, index })).filter(({ f }) => f.range[0] <= from && f.range[1] >= to && f.range[0] < f.range[1])
    const piece = text.slice(from, to)
    if (covering.length === 0) {
      highlights.append(piece)
      continue
    }
    const top = covering.reduce((a, b) => (rank[b.f.level] > rank[a.f.level] ? b : a))
    const mark = document.createElement('mark')
    mark.className = `level-${top.f.level}`
    mark.dataset['index'] = covering.map((c) => c.index).join(' ')
    if (active !== undefined && covering.some((c) => c.index === active)) mark.classList.add('active')
    mark.textContent = piece
    highlights.append(mark)
  }
  if (text.length > 0) caret(text.length)
  // A final line break needs something after it to take its height.
  highlights.append('\u200b')
  syncScroll()
}

function syncScroll(): void {
  backdrop.scrollTop = textarea.scrollTop
}

function renderProblems(): void {
  problemsList.replaceChildren()
  const text = textarea.value
  if (!result || text.trim() === '') {
    summary.textContent = text.trim() === '' ? t('empty') : t('checking')
    problemCount.textContent = ''
    fixAllButton.hidden = true
    return
  }
  const findings = result.findings
  problemCount.textContent = findings.length > 0 ? String(findings.length) : ''
  summary.textContent =
    findings.length === 0 ? t('none') : t('summary', { errors: result.errorCount, warnings: result.warningCount, notes: result.noteCount })
  fixAllButton.hidden = result.fixableCount === 0
  fixAllButton.textContent = t('fixAll', { count: result.fixableCount })
  for (const notification of result.notifications) {
    const item = document.createElement('li')
    item.className = `problem level-${notification.level}`
    item.textContent = notification.message
    problemsList.append(item)
  }
  findings.forEach((finding, index) => problemsList.append(problemItem(finding, index)))
}

function problemItem(finding: Finding, index: number): HTMLLIElement {
  const item = document.createElement('li')
  item.className = `problem level-${finding.level}${index === active ? ' active' : ''}`
  item.dataset['index'] = String(index)
  item.tabIndex = 0

  const head = document.createElement('div')
  head.className = 'where'
  const place = document.createElement('span')
  place.textContent = where(finding.line, finding.column)
  const level = document.createElement('span')
  level.className = 'level'
  level.textContent = t(finding.level)
  const rule = document.createElement('code')
  rule.textContent = finding.ruleId
  head.append(place, level, rule)

  const message = document.createElement('p')
  message.className = 'message'
  message.textContent = finding.message

  const snippet = document.createElement('blockquote')
  snippet.className = 'snippet'
  snippet.textContent = finding.text

  item.append(head, message, snippet)

  const about = ruleInfo(finding.ruleId)
  const whyText = about?.why?.[locale] ?? about?.description[locale]
  if (whyText) {
    const why = document.createElement('p')
    why.className = 'why'
    const label = document.createElement('strong')
    label.textContent = `${t('why')} `
    why.append(label, whyText)
    item.append(why)
  }

  const actions = document.createElement('div')
  actions.className = 'actions'
  if (finding.fix) {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'primary fix'
    button.textContent = t('fix')
    button.addEventListener('click', (event) => {
      event.stopPropagation()
      applyFix(finding.fix!)
    })
    actions.append(button)
  }
  for (const suggestion of finding.suggestions ?? []) {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = finding.fix ? 'suggestion' : 'primary suggestion'
    button.textContent = suggestion.message
    button.addEventListener('click', (event) => {
      event.stopPropagation()
      applyFix(suggestion.fix)
    })
    actions.append(button)
  }
  const first = finding.related?.[0]
  if (first) {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'link'
    button.textContent = t(isDocx() ? 'relatedDocx' : 'related', { line: first.line })
    button.addEventListener('click', (event) => {
      event.stopPropagation()
      reveal(first.range)
    })
    actions.append(button)
  }
  const docs = about?.docs ?? about?.url ?? finding.url
  if (docs) {
    const link = document.createElement('a')
    link.href = docs
    link.target = '_blank'
    link.rel = 'noopener'
    link.textContent = t('docs')
    link.addEventListener('click', (event) => event.stopPropagation())
    actions.append(link)
  }
  if (actions.childElementCount > 0) item.append(actions)

  item.addEventListener('click', () => select(index))
  item.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') select(index)
  })
  return item
}

/** Select a problem: mark it, select its text and scroll the editor to it. */
function select(index: number): void {
  active = index
  const finding = result?.findings[index]
  for (const item of problemsList.querySelectorAll('.problem')) item.classList.toggle('active', (item as HTMLElement).dataset['index'] === String(index))
  renderHighlights()
  if (finding) reveal(finding.range)
}

function reveal(range: [number, number]): void {
  textarea.focus({ preventScroll: true })
  textarea.setSelectionRange(range[0], range[1])
  // The backdrop lays the text out exactly as the textarea does: scroll to the mark's place.
  const marks = [...highlights.querySelectorAll<HTMLElement>('mark')]
  const mark = marks.find((m) => (m.dataset['index'] ?? '').split(' ').includes(String(active))) ?? marks[0]
  if (mark) textarea.scrollTop = Math.max(0, mark.offsetTop - textarea.clientHeight / 3)
  syncScroll()
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text
  for (const edit of [...edits].sort((a, b) => b.range[0] - a.range[0])) {
    out = out.slice(0, edit.range[0]) + edit.text + out.slice(edit.range[1])
  }
  return out
}

function applyFix(fix: Fix): void {
  if (resultText !== textarea.value) return
  const scroll = textarea.scrollTop
  textarea.value = applyEdits(textarea.value, fix.edits)
  textarea.scrollTop = scroll
  const at = fix.edits[0]?.range[0] ?? 0
  textarea.setSelectionRange(at, at)
  active = undefined
  textChanged()
  void lintNow()
}

function textChanged(): void {
  if (source && !source.edited) {
    source.edited = true
    updateSourceInfo()
  }
  sarifButton.disabled = textarea.value.trim() === ''
  renderHighlights()
}

function updateSourceInfo(): void {
  if (!source) {
    sourceInfo.textContent = ''
    return
  }
  if (source.edited) sourceInfo.textContent = t('edited', { file: source.name })
  else if (source.docxParagraphs !== undefined) sourceInfo.textContent = t('fromDocx', { file: source.name, paragraphs: source.docxParagraphs })
  else sourceInfo.textContent = t('fromFile', { file: source.name })
}

/** The name the text goes by: its file's, or one that says its format. */
function textFileName(): string {
  const format = formatSelect.value as Format
  const fallback = format === 'markdown' ? 'van-ban.md' : format === 'html' ? 'van-ban.html' : 'van-ban.txt'
  if (!source) return fallback
  return source.docxParagraphs !== undefined ? source.name.replace(/\.docx$/iu, '.txt') : source.name
}

function scheduleLint(): void {
  window.clearTimeout(lintTimer)
  lintTimer = window.setTimeout(() => void lintNow(), 250)
}

async function lintNow(): Promise<void> {
  window.clearTimeout(lintTimer)
  const text = textarea.value
  const mine = ++sequence
  if (text.trim() === '') {
    result = undefined
    resultText = text
    renderHighlights()
    renderProblems()
    return
  }
  document.body.dataset['state'] = 'checking'
  try {
    const response = await api<{ result: Result }>('/api/lint', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, fileName: textFileName(), format: formatSelect.value, locale }),
    })
    if (mine !== sequence) return
    result = response.result
    resultText = text
    if (active !== undefined && active >= result.findings.length) active = undefined
    renderHighlights()
    renderProblems()
    document.body.dataset['state'] = 'ready'
  } catch (error) {
    if (mine === sequence) {
      showNotice((error as Error).message)
      document.body.dataset['state'] = 'error'
    }
  }
}

async function fixAll(): Promise<void> {
  const text = textarea.value
  const response = await api<{ result: Result }>('/api/lint', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, fileName: textFileName(), format: formatSelect.value, locale, fix: true }),
  })
  if (textarea.value !== text || response.result.output === undefined) return
  textarea.value = response.result.output
  textChanged()
  await lintNow()
}

const EXTENSION_FORMAT: Record<string, Format> = { '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html' }

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot).toLowerCase()
}

async function openFile(file: File): Promise<void> {
  hideNotice()
  const ext = extensionOf(file.name)
  const allowed = info?.extensions ?? ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.docx']
  if (!allowed.includes(ext)) {
    showNotice(t('unsupported', { file: file.name }))
    return
  }
  if (info && file.size > info.maxBodySize) {
    showNotice(t('tooLarge', { file: file.name, size: file.size, limit: info.maxBodySize }))
    return
  }
  document.body.dataset['state'] = 'checking'
  const mine = ++sequence
  try {
    const response = await api<{ fileName: string; format: string; text: string; result: Result }>(
      `/api/upload?name=${encodeURIComponent(file.name)}&locale=${locale}`,
      { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: file },
    )
    // A newer upload or edit came meanwhile: it wins.
    if (mine !== sequence) return
    source = { file, name: response.fileName, edited: false, ...(response.result.extracted ? { docxParagraphs: response.result.extracted.paragraphs } : {}) }
    formatSelect.value = EXTENSION_FORMAT[ext] ?? 'text'
    textarea.value = response.text
    textarea.scrollTop = 0
    result = response.result
    resultText = response.text
    active = undefined
    sarifButton.disabled = false
    updateSourceInfo()
    renderHighlights()
    renderProblems()
    document.body.dataset['state'] = 'ready'
  } catch (error) {
    if (mine !== sequence) return
    showNotice((error as Error).message)
    document.body.dataset['state'] = 'error'
  }
}

async function downloadSarif(): Promise<void> {
  hideNotice()
  const fromFile = source && !source.edited
  const name = fromFile ? source!.name : textFileName()
  let response: Response
  try {
    response = fromFile
      ? await fetch(`/api/sarif?name=${encodeURIComponent(source!.name)}&locale=${locale}`, {
          method: 'POST',
          headers: { 'content-type': 'application/octet-stream' },
          body: source!.file,
        })
      : await fetch('/api/sarif', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: textarea.value, fileName: name, format: formatSelect.value, locale }),
        })
  } catch (error) {
    showNotice(t('network', { detail: (error as Error).message }))
    return
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as ApiError | undefined
    showNotice(body?.error.messages[locale] ?? `HTTP ${response.status}`)
    return
  }
  const blob = await response.blob()
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = `${name}.sarif`
  document.body.append(link)
  link.click()
  link.remove()
  window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
  showNotice(t('sarifSaved', { file: link.download }), 'info')
}

function setLocale(next: Locale): void {
  locale = next
  localStorage.setItem('soat.locale', locale)
  applyLocale()
  updateSourceInfo()
  renderProblems()
  // Messages come from the server in the chosen language.
  if (textarea.value.trim() !== '') {
    if (source && !source.edited) void openFile(source.file)
    else void lintNow()
  }
}

textarea.addEventListener('input', () => {
  hideNotice()
  textChanged()
  scheduleLint()
})
textarea.addEventListener('scroll', syncScroll)
formatSelect.addEventListener('change', () => void lintNow())
fixAllButton.addEventListener('click', () => void fixAll().catch((error: Error) => showNotice(error.message)))
sarifButton.addEventListener('click', () => void downloadSarif())
localeSwitch.addEventListener('click', () => setLocale(locale === 'vi' ? 'en' : 'vi'))
$('notice-close').addEventListener('click', hideNotice)
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0]
  if (file) void openFile(file)
  fileInput.value = ''
})

let dragDepth = 0
window.addEventListener('dragenter', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return
  dragDepth++
  dropzone.hidden = false
})
window.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1)
  if (dragDepth === 0) dropzone.hidden = true
})
window.addEventListener('dragover', (event) => event.preventDefault())
window.addEventListener('drop', (event) => {
  event.preventDefault()
  dragDepth = 0
  dropzone.hidden = true
  const file = event.dataTransfer?.files[0]
  if (file) void openFile(file)
})
new ResizeObserver(() => syncScroll()).observe(textarea)

applyLocale()
renderProblems()
void api<Info>('/api/info', { method: 'GET' })
  .then((value) => {
    info = value
    renderProblems()
    document.body.dataset['ready'] = 'true'
  })
  .catch((error: Error) => showNotice(error.message))
