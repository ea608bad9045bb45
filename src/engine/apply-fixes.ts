// The one place fixes are applied: sorted, overlapping ones skipped (they stay reported), text outside ranges untouched.
import type { LintMessage } from './types.js';

export interface AppliedFixes {
  output: string;
  appliedCount: number;
  /** Findings whose fix was skipped because it overlapped one applied before it. */
  skipped: LintMessage[];
}

export function applyFixes(source: string, messages: readonly LintMessage[]): AppliedFixes {
  const withFixes = messages
    .filter((message): message is LintMessage & { fix: NonNullable<LintMessage['fix']> } => message.fix !== undefined)
    .sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
  const pieces: string[] = [];
  const skipped: LintMessage[] = [];
  let cursor = 0;
  let lastEnd = -1;
  let appliedCount = 0;
  for (const message of withFixes) {
    const [start, end] = message.fix.range;
    const invalid = start < 0 || end > source.length || start > end;
    // Two insertions at one point, or a fix starting inside the previous one, would interfere.
    if (invalid || start < lastEnd || (start === lastEnd && start === end)) {
      skipped.push(message);
      continue;
    }
    pieces.push(source.slice(cursor, start), message.fix.text);
    cursor = end;
    lastEnd = end;
    appliedCount++;
  }
  pieces.push(source.slice(cursor));
  return { output: pieces.join(''), appliedCount, skipped };
}
