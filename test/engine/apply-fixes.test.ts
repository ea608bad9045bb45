import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyFixes } from '../../src/engine/apply-fixes.js';
import type { LintMessage } from '../../src/engine/types.js';

function withFix(start: number, end: number, text: string): LintMessage {
  return { ruleId: 'r', severity: 'warning', category: 'mistake', urgency: 'general', message: '', line: 1, column: 1, endLine: 1, endColumn: 1, text: '', suggestions: [], fix: { range: [start, end], text } };
}

describe('applyFixes', () => {
  it('applies fixes in order whatever order they come in', () => {
    const result = applyFixes('甲,乙,丙', [withFix(3, 4, '，'), withFix(1, 2, '，')]);
    expect(result.output).toBe('甲，乙，丙');
    expect(result.appliedCount).toBe(2);
  });

  it('skips a fix that overlaps one already applied and leaves it reported', () => {
    const overlapping = withFix(1, 3, 'X');
    const result = applyFixes('abcdef', [withFix(0, 2, 'Y'), overlapping]);
    expect(result.output).toBe('Ycdef');
    expect(result.skipped).toEqual([overlapping]);
  });

  it('never changes text outside the reported ranges (property)', () => {
    const scenario = fc
      .string({ unit: fc.constantFrom('甲', '乙', ',', '。', '\r\n', '\n', 'a', ' ', '“'), minLength: 1, maxLength: 60 })
      .chain((source) =>
        fc.tuple(
          fc.constant(source),
          fc.array(
            fc.tuple(fc.nat(source.length), fc.nat(source.length), fc.string({ maxLength: 3 })).map(([a, b, text]) => withFix(Math.min(a, b), Math.max(a, b), text)),
            { maxLength: 8 },
          ),
        ),
      );
    fc.assert(
      fc.property(scenario, ([source, fixes]) => {
        const { output, skipped } = applyFixes(source, fixes);
        const applied = fixes.filter((fix) => !skipped.includes(fix)).sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);
        // Rebuild the expected output from untouched slices and replacements only.
        let cursor = 0;
        let expected = '';
        for (const fix of applied) {
          const [start, end] = fix.fix!.range;
          expect(start).toBeGreaterThanOrEqual(cursor);
          expected += source.slice(cursor, start) + fix.fix!.text;
          cursor = end;
        }
        expected += source.slice(cursor);
        expect(output).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
