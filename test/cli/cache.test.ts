// --cache through the real executable: unchanged files come from .cuomincache, the report is the same either way.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempProject } from '../helpers/temp-dir.js';

const notice = fs.readFileSync('fixtures/drafts/notice-heating.txt', 'utf8');

function project(): string {
  const files: Record<string, string> = { 'cuomin.config.json': JSON.stringify({ rules: { approval: 'off' } }) };
  for (let index = 0; index < 10; index++) files[`docs/${index}.txt`] = index % 2 === 0 ? notice : '本办法自2026年3月1日起施行。\n';
  return makeTempProject(files);
}

describe('--cache', () => {
  it('gives the same report from the cache, relints a changed file, and honours --cache-location', () => {
    const root = project();
    const args = ['docs', '-f', 'json', '--cache', '--date', '2026-11-27', '--concurrency', '2'];
    const first = runCli(args, { cwd: root });
    expect(fs.existsSync(path.join(root, '.cuomincache'))).toBe(true);
    const second = runCli(args, { cwd: root });
    expect(second.stdout).toBe(first.stdout);
    fs.writeFileSync(path.join(root, 'docs/1.txt'), '请XXX单位报送。\n');
    const third = runCli(args, { cwd: root });
    const plain = runCli(['docs', '-f', 'json', '--date', '2026-11-27'], { cwd: root });
    expect(third.stdout).toBe(plain.stdout);
    expect((JSON.parse(third.stdout) as Array<{ filePath: string; messages: Array<{ text: string }> }>).find((file) => file.filePath === 'docs/1.txt')!.messages.map((m) => m.text)).toEqual(['XXX']);
    runCli([...args, '--cache-location', 'ci-cache/'], { cwd: root });
    expect(fs.existsSync(path.join(root, 'ci-cache/.cuomincache'))).toBe(true);
  });

  it('is discarded when a rule option changes', () => {
    const root = project();
    runCli(['docs', '-f', 'json', '--cache', '--date', '2026-11-27'], { cwd: root });
    const withFlag = runCli(['docs', '-f', 'json', '--cache', '--date', '2026-11-27', '--rule', 'placeholders:off'], { cwd: root });
    expect(withFlag.stdout).not.toContain('"ruleId": "placeholders"');
  });

  it('keeps path order when a few changed files sit among many cached ones (files go to workers in batches)', () => {
    const files: Record<string, string> = { 'cuomin.config.json': JSON.stringify({ rules: { approval: 'off' } }) };
    for (let index = 0; index < 100; index++) files[`docs/${String(index).padStart(3, '0')}.txt`] = index % 3 === 0 ? notice : `第${index}条 本办法自2026年3月1日起施行。\n`;
    const root = makeTempProject(files);
    const args = ['docs', '-f', 'json', '--cache', '--date', '2026-11-27', '--concurrency', '2'];
    runCli(args, { cwd: root });
    for (const index of ['004', '050', '053', '097']) fs.writeFileSync(path.join(root, `docs/${index}.txt`), `请XXX单位于${index}日前报送。\n`);
    const cachedRun = runCli(args, { cwd: root });
    const plain = runCli(['docs', '-f', 'json', '--date', '2026-11-27', '--concurrency', '2'], { cwd: root });
    expect(cachedRun.stdout).toBe(plain.stdout);
    const report = JSON.parse(cachedRun.stdout) as Array<{ filePath: string; messages: Array<{ text: string }> }>;
    expect(report.map((file) => file.filePath)).toEqual(Object.keys(files).filter((name) => name.startsWith('docs/')));
    const flagged = new Set(report.filter((file) => file.messages.some((message) => message.text === 'XXX')).map((file) => file.filePath));
    for (const name of ['004', '050', '053', '097']) expect(flagged.has(`docs/${name}.txt`)).toBe(true);
    for (const name of ['005', '049', '052', '098']) expect(flagged.has(`docs/${name}.txt`)).toBe(false);
  });
});
