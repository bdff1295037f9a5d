/**
 * soát for VS Code: starts `soat lsp --stdio` (the language server of the soat
 * package) for plain text, Markdown and HTML documents. Everything else —
 * diagnostics, quick fixes, “fix all”, reloading soat.config.json — is the
 * server's; this file only starts and restarts it.
 */
import * as vscode from 'vscode'
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node'
import { serverCommand } from './server-command.js'

let client: LanguageClient | undefined
let output: vscode.LogOutputChannel | undefined

const LANGUAGES = ['plaintext', 'markdown', 'html']

function settings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('soat')
  return { enable: config.get('enable', true), locale: config.get('locale', ''), debounceMs: config.get('debounceMs', 150) }
}

async function start(): Promise<void> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath)
  const { command, args, shell } = serverCommand(vscode.workspace.getConfiguration('soat').get('path', ''), folders)
  output ??= vscode.window.createOutputChannel('soát', { log: true })
  output.info(`Starting ${command} ${args.join(' ')}`)
  const serverOptions: ServerOptions = { command, args, options: { shell, ...(folders[0] ? { cwd: folders[0] } : {}) } }
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    initializationOptions: settings(),
    outputChannel: output,
  }
  client = new LanguageClient('soat', 'soát', serverOptions, clientOptions)
  try {
    await client.start()
  } catch (error) {
    const message = (error as Error).message
    void vscode.window.showErrorMessage(
      `soát: cannot start “${command} lsp --stdio” (${message}). Install soat in the workspace (npm install --save-dev soat) or set “soat.path”.`,
    )
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand('soat.restart', async () => {
      await client?.stop()
      await start()
    }),
    vscode.commands.registerCommand('soat.showOutput', () => output?.show()),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('soat.path')) {
        await client?.stop()
        await start()
      }
    }),
  )
  await start()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
}
