// Regenerates schemas/config.schema.json from the rules' meta. Run after `npm run build`.
import { writeFileSync } from 'node:fs'
import { buildConfigSchema } from '../dist/src/config/config-schema.js'
import { builtinRuleDescriptors } from '../dist/src/formatters/rule-descriptors.js'

const schema = buildConfigSchema(await builtinRuleDescriptors())
writeFileSync(new URL('../schemas/config.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n')
console.log('schemas/config.schema.json written')
