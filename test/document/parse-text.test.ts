import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/document/parse-text.js';
import { parseMarkdown } from '../../src/document/parse-markdown.js';
import { Linter } from '../../src/engine/linter.js';
import placeholders from '../../rules/placeholders.js';
import type { Rule } from '../../src/engine/types.js';

describe('parseText', () => {
  it('makes every non-blank line a paragraph without its indentation', () => {
    const document = parseText('关于开展安全检查的通知\r\n\r\n　　各镇（街道）、各部门：\r\n　　现将有关事项通知如下。\r\n', 'n.txt');
    expect(document.text).toBe('关于开展安全检查的通知\n各镇（街道）、各部门：\n现将有关事项通知如下。');
    expect(document.blocks).toHaveLength(3);
    const offset = document.text.indexOf('现将');
    expect(document.sourcePosition(document.toSourceOffset(offset))).toEqual({ line: 4, column: 3 });
  });

  it('masks URLs and e-mail addresses', () => {
    const document = parseText('详见 http://www.gov.cn/zhengce/a.html，或发邮件至 ban@fujin.gov.cn。', 'n.txt');
    expect(document.text).toBe('详见 \uFFFC，或发邮件至 \uFFFC。');
  });

  it('reads directive comments on their own line', () => {
    const document = parseText('<!-- cuomin-disable-next-line placeholders -->\n请XXX单位报送。\n', 'n.txt');
    expect(document.directives).toEqual([{ kind: 'disable-next-line', line: 1, ruleIds: ['placeholders'] }]);
    expect(document.text).toBe('请XXX单位报送。');
  });

  it('counts columns in code points, not UTF-16 units', () => {
    const document = parseText('𠀀𠀁测试', 'n.txt');
    expect(document.sourcePosition(document.toSourceOffset(document.text.indexOf('测')))).toEqual({ line: 1, column: 3 });
  });

  describe('directive comments spanning several lines', () => {
    const multiLine = [
      '第一段。',
      '<!-- cuomin-disable',
      '     typos, punctuation -->',
      '第二段。',
      '<!--',
      '  cuomin-disable-next-line placeholders',
      '-->',
      '请XXX单位报送。',
      '<!-- cuomin-enable typos',
      '     punctuation -->',
      '第三段。',
    ].join('\n');

    it('reads them, and keeps them out of the prose', () => {
      const document = parseText(multiLine, 'n.txt');
      expect(document.directives).toEqual([
        { kind: 'disable', line: 2, ruleIds: ['typos', 'punctuation'] },
        { kind: 'disable-next-line', line: 7, ruleIds: ['placeholders'] },
        { kind: 'enable', line: 9, ruleIds: ['typos', 'punctuation'] },
      ]);
      expect(document.text).toBe('第一段。\n第二段。\n请XXX单位报送。\n第三段。');
      const offset = document.text.indexOf('第三段');
      expect(document.sourcePosition(document.toSourceOffset(offset))).toEqual({ line: 11, column: 1 });
    });

    it('reads them as Markdown reads the same comments', () => {
      const markdown = parseMarkdown(multiLine.replace(/\n(?=[^<\s-])/g, '\n\n'), 'n.md');
      const text = parseText(multiLine.replace(/\n(?=[^<\s-])/g, '\n\n'), 'n.txt');
      expect(text.directives).toEqual(markdown.directives);
      expect(text.directives).toHaveLength(3);
    });

    it('silence findings as in Markdown', () => {
      const rule = placeholders as unknown as Rule<never>;
      const linter = new Linter({ rules: new Map([['placeholders', rule]]), settings: { placeholders: { severity: 'error', explicit: false, options: {} } } });
      const source = '请XXX单位报送。\n<!--\n  cuomin-disable-next-line placeholders\n-->\n请XXX单位报送。\n';
      expect(linter.lintText(source, 'n.txt').map((message) => message.line)).toEqual([1]);
      expect(linter.lintText(source, 'n.md').map((message) => message.line)).toEqual([1]);
    });

    it('count lines with CRLF and lone CR line ends', () => {
      for (const lineEnd of ['\r\n', '\r']) {
        const document = parseText(['<!-- cuomin-disable-next-line', 'placeholders -->', '请XXX单位报送。'].join(lineEnd), 'n.txt');
        expect(document.directives).toEqual([{ kind: 'disable-next-line', line: 2, ruleIds: ['placeholders'] }]);
        expect(document.text).toBe('请XXX单位报送。');
      }
    });

    it('leave an unclosed comment, or one with text after it, as prose', () => {
      const unclosed = parseText('<!-- cuomin-disable\n第一段。\n第二段。', 'n.txt');
      expect(unclosed.directives).toEqual([]);
      expect(unclosed.text).toBe('<!-- cuomin-disable\n第一段。\n第二段。');
      const textAfter = parseText('<!-- cuomin-disable\n typos -->第一段。\n第二段。', 'n.txt');
      expect(textAfter.directives).toEqual([]);
      expect(textAfter.text).toBe('<!-- cuomin-disable\ntypos -->第一段。\n第二段。');
    });
  });
});
