/**
 * The language server (`soat lsp --stdio`): diagnostics for plain text,
 * Markdown and HTML documents on open and on change (debounced per document;
 * only the changed document is linted again), severities mapped from levels,
 * the rule id and its docs link on each diagnostic, code actions for fixes and
 * suggestions and a “fix all” source action, and `soat.config.json` /
 * `.soatrc.json` / `.soatignore` reloaded when they change. It lints through
 * the same `Soat` object as the CLI.
 */
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type InitializeParams,
  type InitializeResult,
  type Range as LspRange,
  type TextEdit,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  TextDocuments,
  type WorkspaceEdit,
  createConnection,
} from 'vscode-languageserver/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { type LintResult, Soat } from '../api.js'
import { clearConfigFileCache } from '../config/find-config-file.js'
import { interpolate } from '../engine/messages.js'
import type { Finding, Level, Locale, ResolvedFix } from '../engine/types.js'
import { describeError } from '../errors.js'
import { LineIndex } from '../document/line-index.js'
import { UI_MESSAGES } from '../i18n/ui-messages.js'
import { formatOf } from '../parse/index.js'
import type { DocumentFormat } from '../parse/types.js'
import { packageVersion } from '../paths.js'

/** Settings (`soat.*` in VS Code; also accepted as initializationOptions). */
export interface ServerSettings {
  /** Lint at all (default true). */
  enable: boolean
  /** Language of messages; empty: the configuration's (default `vi`). */
  locale: Locale | ''
  /** Milliseconds to wait after a change before linting (default 150). */
  debounceMs: number
}

const DEFAULT_SETTINGS: ServerSettings = { enable: true, locale: '', debounceMs: 150 }

/** The kind of the “fix all” source action. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.soat`

/** Files whose change reloads the configuration. */
const CONFIG_GLOBS = ['**/soat.config.json', '**/.soatrc.json', '**/.soatignore']

const SEVERITY: Record<Level, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  note: DiagnosticSeverity.Information,
}

const FORMAT_OF_LANGUAGE: Record<string, DocumentFormat> = { plaintext: 'text', markdown: 'markdown', html: 'html' }

/** What a diagnostic carries back to the server for its code actions. */
interface DiagnosticData {
  version: number
  index: number
}

/** The last lint of a document. */
interface LintState {
  version: number
  text: string
  result: LintResult
  lines?: LineIndex
}

function settingsFrom(value: unknown): Partial<ServerSettings> {
  if (!value || typeof value !== 'object') return {}
  const v = value as Record<string, unknown>
  const out: Partial<ServerSettings> = {}
  if (typeof v['enable'] === 'boolean') out.enable = v['enable']
  if (v['locale'] === 'vi' || v['locale'] === 'en' || v['locale'] === '') out.locale = v['locale']
  if (typeof v['debounceMs'] === 'number' && v['debounceMs'] >= 0) out.debounceMs = v['debounceMs']
  return out
}

/** A language server on `connection`; `listen()` starts it. */
export class SoatLanguageServer {
  private readonly documents = new TextDocuments(TextDocument)
  private readonly states = new Map<string, LintState>()
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private readonly running = new Map<string, Promise<void>>()
  private settings: ServerSettings = { ...DEFAULT_SETTINGS }
  private cwd: string
  private soat: Soat
  private pullConfiguration = false
  private watchFilesDynamically = false
  private relatedInformation = false
  private versionedEdits = false

  constructor(
    private readonly connection: Connection,
    options: { cwd?: string } = {},
  ) {
    this.cwd = options.cwd ?? process.cwd()
    this.soat = new Soat({ cwd: this.cwd })
  }

  /** Register the handlers and start listening. */
  listen(): void {
    const { connection, documents } = this
    connection.onInitialize((params) => this.initialize(params))
    connection.onInitialized(() => void this.initialized())
    connection.onDidChangeConfiguration((params) => void this.configurationChanged(params.settings))
    connection.onDidChangeWatchedFiles(() => this.reload())
    connection.onCodeAction((params) => this.codeActions(params))
    // Fired on open too: a document seen for the first time is linted at once, changes after a pause.
    documents.onDidChangeContent((event) => {
      const uri = event.document.uri
      this.schedule(uri, this.states.has(uri) || this.timers.has(uri) || this.running.has(uri) ? this.settings.debounceMs : 0)
    })
    documents.onDidClose((event) => this.forget(event.document.uri))
    documents.listen(connection)
    connection.listen()
  }

  private initialize(params: InitializeParams): InitializeResult {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri
    if (folder?.startsWith('file:')) {
      this.cwd = fileURLToPath(folder)
      this.soat = new Soat({ cwd: this.cwd })
    }
    this.settings = { ...DEFAULT_SETTINGS, ...settingsFrom(params.initializationOptions) }
    const capabilities = params.capabilities
    this.pullConfiguration = capabilities.workspace?.configuration === true
    this.watchFilesDynamically = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    this.relatedInformation = capabilities.textDocument?.publishDiagnostics?.relatedInformation === true
    this.versionedEdits = capabilities.workspace?.workspaceEdit?.documentChanges === true
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      },
      serverInfo: { name: 'soat', version: packageVersion },
    }
  }

  private async initialized(): Promise<void> {
    if (this.watchFilesDynamically) {
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: CONFIG_GLOBS.map((globPattern) => ({ globPattern })),
      })
    }
    if (this.pullConfiguration) {
      await this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'soat' })
      await this.configurationChanged(undefined)
    }
  }

  private async configurationChanged(pushed: unknown): Promise<void> {
    let settings: Partial<ServerSettings>
    if (this.pullConfiguration) {
      try {
        settings = settingsFrom(await this.connection.workspace.getConfiguration('soat'))
      } catch {
        settings = {}
      }
    } else {
      settings = settingsFrom((pushed as { soat?: unknown } | undefined)?.soat)
    }
    const next = { ...this.settings, ...settings }
    const changed = next.enable !== this.settings.enable || next.locale !== this.settings.locale
    this.settings = next
    if (changed) this.lintAll()
  }

  /** A configuration file changed: forget every cached configuration and lint the open documents again. */
  private reload(): void {
    clearConfigFileCache()
    this.soat = new Soat({ cwd: this.cwd })
    this.lintAll()
  }

  private lintAll(): void {
    for (const document of this.documents.all()) this.schedule(document.uri, 0)
  }

  private schedule(uri: string, delay: number): void {
    clearTimeout(this.timers.get(uri))
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri)
        void this.lintQueued(uri)
      }, delay),
    )
  }

  /** One lint at a time per document; a change during a lint is linted right after it. */
  private async lintQueued(uri: string): Promise<void> {
    const previous = this.running.get(uri) ?? Promise.resolve()
    const next = previous.then(() => this.lint(uri))
    this.running.set(uri, next)
    await next
    if (this.running.get(uri) === next) this.running.delete(uri)
  }

  private forget(uri: string): void {
    clearTimeout(this.timers.get(uri))
    this.timers.delete(uri)
    this.states.delete(uri)
    void this.connection.sendDiagnostics({ uri, diagnostics: [] })
  }

  private filePathOf(document: TextDocument): string {
    if (document.uri.startsWith('file:')) return fileURLToPath(document.uri)
    // An unsaved document: named in the workspace, so the workspace configuration applies.
    return join(this.cwd, basename(decodeURIComponent(document.uri.replace(/^[a-z]+:/iu, ''))) || 'untitled')
  }

  private formatOf(document: TextDocument, filePath: string): DocumentFormat {
    const byName = formatOf(filePath)
    if (byName !== 'text' || !FORMAT_OF_LANGUAGE[document.languageId]) return byName === 'docx' ? 'text' : byName
    return FORMAT_OF_LANGUAGE[document.languageId]!
  }

  private async lint(uri: string): Promise<void> {
    const document = this.documents.get(uri)
    if (!document) return
    if (!this.settings.enable) {
      this.states.delete(uri)
      await this.connection.sendDiagnostics({ uri, diagnostics: [] })
      return
    }
    const version = document.version
    const text = document.getText()
    const filePath = this.filePathOf(document)
    let diagnostics: Diagnostic[]
    try {
      const result = await this.soat.lintText(text, {
        filePath,
        format: this.formatOf(document, filePath),
        ...(this.settings.locale ? { locale: this.settings.locale } : {}),
      })
      if (this.documents.get(uri)?.version !== version) return
      this.states.set(uri, { version, text, result })
      diagnostics = result.findings.map((finding, index) => this.diagnostic(uri, finding, { version, index }))
      for (const n of result.notifications) {
        diagnostics.push({
          range: n.location ? this.range(n.location) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: SEVERITY[n.level],
          source: 'soat',
          message: n.message,
          ...(n.ruleId ? { code: n.ruleId } : {}),
        })
      }
    } catch (error) {
      // A broken configuration: say so on the document instead of failing silently.
      if (this.documents.get(uri)?.version !== version) return
      this.states.delete(uri)
      diagnostics = [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: DiagnosticSeverity.Error,
          source: 'soat',
          message: describeError(error, this.settings.locale || 'vi'),
        },
      ]
    }
    await this.connection.sendDiagnostics({ uri, version, diagnostics })
  }

  private range(location: { line: number; column: number; endLine: number; endColumn: number }): LspRange {
    return {
      start: { line: location.line - 1, character: location.column - 1 },
      end: { line: location.endLine - 1, character: location.endColumn - 1 },
    }
  }

  private diagnostic(uri: string, finding: Finding, data: DiagnosticData): Diagnostic {
    const diagnostic: Diagnostic = {
      range: this.range(finding),
      severity: SEVERITY[finding.level],
      code: finding.ruleId,
      source: 'soat',
      message: finding.message,
      data,
    }
    if (finding.url) diagnostic.codeDescription = { href: finding.url }
    if (this.relatedInformation && finding.related?.length) {
      diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri, range: this.range(r) }, message: r.message ?? finding.message }))
    }
    return diagnostic
  }

  private edits(state: LintState, fix: ResolvedFix): TextEdit[] {
    state.lines ??= new LineIndex(state.text)
    const lines = state.lines
    const position = (offset: number): { line: number; character: number } => {
      const p = lines.position(offset)
      return { line: p.line - 1, character: p.column - 1 }
    }
    return fix.edits.map((edit) => ({ range: { start: position(edit.range[0]), end: position(edit.range[1]) }, newText: edit.text }))
  }

  private workspaceEdit(uri: string, version: number, edits: TextEdit[]): WorkspaceEdit {
    if (this.versionedEdits) return { documentChanges: [{ textDocument: { uri, version }, edits }] }
    return { changes: { [uri]: edits } }
  }

  private findingOf(state: LintState, diagnostic: Diagnostic): Finding | undefined {
    const data = diagnostic.data as Partial<DiagnosticData> | undefined
    if (data && data.version === state.version && typeof data.index === 'number') return state.result.findings[data.index]
    // A client that does not send data back: match rule and range.
    return state.result.findings.find((f) => {
      const r = this.range(f)
      return (
        f.ruleId === diagnostic.code &&
        r.start.line === diagnostic.range.start.line &&
        r.start.character === diagnostic.range.start.character &&
        r.end.line === diagnostic.range.end.line &&
        r.end.character === diagnostic.range.end.character
      )
    })
  }

  private async codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const uri = params.textDocument.uri
    const state = this.states.get(uri)
    const document = this.documents.get(uri)
    if (!state || !document || document.version !== state.version) return []
    const locale = state.result.locale
    const only = params.context.only
    const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`))
    const actions: CodeAction[] = []
    if (wants(CodeActionKind.QuickFix)) {
      for (const diagnostic of params.context.diagnostics) {
        if (diagnostic.source !== 'soat') continue
        const finding = this.findingOf(state, diagnostic)
        if (!finding) continue
        if (finding.fix) {
          actions.push({
            title: interpolate(UI_MESSAGES.lspFix[locale], { rule: finding.ruleId }),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: true,
            edit: this.workspaceEdit(uri, state.version, this.edits(state, finding.fix)),
          })
        }
        for (const suggestion of finding.suggestions ?? []) {
          actions.push({
            title: suggestion.message,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: this.workspaceEdit(uri, state.version, this.edits(state, suggestion.fix)),
          })
        }
      }
    }
    if (wants(FIX_ALL_KIND) && state.result.fixableCount > 0) {
      const fixed = await this.soat.lintText(state.text, {
        filePath: this.filePathOf(document),
        format: state.result.format,
        fix: true,
        ...(this.settings.locale ? { locale: this.settings.locale } : {}),
      })
      if (fixed.output !== undefined && this.documents.get(uri)?.version === state.version) {
        const end = document.positionAt(state.text.length)
        actions.push({
          title: UI_MESSAGES.lspFixAll[locale],
          kind: FIX_ALL_KIND,
          edit: this.workspaceEdit(uri, state.version, [{ range: { start: { line: 0, character: 0 }, end }, newText: fixed.output }]),
        })
      }
    }
    return actions
  }
}

/** How the client talks to the server. */
export type Transport = 'stdio' | 'node-ipc'

/** Start the language server; the process exits when the client says `exit`. */
export async function startLanguageServer(options: { transport: Transport; cwd: string }): Promise<void> {
  const connection =
    options.transport === 'stdio'
      ? createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout))
      : createConnection(ProposedFeatures.all)
  new SoatLanguageServer(connection, { cwd: options.cwd }).listen()
  await new Promise<void>((resolve) => connection.onExit(() => resolve()))
}
