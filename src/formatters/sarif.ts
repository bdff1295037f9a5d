/**
 * SARIF 2.1.0 for code scanning and editors: one run; the driver with every
 * rule's metadata and help; results with rule index, level, message, a
 * region in UTF-16 columns with char offsets and a snippet, fixes, related
 * locations and fingerprints that survive edits above the finding; artifacts;
 * one invocation with the files that could not be read.
 *
 * A Word file is binary (zipped XML): a text region (line, column, char
 * offset) in it would be a lie. Its findings point at the paragraph and the
 * character of the text soát extracted from it, so their locations name the
 * .docx with a byte region covering the whole file (SARIF's form for “somewhere
 * in this binary file”) and say where in words (location message), as a
 * logical location (the paragraph) and in a property bag
 * (`extractedText`: paragraph, character, ends, offset, length, snippet). No
 * fix is offered for them: the edits apply to the extracted text, not to the
 * file.
 */
import { createHash } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import type * as Sarif from 'sarif'
import type { LintResult } from '../api.js'
import { interpolate } from '../engine/messages.js'
import type { Finding, Locale, Location, ResolvedFix } from '../engine/types.js'
import { UI_MESSAGES } from '../i18n/ui-messages.js'
import { packageVersion } from '../paths.js'
import { displayPath } from './paths.js'
import { ruleDocsMarkdown, ruleName } from './rule-descriptors.js'
import { JsonArrayWriter, placeholder, splitAtPlaceholders } from './json-text.js'
import { type Formatter, type RuleDescriptor, type StreamingFormatter, atOnce } from './types.js'

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'
const INFORMATION_URI = 'https://github.com/soat-lint/soat'
const SRCROOT = '%SRCROOT%'
const FINGERPRINT_KEY = 'soatFindingHash/v1'

const MIME_TYPES: Record<string, string> = {
  text: 'text/plain',
  markdown: 'text/markdown',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

/** SARIF messages are sentences ending with a period (multitool rule SARIF2001). */
function sentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?…]["”’)»]*$/u.test(trimmed) ? trimmed : `${trimmed}.`
}

function region(location: Location, snippet?: string): Sarif.Region {
  const r: Sarif.Region = {
    startLine: location.line,
    startColumn: location.column,
    endLine: location.endLine,
    endColumn: location.endColumn,
    charOffset: location.range[0],
    charLength: location.range[1] - location.range[0],
  }
  if (snippet !== undefined && snippet.length > 0) r.snippet = { text: snippet }
  return r
}

/** The whole lines of a finding, as SARIF's contextRegion (when the lines were kept and not cut). */
function contextRegion(finding: Finding): { contextRegion?: Sarif.Region } {
  const context = finding.context
  if (context === undefined || context.length >= 1000) return {}
  const charOffset = finding.range[0] - (finding.column - 1)
  // SARIF wants a proper superset of the region (multitool SARIF1008).
  if (context.length <= finding.range[1] - finding.range[0]) return {}
  return {
    contextRegion: {
      startLine: finding.line,
      endLine: finding.endLine,
      charOffset,
      charLength: context.length,
      snippet: { text: context },
    },
  }
}

/** Where a finding sits in the text extracted from a Word file, without pretending to be a region of the file. */
function extractedLocation(location: Location, artifact: Sarif.ArtifactLocation, byteLength: number | undefined, locale: Locale, snippet?: string): Sarif.Location {
  const place = { paragraph: location.line, character: location.column }
  const message =
    snippet !== undefined && snippet.length > 0
      ? interpolate(UI_MESSAGES.docxLocationSnippet[locale], { ...place, snippet: snippet.length > 80 ? `${snippet.slice(0, 79)}…` : snippet })
      : interpolate(UI_MESSAGES.docxLocation[locale], place)
  return {
    physicalLocation: { artifactLocation: artifact, ...(byteLength !== undefined ? { region: { byteOffset: 0, byteLength } } : {}) },
    logicalLocations: [{ kind: 'element', name: interpolate(UI_MESSAGES.docxParagraph[locale], place) }],
    message: { text: sentence(message) },
    properties: {
      extractedText: {
        paragraph: location.line,
        character: location.column,
        endParagraph: location.endLine,
        endCharacter: location.endColumn,
        offset: location.range[0],
        length: location.range[1] - location.range[0],
        ...(snippet !== undefined ? { snippet } : {}),
      },
    },
  }
}

function fixOf(fix: ResolvedFix, description: string, artifact: Sarif.ArtifactLocation): Sarif.Fix {
  return {
    description: { text: sentence(description) },
    artifactChanges: [
      {
        artifactLocation: artifact,
        replacements: fix.edits.map((edit) => ({
          deletedRegion: { charOffset: edit.range[0], charLength: edit.range[1] - edit.range[0] },
          ...(edit.text.length > 0 ? { insertedContent: { text: edit.text } } : {}),
        })),
      },
    ],
  }
}

function fingerprint(finding: Finding, occurrence: number): string {
  const normalized = finding.text.replace(/\s+/gu, ' ').trim()
  const hash = createHash('sha256').update(`${finding.ruleId}\u0000${finding.messageId}\u0000${normalized}`).digest('hex').slice(0, 32)
  return `${hash}:${occurrence}`
}

function ruleDescriptor(descriptor: RuleDescriptor, locale: 'vi' | 'en'): Sarif.ReportingDescriptor {
  const { meta } = descriptor
  const description = sentence(meta.description[locale])
  const docs = descriptor.builtin ? ruleDocsMarkdown(descriptor.id) : undefined
  const otherLocale = locale === 'vi' ? 'en' : 'vi'
  const helpText = `${description} ${sentence(meta.description[otherLocale])}`
  const name = ruleName(descriptor.id)
  const rule: Sarif.ReportingDescriptor = {
    id: descriptor.id,
    // A name equal to the id but for case is refused by the multitool (SARIF1001): `encoding`, `acronym`.
    ...(name.toLowerCase() === descriptor.id.toLowerCase() ? {} : { name }),
    shortDescription: { text: description },
    fullDescription: { text: helpText },
    help: {
      text: descriptor.url ? `${helpText} ${descriptor.url}` : helpText,
      markdown: docs ?? `${description}\n\n${sentence(meta.description[otherLocale])}`,
    },
    defaultConfiguration: { level: meta.level },
    properties: {
      tags: ['soat', meta.category, ...(meta.fixable ? ['fixable'] : []), ...(meta.tags ?? [])],
      category: meta.category,
      fixable: meta.fixable,
    },
  }
  if (descriptor.url) rule.helpUri = descriptor.url
  return rule
}

function describeMissing(id: string): RuleDescriptor {
  return {
    id,
    url: undefined,
    builtin: false,
    meta: {
      id,
      category: id.startsWith('house/') ? 'house' : 'style',
      level: 'warning',
      fixable: false,
      description: { vi: `Quy tắc ${id}`, en: `Rule ${id}` },
      messages: {},
    },
  }
}

/**
 * The SARIF log, streamed: its head holds the rules and the invocation (which
 * depend on every result), so results are kept in `store` (a file, for a
 * large batch) and printed at the end, artifacts first, then results, each
 * as an item of its array. Tool notifications, few and small, stay in memory.
 */
export const sarifStream: StreamingFormatter = (context, makeStore) => {
  const { locale, cwd } = context
  const baseUri = pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href
  const descriptors = new Map(context.rules.map((d) => [d.id, d]))
  const store = makeStore()
  // Notifications in order, with the rule they name: its index is known at the end.
  const notifications: Array<{ notification: Sarif.Notification; ruleId?: string }> = []
  let successful = true
  let artifactCount = 0

  const artifactLocationOf = (result: LintResult, index: number): Sarif.ArtifactLocation => ({
    uri: encodeURI(displayPath(result.filePath, cwd)),
    uriBaseId: SRCROOT,
    index,
  })
  const locationFor = (result: LintResult, artifactLocation: Sarif.ArtifactLocation) => {
    const extracted = result.extracted !== undefined
    return (location: Location, snippet?: string): Sarif.Location =>
      extracted ? extractedLocation(location, artifactLocation, result.byteLength, locale, snippet) : { physicalLocation: { artifactLocation, region: region(location, snippet) } }
  }

  const add = (result: LintResult): string => {
    for (const f of result.findings) if (!descriptors.has(f.ruleId)) descriptors.set(f.ruleId, describeMissing(f.ruleId))
    const uri = encodeURI(displayPath(result.filePath, cwd))
    if (result.fatal) {
      successful = false
      notifications.push({
        notification: {
          level: 'error',
          message: { text: sentence(result.fatal.message) },
          descriptor: { id: result.fatal.code },
          locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: SRCROOT } } }],
        },
      })
      return ''
    }
    const artifactLocation = artifactLocationOf(result, artifactCount++)
    const locationOf = locationFor(result, artifactLocation)
    for (const n of result.notifications) {
      if (n.level === 'error') successful = false
      notifications.push({
        notification: {
          level: n.level,
          message: { text: sentence(n.message) },
          locations: [n.location ? locationOf(n.location) : { physicalLocation: { artifactLocation } }],
        },
        ...(n.ruleId ? { ruleId: n.ruleId } : {}),
      })
    }
    // The text is not needed again; the lines around each finding are (contextRegion).
    const { source: _source, output: _output, ...kept } = result
    store.add(kept)
    return ''
  }

  const artifactOf = (result: LintResult): Sarif.Artifact => {
    const artifact: Sarif.Artifact = {
      location: { uri: encodeURI(displayPath(result.filePath, cwd)), uriBaseId: SRCROOT },
      mimeType: MIME_TYPES[result.format] ?? 'text/plain',
      roles: ['analysisTarget'],
    }
    if (result.byteLength !== undefined) artifact.length = result.byteLength
    if (result.encoding) artifact.encoding = result.encoding.encoding.toUpperCase()
    if (result.extracted) {
      artifact.description = { text: sentence(UI_MESSAGES.docxArtifact[locale]) }
      artifact.properties = { extractedText: { from: result.extracted.from, reader: 'mammoth', paragraphs: result.extracted.paragraphs, positions: 'paragraph/character (UTF-16 code units, from 1)' } }
    }
    return artifact
  }

  function* resultsOf(result: LintResult, artifactIndex: number, ruleIndex: ReadonlyMap<string, number>): Iterable<Sarif.Result> {
    const extracted = result.extracted !== undefined
    const artifactLocation = artifactLocationOf(result, artifactIndex)
    const locationOf = locationFor(result, artifactLocation)
    const occurrences = new Map<string, number>()
    for (const f of result.findings) {
      const base = fingerprint(f, 0).split(':')[0]!
      const occurrence = occurrences.get(base) ?? 0
      occurrences.set(base, occurrence + 1)
      const sarifResult: Sarif.Result = {
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId)!,
        level: f.level,
        message: { text: sentence(f.message) },
        locations: [extracted ? locationOf(f, f.text) : { physicalLocation: { artifactLocation, region: region(f, f.text), ...contextRegion(f) } }],
        partialFingerprints: { [FINGERPRINT_KEY]: `${base}:${occurrence}` },
      }
      const fixes: Sarif.Fix[] = []
      if (extracted) {
        // The edits apply to the extracted text, not to the Word file.
      } else if (f.fix) fixes.push(fixOf(f.fix, f.message, artifactLocation))
      if (!extracted) for (const s of f.suggestions ?? []) fixes.push(fixOf(s.fix, s.message, artifactLocation))
      if (fixes.length) sarifResult.fixes = fixes
      if (f.related?.length) {
        sarifResult.relatedLocations = f.related.map((r, i) => {
          const location = locationOf(r)
          return {
            ...location,
            id: i + 1,
            ...(r.message ? { message: { text: sentence(extracted ? `${r.message} ${location.message!.text}` : r.message) } } : {}),
          }
        })
      }
      yield sarifResult
    }
  }

  function* end(final: { endTime?: Date } = {}): Iterable<string> {
    try {
      // Rules: those of the run, plus any id a result uses that the run did not describe.
      const ruleIds = [...descriptors.keys()].sort()
      const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]))
      const invocation: Sarif.Invocation = {
        executionSuccessful: successful,
        toolExecutionNotifications: notifications.map(({ notification, ruleId }) => {
          if (!ruleId || !ruleIndex.has(ruleId)) return notification
          const { locations, ...rest } = notification
          return { ...rest, associatedRule: { id: ruleId, index: ruleIndex.get(ruleId)! }, locations }
        }),
        workingDirectory: { uri: baseUri },
      }
      if (context.commandLine) invocation.commandLine = context.commandLine
      if (context.startTime) invocation.startTimeUtc = context.startTime.toISOString()
      const endTime = final.endTime ?? context.endTime
      if (endTime) invocation.endTimeUtc = endTime.toISOString()

      const log = {
        $schema: SCHEMA_URI,
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'soat',
                fullName: 'soát — linter for Vietnamese government press releases',
                semanticVersion: packageVersion,
                version: packageVersion,
                informationUri: INFORMATION_URI,
                language: locale === 'vi' ? 'vi-VN' : 'en-US',
                rules: ruleIds.map((id) => ruleDescriptor(descriptors.get(id)!, locale)),
              },
            },
            invocations: [invocation],
            originalUriBaseIds: { [SRCROOT]: { uri: baseUri } },
            artifacts: placeholder('artifacts'),
            results: placeholder('results'),
            columnKind: 'utf16CodeUnits',
          },
        ],
      } satisfies Omit<Sarif.Log, 'runs'> & { runs: unknown[] }
      const [head, between, tail] = splitAtPlaceholders(log, ['artifacts', 'results']) as [string, string, string]
      yield head
      // runs[0].artifacts and runs[0].results sit three levels deep.
      const artifacts = new JsonArrayWriter(3)
      for (const result of store.read()) yield artifacts.item(artifactOf(result))
      yield artifacts.close() + between
      const results = new JsonArrayWriter(3)
      let artifactIndex = 0
      for (const result of store.read()) {
        let text = ''
        for (const sarifResult of resultsOf(result, artifactIndex, ruleIndex)) text += results.item(sarifResult)
        artifactIndex++
        if (text) yield text
      }
      yield results.close() + tail
    } finally {
      store.dispose()
    }
  }

  return { add, end }
}

export const sarif: Formatter = atOnce(sarifStream)
