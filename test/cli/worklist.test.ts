import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempProject } from '../helpers/temp-dir.js';

const CONFIG = { rules: { approval: 'off' }, units: { 'news/water.md': '富锦市水务局' } };
const ITEM_KEYS = ['id', 'fingerprint', 'unit', 'filePath', 'line', 'column', 'ruleId', 'category', 'urgency', 'text', 'context', 'suggestions', 'foundAt', 'deadline', 'status'];

/** Friday 27 November 2026, 17:20 in Fujin: general items are due at 17:30, urgent ones at 17:50. */
const FOUND_AT = '2026-11-27T17:20:00+08:00';

function makeProject(config: object = CONFIG): string {
  return makeTempProject({
    'cuomin.config.json': JSON.stringify(config),
    'news/water.md': '# 通知\n\n请XXX单位于本周五前报送材料。\n\n联系人手机：13912345678。\n',
    'news/finance.md': '---\nunit: 富锦市财政局\n---\n\n# 公告\n\n负责人：XXX\n',
    'drafts/c.txt': '待定事项另行通知，请某某同志负责。\n',
  });
}

function lintToReport(root: string): void {
  const run = runCli(['lint', 'news', 'drafts', '-f', 'json', '-o', 'report.json'], { cwd: root });
  expect(run.status, run.stderr).toBe(1);
}

interface Item {
  id: string;
  unit: string | null;
  filePath: string;
  text: string;
  urgency: string;
  deadline: string;
  status: string;
}

function readItems(root: string): Item[] {
  return JSON.parse(fs.readFileSync(path.join(root, 'out/worklist.json'), 'utf8')).items;
}

const statusOf = (items: Item[]) => Object.fromEntries(items.map((item) => [`${item.filePath} ${item.text}`, item.status]));

function setModified(root: string, file: string, iso: string): void {
  const time = new Date(iso);
  fs.utimesSync(path.join(root, file), time, time);
}

describe('cuomin worklist and verify (end to end)', () => {
  it('writes per-unit worklists with deadlines, then verifies fixes on time, late and missing', async () => {
    const root = makeProject();
    lintToReport(root);

    const worklist = runCli(['worklist', 'report.json', '--out', 'out', '--now', FOUND_AT], { cwd: root });
    expect(worklist.status, worklist.stderr).toBe(0);
    expect(worklist.stdout).toContain('已生成整改清单：共 5 项（紧急 1 项），涉及 2 个单位');
    expect(worklist.stdout).toContain('富锦市水务局：2 项（紧急 1 项） → out/富锦市水务局.xlsx, out/富锦市水务局.csv');
    expect(fs.readdirSync(path.join(root, 'out')).sort()).toEqual(
      ['worklist.json', '富锦市水务局.csv', '富锦市水务局.xlsx', '富锦市财政局.csv', '富锦市财政局.xlsx', '待分配.csv', '待分配.xlsx'].sort(),
    );

    const raw = JSON.parse(fs.readFileSync(path.join(root, 'out/worklist.json'), 'utf8'));
    expect(raw.generatedAt).toBe(FOUND_AT);
    expect(Object.keys(raw.items[0])).toEqual(ITEM_KEYS);
    const items = readItems(root);
    expect(items.map((item) => [item.id, item.unit, item.filePath, item.text, item.urgency, item.deadline, item.status])).toEqual([
      ['W0001', '富锦市财政局', 'news/finance.md', 'XXX', 'general', '2026-11-27T17:30:00+08:00', '待整改'],
      ['W0002', '富锦市水务局', 'news/water.md', 'XXX', 'general', '2026-11-27T17:30:00+08:00', '待整改'],
      ['W0003', '富锦市水务局', 'news/water.md', '13912345678', 'urgent', '2026-11-27T17:50:00+08:00', '待整改'],
      ['W0004', null, 'drafts/c.txt', '待定', 'general', '2026-11-27T17:30:00+08:00', '待整改'],
      ['W0005', null, 'drafts/c.txt', '某某', 'general', '2026-11-27T17:30:00+08:00', '待整改'],
    ]);
    expect(raw.items[1].context).toBe('请XXX单位于本周五前报送材料。');

    const csv = fs.readFileSync(path.join(root, 'out/富锦市水务局.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('编号,单位,文件,行,列,规则,类别,紧急程度,问题原文,上下文,建议,发现时间,整改时限,状态');
    expect(lines[2]).toMatch(/^W0003,富锦市水务局,news\/water\.md,5,7,personal-info,敏,紧急,13912345678,联系人手机：13912345678。,.*,2026-11-27 17:20,2026-11-27 17:50,待整改$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(root, 'out/待分配.xlsx'));
    expect(workbook.worksheets[0].getCell('I2').value).toBe('待定');

    // The finance office fixes its item on time; 待定 is fixed after 17:30; the rest stays.
    fs.writeFileSync(path.join(root, 'news/finance.md'), '---\nunit: 富锦市财政局\n---\n\n# 公告\n\n负责人：张三\n');
    setModified(root, 'news/finance.md', '2026-11-27T17:25:00+08:00');
    fs.writeFileSync(path.join(root, 'drafts/c.txt'), '有关事项另行通知，请某某同志负责。\n');
    setModified(root, 'drafts/c.txt', '2026-11-27T18:00:00+08:00');

    // 17:40: general items are overdue, the urgent one (due 17:50) is not yet.
    const early = runCli(['verify', 'out/worklist.json', '--now', '2026-11-27T17:40:00+08:00'], { cwd: root });
    expect(early.status, early.stderr).toBe(0);
    expect(statusOf(readItems(root))).toEqual({
      'news/finance.md XXX': '已整改',
      'news/water.md XXX': '逾期未整改',
      'news/water.md 13912345678': '未整改',
      'drafts/c.txt 待定': '已整改（逾期）',
      // Its fingerprint changed with the edit next to it; the same mistake is still in the file.
      'drafts/c.txt 某某': '逾期未整改',
    });
    expect(early.stdout).toContain('复查 5 项：已整改 2 项（其中逾期整改 1 项），未整改 3 项（其中逾期未整改 2 项）');

    // 18:30: the urgent item is overdue too; the finance file is edited again, its fix stays on time.
    setModified(root, 'news/finance.md', '2026-11-27T18:20:00+08:00');
    const late = runCli(['verify', 'out/worklist.json', '--now', '2026-11-27T18:30:00+08:00'], { cwd: root });
    expect(late.status, late.stderr).toBe(1);
    expect(late.stdout).toContain('紧急事项逾期未整改 1 项：');
    expect(late.stdout).toContain('W0003 富锦市水务局 news/water.md:5:7 “13912345678”');
    expect(statusOf(readItems(root))).toMatchObject({ 'news/finance.md XXX': '已整改', 'news/water.md 13912345678': '逾期未整改' });

    const markdown = fs.readFileSync(path.join(root, 'out/反馈汇总.md'), 'utf8');
    expect(markdown.indexOf('## 紧急事项逾期未整改（1 项）')).toBeLessThan(markdown.indexOf('## 各单位整改情况'));
    expect(markdown).toContain('| 富锦市水务局 | 2 | 0 | 2 | 2 | 1 |');
    expect(markdown).toContain('| 富锦市财政局 | 1 | 1 | 0 | 0 | 0 |');
    expect(markdown).toContain('| 待分配 | 2 | 1 | 1 | 2 | 0 |');
    const feedback = new ExcelJS.Workbook();
    await feedback.xlsx.readFile(path.join(root, 'out/反馈汇总.xlsx'));
    expect((feedback.getWorksheet('各单位汇总')!.getRow(2).values as unknown[]).slice(1)).toEqual(['富锦市水务局', 2, 0, 2, 2, 1]);

    // Fixing the urgent item clears the exit code; English on request.
    fs.writeFileSync(path.join(root, 'news/water.md'), '# 通知\n\n请XXX单位于本周五前报送材料。\n\n联系人：办公室。\n');
    const fixed = runCli(['verify', 'out/worklist.json', '--now', '2026-11-27T18:45:00+08:00', '--locale', 'en'], { cwd: root });
    expect(fixed.status, fixed.stderr).toBe(0);
    expect(fixed.stdout).toContain('Re-checked 5 item(s): 3 fixed (2 late), 2 open (2 overdue)');
  });

  it('moves deadlines past after-hours and configured holidays, and lists unassigned findings for the Bureau', () => {
    const root = makeProject({ ...CONFIG, units: {}, workday: { holidays: ['2026-11-30'] } });
    lintToReport(root);
    const run = runCli(['worklist', 'report.json', '--out', 'out', '--now', '2026-11-27T18:00:00+08:00', '--locale', 'en'], { cwd: root });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('待分配 (no unit known: for the Bureau to assign): 4 item(s) (1 urgent)');
    const deadlines = new Set(readItems(root).map((item) => `${item.urgency} ${item.deadline}`));
    expect([...deadlines].sort()).toEqual(['general 2026-12-01T17:30:00+08:00', 'urgent 2026-11-27T18:30:00+08:00']);
  });

  it('re-checks nothing it cannot read: items of a deleted file stay open', () => {
    const root = makeProject();
    lintToReport(root);
    expect(runCli(['worklist', 'report.json', '--out', 'out', '--now', FOUND_AT], { cwd: root }).status).toBe(0);
    fs.rmSync(path.join(root, 'drafts/c.txt'));
    const run = runCli(['verify', 'out/worklist.json', '--now', '2026-11-27T17:25:00+08:00'], { cwd: root });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('无法复查的文件 1 个（其中的事项按未整改计）：');
    expect(statusOf(readItems(root))).toMatchObject({ 'drafts/c.txt 待定': '未整改', 'drafts/c.txt 某某': '未整改' });
    expect(fs.readFileSync(path.join(root, 'out/反馈汇总.md'), 'utf8')).toContain('## 无法复查的文件（1 个）');
  });

  it('exits 2 with a clear message on usage mistakes', () => {
    const root = makeProject();
    const noOut = runCli(['worklist', 'report.json'], { cwd: root });
    expect(noOut).toMatchObject({ status: 2, stderr: 'cuomin: 请用 --out 指定整改清单的输出目录\n' });
    const missing = runCli(['worklist', 'missing.json', '--out', 'out'], { cwd: root });
    expect(missing).toMatchObject({ status: 2, stderr: 'cuomin: 无法读取报告 missing.json（ENOENT）\n' });
    fs.writeFileSync(path.join(root, 'report.json'), '[]');
    const badNow = runCli(['worklist', 'report.json', '--out', 'out', '--now', '明天'], { cwd: root });
    expect(badNow.status).toBe(2);
    expect(badNow.stderr).toContain('--now 应为 ISO 8601 时间');
    const noWorklist = runCli(['verify', 'out/worklist.json', '--locale', 'en'], { cwd: root });
    expect(noWorklist).toMatchObject({ status: 2, stderr: 'cuomin: Cannot read worklist out/worklist.json (ENOENT)\n' });
    fs.writeFileSync(path.join(root, 'cuomin.config.json'), JSON.stringify({ workday: { end: '25:00' } }));
    const badConfig = runCli(['worklist', 'report.json', '--out', 'out'], { cwd: root });
    expect(badConfig.status).toBe(2);
    expect(badConfig.stderr).toContain('workday.end');
  });
});
