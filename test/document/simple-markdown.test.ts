import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSimpleMarkdown } from '../../src/document/simple-markdown.js';
import { parseMarkdown, parseMarkdownWithRemark } from '../../src/document/parse-markdown.js';
import type { CuominDocument } from '../../src/document/types.js';

const LAWS = '/work/shared/corpus/clean/laws';

/** Everything a rule can read of a document, including the source offset of every prose position. */
function observable(document: CuominDocument): unknown {
  const offsets = Array.from({ length: document.text.length + 1 }, (_, index) => document.toSourceOffset(index));
  const ranges = Array.from({ length: document.text.length }, (_, index) => document.sourceRange(index, index + 1));
  const { text, blocks, metadata, metadataLocations, metadataRange, links, images, tables, directives } = document;
  return { text, blocks, metadata, metadataLocations, metadataRange, links, images, tables, directives, offsets, ranges };
}

function outcome(parse: () => CuominDocument): unknown {
  try {
    return observable(parse());
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function expectSameAsRemark(source: string): void {
  expect(outcome(() => parseMarkdown(source, 'x.md'))).toEqual(outcome(() => parseMarkdownWithRemark(source, 'x.md')));
}

const law = `---
bookHidden: true
---

# 中华人民共和国行政诉讼法 <!-- 标题 -->

2017年6月27日 第十二届全国人民代表大会常务委员会第二十八次会议《关于修改<中华人民共和国民事诉讼法>和<中华人民共和国行政诉讼法>的决定》第二次修正

<!-- INFO END -->

## 第一章 总则

第一条 为保证人民法院公正、及时审理行政案件，解决行政争议，
保护公民、法人和其他组织的合法权益，制定本法。

第二条 公民、法人或者其他组织认为行政机关和行政机关工作人员的行政行为侵犯其合法权益，有权依照本法向人民法院提起诉讼。
<!-- cuomin-disable-next-line punctuation -->
第三条 人民法院应当保障公民、法人和其他组织的起诉权利,对应当受理的行政案件依法受理。
`;

describe('parseSimpleMarkdown', () => {
  it('reads a law as remark does: front matter, headings, paragraphs, comment blocks and inline comments', () => {
    const tree = parseSimpleMarkdown(law);
    expect(tree?.children.map((node) => node.type)).toEqual(['yaml', 'heading', 'paragraph', 'html', 'heading', 'paragraph', 'paragraph', 'html', 'paragraph']);
    expectSameAsRemark(law);
    const document = parseMarkdown(law, 'law.md');
    expect(document.metadata).toEqual({ bookHidden: true });
    expect(document.directives).toEqual([{ kind: 'disable-next-line', line: 17, ruleIds: ['punctuation'] }]);
    expect(document.blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph']);
  });

  it.each([
    ['a list', '第一段\n\n- 第一项\n- 第二项\n'],
    ['an ordered list', '1. 第一项\n2. 第二项\n'],
    ['a table', '| 姓名 | 职务 |\n| --- | --- |\n| 王晓明 | 副市长 |\n'],
    ['emphasis', '这是**重点**工作。\n'],
    ['a link', '详见[通知原文](https://www.gov.cn/a.html)。\n'],
    ['a bare URL', '访问 https://www.gov.cn/ 了解详情。\n'],
    ['an e-mail address', '来信请寄 office@fujin.gov.cn 。\n'],
    ['inline code', '运行`npm test`即可。\n'],
    ['an entity', '价格&amp;折扣\n'],
    ['an escape', '价格 \\* 折扣\n'],
    ['a hard break (two trailing spaces)', '第一行  \n第二行\n'],
    ['a setext heading', '标题\n===\n'],
    ['a thematic break', '第一段\n\n---\n\n第二段\n'],
    ['a block quote', '> 引用的内容。\n'],
    ['a fenced code block', '```\n代码\n```\n'],
    ['an indented line', '第一段\n\n    缩进代码\n'],
    ['raw HTML', '<div>正文</div>\n'],
    ['a heading with a closing sequence', '# 标题 #\n'],
    ['an empty heading', '#\n\n正文\n'],
    ['Windows line endings', '第一段\r\n\r\n第二段\r\n'],
    ['a front matter never closed', '---\ntitle: 通知\n\n正文\n'],
    ['a comment never closed', '<!-- 备注\n\n正文\n'],
  ])('leaves %s to remark', (_name, source) => {
    expect(parseSimpleMarkdown(source)).toBeUndefined();
    expect(parseMarkdown(source, 'x.md').text).toBe(parseMarkdownWithRemark(source, 'x.md').text);
  });

  it('reads "<" and "&" before Chinese characters as text', () => {
    const source = '《关于修改<中华人民共和国法官法>等八部法律的决定》& 附件\n';
    expect(parseSimpleMarkdown(source)).toBeDefined();
    expectSameAsRemark(source);
    expect(parseMarkdown(source, 'x.md').text).toBe(source.trimEnd());
  });

  it('reports a broken front matter as remark reading does', () => {
    const source = '---\ntitle: [未闭合\n---\n\n正文\n';
    expect(parseSimpleMarkdown(source)).toBeDefined();
    expect(() => parseMarkdown(source, 'x.md')).toThrow(/YAML/u);
    expectSameAsRemark(source);
  });

  const pieces = [
    '第一条', '为了规范', '政府网站', '，', '。', '、', '《', '》', 'English', ' ', '  ', '\t', '\u3000', '1', '2021年',
    '#', '# ', '## ', '####### ', '<!--', '-->', '<!-- 注 -->', '<!-- cuomin-disable-line punctuation -->', '<中华>', '&', '&amp;',
    '-', '- ', '---', '===', '*', '_', '1. ', '2) ', '>', '|', '`', '[', ']', '\\', '~', 'www.', '@', '---\n', '\n', '\n\n',
  ];
  const documents = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

  it('reads every document it accepts exactly as remark does (generated documents)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(documents, (source) => {
        if (!parseSimpleMarkdown(source)) return;
        accepted++;
        expectSameAsRemark(source);
      }),
      { numRuns: 4000 },
    );
    expect(accepted).toBeGreaterThan(400);
  });

  it('reads every document it accepts exactly as remark does (fixtures)', () => {
    const files = fs.readdirSync('fixtures', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const source = fs.readFileSync(path.join('fixtures', file), 'utf8').replace(/^\uFEFF/u, '');
      if (parseSimpleMarkdown(source)) expectSameAsRemark(source);
    }
  });

  it.skipIf(!fs.existsSync(LAWS))('accepts nearly every law and reads each exactly as remark does (sample of the laws corpus)', () => {
    const files = (fs.readdirSync(LAWS, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => file.endsWith('.md')).sort();
    const sample = files.filter((_, index) => index % 25 === 0);
    let accepted = 0;
    for (const file of sample) {
      const source = fs.readFileSync(path.join(LAWS, file), 'utf8');
      if (!parseSimpleMarkdown(source)) continue;
      accepted++;
      expectSameAsRemark(source);
    }
    expect(accepted / sample.length).toBeGreaterThan(0.95);
  });
});
