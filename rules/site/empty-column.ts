// site/empty-column: a configured column with no pages at all (空白栏目, a veto item in inspections).
import { defineSiteRule } from '../../src/site/types.js';
import { columnReportPath, pagesOfColumn } from '../../src/site/columns.js';

export default defineSiteRule({
  meta: {
    id: 'site/empty-column',
    description: { zh: '空白栏目：配置的栏目下没有任何信息', en: 'Empty columns: a configured column with no pages' },
    category: 'mistake',
    urgency: 'general',
    defaultSeverity: 'error',
    messages: {
      empty: { zh: '空白栏目：“{{column}}”（{{path}}）下没有任何信息', en: 'Empty column: "{{column}}" ({{path}}) has no pages' },
    },
  },
  checkSite(pages, context) {
    const { columns } = context.settings;
    for (const column of columns) {
      if (pagesOfColumn(column, pages, columns).length > 0) continue;
      const filePath = context.displayPath(columnReportPath(column));
      context.report({ filePath, messageId: 'empty', data: { column: column.name, path: column.path } });
    }
  },
});
