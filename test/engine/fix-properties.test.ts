// Property tests of --fix with the real built-in rules on random documents made of official-text fragments.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Linter } from '../../src/engine/linter.js';
import { applyFixes } from '../../src/engine/apply-fixes.js';
import { builtinRules } from '../../rules/index.js';
import type { LintMessage, ResolvedRuleSetting } from '../../src/engine/types.js';

const linter = new Linter({
  rules: new Map(builtinRules.map((rule) => [rule.meta.id, rule])),
  settings: Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, { severity: 'warning', explicit: false, options: {} } satisfies ResolvedRuleSetting])),
  date: '2026-11-27',
});

const FRAGMENTS = [
  '我市召开', '防汛工作', '推进会', '各镇（街道）', '有关部门', '要求', '落实', '第一条', '第二条', '一、', '（一）', '1.',
  ',', '.', ';', ':', '?', '!', '(', ')', '，', '。', '、', '；', '：', '“', '”', '"', "'", '《', '》', '...', '…', '--', '—',
  '黑政办发', '[2021]', '〔2021〕', '（2026）', '第08号', '4号', '二O二六年', '15～30%', '9～16亿', '.46', '08年5月',
  '２０２６', 'ＡＢＣ', 'XXX', '某某', '待定', '3.14', '8:30', 'Windows XP', ' ', '　', '\n', '\r\n', '\n\n',
];
const MARKDOWN_ONLY = ['`a,b.c`', 'https://www.gov.cn/a,b.html', '# ', '- ', '**', '\n```\n代码,不改.\n```\n'];

const documents = (extra: string[]) => fc.array(fc.constantFrom(...FRAGMENTS, ...extra), { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''));

function offsetOf(source: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = source.slice(offset).search(/\r\n|\r|\n/);
    if (next < 0) return source.length;
    offset += next + (source.startsWith('\r\n', offset + next) ? 2 : 1);
  }
  for (let counted = 1; counted < column && offset < source.length; counted++) offset += source.codePointAt(offset)! > 0xffff ? 2 : 1;
  return offset;
}

function reportedRange(source: string, message: LintMessage): [number, number] {
  return [offsetOf(source, message.line, message.column), offsetOf(source, message.endLine, message.endColumn)];
}

describe('fixing random documents with the built-in rules', () => {
  it.each([['draft.txt', []], ['draft.md', MARKDOWN_ONLY]] as const)('never changes text outside the reported range (%s)', (file, extra) => {
    fc.assert(
      fc.property(documents([...extra]), (source) => {
        for (const message of linter.lintText(source, file)) {
          expect(source.slice(...reportedRange(source, message))).toBe(message.text);
          if (!message.fix) continue;
          const [start, end] = reportedRange(source, message);
          expect(message.fix.range[0]).toBeGreaterThanOrEqual(start);
          expect(message.fix.range[1]).toBeLessThanOrEqual(end);
        }
      }),
      { numRuns: 400 },
    );
  });

  it.each([['draft.txt', []], ['draft.md', MARKDOWN_ONLY]] as const)('is idempotent and keeps line endings, code and URLs (%s)', (file, extra) => {
    fc.assert(
      fc.property(documents([...extra]), (source) => {
        const once = linter.fixText(source, file).output;
        expect(linter.fixText(once, file).output).toBe(once);
        expect(once.split('\r\n').length).toBe(source.split('\r\n').length);
        expect(once.split('\n').length).toBe(source.split('\n').length);
        for (const kept of ['`a,b.c`', 'https://www.gov.cn/a,b.html', '代码,不改.']) {
          expect(once.split(kept).length).toBe(source.split(kept).length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves behind only fixes that overlap another fix (ten passes are enough)', () => {
    fc.assert(
      fc.property(documents([]), (source) => {
        const { output, messages } = linter.fixText(source, 'draft.txt');
        // Whatever fix is still offered must be one the applier skips, or applying it would have been the next pass.
        expect(applyFixes(output, messages).appliedCount).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
