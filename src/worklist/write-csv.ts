// Worklists as CSV: UTF-8 with a BOM (so spreadsheet programs read the Chinese), CRLF, RFC 4180 quoting.
import { ITEM_COLUMNS } from './columns.js';
import type { WorklistItem } from './types.js';

const BOM = '\uFEFF';

/** A text cell a spreadsheet program would run as a formula (= @, or + - before more than a dash or a space). */
const FORMULA_LIKE = /^(?:[=@\t\r]|[+-](?=[^\s+-]))/;

/**
 * Quotes a cell when needed. The text comes from web pages anyone may have written: a cell a spreadsheet would run as a
 * formula gets a leading apostrophe, as OWASP recommends. A lone hyphen (a punctuation finding) stays as it is.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_LIKE.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `${BOM}${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function worklistCsv(items: readonly WorklistItem[]): string {
  return toCsv([ITEM_COLUMNS.map((column) => column.header), ...items.map((item) => ITEM_COLUMNS.map((column) => column.value(item)))]);
}
