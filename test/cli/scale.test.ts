// Worker threads, shards and several reports at once, through the real executable.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempProject } from '../helpers/temp-dir.js';

const APPROVAL_OFF = JSON.stringify({ rules: { approval: 'off' } });
const SENTENCES = [
  '11月20日,我市召开冬季安全生产工作会议。',
  '会议要求XXX单位于月底前报送材料。',
  '根据富政办发[2024]15号文件要求，做好相关工作。',
  '本办法自2026年3月1日起施行。',
  '检查组深入企业，查看了消防设施、用电安全等情况...',
];

/** Twenty drafts with a mix of mistakes and clean text. */
function site(): Record<string, string> {
  const files: Record<string, string> = { 'cuomin.config.json': APPROVAL_OFF };
  for (let index = 0; index < 20; index++) {
    const lines = SENTENCES.filter((_, line) => (index + line) % 3 !== 0);
    files[`pages/${String(index).padStart(2, '0')}/notice.txt`] = `${lines.join('\n')}\n`;
  }
  return files;
}

describe('worker threads', () => {
  it('give exactly the report of a single thread, in path order', () => {
    const root = makeTempProject(site());
    const one = runCli(['pages', '-f', 'json', '--concurrency', '1'], { cwd: root });
    const two = runCli(['pages', '-f', 'json', '--concurrency', '2'], { cwd: root });
    const three = runCli(['pages', '-f', 'stylish', '--concurrency', '3'], { cwd: root });
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const paths = (JSON.parse(two.stdout) as Array<{ filePath: string }>).map((file) => file.filePath);
    expect(paths).toEqual([...paths].sort());
    expect(paths.length).toBe(20);
    expect(three.stdout).toBe(runCli(['pages', '--concurrency', '1'], { cwd: root }).stdout);
    expect(two.stderr).toBe('');
  });

  it('fix files in place just as a single thread does', () => {
    const single = makeTempProject(site());
    const pooled = makeTempProject(site());
    runCli(['pages', '--fix', '--concurrency', '1'], { cwd: single });
    runCli(['pages', '--fix', '--concurrency', '2'], { cwd: pooled });
    const read = (root: string) => fs.readdirSync(path.join(root, 'pages')).map((dir) => fs.readFileSync(path.join(root, 'pages', dir, 'notice.txt'), 'utf8'));
    expect(read(pooled)).toEqual(read(single));
    expect(read(pooled)[1]).toContain('11月20日，我市召开');
  });

  it.each([['0'], ['two'], ['-1']])('refuses --concurrency %s', (value) => {
    const run = runCli(['pages', '--concurrency', value], { cwd: makeTempProject(site()) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--concurrency 应为正整数');
  });
});

describe('--shard', () => {
  it('splits the files into disjoint shards whose merged reports equal the whole report', () => {
    const root = makeTempProject(site());
    const shards = [1, 2, 3].map((index) => {
      runCli(['pages', '-f', 'json', '-o', `shard-${index}.json`, '--shard', `${index}/3`], { cwd: root });
      return (JSON.parse(fs.readFileSync(path.join(root, `shard-${index}.json`), 'utf8')) as Array<{ filePath: string }>).map((file) => file.filePath);
    });
    const all = shards.flat();
    expect(new Set(all).size).toBe(20);
    expect(shards.every((files) => files.length > 0)).toBe(true);
    const merged = runCli(['merge', 'shard-1.json', 'shard-2.json', 'shard-3.json'], { cwd: root });
    expect(merged.stdout).toBe(runCli(['pages', '-f', 'json'], { cwd: root }).stdout);
    // The same shard again: the same files.
    runCli(['pages', '-f', 'json', '-o', 'again.json', '--shard', '2/3'], { cwd: root });
    expect((JSON.parse(fs.readFileSync(path.join(root, 'again.json'), 'utf8')) as Array<{ filePath: string }>).map((file) => file.filePath)).toEqual(shards[1]);
  });

  it.each([['0/3'], ['4/3'], ['1-3'], ['a/b']])('refuses --shard %s', (value) => {
    const run = runCli(['pages', '--shard', value], { cwd: makeTempProject(site()) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--shard 应写作 <序号>/<总数>');
  });
});

describe('several reports in one run', () => {
  it('writes each -o <format>=<path> file and still prints the stylish report', () => {
    const root = makeTempProject(site());
    const run = runCli(['pages', '-o', 'json=out/report.json', '-o', 'sarif=out/report.sarif', '-o', 'junit=out/junit.xml'], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('✖ 已检查 20 个文件');
    const json = JSON.parse(fs.readFileSync(path.join(root, 'out/report.json'), 'utf8'));
    expect(json.length).toBe(20);
    const sarif = JSON.parse(fs.readFileSync(path.join(root, 'out/report.sarif'), 'utf8'));
    expect(sarif.runs[0].results.length).toBe(json.reduce((sum: number, file: { messages: unknown[] }) => sum + file.messages.length, 0));
    expect(fs.readFileSync(path.join(root, 'out/junit.xml'), 'utf8')).toMatch(/^<\?xml/);
  });

  it('pairs repeated --format and --output-file in order; the format left over goes to stdout', () => {
    const root = makeTempProject(site());
    const run = runCli(['pages', '-f', 'json', '-f', 'github', '-o', 'report.json'], { cwd: root });
    expect(JSON.parse(fs.readFileSync(path.join(root, 'report.json'), 'utf8')).length).toBe(20);
    expect(run.stdout).toMatch(/^::(error|warning) file=pages\/00\/notice\.txt,/);
  });

  it.each([
    [['-f', 'json', '-f', 'sarif'], '只能有一种格式输出到标准输出'],
    [['-o', 'a.json', '-o', 'b.json'], '--output-file 比 --format 多'],
    [['-o', 'json=a.json', '-o', 'sarif=a.json'], '报告文件 a.json 重复'],
    [['-o', 'xml=a.xml'], '不支持的输出格式“xml”'],
    [['-f', 'xml'], '不支持的输出格式“xml”'],
  ])('refuses %j', (args, message) => {
    const run = runCli(['pages', ...args], { cwd: makeTempProject(site()) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
