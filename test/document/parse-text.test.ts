import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/document/parse-text.js';

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
});
