/**
 * The web page in a real browser: Debian's Chromium driven by playwright-core.
 * It loads the page, pastes seed 000, sees the highlighted problems, applies a
 * fix, uploads a Word file made here, downloads the SARIF report, switches to
 * English, and saves screenshots under test-artifacts/ (git-ignored).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, type Page, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Soat } from '../../src/api.js'
import { packageRoot } from '../../src/paths.js'
import { type WebServer, startWebServer } from '../../src/web/server.js'
import { ensureWebAssets } from '../support/build.js'
import { makeDocx } from '../support/docx.js'
import { seedText } from '../support/seeds.js'

const CHROMIUM = '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
const title = hasChromium
  ? 'the web page in Chromium'
  : `the web page in Chromium — SKIPPED: ${CHROMIUM} is not installed (apt-get install -y chromium)`
if (!hasChromium) console.warn(`[soat] ${title}`)

const artifacts = join(packageRoot, 'test-artifacts')

describe.skipIf(!hasChromium)(title, () => {
  let server: WebServer
  let context: BrowserContext
  let page: Page
  const profile = mkdtempSync(join(tmpdir(), 'soat-chromium-'))
  const work = mkdtempSync(join(tmpdir(), 'soat-web-'))
  const soat = new Soat({ cwd: work, useConfigFiles: false })
  const seed000 = seedText('000')
  let wordFile: Buffer

  beforeAll(async () => {
    ensureWebAssets()
    mkdirSync(artifacts, { recursive: true })
    server = await startWebServer({ port: 0, lint: { cwd: work, useConfigFiles: false } })
    // A fresh profile (--user-data-dir) for every run.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
      locale: 'vi-VN',
    })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') })
    page = await context.newPage()
    page.on('pageerror', (error) => {
      throw error
    })
  }, 60_000)

  afterAll(async () => {
    await context?.close()
    await server?.close()
    rmSync(profile, { recursive: true, force: true })
    rmSync(work, { recursive: true, force: true })
  })

  async function problemCount(): Promise<number> {
    return page.locator('#problems .problem').count()
  }

  it('loads the page in Vietnamese, with no request leaving this machine', async () => {
    const outside: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) outside.push(request.url())
    })
    await page.goto(server.url)
    await page.waitForSelector('body[data-ready="true"]')
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')
    expect(await page.locator('h1').innerText()).toBe('soát kiểm tra bản thảo thông cáo báo chí')
    expect(await page.locator('#summary').innerText()).toBe('Chưa có văn bản.')
    expect(outside).toEqual([])
  })

  it('pastes seed 000 and highlights every problem soát finds in it', async () => {
    await page.evaluate((text) => (globalThis as unknown as { navigator: { clipboard: { writeText(t: string): Promise<void> } } }).navigator.clipboard.writeText(text), seed000)
    await page.locator('#text').focus()
    await page.keyboard.press('Control+V')
    expect(await page.locator('#text').inputValue()).toBe(seed000)
    const expected = await soat.lintText(seed000, { filePath: join(work, 'van-ban.txt') })
    await expect.poll(problemCount, { timeout: 15_000 }).toBe(expected.findings.length)
    // The list says where and what, in Vietnamese, with the rule's explanation.
    const first = page.locator('#problems .problem').first()
    expect(await first.locator('.where').innerText()).toContain(`Dòng ${expected.findings[0]!.line}, cột ${expected.findings[0]!.column}`)
    expect(await first.locator('.message').innerText()).toBe(expected.findings[0]!.message)
    expect(await first.locator('.why').innerText()).toMatch(/^Vì sao: \S/)
    // Each problem is marked in the text: the marks cover exactly the findings' text.
    const marked = await page.locator('#highlights mark').allInnerTexts()
    for (const id of ['duplicate-headline', 'template-residue', 'web-boilerplate']) {
      const finding = expected.findings.find((f) => f.ruleId === id)!
      expect(marked).toContain(finding.text)
    }
    expect(await page.locator('#highlights mark.level-error').count()).toBeGreaterThan(10)
    // The marks sit under the words of the textarea: same box, same line height.
    const [area, backdrop] = await Promise.all([page.locator('#text').boundingBox(), page.locator('#backdrop').boundingBox()])
    expect(backdrop).toEqual(area)
  })

  it('applies a suggested fix with one click', async () => {
    const before = await soat.lintText(seed000, { filePath: join(work, 'van-ban.txt') })
    const repeat = before.findings.findIndex((f) => f.ruleId === 'duplicate-headline')
    const expectedText = applyEdits(seed000, before.findings[repeat]!.suggestions![0]!.fix.edits)
    const item = page.locator('#problems .problem').nth(repeat)
    await item.click()
    expect(await page.locator('#highlights mark.active').first().innerText()).toBe(before.findings[repeat]!.text)
    await item.locator('button.suggestion').click()
    await expect.poll(problemCount, { timeout: 15_000 }).toBe(before.findings.length - 1)
    expect(await page.locator('#text').inputValue()).toBe(expectedText)
    await page.screenshot({ path: join(artifacts, 'web-seed-000.png') })
  })

  it('uploads a Word file and shows its problems by paragraph and character', async () => {
    const lines = seedText('004').split('\n')
    const bytes = await makeDocx([{ text: lines[0]!, heading: 'title' }, ...lines.slice(1), 'Đồng chí {name} phát biểu tại hội nghị.', lines[0]!])
    wordFile = bytes
    await page.locator('#file-input').setInputFiles({ name: 'ban-thao.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: bytes })
    await page.locator('#source-info', { hasText: 'ban-thao.docx' }).waitFor()
    expect(await page.locator('#source-info').innerText()).toBe(
      `Văn bản trích từ tệp Word “ban-thao.docx” (${lines.length + 2} đoạn); vị trí tính theo đoạn và ký tự.`,
    )
    expect(await page.locator('#text').inputValue()).toBe([...lines, 'Đồng chí {name} phát biểu tại hội nghị.', lines[0]].join('\n'))
    const expected = await soat.lintBytes(bytes, { filePath: join(work, 'ban-thao.docx') })
    await expect.poll(problemCount, { timeout: 15_000 }).toBe(expected.findings.length)
    const wheres = await page.locator('#problems .problem .where span:first-child').allInnerTexts()
    expect(wheres).toContain(`Đoạn ${lines.length + 1}, ký tự 10`)
    expect(wheres).toContain(`Đoạn ${lines.length + 2}, ký tự 1`)
    // Selecting a problem scrolls the editor to its mark.
    await page.locator('#problems .problem', { hasText: 'template-residue' }).click()
    expect(await page.locator('#highlights mark.active').innerText()).toBe('{name}')
    expect(await page.locator('#text').evaluate((t) => { const area = t as unknown as { value: string; selectionStart: number; selectionEnd: number }; return area.value.slice(area.selectionStart, area.selectionEnd) })).toBe('{name}')
    await page.screenshot({ path: join(artifacts, 'web-docx.png') })
  })

  it('downloads the SARIF report of the Word file, saying its locations are paragraphs', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#sarif')])
    expect(download.suggestedFilename()).toBe('ban-thao.docx.sarif')
    const sarif = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { runs: Array<{ artifacts: Array<{ location: { uri: string } }>; results: Array<Record<string, any>> }> }
    expect(sarif.runs[0]!.artifacts[0]!.location.uri).toBe('ban-thao.docx')
    const residue = sarif.runs[0]!.results.find((r) => r.ruleId === 'template-residue')!
    expect(residue.locations[0].properties.extractedText).toMatchObject({ paragraph: 17, character: 10, snippet: '{name}' })
  })

  it('switches to English, messages included', async () => {
    await page.click('#locale-switch')
    // The page's words change at once; the messages when the server has linted again in English.
    await page.locator('#problems .problem .message', { hasText: 'The headline is repeated in the body (headline on line 1).' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('#locale-switch').innerText()).toBe('Tiếng Việt')
    expect(await page.locator('#problems .problem .where span').first().innerText()).toMatch(/^Paragraph \d+, character \d+$/)
    const english = await soat.lintBytes(wordFile, { filePath: join(work, 'ban-thao.docx'), locale: 'en' })
    expect(await page.locator('#summary').innerText()).toBe(`${english.errorCount} errors, ${english.warningCount} warnings, ${english.noteCount} notes`)
    await page.click('#locale-switch')
    await page.locator('#problems .problem .message', { hasText: 'Tiêu đề bị lặp lại trong bài (tiêu đề ở dòng 1).' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')
  })

  it('applies every certain fix with one click (“Sửa tất cả”), as soat --fix would', async () => {
    const text = await page.locator('#text').inputValue()
    const fixed = await soat.lintText(text, { filePath: join(work, 'ban-thao.txt'), format: 'text', fix: true })
    expect(fixed.output, 'the rules of this build fix something in this draft').toBeDefined()
    await page.locator('#fix-all').click()
    await expect.poll(() => page.locator('#text').inputValue(), { timeout: 15_000 }).toBe(fixed.output)
    expect(await page.locator('#source-info').innerText()).toBe('Đã sửa trên trang, không còn giống tệp “ban-thao.docx”.')
    const after = await soat.lintText(fixed.output!, { filePath: join(work, 'ban-thao.txt'), format: 'text' })
    await expect.poll(problemCount, { timeout: 15_000 }).toBe(after.findings.length)
    expect(await page.locator('#fix-all').isVisible()).toBe(after.fixableCount > 0)
  })

  it('takes a file dropped on the page', async () => {
    // A drag from the desktop, as the browser delivers it: a DataTransfer holding a File.
    const dataTransfer = await page.evaluateHandle(
      `(() => { const d = new DataTransfer(); d.items.add(new File(['# Tin ngắn\\n\\nĐồng chí {name} phát biểu.\\n'], 'tin-ngan.md', { type: 'text/markdown' })); return d })()`,
    )
    await page.dispatchEvent('body', 'dragenter', { dataTransfer })
    expect(await page.locator('#dropzone').isVisible()).toBe(true)
    await page.dispatchEvent('body', 'drop', { dataTransfer })
    await page.locator('#source-info', { hasText: 'tin-ngan.md' }).waitFor()
    expect(await page.locator('#dropzone').isVisible()).toBe(false)
    expect(await page.locator('#format').inputValue()).toBe('markdown')
    expect(await page.locator('#text').inputValue()).toBe('# Tin ngắn\n\nĐồng chí {name} phát biểu.\n')
    expect(await page.locator('#problems .problem .where span:first-child').allInnerTexts()).toEqual(['Dòng 3, cột 10'])
  })

  it('says clearly why an upload was refused', async () => {
    await page.locator('#file-input').setInputFiles({ name: 'bao-cao.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') })
    expect(await page.locator('#notice-text').innerText()).toBe('“bao-cao.pdf” không phải loại tệp soát đọc được; hãy dùng .txt, .md, .html hoặc .docx.')
    await page.locator('#file-input').setInputFiles({ name: 'hong.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 không phải Word') })
    await page.locator('#notice-text', { hasText: /^hong\.docx/ }).waitFor()
    expect(await page.locator('#notice-text').innerText()).toMatch(/^hong\.docx không phải tệp Word \(\.docx\) đọc được \(.+\); hãy mở bằng Word và lưu lại dưới dạng \.docx\.$/)
    // The page keeps the last good text and its problems.
    expect(await problemCount()).toBeGreaterThan(0)
  })
})

function applyEdits(text: string, edits: ReadonlyArray<{ range: readonly [number, number]; text: string }>): string {
  let out = text
  for (const edit of [...edits].sort((a, b) => b.range[0] - a.range[0])) out = out.slice(0, edit.range[0]) + edit.text + out.slice(edit.range[1])
  return out
}
