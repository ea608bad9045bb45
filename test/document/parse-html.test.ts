import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/document/parse-html.js';
import { parseDocument, formatOf } from '../../src/document/parse.js';
import { alignDecodedText } from '../../src/document/html/source-text.js';
import { OBJECT_PLACEHOLDER, type CuominDocument } from '../../src/document/types.js';
import { Linter } from '../../src/engine/linter.js';
import { resolveConfig } from '../../src/config/resolve-config.js';

const CORPUS = '/work/shared/corpus/clean';
const GOV_PAGES = path.join(CORPUS, 'gov-pages');
const POLICY_HTML = path.join(CORPUS, 'govcn-policy-html');
const hasCorpus = fs.existsSync(GOV_PAGES) && fs.existsSync(POLICY_HTML);

function blockTexts(document: CuominDocument): string[] {
  return document.blocks.map((block) => document.text.slice(block.start, block.end));
}

/** Where a prose range is written in the source, as line:column of its start. */
function positionOf(document: CuominDocument, needle: string): { line: number; column: number; written: string } {
  const start = document.text.indexOf(needle);
  expect(start).toBeGreaterThanOrEqual(0);
  const [sourceStart, sourceEnd] = document.sourceRange(start, start + needle.length);
  return { ...document.sourcePosition(sourceStart), written: document.source.slice(sourceStart, sourceEnd) };
}

const page = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于做好2024年防汛工作的通知_富锦市人民政府</title>
<meta name="SiteName" content="富锦市人民政府">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="关于做好2024年防汛工作的通知">
<meta name="PubDate" content="2024-05-13 10:21">
<meta name="ContentSource" content="富锦市水务局">
<meta name="Keywords" content="防汛">
<style>.nav{color:red}</style>
<script>var menu = "首页导航";</script>
</head>
<body>
<div class="header"><a href="/">网站首页</a><a href="/zwgk/">政务公开</a></div>
<div class="nav"><ul><li><a href="/xwzx/">新闻中心</a></li></ul></div>
<div class="breadcrumb">当前位置：首页 &gt; 通知公告</div>
<div class="article">
  <h1>关于做好2024年防汛工作的通知</h1>
  <div class="share"><a href="http://service.weibo.com/share">分享到微博</a></div>
  <div id="zoom">
    <p>　　为进一步做好防汛工作，保障人民群众生命财产安全，
    现将有关事项通知如下。</p>
    <p>&nbsp;&nbsp;一、加强组织领导。各乡镇（街道）要落实<strong>主体</strong>责任。</p>
    <p>二、强化值班值守<br>三、做好物资储备</p>
    <ul><li>第一项</li><li>第二项<ul><li>子项</li></ul></li></ul>
    <table>
      <thead><tr><th>单位</th><th>联系电话</th></tr></thead>
      <tbody><tr><td>市水务局</td><td>0454-1234567</td></tr></tbody>
    </table>
    <blockquote><p>引用的原文。</p></blockquote>
    <p>详见<a href="https://www.fujin.gov.cn/a.html" title="原文">通知原文</a>。Flood control
    season starts &amp; ends in autumn.<img src="/logo.png" alt="市徽"></p>
    <p style="display:none">隐藏的段落不是正文。</p>
    <p>附件：应急预案&#12288;（2024年修订）</p>
  </div>
</div>
<div class="footer"><p>版权所有：富锦市人民政府办公室</p></div>
</body>
</html>
`;

describe('parseHtml: a page with navigation and an article', () => {
  const document = parseHtml(page, 'notice.html');

  it('registers .html, .htm and .shtml as HTML', () => {
    expect(formatOf('a.html')).toBe('html');
    expect(formatOf('a.HTM')).toBe('html');
    expect(formatOf('t20190918_693227.shtml')).toBe('html');
    expect(parseDocument(page, 'notice.shtml').format).toBe('html');
  });

  it('reads only the main content as prose', () => {
    expect(document.format).toBe('html');
    expect(document.text.startsWith('为进一步做好防汛工作')).toBe(true);
    expect(document.text.endsWith('附件：应急预案\u3000（2024年修订）')).toBe(true);
    for (const word of ['网站首页', '政务公开', '新闻中心', '当前位置', '分享到微博', '版权所有', '首页导航', 'color', '隐藏的段落']) {
      expect(document.text).not.toContain(word);
    }
  });

  it('joins a line break between Chinese characters without a space and trims the indentation', () => {
    expect(blockTexts(document)[0]).toBe('为进一步做好防汛工作，保障人民群众生命财产安全，现将有关事项通知如下。');
    expect(blockTexts(document)[1]).toBe('一、加强组织领导。各乡镇（街道）要落实主体责任。');
    expect(document.text).toContain('Flood control season starts & ends in autumn.');
  });

  it('splits blocks at <br> and records the structure', () => {
    expect(blockTexts(document)).toEqual([
      '为进一步做好防汛工作，保障人民群众生命财产安全，现将有关事项通知如下。',
      '一、加强组织领导。各乡镇（街道）要落实主体责任。',
      '二、强化值班值守',
      '三、做好物资储备',
      '第一项',
      '第二项',
      '子项',
      '单位',
      '联系电话',
      '市水务局',
      '0454-1234567',
      '引用的原文。',
      `详见通知原文。Flood control season starts & ends in autumn.${OBJECT_PLACEHOLDER}`,
      '附件：应急预案\u3000（2024年修订）',
    ]);
    expect(document.blocks.map((block) => block.kind)).toEqual([
      'paragraph', 'paragraph', 'paragraph', 'paragraph', 'listItem', 'listItem', 'listItem',
      'tableCell', 'tableCell', 'tableCell', 'tableCell', 'blockquote', 'paragraph', 'paragraph',
    ]);
    expect(document.blocks.filter((block) => block.kind === 'listItem').map((block) => block.depth)).toEqual([1, 1, 2]);
  });

  it('records tables with their header', () => {
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    const cell = (range: { start: number; end: number }) => document.text.slice(range.start, range.end);
    expect(table.header.map(cell)).toEqual(['单位', '联系电话']);
    expect(table.rows.map((row) => row.map(cell))).toEqual([['市水务局', '0454-1234567']]);
    expect(document.source.slice(table.sourceStart, table.sourceStart + 6)).toBe('<table');
  });

  it('records links and images of the content', () => {
    expect(document.links).toHaveLength(1);
    const [link] = document.links;
    expect(link).toMatchObject({ url: 'https://www.fujin.gov.cn/a.html', title: '原文', visible: true });
    expect(document.text.slice(link.start, link.end)).toBe('通知原文');
    expect(document.source.slice(link.sourceStart, link.sourceEnd)).toBe('<a href="https://www.fujin.gov.cn/a.html" title="原文">通知原文</a>');
    expect(document.images).toEqual([{ url: '/logo.png', alt: '市徽', sourceStart: expect.any(Number), sourceEnd: expect.any(Number) }]);
    expect(document.source.slice(document.images[0].sourceStart, document.images[0].sourceEnd)).toBe('<img src="/logo.png" alt="市徽">');
  });

  it('reads the metadata CMSs write and the title, with where each is written', () => {
    expect(document.metadata).toMatchObject({
      title: '关于做好2024年防汛工作的通知_富锦市人民政府',
      SiteName: '富锦市人民政府',
      ColumnName: '通知公告',
      ArticleTitle: '关于做好2024年防汛工作的通知',
      PubDate: '2024-05-13 10:21',
      ContentSource: '富锦市水务局',
      Keywords: '防汛',
    });
    const location = document.metadataLocations.ContentSource;
    expect(document.source.slice(...location.key)).toBe('ContentSource');
    expect(document.source.slice(...location.value)).toBe('富锦市水务局');
    const title = document.metadataLocations.title;
    expect(document.source.slice(...title.key)).toBe('title');
    expect(document.source.slice(...title.value)).toBe('关于做好2024年防汛工作的通知_富锦市人民政府');
  });

  it('maps prose back to the HTML source line and column', () => {
    expect(positionOf(document, '现将有关事项')).toEqual({ line: 24, column: 5, written: '现将有关事项' });
    expect(positionOf(document, '主体')).toEqual({ line: 25, column: 47, written: '主体' });
    const ampersand = positionOf(document, '&');
    expect(ampersand.written).toBe('&amp;');
    const fullWidthSpace = positionOf(document, '\u3000（');
    expect(fullWidthSpace.written).toBe('&#12288;（');
    const start = document.text.indexOf('starts & ends');
    expect(document.isExactRange(start, start + 6)).toBe(true);
    expect(document.isExactRange(start, start + 8)).toBe(false);
  });
});

describe('parseHtml: whitespace and entities', () => {
  const text = (html: string) => parseHtml(html, 'a.html').text;

  it('collapses whitespace like a browser, across inline elements', () => {
    expect(text('<p>  Flood   <b> control </b>\n\t season </p>')).toBe('Flood control season');
    expect(text('<p>各级\n      <span>人民政府</span>\n  要</p>')).toBe('各级人民政府要');
    expect(text('<p>各级 人民政府</p>')).toBe('各级 人民政府');
    expect(text('<p>共计\n  100\n  人</p>')).toBe('共计 100 人');
  });

  it('keeps no-break and full-width spaces inside a block and trims them at its ends', () => {
    expect(text('<p>&nbsp;&#12288;&ensp;第一条&nbsp;总则&#x3000;</p>')).toBe('第一条\u00a0总则');
    expect(text('<div>&#12288;&#12288;为进一步加强管理</div>')).toBe('为进一步加强管理');
  });

  it('drops empty blocks', () => {
    const document = parseHtml('<div><p>&nbsp;</p><p>正文</p><p> </p><br><br></div>', 'a.html');
    expect(document.text).toBe('正文');
    expect(document.blocks).toHaveLength(1);
  });

  it('masks URLs written as text, also when an entity is inside them', () => {
    const document = parseHtml('<p>网址：http://www.gov.cn/a?b=1&amp;c=2 欢迎访问</p>', 'a.html');
    expect(document.text).toBe(`网址：${OBJECT_PLACEHOLDER} 欢迎访问`);
    const index = document.text.indexOf(OBJECT_PLACEHOLDER);
    expect(document.source.slice(...document.sourceRange(index, index + 1))).toBe('http://www.gov.cn/a?b=1&amp;c=2');
  });

  it('aligns decoded text with entities, legacy entities without a semicolon and CR LF', () => {
    const source = 'a&lt;b&nbspc&#x1F600;d\r\ne&unknown;';
    const aligned = alignDecodedText(source, 0, source.length, 'a<b\u00a0c\u{1F600}d\ne&unknown;');
    const pieces = Array.from(aligned.starts, (start, i) => source.slice(start, aligned.ends[i]));
    expect(pieces).toEqual(['a', '&lt;', 'b', '&nbsp', 'c', '&#x1F600;', '&#x1F600;', 'd', '\r\n', 'e', '&', 'u', 'n', 'k', 'n', 'o', 'w', 'n', ';']);
  });

  it('maps every prose character of a CR LF page to its source', () => {
    const source = '<p>第一行\r\n第二行</p>\r\n<p>第三行</p>';
    const document = parseHtml(source, 'a.html');
    expect(document.text).toBe('第一行第二行\n第三行');
    expect(document.sourcePosition(document.toSourceOffset(document.text.indexOf('第三')))).toEqual({ line: 3, column: 4 });
  });
});

describe('parseHtml: choosing the main content', () => {
  const shell = (inner: string) => `<html><body><nav>导航栏目</nav><header>页头</header>${inner}<footer>页脚</footer><aside>侧栏</aside></body></html>`;

  it('takes the first content selector that matches an element with text', () => {
    const html = shell('<div class="content">短</div><div id="zoom"><p>这是正文的内容，长度足够作为页面的主要内容。</p></div><div class="TRS_Editor">另一段编辑器的内容，也足够长了，但是排在后面。</div>');
    expect(parseHtml(html, 'a.html').text).toBe('这是正文的内容，长度足够作为页面的主要内容。');
  });

  it('skips a matching element without substantial text', () => {
    const html = shell('<div id="zoom"> </div><article><p>文章的正文在这里，长度足够作为页面的主要内容。</p></article>');
    expect(parseHtml(html, 'a.html').text).toBe('文章的正文在这里，长度足够作为页面的主要内容。');
  });

  it('reads the body without page furniture when no selector matches', () => {
    const html = shell('<div class="menu">菜单</div><div id="footer">底部信息</div><div role="navigation">栏目导航</div><p>正文第一段。</p><p>正文第二段。</p>');
    expect(parseHtml(html, 'a.html').text).toBe('正文第一段。\n正文第二段。');
  });

  it('leaves page furniture out of a generic container too, but not out of a configured one', () => {
    const html = shell('<article><header>发布时间：2024-05-13 字号：大 中 小</header><p>文章的正文在这里，长度足够作为页面的主要内容。</p><footer>打印本页 关闭窗口</footer></article>');
    expect(parseHtml(html, 'a.html').text).toBe('文章的正文在这里，长度足够作为页面的主要内容。');
    expect(parseHtml(html, 'a.html', { contentSelectors: ['article'] }).text).toBe('发布时间：2024-05-13 字号：大 中 小\n文章的正文在这里，长度足够作为页面的主要内容。\n打印本页 关闭窗口');
  });

  it('reads a fragment without <html> or <body>', () => {
    expect(parseHtml('<p>一段正文。</p><p>二段正文。</p>', 'a.html').text).toBe('一段正文。\n二段正文。');
  });

  it('takes configured content selectors instead of the defaults, and configured exclusions in addition', () => {
    const html = shell('<div id="zoom"><p>默认选择器找到的内容，长度足够作为页面的主要内容。</p></div><section class="main-text"><p>自定义选择器找到的正文内容，长度足够。</p><p class="editor">责任编辑：张三</p></section>');
    const document = parseHtml(html, 'a.html', { contentSelectors: ['section.main-text'], excludeSelectors: ['.editor'] });
    expect(document.text).toBe('自定义选择器找到的正文内容，长度足够。');
    const complex = parseHtml(html, 'a.html', { contentSelectors: ['body > section'] });
    expect(complex.text).toBe('自定义选择器找到的正文内容，长度足够。\n责任编辑：张三');
  });

  it('reports a selector it cannot read as a parse error', () => {
    expect(() => parseHtml('<p>正文</p>', 'a.html', { contentSelectors: ['div[['] })).toThrow(/CSS/);
  });
});

describe('parseHtml: hidden links (暗链)', () => {
  const hacked = `<html><body>
<div style="display:none"><a href="http://casino.example.com/">澳门赌场</a></div>
<div id="zoom"><p>正文第一段，长度足够作为页面的主要内容，这里还有更多文字。<a href="http://a.example.com/" style="position:absolute;left:-9999px">隐藏在正文里</a>正文继续。</p>
<p style="visibility:hidden"><a href="http://b.example.com/">不可见</a></p>
<p>正文结尾。</p></div>
<div style="height:0;overflow:hidden"><a href="http://c.example.com/">零高度</a></div>
<marquee height="1" width="1"><a href="http://d.example.com/">滚动</a></marquee>
<div style="background-color:#FFFFFF"><a href="http://e.example.com/" style="color:#fff">同色</a></div>
<a href="http://f.example.com/" hidden>属性隐藏</a>
<span style="font-size:0"><a href="http://g.example.com/">零字号</a></span>
<a href="http://h.example.com/" style="opacity:0">透明</a>
<div class="hide"><a href="http://i.example.com/">类名隐藏</a></div>
<a href="http://j.example.com/" aria-hidden="true">读屏隐藏</a>
<div style="opacity:0"><a href="/banner-area"></a></div>
<div style="display:none" class="x"><div style="display:block"><a href="http://k.example.com/">仍然隐藏</a></div></div>
<div style="visibility:hidden"><div style="visibility:visible"><a href="http://l.example.com/">重新可见</a></div></div>
<a href="http://footer.example.com/">页脚可见链接</a>
</body></html>`;
  const document = parseHtml(hacked, 'index.html', { hiddenClasses: ['hide'] });
  const byUrl = new Map(document.links.map((link) => [link.url, link]));

  it('finds hidden links anywhere on the page, with why they are hidden', () => {
    const reasons = Object.fromEntries(document.links.map((link) => [link.url, link.visible ? 'visible' : link.hiddenReason]));
    expect(reasons).toEqual({
      'http://casino.example.com/': 'display-none',
      'http://a.example.com/': 'off-screen',
      'http://b.example.com/': 'visibility-hidden',
      'http://c.example.com/': 'zero-size',
      'http://d.example.com/': 'zero-size',
      'http://e.example.com/': 'same-color',
      'http://f.example.com/': 'display-none',
      'http://g.example.com/': 'zero-size',
      'http://h.example.com/': 'other',
      'http://i.example.com/': 'other',
      'http://k.example.com/': 'display-none',
    });
  });

  it('keeps hidden text out of the prose and gives hidden links an empty prose range', () => {
    expect(document.text).toBe('正文第一段，长度足够作为页面的主要内容，这里还有更多文字。正文继续。\n正文结尾。');
    const inContent = byUrl.get('http://a.example.com/')!;
    expect(inContent.start).toBe(inContent.end);
    expect(document.text.slice(0, inContent.start).endsWith('更多文字。')).toBe(true);
    const casino = byUrl.get('http://casino.example.com/')!;
    expect(casino.start).toBe(casino.end);
    expect(document.source.slice(casino.sourceStart, casino.sourceEnd)).toBe('<a href="http://casino.example.com/">澳门赌场</a>');
    expect(document.sourcePosition(casino.sourceStart)).toEqual({ line: 2, column: 27 });
  });

  it('does not count aria-hidden, a link shown again, transparent click areas or visible links outside the content', () => {
    expect(byUrl.has('http://j.example.com/')).toBe(false);
    expect(byUrl.has('http://l.example.com/')).toBe(false);
    expect(byUrl.has('/banner-area')).toBe(false);
    expect(byUrl.has('http://footer.example.com/')).toBe(false);
  });

  it('counts configured hidden classes only when configured', () => {
    const plain = parseHtml(hacked, 'index.html');
    expect(plain.links.some((link) => link.url === 'http://i.example.com/')).toBe(false);
  });

  it('reads colours only where the page sets them inline, without a stylesheet in between', () => {
    const html = `<body bgcolor="#FFFFFF"><div id="zoom"><p>正文内容，长度足够作为这个页面的主要内容。</p></div>
<p><a href="http://font.example.com/"><font color="#ffffff">白色文字</font></a></p>
<div style="color:#fff"><a href="http://inherit.example.com/">链接有自己的颜色</a></div>
<div class="top-bar"><a href="http://bar.example.com/" style="color:#fff">红色导航条上的白字</a></div>
</body>`;
    const document = parseHtml(html, 'a.html');
    expect(document.links.map((link) => [link.url, link.hiddenReason])).toEqual([['http://font.example.com/', 'same-color']]);
  });

  it('does not hide text whose colour differs from its background', () => {
    const document = parseHtml('<div style="background:#fff url(bg.png) no-repeat"><p><a href="http://x.example.com/" style="color:#333">友情链接</a>是可见的，文字颜色不同于背景颜色。</p></div>', 'a.html');
    expect(document.links).toEqual([expect.objectContaining({ url: 'http://x.example.com/', visible: true })]);
    expect(document.text).toContain('友情链接是可见的');
  });
});

describe('the html config key', () => {
  it('rejects a selector that cannot be read and a class name written as a selector', async () => {
    await expect(resolveConfig({ html: { contentSelectors: ['div[['] } }, { baseDir: process.cwd() })).rejects.toThrow(/contentSelectors/);
    await expect(resolveConfig({ html: { hiddenClasses: ['.hide'] } }, { baseDir: process.cwd() })).rejects.toThrow(/hiddenClasses/);
  });

  it('carries the options into the resolved config', async () => {
    const config = await resolveConfig({ html: { contentSelectors: ['.main-txt', 'div.article > .text'], excludeSelectors: ['.editor'], hiddenClasses: ['hide'] } }, { baseDir: process.cwd() });
    expect(config.html).toEqual({ contentSelectors: ['.main-txt', 'div.article > .text'], excludeSelectors: ['.editor'], hiddenClasses: ['hide'] });
  });
});

describe('parseHtml: directives', () => {
  it('reads cuomin comments anywhere with their source lines', () => {
    const html = '<div id="zoom">\n<!-- cuomin-disable-next-line typos -->\n<p>第一段正文内容。</p>\n<p>第二段正文内容。</p>\n</div>';
    expect(parseHtml(html, 'a.html').directives).toEqual([{ kind: 'disable-next-line', line: 2, ruleIds: ['typos'] }]);
  });
});

describe.runIf(hasCorpus)('parseHtml on real pages', () => {
  const readPage = (name: string) => parseHtml(fs.readFileSync(path.join(GOV_PAGES, name), 'utf8'), name);

  it('gzggw (Hanweb): the article in #zoom, metadata from meta tags', () => {
    const document = readPage('gzggw_1.html');
    expect(document.text.startsWith('1-10月，全县固定资产投资完成246.79亿元')).toBe(true);
    expect(document.text.endsWith('总体全县投资结构趋稳趋优。（德清县发改局）')).toBe(true);
    expect(document.metadata).toMatchObject({ ArticleTitle: '1-10月德清县固定资产投资结构趋稳趋优', PubDate: '2016-11-22 09:53', ContentSource: '省发改委', SiteName: '浙江省发展和改革委员会', ColumnName: '投资运行' });
    // The CMS's own hidden links (error reporting, vendor credit) are hidden links like any other.
    expect(document.links.filter((link) => !link.visible).map((link) => link.url)).toContain('http://www.hanweb.com');
  });

  it('shanxi (TRS): the article without navigation, share bars or footer', () => {
    const document = readPage('shanxi_1.html');
    expect(document.text.startsWith(`${OBJECT_PLACEHOLDER}\n图为山西品牌丝路行（南美站）启动仪式。（刘通摄）\n跨越千山万水`)).toBe(true);
    expect(document.text.endsWith('南美站活动将先后在巴西、乌拉圭、阿根廷举行。（张巨峰）')).toBe(true);
    for (const word of ['首页', '网站地图', '分享到', '版权所有', '主办']) expect(document.text).not.toContain(word);
    expect(document.metadata).toMatchObject({ ArticleTitle: '山西品牌丝路行（南美站）正式启动', PubDate: '2019-09-18 06:23', ContentSource: '山西日报', ColumnName: '山西要闻' });
    expect(document.images).toHaveLength(1);
    expect(document.images[0].decorative).toBe(true);
  });

  it('cmse: the press release in .TRS_Editor', () => {
    const document = readPage('cmse_1.html');
    expect(document.text).toContain('女士们、先生们：\n很高兴又一次和大家见面。');
    expect(document.text).toContain('上面介绍的是关于这次任务的有关情况。下面，我愿意回答大家的提问。');
    for (const word of ['字号', '首页', '专题报道', '分享到']) expect(document.text).not.toContain(word);
    expect(document.metadata.title).toBe('天宫一号与神舟九号载人交会对接任务第二场新闻发布会_中国载人航天官方网站');
  });

  it('gov.cn gazette: the resolution in #UCAP-CONTENT, the title split at <br>', () => {
    const document = readPage('other_1.html');
    expect(blockTexts(document).slice(0, 4)).toEqual([
      '全国人民代表大会常务委员会',
      '关于批准财政部发行特别国债购买外汇及',
      '调整2007年末国债余额限额的决议',
      '（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）',
    ]);
    expect(document.text).not.toContain('扫一扫');
    expect(document.text).not.toContain('相关稿件');
    expect(document.metadata.Author).toBe('马娟');
  });

  it('gov.cn policy fragments: the document body, its title and number, without the index table', () => {
    const metas = fs
      .readFileSync(path.join(POLICY_HTML, 'meta.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { file: string; title: string; release_number: string });
    expect(metas.length).toBe(60);
    for (const meta of metas) {
      const source = fs.readFileSync(path.join(POLICY_HTML, meta.file), 'utf8');
      const document = parseHtml(source, meta.file);
      const joined = document.text.replace(/\s/g, '');
      expect(joined, meta.file).toContain(meta.title.replace(/\s/g, '').slice(0, 12));
      expect(document.text, meta.file).not.toContain('索 引 号');
      expect(document.text, meta.file).not.toContain('主题分类');
      // A document number (国发〔2019〕5号) is printed under the title; a decree's (国令第707号) is written out in full.
      if (meta.release_number.includes('〔')) expect(joined, meta.file).toContain(meta.release_number);
    }
  });

  it('places findings on a real page at the characters they are about', async () => {
    const config = await resolveConfig({}, { baseDir: process.cwd() });
    const rules = new Map([...config.rules].filter(([id]) => id === 'placeholders' || id === 'typos'));
    const linter = new Linter({ rules, settings: config.settings, dictionaries: config.dictionaries, date: '2019-02-17' });
    for (const [file, expected] of [['html/content_5345440.html', 'XXX'], ['html/content_5344146.html', '笔划']] as const) {
      const source = fs.readFileSync(path.join(POLICY_HTML, file), 'utf8');
      const lines = source.split('\n');
      const messages = linter.lintText(source, file).filter((message) => message.text === expected);
      expect(messages.length, file).toBeGreaterThan(0);
      for (const message of messages) {
        const written = [...lines[message.line - 1]].slice(message.column - 1, message.endColumn - 1).join('');
        expect(written, `${file} ${message.line}:${message.column}`).toBe(expected);
      }
    }
  });

  it('maps every prose character of the real pages back to the character (or entity) it was written as', () => {
    const files = [...fs.readdirSync(GOV_PAGES).filter((name) => name.endsWith('.html')).map((name) => path.join(GOV_PAGES, name)),
      ...fs.readdirSync(path.join(POLICY_HTML, 'html')).slice(0, 20).map((name) => path.join(POLICY_HTML, 'html', name))];
    for (const file of files) {
      const document = parseHtml(fs.readFileSync(file, 'utf8'), file);
      for (let i = 0; i < document.text.length; i++) {
        const char = document.text[i];
        if (char === '\n' || char === ' ' || char === OBJECT_PLACEHOLDER || /[\ud800-\udfff]/.test(char)) continue;
        const written = document.source.slice(...document.sourceRange(i, i + 1));
        if (written !== char) expect(written, `${file} at ${i}: ${char}`).toMatch(/^&[#a-z0-9]+;?$/i);
      }
    }
  });
});

describe('linting HTML pages end to end', () => {
  const article = (pubDate: string, body: string) => `<html><head>
<meta name="ArticleTitle" content="关于土地整治工作的通知">
<meta name="PubDate" content="${pubDate}">
<meta name="contentsource" content="富锦市自然资源局">
</head><body>
<div class="nav"><a href="/">首页</a></div>
<div id="zoom">
${body}
</div>
<div class="footer">主办单位：富锦市人民政府办公室</div>
<div style="display:none"><a href="http://bet365.example.com/">体育投注</a></div>
</body></html>`;

  async function linterFor(rules: string[], html?: Record<string, string[]>) {
    const config = await resolveConfig({ rules: Object.fromEntries(rules.map((id) => [id, 'warning'])), ...(html ? { html } : {}) }, { baseDir: process.cwd() });
    const only = new Map([...config.rules].filter(([id]) => rules.includes(id)));
    return new Linter({ rules: only, settings: config.settings, dictionaries: config.dictionaries, date: '2026-11-20', parse: { html: config.html } });
  }

  it('dates the page by its PubDate meta and names the unit from ContentSource', async () => {
    const linter = await linterFor(['outdated-terms']);
    const body = '<p>　　各乡镇要配合国土资源部门开展土地整治，国土资源部将适时组织检查。</p>';
    const before = linter.lintSource(article('2017-05-13 10:21', body), 'notice.html');
    expect(before.unit).toBe('富锦市自然资源局');
    expect(before.messages.filter((message) => message.ruleId === 'outdated-terms')).toEqual([]);
    const after = linter.lintSource(article('2024-05-13 10:21', body), 'notice.html');
    const [finding] = after.messages.filter((message) => message.ruleId === 'outdated-terms');
    expect(finding).toMatchObject({ line: 8, column: 25, text: '国土资源部' });
  });

  it('reports findings at their place in the HTML source and fixes them there', async () => {
    const linter = await linterFor(['punctuation']);
    const source = article('2024-05-13 10:21', '<p>各乡镇,各部门：</p>\n<p>请于5月20日前报送&ldquo;材料&rdquo;。</p>');
    const messages = linter.lintText(source, 'notice.html');
    const comma = messages.find((message) => message.text === ',');
    expect(comma).toMatchObject({ ruleId: 'punctuation', line: 8, column: 7 });
    const { output } = linter.fixText(source, 'notice.html');
    expect(output).toContain('<p>各乡镇，各部门：</p>');
    expect(output).toContain('&ldquo;材料&rdquo;');
  });

  it('reports a hidden external link outside the content at its href', async () => {
    const linter = await linterFor(['links']);
    const messages = linter.lintText(article('2024-05-13 10:21', '<p>正文内容，长度足够作为页面的主要内容，没有任何链接。</p>'), 'notice.html');
    const hidden = messages.filter((message) => message.ruleId === 'links');
    expect(hidden).toEqual([expect.objectContaining({ line: 11, column: 36, text: 'http://bet365.example.com/', urgency: 'urgent' })]);
  });

  it('passes the html config to the parser', async () => {
    const linter = await linterFor(['placeholders'], { contentSelectors: ['.footer'] });
    const source = article('2024-05-13 10:21', '<p>联系人：XXX，正文里的占位文字不在所选内容之内。</p>').replace('主办单位：富锦市人民政府办公室', '主办单位：XXX 富锦市人民政府办公室信息公开科');
    const messages = linter.lintText(source, 'notice.html');
    expect(messages.map((message) => message.line)).toEqual([10]);
  });

  it('honours cuomin-disable comments in the page', async () => {
    const linter = await linterFor(['placeholders']);
    const body = '<!-- cuomin-disable-next-line placeholders -->\n<p>联系人：XXX，电话待定。</p>\n<p>负责人：XXX。</p>';
    const messages = linter.lintText(article('2024-05-13 10:21', body), 'notice.html');
    expect(messages.map((message) => [message.line, message.text])).toEqual([[10, 'XXX']]);
  });
});
