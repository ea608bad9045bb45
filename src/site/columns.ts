// Which configured column a page belongs to, and which pages are column indexes rather than articles.
import type { SiteColumn, SitePage } from './types.js';

const INDEX_PAGE = /(^|\/)(index|default|list)(_\d+)?\.s?html?$/i;

export function isIndexPage(exportPath: string): boolean {
  return INDEX_PAGE.test(exportPath);
}

/** The column path as a prefix inside the export: `/xwzx` and `xwzx/` both become `xwzx/`. */
export function columnPrefix(column: SiteColumn): string {
  const trimmed = column.path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : `${trimmed}/`;
}

/** The articles of a column (index pages excluded). The longest matching column prefix wins. */
export function pagesOfColumn(column: SiteColumn, pages: readonly SitePage[], columns: readonly SiteColumn[]): SitePage[] {
  const prefix = columnPrefix(column);
  return pages.filter((page) => {
    if (page.isIndex || !page.exportPath.startsWith(prefix)) return false;
    const longer = columns.some((other) => other !== column && columnPrefix(other).length > prefix.length && page.exportPath.startsWith(columnPrefix(other)));
    return !longer;
  });
}

/** Where a finding about a column goes: the column's folder (`xwzx/`), not one of its pages. */
export function columnReportPath(column: SiteColumn): string {
  const prefix = columnPrefix(column);
  return prefix === '' ? './' : prefix;
}

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
