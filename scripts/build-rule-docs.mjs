// Rewrites the generated header of each docs/rules/<id>.md from the rule's meta. Run after `npm run build`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { withHeader } from '../dist/src/docs/rule-doc.js'
import { builtinRuleDescriptors } from '../dist/src/formatters/rule-descriptors.js'

for (const { id, meta } of await builtinRuleDescriptors()) {
  const file = new URL(`../docs/rules/${id}.md`, import.meta.url)
  if (!existsSync(file)) {
    console.warn(`docs/rules/${id}.md is missing`)
    continue
  }
  const before = readFileSync(file, 'utf8')
  const after = withHeader(before, meta)
  if (after !== before) {
    writeFileSync(file, after)
    console.log(`docs/rules/${id}.md: header updated`)
  }
}
