// Rule data files are read from rules/ at run time (nothing is copied to dist/). This build step
// fails early when a data or schema file does not parse.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
let count = 0
for (const dir of ['rules', 'src', 'schemas']) {
  const walk = (path) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (name.endsWith('.json')) {
        JSON.parse(readFileSync(full, 'utf8'))
        count++
      }
    }
  }
  walk(join(root, dir))
}
console.log(`soat: ${count} data and schema files parse`)
