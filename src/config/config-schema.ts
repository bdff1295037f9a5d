/**
 * Builds schemas/config.schema.json from the rules' meta (the one source):
 * every built-in rule id with its own options schema, so editors complete and
 * check configuration files, and a typo in a rule id or option is an error.
 */
import type { RuleDescriptor } from '../formatters/types.js'

const LEVEL = { enum: ['off', 'note', 'warning', 'error'] }

function ruleEntrySchema(descriptor: RuleDescriptor): Record<string, unknown> {
  const options = descriptor.meta.options ?? { type: 'object', additionalProperties: false, properties: {} }
  return {
    description: `${descriptor.meta.description.vi} / ${descriptor.meta.description.en}`,
    anyOf: [
      LEVEL,
      { type: 'array', items: [LEVEL], minItems: 1, maxItems: 1 },
      { type: 'array', items: [LEVEL, options], minItems: 2, maxItems: 2 },
    ],
  }
}

const GENERIC_RULE_ENTRY = {
  anyOf: [
    LEVEL,
    { type: 'array', items: [LEVEL], minItems: 1, maxItems: 1 },
    { type: 'array', items: [LEVEL, { type: 'object' }], minItems: 2, maxItems: 2 },
  ],
}

const LOCALIZED = {
  anyOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      additionalProperties: false,
      required: ['vi', 'en'],
      properties: { vi: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
    },
  ],
}

const HOUSE_RULE = {
  type: 'object',
  required: ['kind'],
  oneOf: [
    {
      additionalProperties: false,
      required: ['kind', 'phrases'],
      properties: {
        kind: { const: 'existence' },
        level: { enum: ['note', 'warning', 'error'] },
        phrases: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
        message: { ...LOCALIZED, description: 'The message; {phrase} is the text found.' },
        description: LOCALIZED,
        caseSensitive: { type: 'boolean' },
      },
    },
    {
      additionalProperties: false,
      required: ['kind', 'swap'],
      properties: {
        kind: { const: 'substitution' },
        level: { enum: ['note', 'warning', 'error'] },
        swap: {
          type: 'object',
          minProperties: 1,
          description: 'Phrase → preferred form (fixable).',
          additionalProperties: { type: 'string', minLength: 1 },
        },
        message: { ...LOCALIZED, description: 'The message; {actual} is the text found, {expected} the preferred form.' },
        description: LOCALIZED,
        caseSensitive: { type: 'boolean' },
      },
    },
  ],
}

/** The configuration schema for `rules` (built-in rules, sorted by id). */
export function buildConfigSchema(rules: readonly RuleDescriptor[]): Record<string, unknown> {
  const builtin = [...rules].filter((r) => r.builtin).sort((a, b) => a.id.localeCompare(b.id))
  const ruleProperties = Object.fromEntries(builtin.map((r) => [r.id, ruleEntrySchema(r)]))
  const rulesSchema = {
    type: 'object',
    description: 'Rule levels and options: "rule-id": "error" or ["warning", { …options }].',
    properties: ruleProperties,
    // Plugin and house rules: `foo/rule`, `house/rule`, `@scope/rule`, `@scope/foo/rule`.
    patternProperties: { '^(?:[a-z0-9-]+|@[a-z0-9-]+(?:/[a-z0-9-]+)?)/[a-z0-9-]+$': GENERIC_RULE_ENTRY },
    additionalProperties: false,
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://soat.dev/schemas/config.schema.json',
    title: 'soát configuration (soat.config.json, .soatrc.json)',
    description: 'Generated from the rules by scripts/build-config-schema.mjs; do not edit by hand.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: {
        description: 'Presets ("soat:recommended", "soat:all") or relative paths to other configuration files. Without "extends", a configuration builds on soat:recommended.',
        anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      },
      locale: { enum: ['vi', 'en'], description: 'Language of messages.' },
      rules: rulesSchema,
      house: {
        type: 'object',
        description: 'Rules written as data: "house/<id>": { "kind": "existence" | "substitution", … }.',
        propertyNames: { pattern: '^house/[a-z0-9][a-z0-9-]*$' },
        additionalProperties: HOUSE_RULE,
      },
      plugins: {
        type: 'array',
        description: 'Code plugins: npm packages (soat-plugin-foo → rules foo/…) or relative paths to modules.',
        items: { type: 'string', minLength: 1 },
      },
      overrides: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }] },
            excludedFiles: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
            rules: rulesSchema,
            locale: { enum: ['vi', 'en'] },
          },
        },
      },
      ignorePatterns: {
        type: 'array',
        description: 'Globs, relative to this file, of files not to lint.',
        items: { type: 'string', minLength: 1 },
      },
      maxFileSize: { type: 'integer', minimum: 1, description: 'Largest file to read, in bytes (default 20 MB).' },
    },
  }
}
