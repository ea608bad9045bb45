import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/engine/linter.js';
import { UsageError } from '../../src/usage-error.js';
import { createBaseline } from '../../src/baseline/apply-baseline.js';
import { fileExistsUnder, readBaseline, writeBaseline } from '../../src/baseline/baseline-file.js';
import { parseBaseline, serializeBaseline, sortEntries, type Baseline, type BaselineEntry } from '../../src/baseline/format.js';
import { makeTempProject } from '../helpers/temp-dir.js';
import { linterFor, STABLE_RULES } from '../reporters/lint-drafts.js';

const NOW = new Date('2026-11-25T08:00:00.000Z');
const { linter } = linterFor(STABLE_RULES);
const HEATING = fs.readFileSync('fixtures/drafts/notice-heating.txt', 'utf8');
const NEWS = fs.readFileSync('fixtures/drafts/news-with-errors.md', 'utf8');
const lint = (text: string, file: string) => summarize(file, linter.lintText(text, `/checkout/${file}`, { fingerprintPath: file }));
const baseline = createBaseline([lint(HEATING, 'docs/通知/供热.txt'), lint(NEWS, 'docs/news.md')], NOW);

/** The UsageError a call throws, in both languages. */
function usageError(call: () => unknown): { zh: string; en: string } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).localized;
  }
  throw new Error('expected a UsageError');
}

describe('baseline file format', () => {
  const text = serializeBaseline(baseline);

  it('is JSON with a fixed key order, one entry per line, Chinese unescaped, and a trailing newline', () => {
    const lines = text.split('\n');
    expect(lines.slice(0, 5)).toEqual(['{', '  "version": 1,', '  "tool": "cuomin",', '  "createdAt": "2026-11-25T08:00:00.000Z",', '  "entries": [']);
    expect(lines.slice(-4)).toEqual([lines.at(-4), '  ]', '}', '']);
    expect(lines).toHaveLength(baseline.entries.length + 8);
    const first = lines[5];
    expect(first).toMatch(/^ {4}\{"fingerprint":"[0-9a-f]{32}","filePath":"docs\/news\.md","ruleId":"approval","line":1,"text":"---","severity":"error"\},$/);
    expect(text).toContain('"filePath":"docs/通知/供热.txt","ruleId":"placeholders","line":13,"text":"XXX","severity":"error"}');
    expect(JSON.parse(text)).toEqual(baseline);
    expect(serializeBaseline({ ...baseline, entries: [] })).toBe('{\n  "version": 1,\n  "tool": "cuomin",\n  "createdAt": "2026-11-25T08:00:00.000Z",\n  "entries": []\n}\n');
  });

  it('round-trips, and the text does not depend on the order entries came in', () => {
    expect(parseBaseline(text, 'b.json')).toEqual(baseline);
    fc.assert(
      fc.property(fc.shuffledSubarray(baseline.entries, { minLength: baseline.entries.length }), (shuffled) => {
        expect(serializeBaseline({ ...baseline, entries: shuffled })).toBe(text);
      }),
      { numRuns: 30 },
    );
  });

  it('sorts by file path, then line, then rule, then fingerprint, in code-unit order', () => {
    const entry = (filePath: string, line: number, ruleId: string, fingerprint: string): BaselineEntry => ({ fingerprint, filePath, ruleId, line, text: 'x', severity: 'warning' });
    const sorted = sortEntries([entry('b.md', 1, 'a', 'f'), entry('a.md', 10, 'a', 'f'), entry('a.md', 2, 'z', 'f'), entry('a.md', 2, 'b', 'g'), entry('a.md', 2, 'b', 'e'), entry('Z.md', 99, 'a', 'f')]);
    expect(sorted.map((item) => `${item.filePath}:${item.line}:${item.ruleId}:${item.fingerprint}`)).toEqual(['Z.md:99:a:f', 'a.md:2:b:e', 'a.md:2:b:g', 'a.md:2:z:f', 'a.md:10:a:f', 'b.md:1:a:f']);
  });

  it('drops unknown keys and accepts a BOM', () => {
    const withExtras = JSON.stringify({ ...baseline, comment: 'x', entries: baseline.entries.map((item) => ({ ...item, column: 3 })) });
    expect(parseBaseline(`\uFEFF${withExtras}`, 'b.json')).toEqual(baseline);
  });

  it('rejects what is not a baseline, naming the file and the place', () => {
    expect(usageError(() => parseBaseline('{"version": 1,', 'ci/baseline.json')).zh).toMatch(/^基线文件 ci\/baseline\.json 不是有效的 JSON（/);
    expect(usageError(() => parseBaseline('', 'ci/baseline.json')).en).toMatch(/^Baseline file ci\/baseline\.json is not valid JSON \(/);
    expect(usageError(() => parseBaseline('[]', 'report.json')).zh).toBe('report.json 看起来是 cuomin lint -f json 的报告，不是基线文件；基线文件由 --update-baseline 生成');
    expect(usageError(() => parseBaseline(JSON.stringify({ ...baseline, version: 2 }), 'b.json'))).toEqual({
      zh: '基线文件 b.json 的格式版本为 2，本版 cuomin 只能读取版本 1：请升级 cuomin',
      en: 'Baseline file b.json has format version 2; this cuomin reads version 1 only: upgrade cuomin',
    });
    expect(usageError(() => parseBaseline(JSON.stringify({ ...baseline, tool: 'eslint' }), 'b.json')).en).toMatch(/^b\.json is not a cuomin baseline file \(tool: /);
    const badLine = { ...baseline, entries: baseline.entries.map((item, index) => (index === 3 ? { ...item, line: '13' } : item)) };
    expect(usageError(() => parseBaseline(JSON.stringify(badLine), 'b.json')).zh).toMatch(/^b\.json 不是 cuomin 基线文件（entries\.3\.line：/);
    const noFingerprint = { ...baseline, entries: [{ ...baseline.entries[0], fingerprint: '' }] };
    expect(usageError(() => parseBaseline(JSON.stringify(noFingerprint), 'b.json')).en).toMatch(/entries\.0\.fingerprint/);
    expect(usageError(() => parseBaseline(JSON.stringify({ ...baseline, createdAt: 'yesterday' }), 'b.json')).en).toMatch(/createdAt/);
  });

  it('recognizes merge conflict markers and says how to recover', () => {
    const lines = text.split('\n');
    const conflicted = [...lines.slice(0, 6), '<<<<<<< HEAD', lines[6], '=======', lines[7], '>>>>>>> feature', ...lines.slice(8)].join('\n');
    expect(usageError(() => parseBaseline(conflicted, 'b.json')).zh).toBe(
      '基线文件 b.json 含有合并冲突标记（<<<<<<< / >>>>>>>）：请先解决冲突，或删除该文件后对全部文件重新运行 --update-baseline',
    );
  });
});

describe('readBaseline and writeBaseline', () => {
  it('writes atomically, creating the folder, and reads back the same baseline', () => {
    const root = makeTempProject();
    const file = path.join(root, 'ci', 'cuomin-baseline.json');
    expect(writeBaseline(file, baseline)).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe(serializeBaseline(baseline));
    expect(readBaseline(file)).toEqual(baseline);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['cuomin-baseline.json']);
  });

  it('leaves a file that already holds the same text untouched, and says so', () => {
    const root = makeTempProject();
    const file = path.join(root, 'baseline.json');
    writeBaseline(file, baseline);
    const past = new Date('2020-01-01T00:00:00Z');
    fs.utimesSync(file, past, past);
    expect(writeBaseline(file, baseline)).toBe(false);
    expect(fs.statSync(file).mtime.getTime()).toBe(past.getTime());
    const fewer: Baseline = { ...baseline, entries: baseline.entries.slice(1) };
    expect(writeBaseline(file, fewer)).toBe(true);
    expect(readBaseline(file)).toEqual(fewer);
  });

  it('a missing file: an error with --baseline alone, an empty baseline with --update-baseline', () => {
    const root = makeTempProject();
    const file = path.join(root, '.cuomin-baselin.json');
    expect(usageError(() => readBaseline(file, { label: '.cuomin-baselin.json' }))).toEqual({
      zh: '找不到基线文件 .cuomin-baselin.json：请检查路径；首次使用时加 --update-baseline 生成它',
      en: 'Baseline file .cuomin-baselin.json not found: check the path; to create it, run once with --update-baseline',
    });
    expect(readBaseline(file, { allowMissing: true })).toBeUndefined();
  });

  it('a corrupt file is an error even with --update-baseline (its unchecked entries would be lost)', () => {
    const root = makeTempProject({ 'baseline.json': '{"version":1,"tool":"cuomin","entries":[' });
    expect(usageError(() => readBaseline(path.join(root, 'baseline.json'), { allowMissing: true, label: 'baseline.json' })).en).toMatch(/^Baseline file baseline\.json is not valid JSON/);
  });

  it('a folder given as the baseline is an error naming it', () => {
    const root = makeTempProject({ 'ci/x.txt': '' });
    expect(usageError(() => readBaseline(path.join(root, 'ci'), { label: 'ci' })).zh).toBe('无法读取基线文件 ci（EISDIR）');
    expect(usageError(() => writeBaseline(path.join(root, 'ci'), baseline, 'ci')).en).toMatch(/^Cannot write baseline file ci \(/);
  });

  it('fileExistsUnder resolves result paths against the working directory', () => {
    const root = makeTempProject({ 'docs/a.md': '正文' });
    const exists = fileExistsUnder(root);
    expect([exists('docs/a.md'), exists('docs/b.md')]).toEqual([true, false]);
  });
});
