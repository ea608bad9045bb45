// The columns of a worklist spreadsheet (CSV and xlsx share them): Chinese headers, widths and cell values.
import type { WorklistItem } from './types.js';

export const UNASSIGNED_UNIT = '待分配';

export interface ItemColumn {
  header: string;
  /** xlsx column width in characters (a Chinese character counts two). */
  width: number;
  value: (item: WorklistItem) => string | number;
}

/** `2026-11-27T10:30:00+08:00` → `2026-11-27 10:30`: the wall-clock time the item was written with. */
export function displayTime(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

export const ITEM_COLUMNS: readonly ItemColumn[] = [
  { header: '编号', width: 8, value: (item) => item.id },
  { header: '单位', width: 22, value: (item) => item.unit ?? UNASSIGNED_UNIT },
  { header: '文件', width: 36, value: (item) => item.filePath },
  { header: '行', width: 6, value: (item) => item.line },
  { header: '列', width: 6, value: (item) => item.column },
  { header: '规则', width: 18, value: (item) => item.ruleId ?? '' },
  { header: '类别', width: 6, value: (item) => (item.category === 'sensitive' ? '敏' : '错') },
  { header: '紧急程度', width: 10, value: (item) => (item.urgency === 'urgent' ? '紧急' : '一般') },
  { header: '问题原文', width: 20, value: (item) => item.text },
  { header: '上下文', width: 60, value: (item) => item.context },
  { header: '建议', width: 20, value: (item) => item.suggestions.join('；') },
  { header: '发现时间', width: 18, value: (item) => displayTime(item.foundAt) },
  { header: '整改时限', width: 18, value: (item) => displayTime(item.deadline) },
  { header: '状态', width: 14, value: (item) => item.status },
];
