// Bundles the command line for a fast cold start (one file instead of hundreds of modules) and
// precompiles every schema in schemas/ into ajv standalone validators, so no schema is compiled at start.
// Each validator is a CommonJS file of its own, loaded (synchronously) the first time its schema is needed:
// a run reads the few it uses, not all of them, and never loads the schema compiler.
// Input: the tsc output in dist/. Output: dist/cli/soat.mjs (+ chunks for lazily loaded parts, + validators/).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Ajv, _ } from 'ajv'
import addFormatsModule from 'ajv-formats'
import standaloneCode from 'ajv/dist/standalone/index.js'
import { build } from 'esbuild'
import { AJV_OPTIONS } from '../dist/src/data/ajv.js'
import { regexU } from '../dist/src/data/formats.js'

const root = new URL('..', import.meta.url).pathname
const addFormats = addFormatsModule.default ?? addFormatsModule

// 1. Validators: the same options and formats as src/data/ajv.ts, as standalone CommonJS code, one file per schema.
const ajv = new Ajv({
  ...AJV_OPTIONS,
  code: {
    source: true,
    formats: _`{ ...require("ajv-formats/dist/formats").fullFormats, "regex-u": require("../../src/data/formats.js").regexU }`,
  },
})
addFormats(ajv)
ajv.addFormat('regex-u', regexU)
const schemaFiles = readdirSync(`${root}schemas`).filter((f) => f.endsWith('.schema.json')).sort()
const ids = schemaFiles.map((file) => {
  const schema = JSON.parse(readFileSync(`${root}schemas/${file}`, 'utf8'))
  ajv.addSchema(schema)
  return schema.$id
})
rmSync(`${root}dist/generated`, { recursive: true, force: true })
mkdirSync(`${root}dist/generated/validators`, { recursive: true })
schemaFiles.forEach((file, i) => {
  writeFileSync(`${root}dist/generated/validators/${file}.cjs`, standaloneCode(ajv, ajv.getSchema(ids[i])))
})

// 2. Entries: the CLI and the batch worker, both registering the validators under their schema file names.
writeFileSync(
  `${root}dist/generated/register-validators.mjs`,
  `import { createRequire } from 'node:module'
import { join } from 'node:path'
import { registerPrecompiledValidators } from '../src/data/ajv.js'
import { packageRoot } from '../src/paths.js'
const load = createRequire(import.meta.url)
const files = ${JSON.stringify(schemaFiles)}
registerPrecompiledValidators(Object.fromEntries(files.map((file) => [file, () => load(join(packageRoot, 'dist/cli/validators', file + '.cjs'))])))
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
  // dictionary-vi reads its .aff and .dic beside its own module: it stays a dependency, loaded from node_modules.
  external: ['dictionary-vi'],
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
// 3. The validators, each bundled with the ajv runtime pieces and formats it uses.
await build({
  entryPoints: schemaFiles.map((file) => `${root}dist/generated/validators/${file}.cjs`),
  outdir: `${root}dist/cli/validators`,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
})
console.log('soat: dist/cli/soat.mjs bundled')
