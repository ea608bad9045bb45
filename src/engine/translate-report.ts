// Turns a rule's report (prose offsets, message id) into a LintMessage (source lines and columns, final text).
import type { CuominDocument } from '../document/types.js';
import { formatMessage } from './format-message.js';
import type { Locale, LintMessage, Rule, RuleReport, Severity } from './types.js';

export interface TranslateOptions {
  ruleId: string;
  rule: Rule<never>;
  severity: Severity;
  severityExplicit: boolean;
  locale: Locale;
}

/** The message, and the source range it covers (for filters that work on source offsets). */
export function translateReport(document: CuominDocument, report: RuleReport, options: TranslateOptions): { message: LintMessage; sourceRange: [number, number] } {
  const { rule, locale } = options;
  const template = rule.meta.messages[report.messageId];
  if (!template) throw new Error(`Rule ${options.ruleId} reported unknown messageId "${report.messageId}"`);
  const [sourceStart, sourceEnd] = report.sourceRange ? clampToSource(document, report.sourceRange) : document.sourceRange(report.start, report.end);
  const start = document.sourcePosition(sourceStart);
  const end = document.sourcePosition(sourceEnd);
  const message: LintMessage = {
    ruleId: options.ruleId,
    severity: options.severityExplicit ? options.severity : (report.severity ?? options.severity),
    category: report.category ?? rule.meta.category,
    urgency: report.urgency ?? rule.meta.urgency,
    message: formatMessage(template, locale, report.data),
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    text: document.source.slice(sourceStart, sourceEnd),
    suggestions: report.suggestions ?? [],
  };
  const fix = report.fix && !report.sourceRange ? translateFix(document, report.fix) : undefined;
  if (fix) message.fix = fix;
  return { message, sourceRange: [sourceStart, sourceEnd] };
}

function clampToSource(document: CuominDocument, [start, end]: [number, number]): [number, number] {
  const clampedStart = Math.max(0, Math.min(start, document.source.length));
  return [clampedStart, Math.max(clampedStart, Math.min(end, document.source.length))];
}

/** A fix is kept only when its prose range maps exactly onto the source; otherwise it is not certain. */
function translateFix(document: CuominDocument, fix: NonNullable<RuleReport['fix']>): LintMessage['fix'] | undefined {
  if (fix.start > fix.end || !document.isExactRange(fix.start, fix.end)) return undefined;
  if (fix.start === fix.end && fix.start > 0 && !document.isExactRange(fix.start - 1, fix.start)) return undefined;
  if (fix.start === fix.end) {
    // An insertion goes right after the previous prose character's source.
    const anchor = fix.start === 0 ? document.toSourceOffset(0) : document.sourceRange(fix.start - 1, fix.start)[1];
    return { range: [anchor, anchor], text: fix.text };
  }
  const range = document.sourceRange(fix.start, fix.end);
  return { range, text: fix.text };
}
