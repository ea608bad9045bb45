import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, contentHash, DEFAULT_CACHE_FILE, openCache, resolveCacheLocation } from '../../src/cache/lint-cache.js';
import { createRunKey, runKeyParts, type RunKeyParts } from '../../src/cache/run-key.js';
import { canStoreOutcome, canUseCachedResult } from '../../src/cache/fix-policy.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { Linter, summarize } from '../../src/engine/linter.js';
import type { LintResult } from '../../src/engine/types.js';
import { displayPath } from '../../src/cli/lint-files.js';
import { makeTempProject } from '../helpers/temp-dir.js';

const DATE = '2026-03-02';

interface Setup {
  linter: Linter;
  parts: RunKeyParts;
  runKey: string;
}

async function setUp(root: string, rawConfig: unknown = {}, date = DATE): Promise<Setup> {
  const config = await resolveConfig(rawConfig, { baseDir: root });
  const linter = new Linter({ rules: config.rules, settings: config.settings, locale: 'zh', date, allow: config.allow, dictionaries: config.dictionaries, parse: { html: config.html } });
  const parts = runKeyParts({ config, cwd: root, locale: 'zh', date });
  return { linter, parts, runKey: createRunKey(parts) };
}

/** Lints as the CLI does without --fix: the display path names the result and seeds the fingerprints. */
function lintLikeCli(linter: Linter, absolutePath: string, cwd: string, bytes: Buffer): LintResult {
  const filePath = displayPath(absolutePath, cwd);
  const { messages, unit } = linter.lintSource(bytes.toString('utf8'), absolutePath, { fingerprintPath: filePath });
  return summarize(filePath, messages, unit === undefined ? {} : { unit });
}

/** One `cuomin lint --cache` run over `files` (relative to root): look up, else lint and store; save. */
function run(root: string, files: string[], setup: Pick<Setup, 'linter' | 'runKey'>) {
  const cache = openCache(resolveCacheLocation(root), setup.runKey, { cwd: root });
  const linted: string[] = [];
  const results = files.map((file) => {
    const absolute = path.join(root, file);
    const bytes = fs.readFileSync(absolute);
    const hash = contentHash(bytes);
    const cached = cache.lookup(absolute, hash);
    if (cached) return cached;
    linted.push(file);
    const result = lintLikeCli(setup.linter, absolute, root, bytes);
    cache.store(absolute, hash, result);
    return result;
  });
  return { results, linted, loadStatus: cache.loadStatus, stats: cache.stats(), saved: cache.save() };
}

function textsOf(result: LintResult, ruleId: string): string[] {
  return result.messages.filter((message) => message.ruleId === ruleId).map((message) => message.text);
}

const FILES = {
  'a.md': '# 通知\n\n希望受表彰的单位再接再励，再创佳绩。\n\n请XXX单位于本周内报送材料。\n',
  'sub/b.txt': '我市召开防汛工作推进会，副市长王晓明出席会议。\n',
  'sub/c.txt': '请填写单位名称\n',
};

describe('lint cache: hits and misses', () => {
  it('serves every unchanged file from the cache, exactly as a fresh lint would report it', async () => {
    const root = makeTempProject(FILES);
    const setup = await setUp(root);
    const first = run(root, Object.keys(FILES), setup);
    expect(first.loadStatus).toBe('absent');
    expect(first.linted).toEqual(Object.keys(FILES));
    expect(first.saved).toMatchObject({ written: true, entries: 3, pruned: 0 });
    expect(first.results[0].messages.length).toBeGreaterThan(0);
    expect(first.results[0].messages.every((message) => typeof message.fingerprint === 'string')).toBe(true);

    const second = run(root, Object.keys(FILES), setup);
    expect(second.loadStatus).toBe('loaded');
    expect(second.linted).toEqual([]);
    expect(second.stats).toEqual({ hits: 3, misses: 0, stored: 0 });
    // Same values, same key order: a JSON or SARIF report of a cached run is byte for byte the uncached one.
    expect(JSON.stringify(second.results)).toBe(JSON.stringify(first.results));
    expect(second.saved.written).toBe(false);
  });

  it('lints a file again when its content changes, even with the same size and modification time', async () => {
    const root = makeTempProject(FILES);
    const setup = await setUp(root);
    run(root, Object.keys(FILES), setup);
    const file = path.join(root, 'a.md');
    const { mtime, size } = fs.statSync(file);
    // 再接再励 → 再接再厉: one character for another of the same UTF-8 length, time stamp put back.
    fs.writeFileSync(file, FILES['a.md'].replace('再接再励', '再接再厉'));
    fs.utimesSync(file, mtime, mtime);
    expect(fs.statSync(file).size).toBe(size);
    const second = run(root, Object.keys(FILES), setup);
    expect(second.linted).toEqual(['a.md']);
    expect(second.results[0].messages.some((message) => message.text === '再接再励')).toBe(false);
    expect(run(root, Object.keys(FILES), setup).linted).toEqual([]);
  });

  it('hits again when a file goes back to content it had (keyed on content, not on time)', async () => {
    const root = makeTempProject(FILES);
    const setup = await setUp(root);
    run(root, ['sub/b.txt'], setup);
    const file = path.join(root, 'sub/b.txt');
    fs.writeFileSync(file, FILES['sub/b.txt']);
    fs.utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    expect(run(root, ['sub/b.txt'], setup).linted).toEqual([]);
  });

  it('starts over when a rule option, a severity, the allow list or the date changes', async () => {
    const root = makeTempProject(FILES);
    const plain = await setUp(root);
    const before = run(root, Object.keys(FILES), plain);
    expect(textsOf(before.results[2], 'placeholders')).toEqual([]);

    const withOption = await setUp(root, { rules: { placeholders: ['warning', { extra: ['请填写'] }] } });
    expect(withOption.runKey).not.toBe(plain.runKey);
    const after = run(root, Object.keys(FILES), withOption);
    expect(after.loadStatus).toBe('stale');
    expect(after.linted).toEqual(Object.keys(FILES));
    // The cached result (no finding) would have been wrong under the new option.
    expect(textsOf(after.results[2], 'placeholders')).toEqual(['请填写']);

    const off = await setUp(root, { rules: { placeholders: 'off' } });
    expect(run(root, Object.keys(FILES), off).linted).toEqual(Object.keys(FILES));
    const allowed = await setUp(root, { rules: { placeholders: 'off' }, allow: ['再接再励'] });
    expect(run(root, Object.keys(FILES), allowed).linted).toEqual(Object.keys(FILES));
    // And back: the previous config's cache was replaced, so nothing is served from a config not in force.
    expect(run(root, Object.keys(FILES), plain).linted).toEqual(Object.keys(FILES));
    const nextDay = await setUp(root, {}, '2026-03-03');
    expect(run(root, Object.keys(FILES), nextDay).linted).toEqual(Object.keys(FILES));
  });

  it('starts over when a user dictionary changes content under the same file name', async () => {
    const dictionary = (term: string) => `dictionary: local\nrule: typos\nentries:\n  - term: ${term}\n    replacements: [规范说法]\n    reason: 测试\n    specs:\n      flag:\n        - text: ${term}。\n`;
    const root = makeTempProject({ ...FILES, 'dict/local.yaml': dictionary('防汛工作') });
    const config = { dictionaries: ['dict/local.yaml'] };
    const first = await setUp(root, config);
    const before = run(root, ['sub/b.txt'], first);
    expect(textsOf(before.results[0], 'typos')).toEqual(['防汛工作']);

    fs.writeFileSync(path.join(root, 'dict/local.yaml'), dictionary('推进会'));
    const second = await setUp(root, config);
    expect(second.runKey).not.toBe(first.runKey);
    const after = run(root, ['sub/b.txt'], second);
    expect(after.linted).toEqual(['sub/b.txt']);
    expect(textsOf(after.results[0], 'typos')).toEqual(['推进会']);
  });

  it('starts over when cuomin’s version (or its code) differs', async () => {
    const root = makeTempProject(FILES);
    const setup = await setUp(root);
    run(root, Object.keys(FILES), setup);
    const newer = createRunKey({ ...setup.parts, program: { ...setup.parts.program, version: '9.9.9' } });
    const patched = createRunKey({ ...setup.parts, program: { ...setup.parts.program, files: '0'.repeat(64) } });
    expect(new Set([setup.runKey, newer, patched]).size).toBe(3);
    const after = run(root, Object.keys(FILES), { linter: setup.linter, runKey: newer });
    expect(after.loadStatus).toBe('stale');
    expect(after.linted).toEqual(Object.keys(FILES));
  });
});

describe('lint cache: the file', () => {
  it('ignores a damaged or foreign cache file without a word, and replaces it', async () => {
    const root = makeTempProject(FILES);
    const setup = await setUp(root);
    run(root, Object.keys(FILES), setup);
    const location = path.join(root, DEFAULT_CACHE_FILE);
    const good = fs.readFileSync(location);
    const flipped = Buffer.from(good);
    // A digit of a line number in the last entry: still valid JSON, a wrong result if believed.
    const digit = flipped.lastIndexOf(Buffer.from('1,'));
    flipped[digit] = '2'.charCodeAt(0);
    const damaged: Array<[string, Buffer | string]> = [
      ['empty', ''],
      ['cut short', good.subarray(0, Math.floor(good.length * 0.6))],
      ['one byte changed', flipped],
      ['not JSON', 'garbage\n{{{\n'],
      ['another tool', '{"version":2,"files":{}}\n'],
      ['binary', Buffer.from([0, 159, 146, 150, 10, 255])],
    ];
    for (const [name, bytes] of damaged) {
      fs.writeFileSync(location, bytes);
      const again = run(root, Object.keys(FILES), setup);
      expect(again.loadStatus, name).toBe('corrupt');
      expect(again.linted, name).toEqual(Object.keys(FILES));
      expect(again.saved.written, name).toBe(true);
      expect(run(root, Object.keys(FILES), setup).linted, name).toEqual([]);
    }
  });

  it('treats a cache folder it cannot read as absent and says why it cannot write', async () => {
    const root = makeTempProject({ ...FILES, 'blocked': 'a file where a folder should be' });
    const setup = await setUp(root);
    const cache = openCache(path.join(root, 'blocked', DEFAULT_CACHE_FILE), setup.runKey, { cwd: root });
    expect(['absent', 'unreadable']).toContain(cache.loadStatus);
    const file = path.join(root, 'a.md');
    const bytes = fs.readFileSync(file);
    expect(cache.store(file, contentHash(bytes), lintLikeCli(setup.linter, file, root, bytes))).toBe(true);
    const saved = cache.save();
    expect(saved.written).toBe(false);
    expect(saved.note?.zh).toContain('无法写入缓存文件');
    expect(saved.note?.en).toContain('Cannot write the cache file');

    // A folder given as the cache file itself.
    fs.mkdirSync(path.join(root, 'folder/inner'), { recursive: true });
    const onFolder = openCache(path.join(root, 'folder'), setup.runKey, { cwd: root });
    expect(onFolder.loadStatus).toBe('unreadable');
    expect(onFolder.lookup(file, contentHash(bytes))).toBeUndefined();
    expect(onFolder.save().note?.en).toContain('Cannot write the cache file');
  });

  it('keeps the entries of files a partial run did not look at, and drops those of deleted files', async () => {
    const root = makeTempProject(FILES);
    const setup = await setUp(root);
    run(root, Object.keys(FILES), setup);
    const partial = run(root, ['a.md'], setup);
    expect(partial.saved).toMatchObject({ written: false, entries: 3, pruned: 0 });
    fs.rmSync(path.join(root, 'sub/c.txt'));
    const afterDelete = run(root, ['a.md'], setup);
    expect(afterDelete.saved).toMatchObject({ written: true, entries: 2, pruned: 1 });
    expect(run(root, ['a.md', 'sub/b.txt'], setup).linted).toEqual([]);
    // A file of that name created later is linted, not served from the pruned entry.
    fs.writeFileSync(path.join(root, 'sub/c.txt'), FILES['sub/c.txt']);
    expect(run(root, ['sub/c.txt'], setup).linted).toEqual(['sub/c.txt']);
  });

  it('writes the same bytes for the same entries, whatever order they were stored in and whatever came before', async () => {
    const rootA = makeTempProject(FILES);
    const rootB = makeTempProject(FILES);
    const setup = await setUp(rootA);
    const names = Object.keys(FILES);
    // B first holds a result that is then replaced, so its string table has history A's has not.
    fs.writeFileSync(path.join(rootB, 'a.md'), '完全不同的内容，某某同志出席。\n');
    run(rootB, names, setup);
    fs.writeFileSync(path.join(rootB, 'a.md'), FILES['a.md']);
    run(rootA, names, setup);
    run(rootB, [...names].reverse(), setup);
    const bytesA = fs.readFileSync(path.join(rootA, DEFAULT_CACHE_FILE));
    const bytesB = fs.readFileSync(path.join(rootB, DEFAULT_CACHE_FILE));
    expect(bytesB.equals(bytesA)).toBe(true);
    expect(bytesA.toString('utf8')).not.toContain('完全不同的内容');
  });

  it('is much smaller than the JSON of the results it holds', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 40; index++) files[`page-${index}.md`] = `${FILES['a.md']}\n第${index}条 请XXX单位报送。\n`;
    const root = makeTempProject(files);
    const setup = await setUp(root);
    const first = run(root, Object.keys(files), setup);
    const size = fs.statSync(path.join(root, DEFAULT_CACHE_FILE)).size;
    expect(size).toBeLessThan(Buffer.byteLength(JSON.stringify(first.results)) / 2);
  });
});

describe('lint cache: keys, locations and what may be stored', () => {
  it('keys a file by the path reports show for it', () => {
    const cwd = path.resolve('/work/site');
    for (const file of ['/work/site/a.md', '/work/site/sub/页面.html', '/work/other/x.txt', '/work/site/..hidden.md', '/elsewhere/y.md']) {
      expect(cacheKey(path.resolve(file), cwd)).toBe(displayPath(path.resolve(file), cwd));
    }
  });

  it('refuses results that are not the plain lint of the file', async () => {
    const root = makeTempProject(FILES);
    const setup = await setUp(root);
    const cache = openCache(resolveCacheLocation(root), setup.runKey, { cwd: root });
    const file = path.join(root, 'a.md');
    const bytes = fs.readFileSync(file);
    const result = lintLikeCli(setup.linter, file, root, bytes);
    expect(cache.store(file, contentHash(bytes), { ...result, output: 'fixed' })).toBe(false);
    expect(cache.store(file, contentHash(bytes), { ...result, filePath: 'elsewhere/a.md' })).toBe(false);
    expect(cache.store(file, contentHash(bytes), { ...result, errorCount: Number.NaN })).toBe(false);
    expect(cache.lookup(file, contentHash(bytes))).toBeUndefined();
    expect(cache.store(file, contentHash(bytes), result)).toBe(true);
    const hit = cache.lookup(file, contentHash(bytes))!;
    expect(hit).toEqual(result);
    hit.messages.length = 0;
    expect(cache.lookup(file, contentHash(bytes))).toEqual(result);
  });

  it('stays usable after saving: what it serves is what a later run would read', async () => {
    const root = makeTempProject(FILES);
    const setup = await setUp(root);
    const cache = openCache(resolveCacheLocation(root), setup.runKey, { cwd: root });
    const [a, b] = ['a.md', 'sub/b.txt'].map((name) => {
      const file = path.join(root, name);
      const bytes = fs.readFileSync(file);
      return { file, hash: contentHash(bytes), result: lintLikeCli(setup.linter, file, root, bytes) };
    });
    cache.store(a.file, a.hash, a.result);
    expect(cache.save().written).toBe(true);
    expect(cache.lookup(a.file, a.hash)).toEqual(a.result);
    cache.store(b.file, b.hash, b.result);
    expect(cache.save()).toMatchObject({ written: true, entries: 2 });
    const reopened = openCache(resolveCacheLocation(root), setup.runKey, { cwd: root });
    expect(reopened.lookup(a.file, a.hash)).toEqual(a.result);
    expect(reopened.lookup(b.file, b.hash)).toEqual(b.result);
  });

  it('finds the cache file from --cache-location', () => {
    const root = makeTempProject({ 'caches/.keep': '' });
    expect(resolveCacheLocation(root)).toBe(path.join(root, '.cuomincache'));
    expect(resolveCacheLocation(root, 'caches')).toBe(path.join(root, 'caches', '.cuomincache'));
    expect(resolveCacheLocation(root, 'new-folder/')).toBe(path.join(root, 'new-folder', '.cuomincache'));
    expect(resolveCacheLocation(root, 'ci/lint.cache')).toBe(path.join(root, 'ci', 'lint.cache'));
    expect(resolveCacheLocation(root, '/tmp/x.cache')).toBe(path.resolve('/tmp/x.cache'));
  });

  it('under --fix uses and stores only results that fixing would not change', () => {
    const base: LintResult = { filePath: 'a.md', messages: [], errorCount: 0, warningCount: 1, fixableCount: 0 };
    const fixable = { ...base, fixableCount: 1 };
    expect(canUseCachedResult(fixable, 'none', '/p/a.md')).toBe(true);
    expect(canUseCachedResult(base, 'write', '/p/a.md')).toBe(true);
    expect(canUseCachedResult(fixable, 'write', '/p/a.md')).toBe(false);
    expect(canUseCachedResult(fixable, 'dry-run', '/p/a.md')).toBe(false);
    expect(canUseCachedResult(base, 'write', '/p/report.docx')).toBe(false);
    expect(canUseCachedResult(base, 'none', '/p/report.docx')).toBe(true);

    expect(canStoreOutcome({ result: fixable, fixedCount: 0 }, 'none')).toBe(true);
    expect(canStoreOutcome({ result: { ...base, output: 'x' }, fixedCount: 0 }, 'none')).toBe(false);
    expect(canStoreOutcome({ result: base, fixedCount: 0 }, 'write')).toBe(true);
    expect(canStoreOutcome({ result: base, fixedCount: 2, outputBytes: Buffer.from('x') }, 'write')).toBe(false);
    expect(canStoreOutcome({ result: base, fixedCount: 2, diff: '--- a\n' }, 'dry-run')).toBe(false);
    // A fix refused for the file's encoding: fixes left in the result, and a note a plain lint would not have.
    expect(canStoreOutcome({ result: fixable, fixedCount: 0 }, 'write')).toBe(false);
    expect(canStoreOutcome({ result: base, fixedCount: 0, notFixableCount: 2 }, 'write')).toBe(false);
  });
});
