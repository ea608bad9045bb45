// The rule API and the shapes of findings: what a rule sees, what it reports, what the engine returns.
import type { ZodType } from 'zod';
import type { CuominDocument } from '../document/types.js';
import type { DictionaryHit } from '../dictionary/types.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
/** 错 = mistake, 敏 = sensitive. */
export type Category = 'mistake' | 'sensitive';
/** urgent: fix within 30 minutes; general: before the end of the working day. */
export type Urgency = 'urgent' | 'general';
export type Locale = 'zh' | 'en';

/** A message in both languages; `{{name}}` placeholders are filled from the report's data. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export interface RuleMeta {
  /** For built-in rules the bare id (`punctuation`); plugin rules get `<plugin>/<id>` when loaded. */
  id: string;
  description: LocalizedText;
  category: Category;
  urgency: Urgency;
  defaultSeverity: SeveritySetting;
  /** True when some findings carry a fix that `--fix` may apply. */
  fixable: boolean;
  /** Message templates by id. */
  messages: Record<string, LocalizedText>;
  /** Zod schema for the rule's options object; options are validated against it when config is loaded. */
  options?: ZodType;
  /** Formats the rule applies to; all when absent. */
  formats?: DocumentFormat[];
  /** Link to the rule's documentation or the standard it enforces. */
  docs?: string;
}

export type DocumentFormat = 'markdown' | 'text' | 'html' | 'docx';

/** A replacement of prose offsets [start, end) by `text`; the engine maps it to source offsets. */
export interface ProseFix {
  start: number;
  end: number;
  text: string;
}

export interface RuleReport {
  messageId: string;
  data?: Record<string, string | number>;
  /** Prose offsets [start, end) of what the finding covers. */
  start: number;
  end: number;
  /**
   * Source offsets [start, end) for a finding outside the prose (a front matter key, a link target, an image);
   * when given, it places the finding and `start`/`end` are ignored. Such findings carry no fix.
   */
  sourceRange?: [number, number];
  /** Applied by --fix; give one only when the correction is certain. */
  fix?: ProseFix;
  /** Shown to the user, never applied automatically. */
  suggestions?: string[];
  /** Per-finding overrides, for rules whose entries differ (e.g. dictionary rules). */
  severity?: Severity;
  category?: Category;
  urgency?: Urgency;
}

export interface RuleContext<Options = Record<string, unknown>> {
  readonly document: CuominDocument;
  readonly options: Options;
  /** The date the document speaks of: its metadata date, else --date, else today (YYYY-MM-DD). */
  readonly date: string;
  readonly locale: Locale;
  report(report: RuleReport): void;
  /** Hits of the dictionaries whose `rule` is this rule, already checked against conditions and dates. */
  dictionaryHits(): readonly DictionaryHit[];
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  check(context: RuleContext<Options>): void;
}

/** Identity helper that gives a rule literal its types. */
export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

/** One finding, as the JSON report prints it. */
export interface LintMessage {
  ruleId: string | null;
  severity: Severity;
  category: Category;
  urgency: Urgency;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  suggestions: string[];
  /** Source offsets in UTF-16 code units of the decoded text (after any BOM). */
  fix?: { range: [number, number]; text: string };
  fatal?: true;
  /**
   * Stable identity of the finding across runs (rule, file, text, a little context; see engine/fingerprint.ts). The
   * Linter sets it on every message it returns.
   */
  fingerprint?: string;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableCount: number;
  /** The responsible unit, when config `units` maps this file to one. */
  unit?: string;
  /** The fixed source, present only when fixing changed something. */
  output?: string;
}

export interface ResolvedRuleSetting {
  severity: SeveritySetting;
  /** True when a config or `--rule` set the severity; then per-finding severities yield to it. */
  explicit: boolean;
  options: Record<string, unknown>;
}
