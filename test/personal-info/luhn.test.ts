import { describe, expect, it } from 'vitest';
import { passesLuhn } from '../../src/personal-info/luhn.js';

describe('Luhn checksum', () => {
  it.each(['4111111111111111', '6228480402564890018', '6217001234567893', '6222020900123456783'])('accepts %s', (digits) =>
    expect(passesLuhn(digits)).toBe(true),
  );
  it.each(['4111111111111112', '6228480402564890019', '6217 0012 3456 7893', ''])('rejects %j', (digits) => expect(passesLuhn(digits)).toBe(false));
});
