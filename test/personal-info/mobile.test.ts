import { describe, expect, it } from 'vitest';
import { isMobileNumber, isMobilePrefix } from '../../src/personal-info/mobile.js';

describe('mobile numbers', () => {
  it.each(['130', '139', '145', '149', '150', '153', '155', '162', '165', '167', '170', '178', '180', '189', '190', '192', '193', '195', '199'])(
    'knows the allocated prefix %s',
    (prefix) => expect(isMobilePrefix(prefix)).toBe(true),
  );
  it.each(['120', '140', '144', '154', '160', '161', '163', '164', '168', '169', '179', '194', '100'])('rejects the prefix %s', (prefix) =>
    expect(isMobilePrefix(prefix)).toBe(false),
  );
  it('needs exactly 11 digits', () => {
    expect(isMobileNumber('13845671234')).toBe(true);
    expect(isMobileNumber('1384567123')).toBe(false);
    expect(isMobileNumber('138456712345')).toBe(false);
    expect(isMobileNumber('15445671234')).toBe(false);
  });
});
