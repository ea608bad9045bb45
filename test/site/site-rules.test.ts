import { builtinSiteRules } from '../../rules/site/index.js';
import { createSiteChecker } from '../../src/site/run-site-rules.js';
import type { LintMessage } from '../../src/engine/types.js';
import { pageDate } from '../../src/site/page-date.js';
import { parseText } from '../../src/document/parse-text.js';
import { parseMarkdown } from '../../src/document/parse-markdown.js';
import type { PageReference, SitePage, SiteSettings } from '../../src/site/types.js';
import { isIndexPage } from '../../src/site/columns.js';

const settings: SiteSettings = {
  baseUrl: 'https://www.fujin.gov.cn/',
  hosts: [],
  columns: [
    { name: '新闻中心', path: '/xwzx/', type: 'news' },
    { name: '通知公告', path: '/tzgg/', type: 'notice' },
    { name: '政策文件', path: '/zcwj/', type: 'policy' },
    { name: '人事信息', path: '/rsxx/', type: 'notice' },
    { name: '图片新闻', path: '/xwzx/tpxw/', type: 'news' },
  ],
  freshnessDays: { news: 14, notice: 180, policy: 180, other: null },
};

const link = (url: string, line = 5, kind: PageReference['kind'] = 'link'): PageReference => ({ url, line, column: 3, endLine: line, endColumn: 20, text: `<a href="${url}">`, kind });
const page = (exportPath: string, date?: string, references: PageReference[] = []): SitePage => ({
  filePath: `site/${exportPath}`,
  exportPath,
  date,
  references,
  isIndex: isIndexPage(exportPath),
});

function scan(pages: SitePage[], today = '2026-11-27', extraFiles: string[] = []) {
  const files = new Set([...pages.map((p) => p.exportPath), ...extraFiles]);
  const checker = createSiteChecker({
    rules: builtinSiteRules,
    settings: {},
    site: settings,
    today,
    locale: 'zh',
    exists: (path) => files.has(path),
    displayPath: (path) => `site/${path}`,
  });
  const found: string[] = [];
  const collect = (byFile: Map<string, LintMessage[]>) => {
    for (const [file, messages] of byFile) for (const m of messages) found.push(`${m.ruleId} ${file}:${m.line} ${m.message}`);
  };
  for (const page of pages) collect(checker.checkPage(page));
  collect(checker.checkSite(pages.map(({ references: _references, ...rest }) => ({ ...rest, references: [] }))));
  return found.sort();
}

describe('site rules', () => {
  const healthy = [
    page('index.html', undefined, [link('/xwzx/'), link('/tzgg/index.html'), link('https://www.gov.cn/'), link('/images/logo.png', 2, 'image')]),
    page('xwzx/index.html', undefined, [link('202611/t1.html')]),
    page('xwzx/202611/t1.html', '2026-11-25', [link('../../tzgg/202603/t2.html'), link('W1.jpg', 6, 'image')]),
    page('xwzx/tpxw/index.html'),
    page('xwzx/tpxw/202611/t5.html', '2026-11-20'),
    page('tzgg/index.html'),
    page('tzgg/202603/t2.html', '2026-09-10'),
    page('zcwj/index.html'),
    page('zcwj/202609/t3.html', '2026-09-15'),
    page('rsxx/index.html'),
    page('rsxx/202610/t4.html', '2026-10-08'),
  ];

  it('is silent on a healthy site', () => {
    expect(scan(healthy, '2026-11-27', ['images/logo.png', 'xwzx/202611/W1.jpg'])).toEqual([]);
  });

  it('finds dead links and missing images at the reference, resolving relative and absolute links', () => {
    const pages = [
      page('index.html', undefined, [link('https://www.fujin.gov.cn/xwzx/202611/t9.html', 7)]),
      page('xwzx/202611/t1.html', '2026-11-25', [link('t0.html', 9), link('W2.jpg', 10, 'image'), link('https://www.gov.cn/x.htm', 11)]),
    ];
    expect(scan(pages).filter((line) => line.startsWith('site/dead-link'))).toEqual([
      'site/dead-link site/index.html:7 死链：链接指向的“https://www.fujin.gov.cn/xwzx/202611/t9.html”在网站中不存在',
      'site/dead-link site/xwzx/202611/t1.html:10 图片“W2.jpg”在网站中不存在，页面将无法显示',
      'site/dead-link site/xwzx/202611/t1.html:9 死链：链接指向的“t0.html”在网站中不存在',
    ]);
  });

  it('finds stale and empty columns by type, as of the scan date, at the column index', () => {
    const pages = healthy.filter((p) => !p.exportPath.startsWith('rsxx/202610')).map((p) => (p.exportPath === 'tzgg/202603/t2.html' ? { ...p, date: '2026-03-10' } : p));
    expect(scan(pages, '2026-11-27', ['images/logo.png', 'xwzx/202611/W1.jpg'])).toEqual([
      'site/empty-column site/rsxx/:1 空白栏目：“人事信息”（/rsxx/）下没有任何信息',
      'site/stale-column site/tzgg/:1 栏目“通知公告”已262天未更新（最新信息发布于2026-03-10，应在180天内更新）',
    ]);
    // Fifteen days after the newest news page, the news columns are stale too.
    expect(scan(pages, '2026-12-10', ['images/logo.png', 'xwzx/202611/W1.jpg']).filter((line) => line.includes('新闻'))).toEqual([
      'site/stale-column site/xwzx/:1 栏目“新闻中心”已15天未更新（最新信息发布于2026-11-25，应在14天内更新）',
      'site/stale-column site/xwzx/tpxw/:1 栏目“图片新闻”已20天未更新（最新信息发布于2026-11-20，应在14天内更新）',
    ]);
  });

  it('reports articles without a date and dates after the scan, but not index pages', () => {
    const pages = [...healthy, page('xwzx/202611/t6.html'), page('zcwj/202612/t7.html', '2026-12-15')];
    expect(scan(pages, '2026-11-27', ['images/logo.png', 'xwzx/202611/W1.jpg'])).toEqual([
      'site/future-date site/zcwj/202612/t7.html:1 发布日期2026-12-15晚于检查日期2026-11-27，请核实',
      'site/missing-date site/xwzx/202611/t6.html:1 页面没有发布日期：检查中无日期的信息视为未更新',
    ]);
  });

  it('a future-dated page does not make its column fresh', () => {
    const pages = [page('tzgg/202612/t8.html', '2026-12-20'), page('tzgg/202601/t9.html', '2026-01-05')];
    expect(scan(pages).filter((line) => line.includes('stale'))).toEqual([
      'site/stale-column site/tzgg/:1 栏目“通知公告”已326天未更新（最新信息发布于2026-01-05，应在180天内更新）',
    ]);
  });

  it('honours severities: off rules do not run', () => {
    const checker = createSiteChecker({
      rules: builtinSiteRules,
      settings: { 'site/missing-date': { severity: 'off', explicit: true, options: {} }, 'site/empty-column': { severity: 'warning', explicit: true, options: {} } },
      site: settings,
      today: '2026-11-27',
      locale: 'en',
      exists: () => false,
      displayPath: (path) => path,
    });
    const onePage = page('xwzx/202611/t6.html');
    expect([...checker.checkPage(onePage).values()].flat().some((m) => m.ruleId === 'site/missing-date')).toBe(false);
    const messages = [...checker.checkSite([onePage]).values()].flat();
    expect(messages.filter((m) => m.ruleId === 'site/empty-column').map((m) => [m.severity, m.message])).toContainEqual(['warning', 'Empty column: "通知公告" (/tzgg/) has no pages']);
  });
});

describe('pageDate', () => {
  it.each([
    ['front matter', '---\ndate: 2026-11-20\n---\n\n正文。\n', 'draft.md', { date: '2026-11-20', source: 'metadata' }],
    ['a labelled date in the text', '我市召开推进会\n发布时间：2026-11-25 09:30　来源：富锦市住房和城乡建设局\n正文。', 'page.txt', { date: '2026-11-25', source: 'text' }],
    ['a Chinese labelled date', '日期：2026年3月1日\n正文。', 'page.txt', { date: '2026-03-01', source: 'text' }],
    ['the closing date line of a notice', '各供热企业：\n现将有关事项通知如下。\n富锦市住房和城乡建设局\n2026年3月10日', 'page.txt', { date: '2026-03-10', source: 'text' }],
  ])('reads %s', (_name, source, file, expected) => {
    const document = file.endsWith('.md') ? parseMarkdown(source, file) : parseText(source, file);
    expect(pageDate(document)).toEqual(expected);
  });

  it.each([
    ['no date at all', '近日，我市举办政府网站信息员业务培训。'],
    ['a date without a year in the body', '11月24日，我市召开冬季供热保障工作推进会。'],
    ['an impossible date', '发布时间：2026-02-30'],
    ['a date in the middle of the body', '根据2026年3月1日施行的办法，\n现将有关事项通知如下。\n富锦市住房和城乡建设局\n特此通知。'],
  ])('finds none in %s', (_name, source) => {
    expect(pageDate(parseText(source, 'page.txt'))).toBeUndefined();
  });
});
