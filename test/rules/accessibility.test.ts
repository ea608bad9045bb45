import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../rules/accessibility.js';
import { lintHtml } from './html-fixture.js';
import { altTextProblem, normalizeLinkText } from '../../src/links/link-text.js';

const md = 'draft.md';

new RuleTester({ dictionaries: [] }).run('accessibility', rule as never, {
  valid: [
    { filename: md, text: '![3月1日，副市长带队检查春季森林草原防火工作](uploads/2024/0301/fh.jpg)' },
    { filename: md, text: '![富锦市2024年国民经济主要指标示意图](uploads/2024/tjgb.png)', name: 'a described chart' },
    { filename: md, text: '![富锦市人民政府门户网站](logo.png)' },
    {
      filename: md,
      text: '| 序号 | 项目名称 | 金额（万元） |\n| --- | --- | --- |\n| 1 | 农村公路建设 | 1200 |\n| 2 | 高标准农田建设 | 3500 |',
    },
    { filename: md, text: '| | |\n|---|---|\n| | |', name: 'an empty table has nothing to head' },
    { filename: md, text: '请登录[富锦市人民政府门户网站](http://www.fujin.gov.cn/)查询。' },
    { filename: md, text: '全文见[《富锦市2024年春季森林草原防火工作方案》](/zwgk/2024/0301/content_88.html)。' },
    { filename: md, text: '[点击这里查看《关于做好2024年春季森林草原防火工作的通知》全文](/zwgk/content_88.html)', name: 'a vague phrase inside a descriptive text' },
    { filename: md, text: '[![富锦市人民政府门户网站首页](logo.png)](/)', name: 'an image link is named by its alt' },
    { filename: md, text: '[`cuomin`](https://www.gov.cn/)', name: 'a code link text is not empty' },
    '更多详情请点击这里查看，或拨打12345政务服务便民热线。',
    { filename: md, text: '![](a.png)', options: { images: false } },
    { filename: md, text: '[更多](/xwzx/)', options: { linkTexts: false } },
    { filename: md, text: '| | |\n|---|---|\n| 1 | 2 |', options: { tables: false } },
  ],
  invalid: [
    {
      filename: md,
      text: '检查现场如下：\n\n![](uploads/2024/0301/fh.jpg)',
      errors: [{ messageId: 'missingAlt', line: 3, column: 1, text: '![](uploads/2024/0301/fh.jpg)', severity: 'warning', urgency: 'general' }],
    },
    { filename: md, text: '![IMG_2031.jpg](uploads/2024/0301/IMG_2031.jpg)', errors: [{ messageId: 'fileNameAlt' }] },
    { filename: md, text: '![微信图片_20240301093512](uploads/a.jpg)', errors: [{ messageId: 'fileNameAlt' }] },
    { filename: md, text: '![2024年春季防火工作会议.jpg](uploads/a.jpg)', errors: [{ messageId: 'fileNameAlt' }] },
    { filename: md, text: '![图片](uploads/a.jpg) ![image1](uploads/b.jpg) ![  ](uploads/c.jpg)', errors: [{ messageId: 'placeholderAlt' }, { messageId: 'placeholderAlt' }, { messageId: 'missingAlt' }] },
    {
      filename: md,
      text: '| | | |\n|---|---|---|\n| 序号 | 单位名称 | 联系电话 |\n| 1 | 富锦市人民政府办公室 | 0454-2345678 |',
      errors: [{ messageId: 'headerInFirstRow', line: 1, column: 1, text: '| | | |', suggestion: '序号 | 单位名称 | 联系电话' }],
      name: 'a Word table pasted with its heading in the first body row',
    },
    { filename: md, text: '| | |\n|---|---|\n| 1 | 2024年 |', errors: [{ messageId: 'noTableHeader', text: '| | |' }] },
    {
      filename: md,
      text: '详见[点击这里](https://www.gov.cn/zhengce/content/2022-02/11/content_5673082.htm)。',
      errors: [{ messageId: 'vagueLinkText', line: 1, column: 4, text: '点击这里', severity: 'warning' }],
    },
    { filename: md, text: '## 通知公告 [更多>>](/tzgg/)', errors: [{ messageId: 'vagueLinkText', text: '更多>>' }] },
    {
      filename: md,
      text: '[详情](/zwgk/content_88.html "富锦市2024年春季森林草原防火工作方案")',
      errors: [{ messageId: 'vagueLinkText', text: '详情', suggestion: '富锦市2024年春季森林草原防火工作方案' }],
      name: 'the title attribute names the target',
    },
    { filename: md, text: '[【此处】](/a) [Click here](/b) [more...](/c)', errors: [{ text: '【此处】' }, { text: 'Click here' }, { text: 'more...' }] },
    { filename: md, text: '[下载](/a.doc)', options: { extraVagueLinkTexts: ['下载'] }, errors: [{ messageId: 'vagueLinkText' }] },
    { filename: md, text: '附件：[](/attach/2024/fj1.doc)', errors: [{ messageId: 'emptyLinkText', text: '[](/attach/2024/fj1.doc)' }] },
  ],
});

describe('accessibility: HTML pages', () => {
  it('reports an <img> without alt, and not one with alt="" (decorative)', () => {
    const html = '<div><p><img src="/images/2024/fh.jpg"> <img src="/images/line.gif" alt=""> <img src="/images/hy.jpg" alt="春季防火工作会议现场"></p></div>';
    const messages = lintHtml('accessibility', rule as never, html);
    expect(messages.map((message) => [message.text, message.message])).toEqual([
      ['<img src="/images/2024/fh.jpg">', '图片缺少替代文字（alt），视障读者无法得知图片内容；请用一句话说明图片内容'],
    ]);
  });

  it('reports a data table without <th>, and not a table with a header, a key-value form or a layout table', () => {
    const noHeader = '<table><tr><td>序号</td><td>单位</td><td>电话</td></tr><tr><td>1</td><td>市政府办公室</td><td>0454-2345678</td></tr></table>';
    const withHeader = '<table><tr><th>序号</th><th>单位</th></tr><tr><td>1</td><td>市政府办公室</td></tr><tr><td>2</td><td>市营商局</td></tr></table>';
    const keyValue = '<table><tr><td><b>索 引 号：</b></td><td>000014349/2018-00204</td><td><b>主题分类：</b></td><td>综合政务\\政务公开</td></tr>' +
      '<tr><td><b>发文机关：</b></td><td>国务院办公厅</td><td><b>成文日期：</b></td><td>2018年10月27日</td></tr></table>';
    const layout = '<table role="presentation"><tr><td>首页</td><td>政务公开</td></tr><tr><td>政务服务</td><td>互动交流</td></tr></table>';
    const messages = lintHtml('accessibility', rule as never, noHeader + withHeader + keyValue + layout);
    expect(messages.map((message) => [message.message, message.column])).toEqual([['表格没有表头，第一行“序号 | 单位 | 电话”似应设为表头，读屏软件才能说明各列内容', 1]]);
  });

  it('reports vague text of visible links only', () => {
    const html = '<div><h2>通知公告</h2><a href="/tzgg/">更多>></a><ul style="display:none"><li><a href="/a/" style="display:none">更多</a></li></ul></div>';
    const messages = lintHtml('accessibility', rule as never, html);
    expect(messages.map((message) => message.text)).toEqual(['更多>>']);
  });

  it('does not call an image-only link empty', () => {
    const html = '<p><a href="/"><img src="logo.png" alt="富锦市人民政府门户网站首页"></a></p>';
    expect(lintHtml('accessibility', rule as never, html)).toEqual([]);
  });
});

describe('accessibility: helpers', () => {
  it('normalises decorated link texts', () => {
    expect(['更多>>', '>>更多', '【详情】', '[点击这里]', 'Read More…', ' 更多 + '].map(normalizeLinkText)).toEqual(['更多', '更多', '详情', '点击这里', 'read more', '更多']);
  });
  it('classifies alternative texts', () => {
    expect(['', 'DSC00012', 'IMG_2031.JPG', 'mmexport1690000000000', '图片2', 'logo', '春季防火工作会议现场', '2024年预算表'].map(altTextProblem)).toEqual([
      'missing', 'fileName', 'fileName', 'fileName', 'placeholder', 'placeholder', undefined, undefined,
    ]);
  });
});
