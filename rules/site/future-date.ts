// site/future-date: a page dated after the scan (a typo in the year, or a CMS clock set wrong).
import { defineSiteRule } from '../../src/site/types.js';

export default defineSiteRule({
  meta: {
    id: 'site/future-date',
    description: { zh: '发布日期晚于检查日期', en: 'Publication dates after the day of the scan' },
    category: 'mistake',
    urgency: 'general',
    defaultSeverity: 'warning',
    messages: {
      future: { zh: '发布日期{{date}}晚于检查日期{{today}}，请核实', en: 'Publication date {{date}} is after the day of the scan ({{today}}): check it' },
    },
  },
  checkPage(page, context) {
    if (page.date !== undefined && page.date > context.today) {
      context.report({ filePath: page.filePath, messageId: 'future', data: { date: page.date, today: context.today } });
    }
  },
});
