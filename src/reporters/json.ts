// The JSON report: an array, one object per file, with the exact keys other tools read.
import type { LintResult } from '../engine/types.js';
import type { Reporter } from './types.js';

function toJsonResult(result: LintResult): LintResult {
  const { filePath, messages, errorCount, warningCount, fixableCount, unit } = result;
  return unit === undefined
    ? { filePath, messages, errorCount, warningCount, fixableCount }
    : { filePath, messages, errorCount, warningCount, fixableCount, unit };
}

export const jsonReporter: Reporter = (results) => `${JSON.stringify(results.map(toJsonResult), null, 2)}\n`;
