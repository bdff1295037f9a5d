// Bundles the command line for a fast cold start (one file instead of hundreds of modules) and
// precompiles every schema in schemas/ into ajv standalone validators, so no schema is compiled at start.
// Input: the tsc output in dist/. Output: dist/cli/soat.mjs (+ chunks for lazily loaded parts).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Ajv, _ } from 'ajv'
import addFormatsModule from 'ajv-formats'
import standaloneCode from 'ajv/dist/standalone/index.js'
import { build } from 'esbuild'
import { AJV_OPTIONS } from '../dist/src/data/ajv.js'
import { regexU } from '../dist/src/data/formats.js'

const root = new URL('..', import.meta.url).pathname
const addFormats = addFormatsModule.default ?? addFormatsModule

// 1. Validators: the same options and formats as src/data/ajv.ts, as standalone ESM code.
const ajv = new Ajv({
  ...AJV_OPTIONS,
  code: {
    source: true,
    esm: true,
    formats: _`{ ...require("ajv-formats/dist/formats").fullFormats, "regex-u": require("../src/data/formats.js").regexU }`,
  },
})
addFormats(ajv)
ajv.addFormat('regex-u', regexU)
const exportsByName = {}
const fileByExport = {}
for (const file of readdirSync(`${root}schemas`).filter((f) => f.endsWith('.schema.json')).sort()) {
  const schema = JSON.parse(readFileSync(`${root}schemas/${file}`, 'utf8'))
  ajv.addSchema(schema)
  const name = `validate_${file.replace(/\W/g, '_')}`
  exportsByName[name] = schema.$id
  fileByExport[name] = file
}
mkdirSync(`${root}dist/generated`, { recursive: true })
writeFileSync(`${root}dist/generated/validators.mjs`, standaloneCode(ajv, exportsByName))

// 2. Entries: the CLI and the batch worker, both registering the validators under their schema file names.
writeFileSync(
  `${root}dist/generated/register-validators.mjs`,
  `import * as validators from './validators.mjs'
import { registerPrecompiledValidators } from '../src/data/ajv.js'
const files = ${JSON.stringify(fileByExport)}
registerPrecompiledValidators(Object.fromEntries(Object.entries(validators).map(([name, validate]) => [files[name], validate])))
`,
)
writeFileSync(`${root}dist/generated/cli-entry.mjs`, `import './register-validators.mjs'\nexport { main } from '../src/cli/main.js'\n`)
writeFileSync(
  `${root}dist/generated/worker-entry.mjs`,
  `import './register-validators.mjs'\nimport { runLintWorker } from '../src/batch/lint-worker.js'\nrunLintWorker()\n`,
)

rmSync(`${root}dist/cli`, { recursive: true, force: true })
await build({
  entryPoints: { soat: `${root}dist/generated/cli-entry.mjs`, 'lint-worker': `${root}dist/generated/worker-entry.mjs` },
  outdir: `${root}dist/cli`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies (ajv, write-file-atomic) use require, __filename and __dirname; give the bundle them.
  banner: {
    js: [
      "import { createRequire as __soatCreateRequire } from 'node:module';",
      "import { fileURLToPath as __soatFileURLToPath } from 'node:url';",
      "import { dirname as __soatDirname } from 'node:path';",
      'const require = __soatCreateRequire(import.meta.url);',
      'const __filename = __soatFileURLToPath(import.meta.url);',
      'const __dirname = __soatDirname(__filename);',
    ].join(' '),
  },
  // dictionary-vi reads its .aff and .dic beside its own module: it stays a runtime import.
  external: ['dictionary-vi'],
  logLevel: 'warning',
  legalComments: 'none',
})
console.log('soat: dist/cli/soat.mjs bundled')
