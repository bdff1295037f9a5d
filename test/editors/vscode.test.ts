/** The VS Code extension: which command it starts, and the .vsix that `npm run package:vscode` builds offline. */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, describe, expect, it } from 'vitest'
import { serverCommand } from '../../editors/vscode/src/server-command.js'
import { packageRoot } from '../../src/paths.js'

const dir = mkdtempSync(join(tmpdir(), 'soat-vscode-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the command the extension starts', () => {
  it('is soat on the PATH when the workspace has no local install', () => {
    expect(serverCommand('', [join(dir, 'empty')], 'linux')).toEqual({ command: 'soat', args: ['lsp', '--stdio'], shell: false })
  })

  it('is the workspace’s node_modules/.bin/soat when there is one', () => {
    const ws = join(dir, 'ws')
    mkdirSync(join(ws, 'node_modules', '.bin'), { recursive: true })
    writeFileSync(join(ws, 'node_modules', '.bin', 'soat'), '')
    expect(serverCommand('', [join(dir, 'empty'), ws], 'linux').command).toBe(join(ws, 'node_modules', '.bin', 'soat'))
  })

  it('is the soat.path setting: absolute, relative to the workspace, or a bare name on the PATH', () => {
    expect(serverCommand('/opt/soat/bin/soat', ['/ws'], 'linux').command).toBe('/opt/soat/bin/soat')
    expect(serverCommand('tools/soat', ['/ws'], 'linux').command).toBe(join('/ws', 'tools/soat'))
    expect(serverCommand('soat-dev', ['/ws'], 'linux').command).toBe('soat-dev')
  })

  it('runs npm’s .cmd shim through the shell on Windows', () => {
    expect(serverCommand('', [], 'win32')).toEqual({ command: 'soat.cmd', args: ['lsp', '--stdio'], shell: true })
  })
})

describe('npm run package:vscode', () => {
  const vsix = join(dir, 'soat-vscode.vsix')

  it('bundles the extension and packs a .vsix with vsce', async () => {
    execFileSync(process.execPath, [join(packageRoot, 'scripts', 'package-vscode.mjs'), '--out', vsix], { cwd: packageRoot, stdio: 'pipe' })
    const zip = await JSZip.loadAsync(readFileSync(vsix))
    const files = Object.keys(zip.files).filter((f) => !f.endsWith('/')).sort()
    expect(files).toEqual(['[Content_Types].xml', 'extension.vsixmanifest', 'extension/dist/extension.js', 'extension/package.json', 'extension/readme.md'])
    const manifest = JSON.parse(await zip.file('extension/package.json')!.async('string')) as Record<string, any>
    expect(manifest.main).toBe('./dist/extension.js')
    expect(manifest.activationEvents).toEqual(['onLanguage:plaintext', 'onLanguage:markdown', 'onLanguage:html'])
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual(['soat.enable', 'soat.locale', 'soat.debounceMs', 'soat.path'])

    // The bundle needs only VS Code and Node: vscode-languageclient is inside it.
    const bundle = await zip.file('extension/dist/extension.js')!.async('string')
    const required = new Set([...bundle.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!.replace(/^node:/, '')))
    expect([...required].filter((m) => m !== 'vscode' && !builtinModules.includes(m))).toEqual([])

    // It loads and exports activate/deactivate (with a stand-in for the vscode module).
    const file = join(dir, 'extension.cjs')
    writeFileSync(file, bundle)
    const require = createRequire(file)
    const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown }
    const load = Module._load
    // Any member is another stand-in, constructible and extendable; the bundle's ESM interop reads members through the prototype.
    const standIn = (): unknown =>
      new Proxy(function StandIn() {}, {
        get: (target, key) => (key === 'prototype' ? target.prototype : key === '__esModule' ? true : standIn()),
        getPrototypeOf: () => members,
      })
    const members: object = new Proxy({}, { get: (_target, key) => (typeof key === 'symbol' ? undefined : standIn()) })
    Module._load = (request: string, ...rest: unknown[]) => (request === 'vscode' ? standIn() : load(request, ...rest))
    try {
      const extension = require(file) as { activate: unknown; deactivate: unknown }
      expect([typeof extension.activate, typeof extension.deactivate]).toEqual(['function', 'function'])
    } finally {
      Module._load = load
    }
  }, 180_000)
})
