import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/engine/linter.js';
import { applyBaseline, createBaseline } from '../../src/baseline/apply-baseline.js';
import { baselineSummaryLine, fixedEntriesList } from '../../src/baseline/describe-baseline.js';
import { linterFor, STABLE_RULES } from '../reporters/lint-drafts.js';

const { linter } = linterFor(STABLE_RULES);
const NOW = new Date('2026-11-25T08:00:00.000Z');
const HEATING = fs.readFileSync('fixtures/drafts/notice-heating.txt', 'utf8');
const NEWS = fs.readFileSync('fixtures/drafts/news-with-errors.md', 'utf8');
const FILE = 'docs/notice-heating.txt';
const lint = (text: string, file = FILE) => summarize(file, linter.lintText(text, `/checkout/${file}`, { fingerprintPath: file }));

const before = lint(HEATING);
const baseline = createBaseline([before, lint(NEWS, 'docs/news.md')], NOW);
/** Two placeholders filled in, one new half-width comma. */
const after = lint(HEATING.replace('明确XXX为', '明确主要负责人为').replace('联系人：某某', '联系人：王晓明').replace('及时回应群众诉求。', '及时回应群众诉求,做好解释工作。'));
const total = before.messages.length;

describe('baselineSummaryLine', () => {
  it('--baseline: accepted and fixed, with the hint to drop the fixed ones, in both languages', () => {
    const outcome = applyBaseline([after], baseline, { scope: { fileExists: () => false } });
    expect(outcome.fixed.filter((entry) => entry.filePath === FILE)).toHaveLength(2);
    expect(baselineSummaryLine(outcome, 'zh')).toBe(`基线：已接受 ${total - 2} 个问题，${2 + 18} 个已修复（不再出现），可用 --update-baseline 将其从基线中删除`);
    // The news file is gone (fileExists false): its 18 entries are fixed too.
    expect(outcome.fixed.filter((entry) => entry.filePath === 'docs/news.md')).toHaveLength(18);
    const kept = applyBaseline([after], baseline);
    expect(baselineSummaryLine(kept, 'en')).toBe(`baseline: ${total - 2} accepted, 2 fixed (no longer found); run with --update-baseline to remove them; 18 not checked in this run`);
    expect(baselineSummaryLine(applyBaseline([before], baseline, { scope: { fileExists: () => true } }), 'zh')).toBe(`基线：已接受 ${total} 个问题，0 个已修复（不再出现）；另有 18 个不在本次检查范围内`);
  });

  it('--update-baseline: what the file holds now and what changed, or that nothing did', () => {
    const updated = applyBaseline([after], baseline, { mode: 'update' });
    expect(baselineSummaryLine(updated, 'zh', { path: '.cuomin-baseline.json' })).toBe(
      `基线已更新：.cuomin-baseline.json 共 ${total - 2 + 1 + 18} 个问题（新增 1 个，删除已修复的 2 个，保留本次未检查的 18 个）`,
    );
    expect(baselineSummaryLine(updated, 'en', { path: '.cuomin-baseline.json' })).toBe(
      `baseline updated: .cuomin-baseline.json holds ${total - 2 + 1 + 18} problem(s) (1 new, 2 fixed removed, 18 not checked in this run kept)`,
    );
    const unchanged = applyBaseline([before, lint(NEWS, 'docs/news.md')], baseline, { mode: 'update' });
    expect(baselineSummaryLine(unchanged, 'zh')).toBe(`基线未变：共 ${total + 18} 个问题`);
    expect(baselineSummaryLine(unchanged, 'en', { path: 'b.json' })).toBe(`baseline unchanged: b.json holds ${total + 18} problem(s)`);
  });
});

describe('fixedEntriesList', () => {
  const { fixed } = applyBaseline([after], baseline);

  it('lists file:line, rule and text of each fixed entry, in file order', () => {
    expect(fixedEntriesList(fixed, 'zh')).toBe(
      ['基线中已修复（不再出现）的问题：', `  ${FILE}:13  placeholders  “XXX”`, `  ${FILE}:21  placeholders  “某某”`, ''].join('\n'),
    );
    expect(fixedEntriesList(fixed, 'en')).toBe(['Fixed since the baseline (no longer found):', `  ${FILE}:13  placeholders  "XXX"`, `  ${FILE}:21  placeholders  "某某"`, ''].join('\n'));
  });

  it('is empty when nothing is fixed, and shortens long lists', () => {
    expect(fixedEntriesList([], 'zh')).toBe('');
    expect(fixedEntriesList(fixed, 'zh', { limit: 1 }).split('\n')).toEqual(['基线中已修复（不再出现）的问题：', `  ${FILE}:13  placeholders  “XXX”`, '  ……另有 1 个', '']);
    expect(fixedEntriesList(fixed, 'en', { limit: 0 }).split('\n').slice(1)).toEqual(['  … and 2 more', '']);
  });
});
