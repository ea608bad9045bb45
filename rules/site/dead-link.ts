// site/dead-link: an internal link or image whose target is not in the export. Relative and absolute links are
// resolved against the page's address and `site.baseUrl`; links to other sites are the `links` rule's business.
import { defineSiteRule } from '../../src/site/types.js';
import { linkTarget } from '../../src/site/link-target.js';

/** A link to a folder or an extension-less address may be served by its index page. */
function targetExists(target: string, exists: (exportPath: string) => boolean): boolean {
  return exists(target) || exists(`${target}/index.html`) || exists(`${target}.html`);
}

export default defineSiteRule({
  meta: {
    id: 'site/dead-link',
    description: { zh: '站内链接或图片指向的页面、文件不存在（死链）', en: 'Internal links and images whose target is not in the site (dead links)' },
    category: 'mistake',
    urgency: 'general',
    defaultSeverity: 'error',
    messages: {
      deadLink: { zh: '死链：链接指向的“{{target}}”在网站中不存在', en: 'Dead link: "{{target}}" is not in the site' },
      missingImage: { zh: '图片“{{target}}”在网站中不存在，页面将无法显示', en: 'Image "{{target}}" is not in the site and will not display' },
    },
  },
  checkPage(page, context) {
    const { baseUrl, hosts } = context.settings;
    for (const reference of page.references) {
      const target = linkTarget(reference.url, page.exportPath, { baseUrl, hosts });
      if (target === undefined || targetExists(target, (path) => context.exists(path))) continue;
      context.report({
        filePath: page.filePath,
        messageId: reference.kind === 'image' ? 'missingImage' : 'deadLink',
        data: { target: reference.url },
        line: reference.line,
        column: reference.column,
        endLine: reference.endLine,
        endColumn: reference.endColumn,
        text: reference.text,
      });
    }
  },
});
