// The programmatic API: lint text without the CLI, write rules and plugins, test them.
export { Linter, summarize, MAX_FIX_PASSES, type LinterOptions } from './engine/linter.js';
export { applyFixes } from './engine/apply-fixes.js';
export { defineRule } from './engine/types.js';
export type {
  Category,
  DocumentFormat,
  LintMessage,
  LintResult,
  Locale,
  LocalizedText,
  ProseFix,
  ResolvedRuleSetting,
  Rule,
  RuleContext,
  RuleMeta,
  RuleReport,
  Severity,
  SeveritySetting,
  Urgency,
} from './engine/types.js';
export type { Block, CuominDocument, ImageInfo, LinkInfo, TableInfo } from './document/types.js';
export { OBJECT_PLACEHOLDER } from './document/types.js';
export { parseDocument, formatOf } from './document/parse.js';
export { RuleTester, type InvalidCase, type RuleTestCases, type ValidCase, type ExpectedError } from './testing/rule-tester.js';
export { resolveConfig, type ResolvedConfig } from './config/resolve-config.js';
export { loadConfigFile } from './config/load-config-file.js';
export type { CuominConfig } from './config/schema.js';
export type { CuominPlugin } from './config/plugin.js';
export { builtinRules } from '../rules/index.js';
export { reporters } from './reporters/index.js';
/** Zod, for rule option schemas in plugins. */
export { z } from 'zod';
