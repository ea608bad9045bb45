// site/stale-column: a configured column whose newest page is older than its type allows (news 14 days, notices and
// policies 180 days by default): inspections count a column not updated in time as a failure.
import { defineSiteRule } from '../../src/site/types.js';
import { columnReportPath, daysBetween, pagesOfColumn } from '../../src/site/columns.js';

export default defineSiteRule({
  meta: {
    id: 'site/stale-column',
    description: { zh: '栏目长期未更新（新闻类14天、通知公告和政策文件类180天内须有新信息）', en: 'Columns not updated in time (news within 14 days, notices and policies within 180 days)' },
    category: 'mistake',
    urgency: 'general',
    defaultSeverity: 'error',
    messages: {
      stale: {
        zh: '栏目“{{column}}”已{{days}}天未更新（最新信息发布于{{newest}}，应在{{limit}}天内更新）',
        en: 'Column "{{column}}" has not been updated for {{days}} days (newest page {{newest}}; the limit is {{limit}} days)',
      },
      undated: {
        zh: '栏目“{{column}}”的{{count}}篇信息都没有发布日期，无法证明已按时更新',
        en: 'None of the {{count}} pages of column "{{column}}" has a publication date: its updates cannot be shown',
      },
    },
  },
  checkSite(sitePages, context) {
    const { columns, freshnessDays } = context.settings;
    for (const column of columns) {
      const limit = freshnessDays[column.type];
      const pages = pagesOfColumn(column, sitePages, columns);
      if (limit === null || pages.length === 0) continue;
      const filePath = context.displayPath(columnReportPath(column));
      const dates = pages.map((page) => page.date).filter((date): date is string => date !== undefined && date <= context.today);
      if (dates.length === 0) {
        context.report({ filePath, messageId: 'undated', data: { column: column.name, count: pages.length } });
        continue;
      }
      const newest = dates.reduce((a, b) => (a > b ? a : b));
      const days = daysBetween(newest, context.today);
      if (days > limit) context.report({ filePath, messageId: 'stale', data: { column: column.name, days, newest, limit } });
    }
  },
});
