import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/document/parse-markdown.js';
import { OBJECT_PLACEHOLDER } from '../../src/document/types.js';

const draft = `---
title: 我市召开防汛工作推进会
date: 2026-11-20
unit: 富锦市水务局
---

# 我市召开防汛工作推进会

11月20日，市政府召开会议，详见[通知原文](https://www.fujin.gov.cn/a.html)。运行\`npm test\`即可。

- 第一项工作
- 第二项 **重点** 工作

| 姓名 | 职务 |
| ---- | ---- |
| 王晓明 | 副市长 |

\`\`\`
代码块里的，逗号不检查
\`\`\`

> 引用的内容。

联系邮箱 office@fujin.gov.cn 或访问 https://www.gov.cn/ 。
`;

describe('parseMarkdown', () => {
  const document = parseMarkdown(draft, 'news.md');

  it('reads front matter as metadata', () => {
    expect(document.metadata).toMatchObject({ title: '我市召开防汛工作推进会', unit: '富锦市水务局' });
    expect(String(document.metadata.date)).toContain('2026-11-20');
  });

  it('keeps prose and leaves out code, URLs and markup', () => {
    expect(document.text).toContain('我市召开防汛工作推进会');
    expect(document.text).toContain('详见通知原文。');
    expect(document.text).toContain(`运行${OBJECT_PLACEHOLDER}即可`);
    expect(document.text).not.toContain('代码块');
    expect(document.text).not.toContain('https');
    expect(document.text).not.toContain('office@');
    expect(document.text).not.toContain('**');
    expect(document.text).not.toContain('title:');
  });

  it('records the structure', () => {
    const kinds = document.blocks.map((block) => block.kind);
    expect(kinds).toEqual(['heading', 'paragraph', 'listItem', 'listItem', 'tableCell', 'tableCell', 'tableCell', 'tableCell', 'blockquote', 'paragraph']);
    expect(document.blocks[0].depth).toBe(1);
    expect(document.links.map((link) => link.url)).toContain('https://www.fujin.gov.cn/a.html');
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table.header.map((cell) => document.text.slice(cell.start, cell.end))).toEqual(['姓名', '职务']);
    expect(table.rows[0].map((cell) => document.text.slice(cell.start, cell.end))).toEqual(['王晓明', '副市长']);
  });

  it('maps every prose character back to the same character in the source', () => {
    for (let offset = 0; offset < document.text.length; offset++) {
      const char = document.text[offset];
      if (char === '\n' || char === OBJECT_PLACEHOLDER) continue;
      expect(document.source[document.toSourceOffset(offset)], `prose offset ${offset}`).toBe(char);
    }
  });

  it('gives 1-based lines and code-point columns', () => {
    const offset = document.text.indexOf('重点');
    const [start] = document.sourceRange(offset, offset + 2);
    expect(document.sourcePosition(start)).toEqual({ line: 12, column: 9 });
  });

  it('maps escaped characters and entities to their source', () => {
    const escaped = parseMarkdown('价格 \\* 折扣&amp;优惠', 'x.md');
    expect(escaped.text).toBe('价格 * 折扣&优惠');
    expect(escaped.source[escaped.toSourceOffset(escaped.text.indexOf('*'))]).toBe('*');
    expect(escaped.isExactRange(0, 2)).toBe(true);
    const amp = escaped.text.indexOf('&');
    expect(escaped.isExactRange(amp, amp + 1)).toBe(true);
    expect(escaped.isExactRange(amp, amp + 2)).toBe(false);
  });

  it('reads disable directives with their lines', () => {
    const doc = parseMarkdown('第一段\n\n<!-- cuomin-disable-next-line punctuation placeholders -->\n第二段\n\n<!-- cuomin-disable -->\n\n第三段\n\n<!-- cuomin-enable -->\n', 'x.md');
    expect(doc.directives).toEqual([
      { kind: 'disable-next-line', line: 3, ruleIds: ['punctuation', 'placeholders'] },
      { kind: 'disable', line: 6, ruleIds: [] },
      { kind: 'enable', line: 10, ruleIds: [] },
    ]);
  });

  it('keeps the marker of ordered list items', () => {
    const doc = parseMarkdown('1. 第一项\n2. 第二项\n', 'x.md');
    expect(doc.blocks.map((block) => block.listMarker)).toEqual(['1.', '2.']);
    expect(doc.text).toBe('第一项\n第二项');
  });
});

describe('soft line breaks', () => {
  it('joins Chinese lines of one paragraph and keeps positions exact', () => {
    const document = parseMarkdown('完善体制机\n  智，推动\n发展。\nEnglish words\nhere', 'x.md');
    expect(document.text).toBe('完善体制机智，推动发展。\nEnglish words\nhere');
    const offset = document.text.indexOf('智');
    expect(document.sourcePosition(document.toSourceOffset(offset))).toEqual({ line: 2, column: 3 });
    expect(document.isExactRange(offset - 1, offset + 1)).toBe(false);
    expect(document.isExactRange(offset, offset + 1)).toBe(true);
  });
});

describe('raw HTML blocks', () => {
  it('reads their text as prose, at its source position, without tags, comments, scripts or styles', () => {
    const document = parseMarkdown('# 标题\n\n<div class="note">\n<p>请XXX单位&amp;部门报送</p>\n<script>var a = "XXX";</script>\n</div>\n', 'x.md');
    expect(document.text).toBe('标题\n请XXX单位&部门报送');
    const offset = document.text.indexOf('XXX');
    expect(document.sourcePosition(document.toSourceOffset(offset))).toEqual({ line: 4, column: 5 });
  });
});
