import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fatalMessage, summarize } from '../../src/engine/linter.js';
import type { LintMessage, LintResult } from '../../src/engine/types.js';
import { applyBaseline, BaselineFilter, createBaseline, updateBaseline } from '../../src/baseline/apply-baseline.js';
import type { Baseline, BaselineEntry } from '../../src/baseline/format.js';
import { linterFor, STABLE_RULES } from '../reporters/lint-drafts.js';

const { linter } = linterFor(STABLE_RULES);
const NOW = new Date('2026-11-25T08:00:00.000Z');
const LATER = new Date('2026-12-01T08:00:00.000Z');

/** Lints a text as the CLI lints a file shown as `file`: fingerprints from that relative path. */
function lint(text: string, file: string): LintResult {
  const { messages, unit } = linter.lintSource(text, `/checkout/${file}`, { fingerprintPath: file });
  return summarize(file, messages, unit === undefined ? {} : { unit });
}

const HEATING_FILE = 'docs/notice-heating.txt';
const NEWS_FILE = 'docs/news-with-errors.md';
const HEATING = fs.readFileSync('fixtures/drafts/notice-heating.txt', 'utf8');
const NEWS = fs.readFileSync('fixtures/drafts/news-with-errors.md', 'utf8');

/** ruleId:line "text" of each message, to say which findings are which. */
const described = (messages: readonly LintMessage[]) => messages.map((message) => `${message.ruleId}:${message.line} ${message.text}`);
const describedEntries = (entries: readonly BaselineEntry[]) => entries.map((entry) => `${entry.ruleId}:${entry.line} ${entry.text}`);

/** The heating notice after an edit: two lines inserted above everything, one placeholder filled in, one new comma mistake. */
function editHeating(text: string): string {
  const edited = text
    .replace('各镇（街道）、市直各有关部门：\n', '各镇（街道）、市直各有关部门：\n\n　　今冬气温预计偏低，请各单位高度重视。\n')
    .replace('明确XXX为第一责任人', '明确主要负责人为第一责任人')
    .replace('及时回应群众诉求。\n', '及时回应群众诉求。\n\n（五）加强安全检查。各供热企业要于10月15日前完成管网检查,确保运行安全。\n');
  expect(edited).not.toBe(text);
  return edited;
}

describe('applyBaseline on real drafts', () => {
  const before = [lint(HEATING, HEATING_FILE), lint(NEWS, NEWS_FILE)];
  const baseline = createBaseline(before, NOW);

  it('writes every finding of the run into the baseline, sorted by file, line, rule', () => {
    const total = before.reduce((sum, result) => sum + result.messages.length, 0);
    expect(total).toBeGreaterThanOrEqual(20);
    expect(baseline.entries).toHaveLength(total);
    expect(baseline).toMatchObject({ version: 1, tool: 'cuomin', createdAt: '2026-11-25T08:00:00.000Z' });
    expect(baseline.entries[0]).toEqual({
      fingerprint: before[1].messages[0].fingerprint,
      filePath: NEWS_FILE,
      ruleId: 'approval',
      line: 1,
      text: '---',
      severity: 'error',
    });
    expect(baseline.entries.map((entry) => entry.filePath)).toEqual([...Array(before[1].messages.length).fill(NEWS_FILE), ...Array(before[0].messages.length).fill(HEATING_FILE)]);
    const heatingLines = baseline.entries.filter((entry) => entry.filePath === HEATING_FILE).map((entry) => entry.line);
    expect(heatingLines).toEqual([...heatingLines].sort((a, b) => a - b));
  });

  it('accepts the same run entirely: nothing reported, nothing fixed, counts zero', () => {
    const outcome = applyBaseline(before, baseline);
    expect(outcome.results.map((result) => [result.messages.length, result.errorCount, result.warningCount, result.fixableCount])).toEqual([
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(outcome.accepted).toBe(baseline.entries.length);
    expect(outcome.acceptedByFile).toEqual(new Map([[HEATING_FILE, before[0].messages.length], [NEWS_FILE, before[1].messages.length]]));
    expect(outcome.newCount).toBe(0);
    expect(outcome.fixed).toEqual([]);
    expect(outcome.changed).toBe(false);
    expect(outcome.baseline.createdAt).toBe(baseline.createdAt);
  });

  it('after an edit: old findings accepted although their lines moved, the new one reported, the fixed one listed', () => {
    const after = lint(editHeating(HEATING), HEATING_FILE);
    const outcome = applyBaseline([after, lint(NEWS, NEWS_FILE)], baseline);
    const [heating, news] = outcome.results;

    expect(described(heating.messages)).toEqual(['punctuation:21 ,']);
    expect(heating.messages[0].message).toBe('中文中使用了半角标点“,”，应为全角“，”');
    expect([heating.errorCount, heating.warningCount, heating.fixableCount]).toEqual([0, 1, 1]);
    expect(news.messages).toEqual([]);

    // The accepted ones moved down two lines: the doc number from line 5 to 7, the last ones by four.
    expect(described(after.messages)).toContain('doc-number:7 （2026）');
    expect(described(before[0].messages)).toContain('doc-number:5 （2026）');
    expect(outcome.accepted).toBe(after.messages.length - 1 + before[1].messages.length);
    expect(outcome.acceptedByFile.get(HEATING_FILE)).toBe(after.messages.length - 1);
    expect(outcome.newCount).toBe(1);
    expect(describedEntries(outcome.fixed)).toEqual(['placeholders:13 XXX']);
    expect(outcome.fixed[0].filePath).toBe(HEATING_FILE);
    expect(outcome.unchecked).toEqual([]);
  });

  it('leaves the result unchanged apart from its messages and counts (unit, output kept)', () => {
    const withUnit = { ...lint(HEATING, HEATING_FILE), unit: '富锦市住房和城乡建设局', output: 'fixed text' };
    const [filtered] = applyBaseline([withUnit], baseline).results;
    expect(filtered).toEqual({ filePath: HEATING_FILE, messages: [], errorCount: 0, warningCount: 0, fixableCount: 0, unit: '富锦市住房和城乡建设局', output: 'fixed text' });
  });

  it('accepts a finding whose fingerprint changed because the mistake next to it was fixed (same rule and text)', () => {
    const newsBaseline = createBaseline([lint(NEWS, NEWS_FILE)], NOW);
    const fixedText = NEWS.replace('深入XXX企业', '深入辖区企业');
    const after = lint(fixedText, NEWS_FILE);
    const commaBefore = lint(NEWS, NEWS_FILE).messages.find((message) => message.line === 13 && message.column === 35);
    const commaAfter = after.messages.find((message) => message.line === 13 && message.ruleId === 'punctuation' && message.column > 30 && message.text === ',');
    expect(commaBefore?.text).toBe(',');
    // Its context held "XXX": the fingerprint alone would call it new.
    expect(commaAfter?.fingerprint).not.toBe(commaBefore?.fingerprint);
    expect(newsBaseline.entries.map((entry) => entry.fingerprint)).not.toContain(commaAfter?.fingerprint);

    const outcome = applyBaseline([after], newsBaseline);
    expect(outcome.results[0].messages).toEqual([]);
    expect(outcome.newCount).toBe(0);
    expect(describedEntries(outcome.fixed)).toEqual(['placeholders:13 XXX']);
  });

  it('reports one more of the same mistake in the same file: the baseline holds only as many as it held', () => {
    const newsBaseline = createBaseline([lint(NEWS, NEWS_FILE)], NOW);
    const after = lint(`${NEWS}\n另据统计,全市共检查企业120家。\n`, NEWS_FILE);
    const outcome = applyBaseline([after], newsBaseline);
    expect(described(outcome.results[0].messages)).toEqual(['punctuation:19 ,']);
    expect(outcome.fixed).toEqual([]);
  });

  it('never accepts nor writes a fatal message; the entries of a file that could not be read are not fixed', () => {
    const unreadable = summarize(HEATING_FILE, [fatalMessage('文件不是有效的 UTF-8 编码文本，无法检查')]);
    const outcome = applyBaseline([unreadable, lint(NEWS, NEWS_FILE)], baseline);
    expect(outcome.results[0].messages).toHaveLength(1);
    expect(outcome.results[0].errorCount).toBe(1);
    expect(outcome.fixed).toEqual([]);
    expect(outcome.unchecked).toHaveLength(before[0].messages.length);

    // --update-baseline: the fatal stays reported (the run fails), the file's old entries are kept, the fatal is not written.
    const update = applyBaseline([unreadable, lint(NEWS, NEWS_FILE)], baseline, { mode: 'update', now: LATER });
    expect(update.results[0].messages[0].fatal).toBe(true);
    expect(update.baseline.entries).toEqual(baseline.entries);
    expect(update.changed).toBe(false);
    expect(createBaseline([unreadable], NOW).entries).toEqual([]);
  });

  it('keeps the entries of a crashed rule unchecked, and never accepts the crash', () => {
    const crash = fatalMessage('placeholders: boom', 1, 1, 'placeholders');
    const result = lint(HEATING, HEATING_FILE);
    const crashed = summarize(HEATING_FILE, [crash, ...result.messages.filter((message) => message.ruleId !== 'placeholders')]);
    const outcome = applyBaseline([crashed], baseline, { scope: { fileExists: () => true } });
    expect(outcome.results[0].messages).toEqual([crash]);
    expect(outcome.fixed).toEqual([]);
    expect(outcome.unchecked.filter((entry) => entry.filePath === HEATING_FILE).map((entry) => entry.ruleId)).toEqual(['placeholders', 'placeholders', 'placeholders']);
  });

  it('does not write notes without a rule (a fix that could not be written) and always reports them', () => {
    const note = { ...fatalMessage('修复未写入') };
    delete note.fatal;
    const result = summarize(HEATING_FILE, [note, ...lint(HEATING, HEATING_FILE).messages]);
    const outcome = applyBaseline([result], baseline, { mode: 'update' });
    expect(outcome.results[0].messages).toEqual([note]);
    // The same entries as before: the note is not among them (the news entries are kept, unchecked).
    expect(outcome.baseline.entries).toEqual(baseline.entries);
    expect(outcome.changed).toBe(false);
  });
});

describe('scope: entries this run could not find again', () => {
  const heating = lint(HEATING, HEATING_FILE);
  const news = lint(NEWS, NEWS_FILE);
  const baseline = createBaseline([heating, news], NOW);
  const newsCount = news.messages.length;

  it('leaves the entries of files not linted (other paths, another shard) unchecked, and --update-baseline keeps them', () => {
    const outcome = applyBaseline([heating], baseline);
    expect(outcome.fixed).toEqual([]);
    expect(outcome.unchecked).toHaveLength(newsCount);
    const updated = updateBaseline(baseline, [lint(editHeating(HEATING), HEATING_FILE)], LATER);
    expect(updated.entries.filter((entry) => entry.filePath === NEWS_FILE)).toEqual(baseline.entries.filter((entry) => entry.filePath === NEWS_FILE));
    expect(updated.createdAt).toBe(LATER.toISOString());
  });

  it('lists the entries of a deleted file as fixed', () => {
    const outcome = applyBaseline([heating], baseline, { scope: { fileExists: (filePath) => filePath !== NEWS_FILE } });
    expect(outcome.fixed).toHaveLength(newsCount);
    expect(outcome.unchecked).toEqual([]);
    expect(updateBaseline(baseline, [heating], LATER, { fileExists: () => false }).entries.map((entry) => entry.filePath)).not.toContain(NEWS_FILE);
  });

  it('with --quiet, does not call warnings fixed: they were not looked for', () => {
    const errorsOnly = summarize(HEATING_FILE, heating.messages.filter((message) => message.severity === 'error'));
    expect(errorsOnly.messages.length).toBeGreaterThan(0);
    const outcome = applyBaseline([errorsOnly, news], baseline, { scope: { errorsOnly: true } });
    expect(outcome.fixed).toEqual([]);
    expect(outcome.unchecked.map((entry) => entry.severity)).toEqual(heating.messages.filter((message) => message.severity !== 'error').map(() => 'warning'));
    const unscoped = applyBaseline([errorsOnly, news], baseline);
    expect(unscoped.fixed.length).toBe(outcome.unchecked.length);
  });

  it('keeps the entries of a rule turned off; calls fixed those of a rule that no longer exists', () => {
    const withoutNumbering = summarize(HEATING_FILE, heating.messages.filter((message) => message.ruleId !== 'numbering'));
    const off = applyBaseline([withoutNumbering, news], baseline, { scope: { disabledRules: new Set(['numbering']) } });
    expect(off.fixed).toEqual([]);
    expect(describedEntries(off.unchecked)).toEqual(['numbering:13 （一）、', 'numbering:17 （四）']);
    const gone = applyBaseline([withoutNumbering, news], baseline, { scope: { disabledRules: new Set(['typos']) } });
    expect(describedEntries(gone.fixed)).toEqual(['numbering:13 （一）、', 'numbering:17 （四）']);
  });
});

describe('update mode (--update-baseline)', () => {
  const baseline = createBaseline([lint(HEATING, HEATING_FILE)], NOW);

  it('accepts every finding (the run passes), writes all current findings, drops the fixed ones', () => {
    const after = lint(editHeating(HEATING), HEATING_FILE);
    const outcome = applyBaseline([after], baseline, { mode: 'update', now: LATER });
    expect(outcome.results[0]).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
    expect(outcome.accepted).toBe(after.messages.length);
    expect(outcome.newCount).toBe(1);
    expect(describedEntries(outcome.fixed)).toEqual(['placeholders:13 XXX']);
    expect(outcome.changed).toBe(true);
    expect(outcome.baseline.createdAt).toBe(LATER.toISOString());
    expect(outcome.baseline.entries).toEqual(createBaseline([after], LATER).entries);
    // The new baseline accepts the edited draft entirely.
    const again = applyBaseline([after], outcome.baseline);
    expect([again.results[0].messages.length, again.newCount, again.fixed.length]).toEqual([0, 0, 0]);
  });

  it('keeps createdAt when the entries did not change', () => {
    const moved = lint(HEATING.replace('\n', '\n\n'), HEATING_FILE);
    const updated = updateBaseline(baseline, [lint(HEATING, HEATING_FILE)], LATER);
    expect(updated).toEqual(baseline);
    // Lines moved: the informational line numbers change, so the file does.
    expect(updateBaseline(baseline, [moved], LATER).createdAt).toBe(LATER.toISOString());
  });

  it('streams: BaselineFilter gives the same as applyBaseline, result by result', () => {
    const after = [lint(editHeating(HEATING), HEATING_FILE), lint(NEWS, NEWS_FILE)];
    const filter = new BaselineFilter(baseline);
    const streamed = after.map((result) => filter.filter(result));
    const { results, ...batch } = applyBaseline(after, baseline, { now: LATER });
    expect(streamed).toEqual(results);
    expect(filter.finish(LATER)).toEqual(batch);
  });
});

describe('duplicate fingerprints (a baseline from an older version)', () => {
  const result = lint(HEATING, HEATING_FILE);
  const placeholder = result.messages.find((message) => message.text === 'XXX')!;
  const twice: LintResult = summarize(HEATING_FILE, [placeholder, { ...placeholder }, { ...placeholder }]);

  it('count as a multiset: two identical entries accept two findings, the third is new', () => {
    const [entry] = createBaseline([summarize(HEATING_FILE, [placeholder])], NOW).entries;
    const baseline: Baseline = { version: 1, tool: 'cuomin', createdAt: NOW.toISOString(), entries: [entry, { ...entry }] };
    const outcome = applyBaseline([twice], baseline);
    expect(outcome.accepted).toBe(2);
    expect(outcome.results[0].messages).toHaveLength(1);
    expect(outcome.results[0].errorCount).toBe(1);
    const one = applyBaseline([summarize(HEATING_FILE, [placeholder])], baseline);
    expect([one.accepted, one.fixed.length]).toEqual([1, 1]);
  });
});

describe('properties', () => {
  const heating = lint(HEATING, HEATING_FILE);
  const baseline = createBaseline([heating], NOW);
  const lines = HEATING.split('\n');
  /** Lines go between the title and the sign-off (text after the sign-off would be a finding of the approval rule). */
  const signOff = lines.indexOf('富锦市人民政府办公室');

  it('has a sign-off to insert before', () => expect(signOff).toBeGreaterThan(20));
  /** Real sentences, silent in the notice (else the property fails: they would be new findings). */
  const CLEAN = ['　　今冬气温预计偏低，请各单位高度重视。', '　　各单位要于2026年12月10日前完成自查，整改情况报市政府办公室。', ''];

  it('inserting clean lines anywhere: every old finding accepted, nothing new, nothing fixed', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: signOff }), fc.constantFrom(...CLEAN)), { minLength: 1, maxLength: 6 }), (insertions) => {
        const edited = [...lines];
        for (const [at, line] of insertions) edited.splice(Math.min(at, edited.length), 0, line);
        const outcome = applyBaseline([lint(edited.join('\n'), HEATING_FILE)], baseline);
        expect(outcome.results[0].messages).toEqual([]);
        expect([outcome.accepted, outcome.newCount, outcome.fixed.length]).toEqual([heating.messages.length, 0, 0]);
      }),
      { numRuns: 40 },
    );
  });

  it('for any findings and any baseline: accepted + reported = findings, matched + fixed + unchecked = entries', () => {
    const finding = fc.record({
      ruleId: fc.constantFrom('placeholders', 'punctuation'),
      text: fc.constantFrom('XXX', ',', '某某'),
      line: fc.integer({ min: 1, max: 5 }),
      fingerprint: fc.constantFrom('a', 'b', 'c', 'd'),
      file: fc.constantFrom('a.txt', 'b.txt'),
      severity: fc.constantFrom('error' as const, 'warning' as const),
    });
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 12 }), fc.array(finding, { maxLength: 12 }), (found, accepted) => {
        const toMessage = (item: (typeof found)[number]): LintMessage => {
          const { fatal: _fatal, ...base } = fatalMessage(`${item.ruleId} ${item.text}`, item.line);
          return { ...base, ruleId: item.ruleId, text: item.text, severity: item.severity, fingerprint: item.fingerprint };
        };
        const results = ['a.txt', 'b.txt'].map((file) => summarize(file, found.filter((item) => item.file === file).map(toMessage)));
        const entries: BaselineEntry[] = accepted.map((item) => ({ fingerprint: item.fingerprint, filePath: item.file, ruleId: item.ruleId, line: item.line, text: item.text, severity: item.severity }));
        const baseline: Baseline = { version: 1, tool: 'cuomin', createdAt: NOW.toISOString(), entries };
        const outcome = applyBaseline(results, baseline);
        const reported = outcome.results.reduce((sum, result) => sum + result.messages.length, 0);
        expect(outcome.accepted + reported).toBe(found.length);
        expect(outcome.newCount).toBe(reported);
        expect(outcome.accepted + outcome.fixed.length + outcome.unchecked.length).toBe(entries.length);
        expect(outcome.accepted).toBeLessThanOrEqual(Math.min(found.length, entries.length));
        for (const result of outcome.results) {
          expect(result.errorCount + result.warningCount).toBe(result.messages.length);
          expect(result.errorCount).toBe(result.messages.filter((message) => message.severity === 'error').length);
        }
        // A baseline of exactly these findings accepts them all, whatever their order.
        const own = applyBaseline([...results].reverse(), createBaseline(results, NOW));
        expect([own.newCount, own.fixed.length]).toEqual([0, 0]);
      }),
      { numRuns: 200 },
    );
  });
});
