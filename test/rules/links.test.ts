import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../rules/links.js';
import { lintHtml } from './html-fixture.js';
import { checkUrlSyntax } from '../../src/links/url-syntax.js';
import { isLookalikeGovernmentHost, isPrivateHost } from '../../src/links/domains.js';
import { trimAtChineseText } from '../../src/links/url-occurrences.js';

const md = 'draft.md';

new RuleTester({ dictionaries: [] }).run('links', rule as never, {
  valid: [
    // Links to government sites, as gov.cn pages write them.
    { filename: md, text: '[国务院关于印发“十四五”推进农业农村现代化规划的通知](https://www.gov.cn/zhengce/content/2022-02/11/content_5673082.htm)' },
    { filename: md, text: '[富锦市2024年政府信息公开工作年度报告](http://www.fujin.gov.cn/uploadfiles/2025/01/富锦市2024年政府信息公开工作年度报告.pdf)', name: 'Chinese file name in the path' },
    { filename: md, text: '[黑龙江省人民政府](http://www.hlj.gov.cn/) [国家发展改革委](http://www.ndrc.gov.cn/) [English](https://english.www.gov.cn/)' },
    { filename: md, text: '[党政机关网站标识](http://bszs.conac.cn/sitename?method=show&id=081D1D6883441A53E053012819AC0DAA) [黑ICP备05001364号](https://beian.miit.gov.cn/)', name: 'site identity links in a footer' },
    { filename: md, text: '[人民网](http://www.people.com.cn/) | [新华网](http://www.xinhuanet.com) | [央视网](https://www.cctv.com/) | [求是网](http://www.qstheory.cn/)', name: 'central state media' },
    { filename: md, text: '[香港](http://www.gov.hk/sc/residents/) [美国国家航空航天局（NASA）](http://www.nasa.gov/) [欧洲航天局官网（ESA）](https://www.esa.int/ESA)', name: 'Hong Kong and foreign government sites' },
    { filename: md, text: '访问 http://中国政府网.政务 了解政务服务。', name: 'a Chinese domain name under .政务' },
    // Relative, in-page, mail, phone and script links are not "non-government".
    { filename: md, text: '[附件1：2024年度部门预算公开表](/attach/2024/0301/附件1.xls) [返回顶部](#top) [网站地图](../wzdt/index.html)' },
    { filename: md, text: '[联系我们](mailto:fjszfb@163.com) [服务热线](tel:0454-12345) [打印本页](javascript:window.print()) [关闭窗口](javascript:;)' },
    { filename: md, text: '[索引号](/zhengce/content/2019-02/15/content_5365945.htm#)' },
    // Bare URLs where the address is the information itself.
    { filename: md, text: '网址：<http://www.fujin.gov.cn/>', name: 'a labelled address' },
    { filename: md, text: '原文链接：http://www.heilongjiang.gov.cn/hlj/c107856/202401/c00_31700000.shtml', name: 'a labelled deep link' },
    { filename: md, text: '中国政府网（http://www.gov.cn/zhengce/zuixin.htm）发布了最新政策。', options: { httpsHosts: [] }, name: 'an address in brackets after the site name' },
    { filename: md, text: '详情请登录“信用中国”网站（www.creditchina.gov.cn）查询。' },
    { filename: md, text: '- https://www.gov.cn/zhengce/content/2021-01/05/content_5577007.htm', name: 'not Chinese prose' },
    '（二）登录国家安全机关互联网举报受理平台网站www.12339.gov.cn；',
    { text: '请登录中国政府网 www.gov.cn 查询。', name: 'a bare www. address says nothing about http' },
    { filename: md, text: '请登录中国政府网 www.gov.cn 查询。' },
    '支持 HTTP/1.1 协议，兼容http/https两种访问方式。',
    '来信请寄：富锦市人民政府办公室，邮箱：fjszfb@163.com。',
    { text: '详见中国政府网：http://www.gov.cn/zhengce/', options: { httpsHosts: [] }, name: 'http:// is fine when the host is not known to serve https' },
    // Options.
    { filename: md, text: '[富锦发布](https://www.fujinfabu.com/)', options: { extraAllowedDomains: ['fujinfabu.com'] } },
    { filename: md, text: '[百度地图](https://map.baidu.com/)', options: { reportExternal: false } },
    { filename: md, text: '[本站](http://www.fujin.gov.cn/a) [本站](https://www.fujin.gov.cn/b)', options: { inferHttps: false } },
    { filename: md, text: '详见http://www.fujin.gov.cn/zwgk/2024/content_88.html。', options: { bareUrlText: false } },
  ],
  invalid: [
    // Malformed targets.
    {
      filename: md,
      text: '[中国政府网](htp://www.gov.cn/)',
      errors: [{ messageId: 'schemeTypo', line: 1, column: 9, text: 'htp://www.gov.cn/', suggestion: 'http://www.gov.cn/', severity: 'warning', urgency: 'general' }],
    },
    { filename: md, text: '[省政府](http:/www.hlj.gov.cn/)', errors: [{ messageId: 'slashes', text: 'http:/www.hlj.gov.cn/', suggestion: 'http://www.hlj.gov.cn/' }] },
    { filename: md, text: '[省政府](http//www.hlj.gov.cn/)', errors: [{ messageId: 'schemeTypo', suggestion: 'http://www.hlj.gov.cn/' }] },
    { filename: md, text: '[省政府](http://http://www.hlj.gov.cn/)', errors: [{ messageId: 'doubleScheme', suggestion: 'http://www.hlj.gov.cn/' }] },
    { filename: md, text: '[办事指南](http://)', errors: [{ messageId: 'emptyHost', text: 'http://' }] },
    { filename: md, text: '[办事指南]()', errors: [{ messageId: 'emptyUrl', text: '[办事指南]()' }] },
    { filename: md, text: '[通知](<http://www.fujin.gov. cn/zwgk/>)', errors: [{ messageId: 'whitespace', suggestion: 'http://www.fujin.gov.cn/zwgk/' }] },
    { filename: md, text: '[通知](ｈｔｔｐ://www.fujin.gov.cn/)', errors: [{ messageId: 'fullWidth', text: 'ｈｔｔｐ://www.fujin.gov.cn/', suggestion: 'http://www.fujin.gov.cn/' }] },
    { filename: md, text: '[通知](http://www.fujin.gov。cn/)', errors: [{ messageId: 'fullWidth', suggestion: 'http://www.fujin.gov.cn/' }] },
    { filename: md, text: '[通知](http://www.fujin,gov.cn/)', errors: [{ messageId: 'badHost', suggestion: 'http://www.fujin.gov.cn/' }] },
    { filename: md, text: '[通知](http://www..fujin.gov.cn/)', errors: [{ messageId: 'badHost' }] },
    { filename: md, text: '[通知](<http://www.fujin.gov.cn/zwgk/(2024>)', errors: [{ messageId: 'unbalanced' }] },
    { filename: md, text: '[通知](http://www.fujin.gov.cn/{$url})', errors: [{ messageId: 'invalidCharacter' }], name: 'an unreplaced template variable' },
    { filename: md, text: '[附件](<C:\\Users\\admin\\Desktop\\附件1.doc>)', errors: [{ messageId: 'localFile' }] },
    { filename: md, text: '[附件](file:///D:/公文/附件1.doc)', errors: [{ messageId: 'localFile' }] },
    { filename: md, text: '[中国政府网](www.gov.cn)', errors: [{ messageId: 'missingScheme', suggestion: 'http://www.gov.cn' }] },
    { filename: md, text: '[邮箱](mailto:fjszfb163.com)', errors: [{ messageId: 'badMailto' }] },
    { filename: md, text: '[中国政府网](http://www.gov.cn@bet.example.com/)', errors: [{ messageId: 'userinfo' }] },
    // Broken URLs in plain prose, which no parser recognised as URLs.
    {
      text: '网址：ｗｗｗ．ｆｕｊｉｎ．ｇｏｖ．ｃｎ',
      errors: [{ messageId: 'fullWidth', column: 4, text: 'ｗｗｗ．ｆｕｊｉｎ．ｇｏｖ．ｃｎ', suggestion: 'www.fujin.gov.cn' }],
      output: '网址：www.fujin.gov.cn',
    },
    { text: '网址：www.fujin.gov。cn，欢迎访问。', errors: [{ messageId: 'fullWidth', text: 'www.fujin.gov。cn', suggestion: 'www.fujin.gov.cn' }], output: null },
    { text: '网址：htp://www.fujin.gov.cn', errors: [{ messageId: 'schemeTypo', text: 'htp://www.fujin.gov.cn', suggestion: 'http://www.fujin.gov.cn' }] },
    { text: '网址：http：//www.fujin.gov.cn', errors: [{ messageId: 'fullWidth', text: 'http：//www.fujin.gov.cn', suggestion: 'http://www.fujin.gov.cn' }] },
    { text: '网址：http://（待补充）', errors: [{ messageId: 'emptyHost', text: 'http://' }] },
    // Hosts.
    {
      filename: md,
      text: '[百度地图](https://map.baidu.com/)',
      errors: [{ messageId: 'externalDomain', text: 'https://map.baidu.com/', severity: 'info', urgency: 'general' }],
    },
    { text: '请访问http://www.example.com/查询。', errors: [{ messageId: 'externalDomain', text: 'http://www.example.com/', severity: 'info' }] },
    { filename: md, text: '[办公系统](http://192.168.10.5/oa/)', errors: [{ messageId: 'privateHost', severity: 'warning' }] },
    { filename: md, text: '[办公系统](http://oa/login)', errors: [{ messageId: 'privateHost' }] },
    {
      filename: md,
      text: '[富锦市人民政府](http://www.fujin-gov.cn/)',
      errors: [{ messageId: 'lookalikeDomain', severity: 'warning', urgency: 'urgent' }],
      name: 'a domain dressed up as a government one',
    },
    { filename: md, text: '[国务院](http://www.gov.cn.example.com/)', errors: [{ messageId: 'lookalikeDomain' }] },
    { filename: md, text: '[台湾地区“行政院”](https://www.ey.gov.tw/)', errors: [{ messageId: 'externalDomain' }], name: 'gov.tw is not a government domain here' },
    { filename: md, text: '[人民网](http://www.people.com.cn/)', options: { allowedDomains: ['gov.cn'] }, errors: [{ messageId: 'externalDomain' }] },
    // http:// to hosts that serve https.
    {
      filename: md,
      text: '[国务院政策文件库](http://www.gov.cn/zhengce/zhengcewenjianku/)',
      errors: [{ messageId: 'preferHttps', column: 12, suggestion: 'https://www.gov.cn/zhengce/zhengcewenjianku/', severity: 'warning' }],
      output: null,
    },
    {
      filename: md,
      text: '[政务公开](http://zwgk.fujin.gov.cn/)',
      options: { httpsHosts: ['*.fujin.gov.cn'] },
      errors: [{ messageId: 'preferHttps', suggestion: 'https://zwgk.fujin.gov.cn/' }],
    },
    {
      filename: md,
      text: '[通知](http://www.fujin.gov.cn/a.html)和[公告](https://www.fujin.gov.cn/b.html)',
      errors: [{ messageId: 'preferHttps', text: 'http://www.fujin.gov.cn/a.html', suggestion: 'https://www.fujin.gov.cn/a.html' }],
      name: 'the same page links to the host with https',
    },
    // Bare URLs as link text in Chinese prose.
    {
      filename: md,
      text: '具体办法详见http://www.fujin.gov.cn/zwgk/2024/content_88.html，请各单位遵照执行。',
      errors: [{ messageId: 'bareUrlText', column: 7, text: 'http://www.fujin.gov.cn/zwgk/2024/content_88.html', severity: 'info', urgency: 'general' }],
      name: 'a GFM autolink runs on into the Chinese text; the URL ends where the Chinese starts',
    },
    { filename: md, text: '全文见[https://www.hlj.gov.cn/hlj/c107856/202401/c00_317.shtml](https://www.hlj.gov.cn/hlj/c107856/202401/c00_317.shtml)。', errors: [{ messageId: 'bareUrlText' }] },
    {
      filename: md,
      text: '请登录[www.gov.cn](http://bet.example.com/)查询。',
      errors: [{ messageId: 'externalDomain' }, { messageId: 'textUrlMismatch', severity: 'warning' }],
      name: 'link text showing one site, target another',
    },
  ],
});

describe('links: hidden links in HTML pages (暗链)', () => {
  const page = (body: string) => `<div class="footer"><p>主办：富锦市人民政府办公室</p>${body}</div>`;

  it.each([
    ['display:none', '<div style="display:none"><a href="http://www.bet-example.com/" style="display:none">澳门博彩</a></div>', 'display:none'],
    ['visibility:hidden', '<a href="https://bet.example.com/" style="visibility: hidden">体育投注</a>', 'visibility:hidden'],
    ['zero size', '<a href="http://casino.example.net/" style="font-size:0">在线娱乐</a>', '尺寸为零'],
    ['off-screen', '<a href="http://www.example.xyz/" style="position:absolute;left:-9999px">代开发票</a>', '移出可视区域'],
    ['same colour', '<a href="http://www.example.top/" style="color:#fff;background:#fff">私服</a>', '文字与背景同色'],
  ])('reports a hidden external link (%s) as error, urgent', (_name, html, reason) => {
    const messages = lintHtml('links', rule as never, page(html));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ severity: 'error', urgency: 'urgent', category: 'mistake' });
    expect(messages[0].message).toContain(reason);
    expect(messages[0].message).toMatch(/^隐藏的外部链接/);
  });

  it('places the finding on the hidden link target', () => {
    const html = page('<a href="http://www.bet-example.com/" style="display:none">澳门博彩</a>');
    const [message] = lintHtml('links', rule as never, html);
    expect(message.text).toBe('http://www.bet-example.com/');
    expect(message.column).toBe(html.indexOf('http://www.bet-example.com/') + 1);
  });

  it('stays silent on hidden menus, tabs and skip links to the site itself', () => {
    const html = page(
      '<ul class="submenu" style="display:none"><li><a href="/zwgk/">政务公开</a></li><li><a href="http://zwfw.fujin.gov.cn/">政务服务</a></li></ul>' +
        '<div class="tab" style="display:none"><a href="https://www.gov.cn/zhengce/content/2024-01/05/content_6924245.htm">国务院关于进一步优化政务服务提升行政效能的意见</a></div>' +
        '<a href="#main" style="position:absolute;left:-9999px">跳转到主要内容</a>',
    );
    // The fixture marks those links hidden, as the parser will.
    expect(lintHtml('links', rule as never, html)).toEqual([]);
  });

  it('stays silent on hidden page furniture: CMS vendor credits, share panels, the 找错 platform', () => {
    // Markup as it stands on fgw.zj.gov.cn and www.cmse.gov.cn (/work/shared/corpus/clean/gov-pages).
    const html = page(
      '<a href="http://www.hanweb.com" style="display:none">Produced By 大汉网络 大汉版通发布系统</a>' +
        '<div id="bsPanel" style="display:none;"><div class="bsTitle"><a class="bsSiteLink" target="_blank" href="http://www.bshare.cn/intro">分享到</a></div></div>' +
        '<a style="display:none;" href="http://121.43.68.40/exposure/jiucuo.html?site_code=3300000020&amp;url=http%3A%2F%2Fwww.zjdpc.gov.cn%2F" target="_blank">我为政府网站找错</a>',
    );
    expect(lintHtml('links', rule as never, html)).toEqual([]);
    const strict = lintHtml('links', rule as never, html, { hiddenLinkDomains: [] });
    expect(strict.map((message) => message.severity)).toEqual(['error', 'error']);
  });

  it('reports hidden links to the site itself too with hiddenLinks: all', () => {
    const html = page('<a href="/zwgk/" style="display:none">政务公开</a>');
    const messages = lintHtml('links', rule as never, html, { hiddenLinks: 'all' });
    expect(messages.map((message) => message.severity)).toEqual(['error']);
  });

  it('checks visible links of a page like Markdown ones', () => {
    const html = page('<p>友情链接：<a href="http://www.people.com.cn/">人民网</a> <a href="https://www.baidu.com/">百度</a> <a href="htp://www.hlj.gov.cn/">黑龙江省人民政府</a></p>');
    const messages = lintHtml('links', rule as never, html);
    expect(messages.map((message) => [message.text, message.severity])).toEqual([
      ['https://www.baidu.com/', 'info'],
      ['htp://www.hlj.gov.cn/', 'warning'],
    ]);
  });
});

describe('links: URL syntax', () => {
  it.each([
    ['https://www.gov.cn/zhengce/content/2022-02/11/content_5673082.htm', undefined],
    ['http://www.fujin.gov.cn:8080/zwgk/index.html?id=12&type=2#top', undefined],
    ['http://中国政府网.政务/', undefined],
    ['//www.gov.cn/', undefined],
    ['/attach/附件（一）.doc', undefined],
    ['javascript:void(0);', undefined],
    ['tel:12345', undefined],
    ['http://www.fujin.gov.cn/zwgk/\n      2024/content_88.html', 'whitespace'],
    ['http://www.fujin.gov.cn/zwgk/\n2024/content_88.html', undefined],
    ['hppt://www.gov.cn/', 'schemeTypo'],
    ['htttps://www.gov.cn/', 'schemeTypo'],
    ['http:///www.gov.cn/', 'slashes'],
    ['http:\\\\www.gov.cn\\a', 'backslash'],
    ['http://www.gov.123/', 'badHost'],
    ['http://-www.gov.cn/', 'badHost'],
    ['http://www.gov.cn:99999/', 'badHost'],
    ['http://www.gov.cn/"target=', 'invalidCharacter'],
  ])('%s → %s', (url, problem) => {
    expect(checkUrlSyntax(url)?.id).toBe(problem);
  });

  it('ends a bare URL where Chinese text starts, keeping a Chinese host and full-width dots between ASCII labels', () => {
    expect(trimAtChineseText('http://www.gov.cn/a.htm。谢谢')).toBe('http://www.gov.cn/a.htm');
    expect(trimAtChineseText('www.gov.cn，电话：www.fujin.gov.cn。')).toBe('www.gov.cn');
    expect(trimAtChineseText('http://中国政府网.政务了解')).toBe('http://中国政府网.政务');
    expect(trimAtChineseText('http://www.gov。cn/a）')).toBe('http://www.gov。cn/a');
  });

  it('knows look-alike and intranet hosts', () => {
    expect(['www.fujin-gov.cn', 'gov-cn.net', 'fujin-govcn.com', 'www.gov.cn.example.com'].map(isLookalikeGovernmentHost)).toEqual([true, true, true, true]);
    expect(['www.fujin.gov.cn', 'www.nasa.gov', 'www.govcloud.com', 'www.sxgov.cn', 'www.example.com'].map(isLookalikeGovernmentHost)).toEqual([false, false, false, false, false]);
    expect(['localhost', '10.1.2.3', '172.20.0.1', 'oa', 'intranet.local'].map(isPrivateHost)).toEqual([true, true, true, true, true]);
    expect(['172.32.0.1', 'www.gov.cn', '203.192.6.89'].map(isPrivateHost)).toEqual([false, false, false]);
  });
});
