// The JSON report: an array, one object per file, with the exact keys other tools read. Every finding carries its
// stable fingerprint and the unit responsible for it (`null` when unknown), so a worklist can be built from findings
// alone and a finding followed from one run to the next.
import type { LintMessage, LintResult } from '../engine/types.js';
import { fingerprintOf } from '../engine/fingerprint.js';
import { collectStream, type Reporter, type ReportStream } from './types.js';

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

/** The array written element by element, byte for byte what `JSON.stringify(array, null, 2)` gives. */
export function jsonStream(): ReportStream {
  let count = 0;
  return {
    write(result) {
      const element = JSON.stringify(toJsonResult(result), null, 2).replace(/\n/g, '\n  ');
      return `${count++ === 0 ? '[\n' : ',\n'}  ${element}`;
    },
    end: () => (count === 0 ? '[]\n' : '\n]\n'),
  };
}

export const jsonReporter: Reporter = (results) => collectStream(jsonStream(), results);
