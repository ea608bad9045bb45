// The JSON report: an array, one object per file, with the exact keys other tools read. Every finding carries its
// stable fingerprint and the unit responsible for it (`null` when unknown), so a worklist can be built from findings
// alone and a finding followed from one run to the next.
import type { LintMessage, LintResult } from '../engine/types.js';
import { fingerprintOf } from '../engine/fingerprint.js';
import type { Reporter } from './types.js';

export interface JsonMessage extends Omit<LintMessage, 'fingerprint'> {
  fingerprint: string;
  unit: string | null;
}

export interface JsonResult extends Omit<LintResult, 'unit' | 'output' | 'messages'> {
  messages: JsonMessage[];
  unit: string | null;
}

function toJsonResult(result: LintResult): JsonResult {
  const { filePath, messages, errorCount, warningCount, fixableCount } = result;
  const unit = result.unit ?? null;
  const toJsonMessage = (message: LintMessage): JsonMessage => {
    const { fingerprint: _fingerprint, ...rest } = message;
    return { ...rest, fingerprint: fingerprintOf(filePath, message), unit };
  };
  return { filePath, messages: messages.map(toJsonMessage), errorCount, warningCount, fixableCount, unit };
}

export const jsonReporter: Reporter = (results) => `${JSON.stringify(results.map(toJsonResult), null, 2)}\n`;
