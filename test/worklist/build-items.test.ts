import { describe, expect, it } from 'vitest';
import { buildWorklist } from '../../src/worklist/build-items.js';
import { fallbackFingerprint } from '../../src/worklist/fingerprints.js';
import { parseReport, type ReportFile } from '../../src/worklist/read-report.js';
import { createContextReader } from '../../src/worklist/source-context.js';
import { workdaySettings } from '../../src/worklist/workday-config.js';
import { makeTempProject } from '../helpers/temp-dir.js';

const FRIDAY_MORNING = Date.parse('2026-11-27T10:30:00+08:00');

function message(overrides: Record<string, unknown>) {
  return {
    ruleId: 'placeholders',
    severity: 'error',
    category: 'mistake',
    urgency: 'general',
    message: '遗留占位文字“XXX”',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 4,
    text: 'XXX',
    suggestions: [],
    unit: null,
    ...overrides,
  };
}

function report(files: Array<{ filePath: string; unit?: string | null; messages: Array<Record<string, unknown>> }>): ReportFile[] {
  return parseReport(JSON.stringify(files.map((file) => ({ errorCount: 0, warningCount: 0, fixableCount: 0, unit: null, ...file }))), 'report.json');
}

const contextOf = async (_filePath: string, target: { text: string }) => `（${target.text}）`;

describe('buildWorklist', () => {
  it('makes one item per error or warning, ordered by unit, file and line, numbered W0001…', async () => {
    const reports = [
      report([
        { filePath: 'news/b.md', unit: '富锦市水务局', messages: [message({ line: 5, fingerprint: 'b5', unit: '富锦市水务局' })] },
        {
          filePath: 'news/a.md',
          unit: '富锦市水务局',
          messages: [
            message({ line: 9, fingerprint: 'a9', unit: '富锦市水务局' }),
            message({ line: 2, fingerprint: 'a2', unit: '富锦市水务局', category: 'sensitive', urgency: 'urgent', ruleId: 'personal-info', text: '13912345678', suggestions: ['139****5678'] }),
          ],
        },
        { filePath: 'drafts/c.txt', messages: [message({ fingerprint: 'c1' })] },
        { filePath: 'news/d.md', unit: '富锦市财政局', messages: [message({ fingerprint: 'd1', unit: '富锦市财政局' })] },
      ]),
    ];
    const { worklist } = await buildWorklist(reports, { foundAt: FRIDAY_MORNING, workday: workdaySettings(), contextOf });
    expect(worklist.generatedAt).toBe('2026-11-27T10:30:00+08:00');
    // 财 (cái) sorts before 水 (shuǐ) in pinyin order; items without a unit come last.
    expect(worklist.items.map((item) => [item.id, item.unit, item.filePath, item.line])).toEqual([
      ['W0001', '富锦市财政局', 'news/d.md', 1],
      ['W0002', '富锦市水务局', 'news/a.md', 2],
      ['W0003', '富锦市水务局', 'news/a.md', 9],
      ['W0004', '富锦市水务局', 'news/b.md', 5],
      ['W0005', null, 'drafts/c.txt', 1],
    ]);
    expect(worklist.items[1]).toEqual({
      id: 'W0002',
      fingerprint: 'a2',
      unit: '富锦市水务局',
      filePath: 'news/a.md',
      line: 2,
      column: 1,
      ruleId: 'personal-info',
      category: 'sensitive',
      urgency: 'urgent',
      text: '13912345678',
      context: '（13912345678）',
      suggestions: ['139****5678'],
      foundAt: '2026-11-27T10:30:00+08:00',
      deadline: '2026-11-27T11:00:00+08:00',
      status: '待整改',
    });
    expect(worklist.items[0].deadline).toBe('2026-11-27T17:30:00+08:00');
  });

  it('leaves out info findings and lists fatal ones as files that could not be checked', async () => {
    const reports = [
      report([
        { filePath: 'a.md', messages: [message({ severity: 'info', fingerprint: 'i' }), message({ severity: 'warning', fingerprint: 'w' })] },
        { filePath: 'broken.html', messages: [message({ ruleId: null, fatal: true, message: '文件无法读取（EACCES）', text: '', fingerprint: 'f' })] },
      ]),
    ];
    const { worklist, unchecked } = await buildWorklist(reports, { foundAt: FRIDAY_MORNING, workday: workdaySettings(), contextOf });
    expect(worklist.items.map((item) => item.fingerprint)).toEqual(['w']);
    expect(unchecked).toEqual([{ filePath: 'broken.html', message: '文件无法读取（EACCES）' }]);
  });

  it('falls back to a hash of rule, file, text and line for reports without fingerprints, keeping repeats apart', async () => {
    const reports = [report([{ filePath: 'a.txt', messages: [message({ column: 1 }), message({ column: 8 }), message({ line: 2 })] }])];
    const { worklist } = await buildWorklist(reports, { foundAt: FRIDAY_MORNING, workday: workdaySettings(), contextOf });
    const hashLine1 = fallbackFingerprint({ ruleId: 'placeholders', text: 'XXX', line: 1 }, 'a.txt');
    const hashLine2 = fallbackFingerprint({ ruleId: 'placeholders', text: 'XXX', line: 2 }, 'a.txt');
    expect(hashLine1).toMatch(/^[0-9a-f]{16}$/);
    expect(worklist.items.map((item) => item.fingerprint)).toEqual([hashLine1, `${hashLine1}#2`, hashLine2]);
  });

  it('takes a file found in several reports once', async () => {
    const file = { filePath: 'a.md', messages: [message({ fingerprint: 'x' })] };
    const { worklist } = await buildWorklist([report([file]), report([file])], { foundAt: FRIDAY_MORNING, workday: workdaySettings(), contextOf });
    expect(worklist.items).toHaveLength(1);
  });

  it('quotes the source line around the finding, or the finding itself when the file is gone', async () => {
    const root = makeTempProject({ 'a.txt': '第一行\n  根据工作安排，请XXX单位于本周五前报送材料，逾期不候，特此通知。各单位务必高度重视。\n' });
    const reports = [report([{ filePath: 'a.txt', messages: [message({ line: 2, column: 11, endLine: 2, endColumn: 14 })] }, { filePath: 'gone.txt', messages: [message({})] }])];
    const { worklist } = await buildWorklist(reports, { foundAt: FRIDAY_MORNING, workday: workdaySettings(), contextOf: createContextReader(root) });
    expect(worklist.items.map((item) => item.context)).toEqual(['根据工作安排，请XXX单位于本周五前报送材料，逾期不候，特此通知。各单位务必高度重…', 'XXX']);
  });
});

describe('parseReport', () => {
  it('names the report and the key when it is not a cuomin JSON report', () => {
    expect(() => parseReport('{"results": []}', 'r.json')).toThrow(/r\.json is not a cuomin lint -f json report/);
    expect(() => parseReport('[{"filePath": "a", "messages": [{"ruleId": 1}]}]', 'r.json')).toThrow(/0\.messages\.0\.ruleId/);
    expect(() => parseReport('[', 'r.json')).toThrow(/r\.json is not valid JSON/);
  });
});
