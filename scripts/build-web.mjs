// Builds the web page's static assets into dist/web (run by `npm run build`, so by `npm ci` through `prepare`):
// the client script compiled by TypeScript, and the page, stylesheet and icon copied as they are. No CDN, no bundler.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const client = join(root, 'src', 'web', 'client')
const out = join(root, 'dist', 'web')
mkdirSync(out, { recursive: true })
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
execFileSync(process.execPath, [tsc, '-p', join(client, 'tsconfig.json')], { stdio: 'inherit' })
for (const file of ['index.html', 'app.css', 'favicon.svg']) copyFileSync(join(client, file), join(out, file))
