// Worklists as xlsx (exceljs): bold frozen header, fitted column widths, urgent rows highlighted.
import ExcelJS from 'exceljs';
import { ITEM_COLUMNS } from './columns.js';
import type { WorklistItem } from './types.js';

const URGENT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFD7D7' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };

export function createWorkbook(createdAt: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cuomin';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  return workbook;
}

/** A sheet with a bold, frozen, filterable header row. */
export function addTableSheet(workbook: ExcelJS.Workbook, name: string, columns: ReadonlyArray<{ header: string; width: number }>): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

export function addItemsSheet(workbook: ExcelJS.Workbook, name: string, items: readonly WorklistItem[]): ExcelJS.Worksheet {
  const sheet = addTableSheet(workbook, name, ITEM_COLUMNS);
  for (const item of items) {
    const row = sheet.addRow(ITEM_COLUMNS.map((column) => column.value(item)));
    row.alignment = { vertical: 'top', wrapText: true };
    if (item.urgency === 'urgent') row.fill = URGENT_FILL;
  }
  return sheet;
}

export async function worklistWorkbook(items: readonly WorklistItem[], createdAt: Date): Promise<Buffer> {
  const workbook = createWorkbook(createdAt);
  addItemsSheet(workbook, '整改清单', items);
  return workbookBuffer(workbook);
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
