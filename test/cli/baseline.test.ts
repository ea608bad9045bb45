// --baseline and --update-baseline through the real executable: a CI gate that fails only on new problems.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempProject } from '../helpers/temp-dir.js';

const notice = fs.readFileSync('fixtures/drafts/notice-heating.txt', 'utf8');

describe('baselines', () => {
  it('accepts the recorded findings, fails on a new one, lists the fixed ones, and keeps the exit code to new findings', () => {
    const root = makeTempProject({ 'docs/notice.txt': notice });
    const first = runCli(['docs', '--baseline', '.cuomin-baseline.json', '--update-baseline'], { cwd: root });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('基线已更新：.cuomin-baseline.json');
    const baseline = JSON.parse(fs.readFileSync(path.join(root, '.cuomin-baseline.json'), 'utf8'));
    expect(baseline).toMatchObject({ version: 1, tool: 'cuomin' });
    expect(baseline.entries.length).toBe(9);

    const unchanged = runCli(['docs', '--baseline', '.cuomin-baseline.json', '-f', 'json'], { cwd: root });
    expect(unchanged.status).toBe(0);
    expect(JSON.parse(unchanged.stdout)[0].messages).toEqual([]);
    expect(unchanged.stderr).toContain('基线：已接受 9 个问题');

    // Lines added above, one placeholder filled in, one new mistake.
    const edited = `关于供热工作的补充说明\n\n${notice.replace('联系人：某某', '联系人：张三').replace('现将有关事项通知如下：', '现将有关事项通知如下：请XXX单位配合。')}`;
    fs.writeFileSync(path.join(root, 'docs/notice.txt'), edited);
    const gate = runCli(['docs', '--baseline', '.cuomin-baseline.json', '-f', 'json'], { cwd: root });
    expect(gate.status).toBe(1);
    const messages = JSON.parse(gate.stdout)[0].messages as Array<{ ruleId: string; text: string; line: number }>;
    expect(messages.map((m) => [m.ruleId, m.text])).toEqual([['placeholders', 'XXX']]);
    expect(gate.stderr).toContain('notice.txt:21  placeholders  “某某”');
    expect(gate.stderr).toMatch(/基线：已接受 8 个问题，1 个已修复/);
  });

  it('refuses a missing baseline file unless it is being created, and --update-baseline alone', () => {
    const root = makeTempProject({ 'a.txt': '负责人：XXX\n' });
    const missing = runCli(['a.txt', '--baseline', 'nope.json'], { cwd: root });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('找不到基线文件 nope.json');
    const alone = runCli(['a.txt', '--update-baseline'], { cwd: root });
    expect(alone.status).toBe(2);
    expect(alone.stderr).toContain('--update-baseline 须与 --baseline <文件> 一起使用');
  });
});
