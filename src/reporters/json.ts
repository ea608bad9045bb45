// The JSON report: an array, one object per file, with the exact keys other tools read. Every finding carries the
// unit responsible for it (`null` when unknown), so a worklist can be built from findings alone.
import type { LintMessage, LintResult } from '../engine/types.js';
import type { Reporter } from './types.js';

export interface JsonMessage extends LintMessage {
  unit: string | null;
}

export interface JsonResult extends Omit<LintResult, 'unit' | 'output' | 'messages'> {
  messages: JsonMessage[];
  unit: string | null;
}

function toJsonResult(result: LintResult): JsonResult {
  const { filePath, messages, errorCount, warningCount, fixableCount } = result;
  const unit = result.unit ?? null;
  return { filePath, messages: messages.map((message) => ({ ...message, unit })), errorCount, warningCount, fixableCount, unit };
}

export const jsonReporter: Reporter = (results) => `${JSON.stringify(results.map(toJsonResult), null, 2)}\n`;
