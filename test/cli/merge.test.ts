import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempProject } from '../helpers/temp-dir.js';

const APPROVAL_OFF = JSON.stringify({ rules: { approval: 'off' } });

describe('cuomin merge', () => {
  it('joins JSON reports into one, sorted by path, and exits 1 when the merged report has errors', () => {
    const root = makeTempProject({
      'b/notice.txt': '负责人：XXX\n',
      'a/news.txt': '11月20日,我市召开会议。\n',
      'cuomin.config.json': APPROVAL_OFF,
    });
    runCli(['b', '-f', 'json', '-o', 'shard-2.json'], { cwd: root });
    runCli(['a', '-f', 'json', '-o', 'shard-1.json'], { cwd: root });
    const merged = runCli(['merge', 'shard-2.json', 'shard-1.json'], { cwd: root });
    expect(merged.status).toBe(1);
    const report = JSON.parse(merged.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(report.map((file) => [file.filePath, file.messages.map((m) => m.ruleId)])).toEqual([
      ['a/news.txt', ['punctuation']],
      ['b/notice.txt', ['placeholders']],
    ]);
    const whole = JSON.parse(runCli(['.', '-f', 'json'], { cwd: root }).stdout);
    expect(report).toEqual(whole);
  });

  it('renders the merged report in another format and writes it to a file', () => {
    const root = makeTempProject({ 'a.txt': '负责人：XXX\n', 'cuomin.config.json': APPROVAL_OFF });
    runCli(['a.txt', '-f', 'json', '-o', 'one.json'], { cwd: root });
    expect(runCli(['merge', 'one.json', '-f', 'stylish', '-o', 'out/merged.txt'], { cwd: root }).status).toBe(1);
    expect(fs.readFileSync(path.join(root, 'out/merged.txt'), 'utf8')).toContain('遗留占位文字“XXX”');
  });

  it.each([
    ['overlapping shards', ['merge', 'one.json', 'one.json'], '同时出现在 one.json 和 one.json 中'],
    ['a file that is not a report', ['merge', 'cuomin.config.json'], 'cuomin.config.json 不是 cuomin 的 JSON 报告'],
    ['a missing file', ['merge', 'nope.json'], '无法读取报告 nope.json（ENOENT）'],
    ['an unknown format', ['merge', 'one.json', '-f', 'xml'], '不支持的输出格式“xml”'],
  ])('refuses %s with exit 2', (_name, args, message) => {
    const root = makeTempProject({ 'a.txt': '负责人：XXX\n', 'cuomin.config.json': APPROVAL_OFF });
    runCli(['a.txt', '-f', 'json', '-o', 'one.json'], { cwd: root });
    const run = runCli(args, { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
