import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { feedbackByUnit, feedbackMarkdown, feedbackWorkbook } from '../../src/worklist/feedback.js';
import type { Worklist } from '../../src/worklist/types.js';
import { item } from './fixtures.js';

const worklist: Worklist = {
  generatedAt: '2026-11-27T10:30:00+08:00',
  items: [
    item({ id: 'W0001', unit: '富锦市财政局', status: '已整改' }),
    item({ id: 'W0002', unit: '富锦市财政局', status: '未整改' }),
    item({ id: 'W0003', unit: '富锦市水务局', status: '逾期未整改', urgency: 'urgent', category: 'sensitive', text: '13912345678', deadline: '2026-11-27T11:00:00+08:00' }),
    item({ id: 'W0004', unit: '富锦市水务局', status: '已整改（逾期）' }),
    item({ id: 'W0005', unit: '富锦市水务局', status: '逾期未整改', text: '某|某' }),
    item({ id: 'W0006', unit: null, status: '未整改' }),
  ],
};
const options = { verifiedAt: '2026-11-27T18:00:00+08:00', unchecked: [{ filePath: 'gone.md', message: '文件无法读取（ENOENT）' }] };

describe('feedback summary', () => {
  it('counts per unit, units with urgent overdue items first and unassigned items last', () => {
    expect(feedbackByUnit(worklist.items)).toEqual([
      { unit: '富锦市水务局', items: 3, fixed: 1, open: 2, overdue: 3, urgentOverdue: 1 },
      { unit: '富锦市财政局', items: 2, fixed: 1, open: 1, overdue: 0, urgentOverdue: 0 },
      { unit: null, items: 1, fixed: 0, open: 1, overdue: 0, urgentOverdue: 0 },
    ]);
  });

  it('writes Markdown with the urgent overdue items first, the unit table, other overdue items and unchecked files', () => {
    const markdown = feedbackMarkdown(worklist, options);
    const sections = [...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(sections).toEqual(['紧急事项逾期未整改（1 项）', '各单位整改情况', '其他逾期事项（2 项）', '无法复查的文件（1 个）']);
    expect(markdown).toContain('- 共 6 项：已整改 2 项（其中逾期整改 1 项），未整改 4 项（其中逾期未整改 2 项，紧急事项 1 项）');
    expect(markdown).toContain('| W0003 | 富锦市水务局 | news/通知.md | 3 | 13912345678 |  | 2026-11-27 11:00 | 逾期未整改 |');
    expect(markdown).toContain('| 富锦市水务局 | 3 | 1 | 2 | 3 | 1 |');
    expect(markdown).toContain('| 待分配 | 1 | 0 | 1 | 0 | 0 |');
    expect(markdown).toContain('某\\|某');
    expect(markdown).toContain('| gone.md | 文件无法读取（ENOENT） |');
  });

  it('writes an xlsx with the unit table, the urgent overdue items and every item', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await feedbackWorkbook(worklist, options)) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['各单位汇总', '紧急逾期未整改', '全部事项', '无法复查的文件']);
    const summary = workbook.getWorksheet('各单位汇总')!;
    expect((summary.getRow(1).values as unknown[]).slice(1)).toEqual(['单位', '事项', '已整改', '未整改', '逾期', '其中紧急逾期未整改']);
    expect((summary.getRow(2).values as unknown[]).slice(1)).toEqual(['富锦市水务局', 3, 1, 2, 3, 1]);
    expect((summary.getRow(5).values as unknown[]).slice(1)).toEqual(['合计', 6, 2, 4, 3, 1]);
    expect(workbook.getWorksheet('紧急逾期未整改')!.rowCount).toBe(2);
    expect(workbook.getWorksheet('全部事项')!.getCell('N7').value).toBe('未整改');
  });
});
