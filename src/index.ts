/**
 * soát's library API. Lint texts and files, format results, write rules and
 * plugins. The command line, the language server and the web page are thin
 * layers over these.
 *
 * ```ts
 * import { lintText, lintFiles, formatResults } from 'soat'
 * const result = await lintText('Chiều 4-1, …', { filePath: 'tin.md' })
 * console.log(await formatResults(await lintFiles(['drafts/']), 'stylish'))
 * ```
 */
export { lintFiles, lintText, formatResults, Soat } from './api.js'
export type { ExtractedText, FatalProblem, LintFilesOptions, LintFilesStream, LintOptions, LintResult, LintTextOptions, ProgressListener } from './api.js'
export type { ConfigFileContent, ConfigOverride, ResolvedConfig, RuleEntry, RuleSetting } from './config/types.js'
export type { FormatName, FormatOptions, ReportStream, ReportStreamOptions, RuleDescriptor } from './formatters/index.js'
export { defineRule } from './engine/types.js'
export type {
  Finding,
  Fix,
  Level,
  LevelSetting,
  Locale,
  Localized,
  Location,
  Notification,
  Range,
  ReportDescriptor,
  Rule,
  RuleCategory,
  RuleContext,
  RuleMeta,
  RuleVisitors,
} from './engine/types.js'
export type { SoatPlugin } from './engine/plugins.js'
export type { HouseRuleDefinition } from './engine/house-rules.js'
export { SoatDocument } from './document/document.js'
export type { Block, BlockKind, Sentence, Token } from './document/nodes.js'
export { defineLayer, type Layer } from './document/layer.js'
export { PhraseMatcher } from './document/phrase-matcher.js'
export { SoatError } from './errors.js'
export { soatParse } from './parse/unified-plugin.js'
