import { linkTarget } from '../../src/site/link-target.js';

const site = { baseUrl: 'https://www.fujin.gov.cn/', hosts: ['fujin.gov.cn'] };

describe('linkTarget', () => {
  it.each([
    ['relative to the page', '../tzgg/202603/t20260310_870.html', 'xwzx/202611/a.html', 'xwzx/tzgg/202603/t20260310_870.html'],
    ['relative, two levels up', '../../tzgg/index.html', 'xwzx/202611/a.html', 'tzgg/index.html'],
    ['root-relative', '/zcwj/202609/t20260915_960.html', 'xwzx/202611/a.html', 'zcwj/202609/t20260915_960.html'],
    ['a folder means its index page', '/xwzx/', 'index.html', 'xwzx/index.html'],
    ['absolute to the portal', 'https://www.fujin.gov.cn/xwzx/index.html?id=3#top', 'index.html', 'xwzx/index.html'],
    ['absolute to another configured host, http', 'http://fujin.gov.cn/rsxx/', 'index.html', 'rsxx/index.html'],
    ['percent-encoded Chinese file name', '/files/%E9%80%9A%E7%9F%A5.pdf', 'index.html', 'files/通知.pdf'],
    ['the site root', 'https://www.fujin.gov.cn', 'xwzx/index.html', 'index.html'],
  ])('%s', (_name, href, from, expected) => {
    expect(linkTarget(href, from, site)).toBe(expected);
  });

  it.each([
    ['another government site', 'https://www.gov.cn/zhengce/index.htm'],
    ['an in-page anchor', '#content'],
    ['mail', 'mailto:fjzfb@fujin.gov.cn'],
    ['phone', 'tel:0454-2345678'],
    ['script', 'javascript:void(0)'],
    ['empty', '  '],
  ])('has no target for %s', (_name, href) => {
    expect(linkTarget(href, 'xwzx/index.html', site)).toBeUndefined();
  });

  it('treats every absolute link as external when no base URL is configured, and relative ones as internal', () => {
    expect(linkTarget('https://www.fujin.gov.cn/xwzx/', 'index.html', { hosts: [] })).toBeUndefined();
    expect(linkTarget('xwzx/202611/t1.html', 'index.html', { hosts: [] })).toBe('xwzx/202611/t1.html');
  });

  it('keeps a site under a sub-path to that path', () => {
    const sub = { baseUrl: 'https://www.example.gov.cn/fujin/', hosts: [] };
    expect(linkTarget('/fujin/xwzx/', 'index.html', sub)).toBe('xwzx/index.html');
    expect(linkTarget('/other/', 'index.html', sub)).toBeUndefined();
  });
});
