// Reads a JSON report written by `--format json` back into results (for `cuomin merge`), validating its shape.
import { summarize } from '../engine/linter.js';
import type { LintMessage, LintResult } from '../engine/types.js';
import { jsonReportSchema } from './json-report-schema.js';

/** The results of a JSON report; throws when the text is not one. Counts are recomputed from the messages. */
export function readJsonReport(text: string): LintResult[] {
  return jsonReportSchema.parse(JSON.parse(text)).map((file) => {
    // Keys in the order the linter writes them, so that a merged report reads exactly like a whole one.
    const messages = file.messages.map((m): LintMessage => ({
      ruleId: m.ruleId,
      severity: m.severity,
      category: m.category,
      urgency: m.urgency,
      message: m.message,
      line: m.line,
      column: m.column,
      endLine: m.endLine ?? m.line,
      endColumn: m.endColumn ?? m.column,
      text: m.text,
      suggestions: m.suggestions,
      ...(m.fix ? { fix: m.fix } : {}),
      ...(m.fatal ? { fatal: true as const } : {}),
      ...(m.fingerprint ? { fingerprint: m.fingerprint } : {}),
    }));
    return summarize(file.filePath, messages, file.unit ? { unit: file.unit } : {});
  });
}
