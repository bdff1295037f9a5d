/**
 * The language server as an editor uses it: `soat lsp --stdio` spawned as a
 * child process, spoken to over JSON-RPC with vscode-languageserver's protocol
 * (the same library VS Code's client uses). It opens seed 004, receives its
 * diagnostics, changes the text, receives new ones, applies a code action,
 * sees only the changed document re-linted, and sees soat.config.json reloaded.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  CodeActionKind,
  CodeActionRequest,
  ConfigurationRequest,
  type Diagnostic,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializeRequest,
  InitializedNotification,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  RegistrationRequest,
  type RegistrationParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type TextDocumentEdit,
  type TextEdit,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Soat } from '../../src/api.js'
import { packageRoot } from '../../src/paths.js'
import { ensureBuilt } from '../support/build.js'
import { seedName, seedText } from '../support/seeds.js'

const workspace = mkdtempSync(join(tmpdir(), 'soat-lsp-'))
const seedFile = join(workspace, seedName('004'))
copyFileSync(join(packageRoot, 'seeds', seedName('004')), seedFile)
const seedUri = pathToFileURL(seedFile).href
const otherUri = pathToFileURL(join(workspace, 'tin-ngan.md')).href
const seed = seedText('004')
const headline = seed.split('\n')[0]!

/** What a diagnostic says, as compared with the library's findings. */
function said(d: Diagnostic): [unknown, unknown, unknown, number, number, number, number] {
  return [d.code, d.severity, d.message, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]
}

describe('soat lsp --stdio', () => {
  let child: ChildProcess
  let connection: ProtocolConnection
  const published: PublishDiagnosticsParams[] = []
  const registrations: RegistrationParams[] = []
  let stderr = ''

  /** The next diagnostics for `uri` (and `version`), published after `since` notifications. */
  async function diagnostics(uri: string, version: number, since = 0): Promise<Diagnostic[]> {
    const found = (): PublishDiagnosticsParams | undefined => published.slice(since).find((p) => p.uri === uri && p.version === version)
    await expect.poll(() => found() !== undefined, { timeout: 15_000, interval: 20 }).toBe(true)
    return found()!.diagnostics
  }

  beforeAll(async () => {
    ensureBuilt()
    child = spawn(process.execPath, [join(packageRoot, 'bin', 'soat.js'), 'lsp', '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] })
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
    connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => void published.push(params))
    connection.onRequest(RegistrationRequest.type, (params) => void registrations.push(params))
    // Settings as VS Code would give them from `soat.*`.
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({ enable: true, locale: '', debounceMs: 100 })))
    connection.listen()
  }, 120_000)

  afterAll(() => {
    connection?.dispose()
    child?.kill()
    rmSync(workspace, { recursive: true, force: true })
  })

  it('initializes: incremental sync, code actions for quick fixes and fix-all', async () => {
    const result = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true }, codeAction: { dynamicRegistration: false } },
      },
    })
    expect(result.serverInfo?.name).toBe('soat')
    expect(result.capabilities.textDocumentSync).toEqual({ openClose: true, change: 2 })
    expect(result.capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll.soat'], resolveProvider: false })
    await connection.sendNotification(InitializedNotification.type, {})
    // It asks to be told when a configuration file changes.
    await expect.poll(() => registrations.flatMap((r) => r.registrations).find((r) => r.method === 'workspace/didChangeWatchedFiles')?.registerOptions, { timeout: 10_000 }).toEqual({
      watchers: [{ globPattern: '**/soat.config.json' }, { globPattern: '**/.soatrc.json' }, { globPattern: '**/.soatignore' }],
    })
  })

  it('publishes the diagnostics of seed 004 when it is opened: the findings of the library', async () => {
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: seedUri, languageId: 'plaintext', version: 1, text: seed } })
    const got = await diagnostics(seedUri, 1)
    const expected = await new Soat({ cwd: workspace }).lintText(seed, { filePath: seedFile })
    const severity = { error: 1, warning: 2, note: 3 }
    expect(got.map(said)).toEqual(expected.findings.map((f) => [f.ruleId, severity[f.level], f.message, f.line - 1, f.column - 1, f.endLine - 1, f.endColumn - 1]))
    for (const d of got) {
      expect(d.source).toBe('soat')
      expect(d.codeDescription?.href).toMatch(/\/docs\/rules\/[a-z-]+\.md$/)
    }
  })

  let repeated: Diagnostic
  const lines = seed.split('\n')

  it('publishes new diagnostics after a change: the headline pasted again at the end', async () => {
    const end = { line: lines.length - 1, character: lines[lines.length - 1]!.length }
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: seedUri, version: 2 },
      contentChanges: [{ range: { start: end, end }, text: `\n${headline}` }],
    })
    const got = await diagnostics(seedUri, 2)
    repeated = got.find((d) => d.code === 'duplicate-headline')!
    expect(repeated).toMatchObject({
      severity: 1,
      source: 'soat',
      message: 'Tiêu đề bị lặp lại trong bài (tiêu đề ở dòng 1).',
      range: { start: { line: lines.length, character: 0 }, end: { line: lines.length, character: headline.length } },
      codeDescription: { href: 'https://github.com/soat-lint/soat/blob/main/docs/rules/duplicate-headline.md' },
      relatedInformation: [{ location: { uri: seedUri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: headline.length } } } }],
    })
  })

  it('applies the code action that removes the repeated headline', async () => {
    const actions = await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: seedUri },
      range: repeated.range,
      context: { diagnostics: [repeated], only: [CodeActionKind.QuickFix] },
    })
    expect(actions?.map((a) => ('kind' in a ? [a.title, a.kind] : [a.title]))).toEqual([['Xoá dòng lặp tiêu đề.', 'quickfix']])
    const action = actions![0]! as { edit: { documentChanges: TextDocumentEdit[] } }
    const change = action.edit.documentChanges[0]!
    expect(change.textDocument).toEqual({ uri: seedUri, version: 2 })
    // The editor applies the edit and tells the server, as VS Code does.
    const document = TextDocument.create(seedUri, 'plaintext', 2, `${seed}\n${headline}`)
    const fixed = TextDocument.applyEdits(document, change.edits as TextEdit[])
    expect(fixed).toBe(seed)
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: seedUri, version: 3 },
      contentChanges: (change.edits as TextEdit[]).map((e) => ({ range: e.range, text: e.newText })),
    })
    const after = await diagnostics(seedUri, 3)
    expect(after.map(said)).toEqual((await diagnostics(seedUri, 1)).map(said))
  })

  it('re-lints only the changed document, once after a burst of keystrokes', async () => {
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: otherUri, languageId: 'markdown', version: 1, text: '# Tin ngắn\n\nĐồng chí {name} phát biểu tại hội nghị.\n' },
    })
    const other = await diagnostics(otherUri, 1)
    expect(other.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character])).toEqual([['template-residue', 1, 2, 9]])
    const since = published.length
    let text = seed
    for (const version of [4, 5, 6]) {
      text += ' x'
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: seedUri, version }, contentChanges: [{ text }] })
    }
    await diagnostics(seedUri, 6, since)
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(published.slice(since).map((p) => [p.uri, p.version])).toEqual([[seedUri, 6]])
  })

  it('reloads soat.config.json when it changes and lints the open documents again', async () => {
    const since = published.length
    writeFileSync(
      join(workspace, 'soat.config.json'),
      JSON.stringify({
        rules: { 'template-residue': 'warning' },
        house: { 'house/covid': { kind: 'substitution', swap: { 'Covid-19': 'COVID-19' }, caseSensitive: true } },
      }),
    )
    await connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(join(workspace, 'soat.config.json')).href, type: FileChangeType.Created }],
    })
    const other = await diagnostics(otherUri, 1, since)
    expect(other.map((d) => [d.code, d.severity])).toEqual([['template-residue', 2]])
    await diagnostics(seedUri, 6, since)
  })

  it('offers a rule’s certain fix as the preferred quick fix, and “fix all” as a source action', async () => {
    const uri = pathToFileURL(join(workspace, 'covid.txt')).href
    const text = 'Tỉnh tăng cường phòng, chống dịch Covid-19 và tiêm vắc xin Covid-19 cho người dân.\n'
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text } })
    const got = await diagnostics(uri, 1)
    expect(got.map((d) => [d.code, d.range.start.character])).toEqual([
      ['house/covid', 34],
      ['house/covid', 59],
    ])
    const quick = await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: got[0]!.range, context: { diagnostics: [got[0]!] } })
    const fix = quick!.find((a) => 'kind' in a && a.kind === 'quickfix') as { title: string; isPreferred?: boolean; edit: { documentChanges: TextDocumentEdit[] } }
    expect([fix.title, fix.isPreferred]).toEqual(['Sửa lỗi house/covid này', true])
    expect(TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 1, text), fix.edit.documentChanges[0]!.edits as TextEdit[])).toBe(
      'Tỉnh tăng cường phòng, chống dịch COVID-19 và tiêm vắc xin Covid-19 cho người dân.\n',
    )
    const all = await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })
    expect(all!.map((a) => a.title)).toEqual(['Sửa mọi lỗi soát tự sửa được'])
    const edit = (all![0] as { edit: { documentChanges: TextDocumentEdit[] } }).edit.documentChanges[0]!
    expect(TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 1, text), edit.edits as TextEdit[])).toBe(
      'Tỉnh tăng cường phòng, chống dịch COVID-19 và tiêm vắc xin COVID-19 cho người dân.\n',
    )
    await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } })
  })

  it('clears the diagnostics of a closed document and exits cleanly', async () => {
    const since = published.length
    await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: otherUri } })
    await expect.poll(() => published.slice(since).find((p) => p.uri === otherUri)?.diagnostics, { timeout: 10_000 }).toEqual([])
    await connection.sendRequest(ShutdownRequest.type)
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    await connection.sendNotification(ExitNotification.type)
    expect(await exited).toBe(0)
    expect(stderr).toBe('')
  })
})
