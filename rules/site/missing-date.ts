// site/missing-date: an article page with no publication date (inspections count it as not updated).
import { defineSiteRule } from '../../src/site/types.js';

export default defineSiteRule({
  meta: {
    id: 'site/missing-date',
    description: { zh: '信息页面没有发布日期', en: 'Article pages without a publication date' },
    category: 'mistake',
    urgency: 'general',
    defaultSeverity: 'warning',
    messages: {
      missing: { zh: '页面没有发布日期：检查中无日期的信息视为未更新', en: 'The page has no publication date: inspections count it as not updated' },
    },
  },
  checkPage(page, context) {
    if (!page.isIndex && page.date === undefined) context.report({ filePath: page.filePath, messageId: 'missing' });
  },
});
