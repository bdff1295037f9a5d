// Packages the VS Code extension (editors/vscode) into a .vsix, with nothing fetched from the network:
// 1. bundles src/extension.ts and vscode-languageclient into dist/extension.js (CommonJS, `vscode` left external)
//    with Vite, from the root's node_modules;
// 2. runs @vscode/vsce package --no-dependencies (the bundle holds the dependencies).
// Usage: npm run package:vscode [-- --out path/to/file.vsix]
import { execFileSync } from 'node:child_process'
import { builtinModules, createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const extension = join(root, 'editors', 'vscode')
const outFlag = process.argv.indexOf('--out')
const out = outFlag > 0 ? resolve(process.argv[outFlag + 1]) : undefined

await build({
  configFile: false,
  root: extension,
  logLevel: 'warn',
  build: {
    ssr: join(extension, 'src', 'extension.ts'),
    outDir: join(extension, 'dist'),
    emptyOutDir: true,
    target: 'node18',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      external: ['vscode', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'cjs', entryFileNames: 'extension.js' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
})

const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce')
const args = [vsce, 'package', '--no-dependencies', '--skip-license', ...(out ? ['--out', out] : [])]
execFileSync(process.execPath, args, { cwd: extension, stdio: ['ignore', 'inherit', 'inherit'] })
