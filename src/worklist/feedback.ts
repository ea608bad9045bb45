// The feedback summary for the General Office after a re-check: per unit items, fixed, open and overdue, urgent
// overdue items first; as Markdown and as xlsx.
import type ExcelJS from 'exceljs';
import { displayTime, UNASSIGNED_UNIT } from './columns.js';
import { compareItems } from './build-items.js';
import { groupBy } from './group-by.js';
import { isFixed } from './verify-statuses.js';
import { STATUS_FIXED_LATE, STATUS_OVERDUE, type UncheckedFile, type Worklist, type WorklistItem } from './types.js';
import { addItemsSheet, addTableSheet, createWorkbook, workbookBuffer } from './write-xlsx.js';

export const FEEDBACK_BASENAME = '反馈汇总';

export interface UnitFeedback {
  unit: string | null;
  items: number;
  /** Fixed, on time or late. */
  fixed: number;
  /** Still there, within the deadline or past it. */
  open: number;
  /** Missed the deadline: still there past it, or fixed late. */
  overdue: number;
  /** Urgent items still there past the deadline. */
  urgentOverdue: number;
}

export interface FeedbackTotals extends Omit<UnitFeedback, 'unit'> {
  fixedLate: number;
  openOverdue: number;
}

export function isUrgentOverdue(item: WorklistItem): boolean {
  return item.urgency === 'urgent' && item.status === STATUS_OVERDUE;
}

function count(items: readonly WorklistItem[]): FeedbackTotals {
  return {
    items: items.length,
    fixed: items.filter((item) => isFixed(item.status)).length,
    open: items.filter((item) => !isFixed(item.status)).length,
    overdue: items.filter((item) => item.status === STATUS_OVERDUE || item.status === STATUS_FIXED_LATE).length,
    urgentOverdue: items.filter(isUrgentOverdue).length,
    fixedLate: items.filter((item) => item.status === STATUS_FIXED_LATE).length,
    openOverdue: items.filter((item) => item.status === STATUS_OVERDUE).length,
  };
}

export function feedbackTotals(items: readonly WorklistItem[]): FeedbackTotals {
  return count(items);
}

const collator = new Intl.Collator('zh-CN');

/** Units with urgent overdue items first, then by overdue items, then by name; unassigned items last. */
export function feedbackByUnit(items: readonly WorklistItem[]): UnitFeedback[] {
  const rows = [...groupBy(items, (item) => item.unit)].map(([unit, unitItems]) => {
    const { items: total, fixed, open, overdue, urgentOverdue } = count(unitItems);
    return { unit, items: total, fixed, open, overdue, urgentOverdue };
  });
  return rows.sort((a, b) => {
    if ((a.unit === null) !== (b.unit === null)) return a.unit === null ? 1 : -1;
    return b.urgentOverdue - a.urgentOverdue || b.overdue - a.overdue || collator.compare(a.unit ?? '', b.unit ?? '');
  });
}

/** Escapes a Markdown table cell. */
function cell(value: string | number): string {
  return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ');
}

function table(header: string[], rows: Array<Array<string | number>>): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}

const unitName = (unit: string | null) => unit ?? UNASSIGNED_UNIT;

function itemTable(items: readonly WorklistItem[]): string {
  return table(
    ['编号', '单位', '文件', '行', '问题原文', '建议', '整改时限', '状态'],
    items.map((item) => [item.id, unitName(item.unit), item.filePath, item.line, item.text, item.suggestions.join('；'), displayTime(item.deadline), item.status]),
  );
}

export interface FeedbackOptions {
  /** ISO time of the re-check. */
  verifiedAt: string;
  /** Files the re-check could not lint: their items keep counting as open. */
  unchecked: readonly UncheckedFile[];
}

export function feedbackMarkdown(worklist: Worklist, options: FeedbackOptions): string {
  const items = [...worklist.items].sort(compareItems);
  const totals = count(items);
  const urgentOverdue = items.filter(isUrgentOverdue);
  const otherOverdue = items.filter((item) => (item.status === STATUS_OVERDUE || item.status === STATUS_FIXED_LATE) && !isUrgentOverdue(item));
  const lines = [
    '# 错敏信息整改反馈汇总',
    '',
    `- 清单生成时间：${displayTime(worklist.generatedAt)}`,
    `- 复查时间：${displayTime(options.verifiedAt)}`,
    `- 共 ${totals.items} 项：已整改 ${totals.fixed} 项（其中逾期整改 ${totals.fixedLate} 项），未整改 ${totals.open} 项（其中逾期未整改 ${totals.openOverdue} 项，紧急事项 ${totals.urgentOverdue} 项）`,
    '',
    `## 紧急事项逾期未整改（${urgentOverdue.length} 项）`,
    '',
    urgentOverdue.length > 0 ? itemTable(urgentOverdue) : '无。',
    '',
    '## 各单位整改情况',
    '',
    table(
      ['单位', '事项', '已整改', '未整改', '逾期', '其中紧急逾期未整改'],
      feedbackByUnit(items).map((row) => [unitName(row.unit), row.items, row.fixed, row.open, row.overdue, row.urgentOverdue]),
    ),
    '',
    '说明：已整改含逾期整改；未整改含逾期未整改；逾期 = 逾期未整改 + 逾期整改（以文件修改时间判断）。紧急事项须在发现后 30 分钟内整改，一般事项须在当个工作日下班前整改。',
    '',
    `## 其他逾期事项（${otherOverdue.length} 项）`,
    '',
    otherOverdue.length > 0 ? itemTable(otherOverdue) : '无。',
  ];
  if (options.unchecked.length > 0) {
    lines.push(
      '',
      `## 无法复查的文件（${options.unchecked.length} 个）`,
      '',
      '这些文件中的事项按未整改计。',
      '',
      table(['文件', '原因'], options.unchecked.map((file) => [file.filePath, file.message])),
    );
  }
  return `${lines.join('\n')}\n`;
}

const UNIT_COLUMNS = [
  { header: '单位', width: 24 },
  { header: '事项', width: 8 },
  { header: '已整改', width: 10 },
  { header: '未整改', width: 10 },
  { header: '逾期', width: 8 },
  { header: '其中紧急逾期未整改', width: 20 },
];

export async function feedbackWorkbook(worklist: Worklist, options: FeedbackOptions): Promise<Buffer> {
  const items = [...worklist.items].sort(compareItems);
  const workbook = createWorkbook(new Date(Date.parse(options.verifiedAt)));
  const summary: ExcelJS.Worksheet = addTableSheet(workbook, '各单位汇总', UNIT_COLUMNS);
  for (const row of feedbackByUnit(items)) {
    const added = summary.addRow([unitName(row.unit), row.items, row.fixed, row.open, row.overdue, row.urgentOverdue]);
    if (row.urgentOverdue > 0) added.font = { bold: true, color: { argb: 'FFC00000' } };
  }
  const totals = count(items);
  summary.addRow(['合计', totals.items, totals.fixed, totals.open, totals.overdue, totals.urgentOverdue]).font = { bold: true };
  addItemsSheet(workbook, '紧急逾期未整改', items.filter(isUrgentOverdue));
  addItemsSheet(workbook, '全部事项', items);
  if (options.unchecked.length > 0) {
    const sheet = addTableSheet(workbook, '无法复查的文件', [
      { header: '文件', width: 40 },
      { header: '原因', width: 40 },
    ]);
    for (const file of options.unchecked) sheet.addRow([file.filePath, file.message]);
  }
  return workbookBuffer(workbook);
}
