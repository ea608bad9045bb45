// The I/O-free core: lints a decoded source (or a parsed Document) against resolved rules and returns findings.
import type { CuominDocument } from '../document/types.js';
import { parseDocument, type ParseOptions } from '../document/parse.js';
import { DocumentParseError } from '../document/errors.js';
import { translateReport } from './translate-report.js';
import { allowedRanges, dedupeAndSort, filterAllowed, filterDisabled, filterQuiet } from './post-process.js';
import { applyFixes } from './apply-fixes.js';
import { documentDate } from './document-date.js';
import { documentUnit } from './document-unit.js';
import { assignFingerprints, fatalFingerprint } from './fingerprint.js';
import type { LintMessage, LintResult, Locale, ResolvedRuleSetting, Rule, RuleContext, RuleReport, Severity } from './types.js';
import type { Dictionary, DictionaryHit } from '../dictionary/types.js';
import { DictionaryMatcher } from '../dictionary/matcher.js';

export interface LinterOptions {
  rules: ReadonlyMap<string, Rule<never>>;
  settings: Readonly<Record<string, ResolvedRuleSetting>>;
  locale?: Locale;
  /** YYYY-MM-DD used when a document carries no date of its own; default today. */
  date?: string;
  allow?: readonly string[];
  /** Report errors only. */
  quiet?: boolean;
  /** Loaded dictionaries; those whose rule is enabled go into one matcher. */
  dictionaries?: readonly Dictionary[];
  /** Options of the format parsers (the config's `html` key). */
  parse?: ParseOptions;
}

export const MAX_FIX_PASSES = 10;

export interface SourceLintResult {
  messages: LintMessage[];
  /** The unit the document's metadata names as responsible (front matter `unit`, a page's ContentSource). */
  unit?: string;
}

export interface DocumentOptions {
  /** The document's date when its metadata has none (e.g. known from a file name or a page listing). */
  date?: string;
  /**
   * The path fingerprints are computed from, when it differs from the one given to the linter (the CLI passes an
   * absolute path to parse by; fingerprints must not change when the repository is checked out elsewhere).
   */
  fingerprintPath?: string;
  /** Called with the parsed document before it is linted (e.g. to keep a page's links and date for site checks). */
  inspect?: (document: CuominDocument) => void;
}

export class Linter {
  private readonly locale: Locale;
  private readonly fallbackDate: string;
  private matcher: DictionaryMatcher | undefined;

  constructor(private readonly options: LinterOptions) {
    this.locale = options.locale ?? 'zh';
    this.fallbackDate = options.date ?? new Date().toISOString().slice(0, 10);
  }

  /** Lints one source text. Unreadable input yields one fatal message, never an exception. */
  lintText(source: string, filePath: string, options: DocumentOptions = {}): LintMessage[] {
    return this.lintSource(source, filePath, options).messages;
  }

  /** Lints one source text and tells which unit the document names as responsible for it, if any. */
  lintSource(source: string, filePath: string, options: DocumentOptions = {}): SourceLintResult {
    let document: CuominDocument;
    try {
      document = parseDocument(source, filePath, this.options.parse);
    } catch (error) {
      if (error instanceof DocumentParseError) {
        const fatal = fatalMessage(error.localized[this.locale], error.line, error.column);
        fatal.fingerprint = fatalFingerprint(options.fingerprintPath ?? filePath, fatal);
        return { messages: [fatal] };
      }
      throw error;
    }
    const unit = documentUnit(document.metadata);
    options.inspect?.(document);
    const messages = this.lintDocument(document, options);
    return unit === undefined ? { messages } : { messages, unit };
  }

  /** The matcher over every dictionary whose rule is enabled, built on first use and kept for the run. */
  dictionaryMatcher(): DictionaryMatcher {
    if (!this.matcher) {
      const enabled = (this.options.dictionaries ?? []).filter((dictionary) => {
        const setting = this.options.settings[dictionary.rule];
        return this.options.rules.has(dictionary.rule) && setting !== undefined && setting.severity !== 'off';
      });
      this.matcher = new DictionaryMatcher(enabled);
    }
    return this.matcher;
  }

  lintDocument(document: CuominDocument, options: DocumentOptions = {}): LintMessage[] {
    const sourceRanges = new WeakMap<LintMessage, [number, number]>();
    const messages: LintMessage[] = [];
    const date = documentDate(document.metadata) ?? options.date ?? this.fallbackDate;
    let hitsByRule: Map<string, DictionaryHit[]> | undefined;
    const dictionaryHits = (ruleId: string): readonly DictionaryHit[] => {
      if (!hitsByRule) {
        hitsByRule = new Map();
        for (const hit of this.dictionaryMatcher().match(document, date)) {
          const list = hitsByRule.get(hit.dictionary.rule) ?? [];
          list.push(hit);
          hitsByRule.set(hit.dictionary.rule, list);
        }
      }
      return hitsByRule.get(ruleId) ?? [];
    };
    for (const [ruleId, rule] of this.options.rules) {
      const setting = this.options.settings[ruleId];
      if (!setting || setting.severity === 'off') continue;
      if (rule.meta.formats && !rule.meta.formats.includes(document.format)) continue;
      const severity: Severity = setting.severity;
      const reports: RuleReport[] = [];
      const context: RuleContext<never> = {
        document,
        options: setting.options as never,
        date,
        locale: this.locale,
        report: (report) => reports.push(report),
        dictionaryHits: () => dictionaryHits(ruleId),
      };
      try {
        rule.check(context);
      } catch (error) {
        messages.push(fatalMessage(`${ruleId}: ${(error as Error).message}`, 1, 1, ruleId));
        continue;
      }
      for (const report of reports) {
        const { message, sourceRange } = translateReport(document, report, {
          ruleId,
          rule,
          severity,
          severityExplicit: setting.explicit,
          locale: this.locale,
        });
        sourceRanges.set(message, sourceRange);
        messages.push(message);
      }
    }
    assignFingerprints(messages, document.source, options.fingerprintPath ?? document.filePath, (message) => sourceRanges.get(message));
    let processed = filterDisabled(messages, document.directives);
    processed = filterAllowed(processed, allowedRanges(document, this.options.allow ?? []), (message) => sourceRanges.get(message) ?? [0, 0]);
    if (this.options.quiet) processed = filterQuiet(processed);
    return dedupeAndSort(processed);
  }

  /**
   * Applies certain fixes, re-linting after each pass (a fix may reveal or settle others), up to MAX_FIX_PASSES.
   * Returns the final text and the findings that remain in it.
   */
  fixText(source: string, filePath: string, options: DocumentOptions = {}): SourceLintResult & { output: string; fixedCount: number } {
    let output = source;
    let fixedCount = 0;
    let { messages, unit } = this.lintSource(output, filePath, options);
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const result = applyFixes(output, messages);
      if (result.appliedCount === 0 || result.output === output) break;
      output = result.output;
      fixedCount += result.appliedCount;
      ({ messages, unit } = this.lintSource(output, filePath, options));
    }
    return unit === undefined ? { output, messages, fixedCount } : { output, messages, fixedCount, unit };
  }
}

export function fatalMessage(text: string, line = 1, column = 1, ruleId: string | null = null): LintMessage {
  return {
    ruleId,
    severity: 'error',
    category: 'mistake',
    urgency: 'general',
    message: text,
    line,
    column,
    endLine: line,
    endColumn: column,
    text: '',
    suggestions: [],
    fatal: true,
  };
}

/** Totals for one file's findings. */
export function summarize(filePath: string, messages: LintMessage[], extra: Partial<LintResult> = {}): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fixableCount = 0;
  for (const message of messages) {
    if (message.severity === 'error') errorCount++;
    else if (message.severity === 'warning') warningCount++;
    if (message.fix) fixableCount++;
  }
  return { filePath, messages, errorCount, warningCount, fixableCount, ...extra };
}
