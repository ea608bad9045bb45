import { describe, expect, it } from 'vitest';
import { contextInLine, markupToText } from '../../src/worklist/source-context.js';

describe('contextInLine', () => {
  const long = `${'前'.repeat(40)}请XXX单位报送${'后'.repeat(40)}`;

  it('keeps 30 characters each side and marks the cuts', () => {
    const context = contextInLine(long, { line: 1, column: 42, endColumn: 45, text: 'XXX' });
    expect(context).toBe(`…${'前'.repeat(29)}请XXX单位报送${'后'.repeat(26)}…`);
  });

  it('collapses whitespace and counts columns in Unicode characters', () => {
    expect(contextInLine('\t𠀀𠀀  负责人：\u3000XXX   电话', { line: 1, column: 11, endColumn: 14, text: 'XXX' })).toBe('𠀀𠀀 负责人： XXX 电话');
  });

  it('runs to the end of the line for a finding spanning lines', () => {
    expect(contextInLine('甲乙丙“引号开始', { line: 1, column: 4, endLine: 2, endColumn: 2, text: '“引号开始\n结' })).toBe('甲乙丙“引号开始');
  });

  it('falls back to the finding when the line no longer holds it', () => {
    expect(contextInLine('这一行已经改过了。', { line: 1, column: 3, endColumn: 6, text: 'XXX' })).toBe('XXX');
  });

  it('quotes the text of an HTML line, not its markup', () => {
    const line = '<p style="margin: 0px; text-align: right;">总理&nbsp;&nbsp;李克强</p><p align="right">2019年1月18日</p><!-- 页脚 --><div class="footer">';
    const start = line.indexOf('李克强');
    expect(contextInLine(line, { line: 1, column: start + 1, endColumn: start + 4, text: '李克强' }, { markup: true })).toBe('总理 李克强 2019年1月18日');
    expect(contextInLine(line, { line: 1, column: start + 1, endColumn: start + 4, text: '李克强' })).toContain('</p><p align="right">');
  });
});

describe('markupToText', () => {
  it('drops tags, comments and tags cut at either edge, and decodes entities', () => {
    expect(markupToText('ign="right">请&ldquo;某某&rdquo;单位<a href="x">报送</a>&#x3000;材料<img alt="')).toBe(' 请“某某”单位 报送 \u3000材料 ');
    expect(markupToText('条件 a > b 时')).toBe('条件 a > b 时');
    expect(markupToText('前文<!-- 注释 -->后文<!-- 未完')).toBe('前文 后文 ');
  });
});
