import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/document/parse.js';
import { findEmails, isPublicBodyAddress } from '../../src/personal-info/email.js';

describe('e-mail addresses hidden from the prose', () => {
  it('finds them in the source through the prose placeholders', () => {
    const source = '联系人：李四，邮箱：lisi1990@qq.com，电话：0454-5823456';
    const [email] = findEmails(parseDocument(source, 'a.txt'));
    expect(email.address).toBe('lisi1990@qq.com');
    expect(source.slice(email.sourceStart, email.sourceEnd)).toBe('lisi1990@qq.com');
  });

  it('finds the address of a mailto link whose text is not the address', () => {
    const source = '请[发送邮件](mailto:zhangsan@163.com?subject=报名)。';
    const emails = findEmails(parseDocument(source, 'a.md'));
    expect(emails.map((email) => email.address)).toEqual(['zhangsan@163.com']);
    expect(source.slice(emails[0].sourceStart, emails[0].sourceEnd)).toBe('[发送邮件](mailto:zhangsan@163.com?subject=报名)');
  });

  it('finds a Markdown autolink once', () => {
    expect(findEmails(parseDocument('邮箱：<zhangsan@163.com>', 'a.md')).map((email) => email.address)).toEqual(['zhangsan@163.com']);
  });

  it('ignores URLs', () => {
    expect(findEmails(parseDocument('详见 https://www.gov.cn/zhengce/ 。', 'a.txt'))).toEqual([]);
  });

  it('knows the domains of public bodies', () => {
    expect(isPublicBodyAddress('zfxxgk@hlj.gov.cn')).toBe(true);
    expect(isPublicBodyAddress('office@tsinghua.edu.cn')).toBe(true);
    expect(isPublicBodyAddress('lisi1990@qq.com')).toBe(false);
    expect(isPublicBodyAddress('gov@163.com')).toBe(false);
  });
});
