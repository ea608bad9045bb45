import { describe, expect, it } from 'vitest';
import { isUnifiedSocialCreditCode } from '../../src/personal-info/credit-code.js';

describe('unified social credit codes (GB 32100-2015)', () => {
  it.each(['91350100M000100Y43', '91110000600037341L', '91440300708461136T', '122308814145678903', '52230881MJ0123456U', '91350100m000100y43'])(
    'accepts %s',
    (code) => expect(isUnifiedSocialCreditCode(code)).toBe(true),
  );
  it.each([
    ['a wrong check character', '91350100M000100Y44'],
    ['a letter outside the charset (O)', '91350100O000100Y43'],
    ['17 characters', '91350100M000100Y4'],
    ['a resident ID number', '11010519491231002X'],
  ])('rejects %s', (_name, code) => expect(isUnifiedSocialCreditCode(code)).toBe(false));
});
