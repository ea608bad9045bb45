import { describe, expect, it } from 'vitest';
import { isBirthDate, isLegacyResidentId, isResidentId, residentIdCheckChar } from '../../src/personal-info/resident-id.js';

const TODAY = '2026-11-27';

describe('resident ID numbers (GB 11643-1999)', () => {
  it('computes the MOD 11-2 check character', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('11010119900307447')).toBe('7');
    expect(residentIdCheckChar('23088119850312412')).toBe('X');
  });

  it.each(['11010519491231002X', '11010519491231002x', '110101199003074477', '230502197208150038', '810000199001011231'.slice(0, 17) + residentIdCheckChar('81000019900101123')])(
    'accepts %s',
    (id) => expect(isResidentId(id, TODAY)).toBe(true),
  );

  it.each([
    ['a wrong check character', '110101199003074478'],
    ['an unknown province (00, 99, 91)', '990101199003074477'.slice(0, 17) + residentIdCheckChar('99010119900307447')],
    ['a USCC-like prefix 91', '91010119900307447' + residentIdCheckChar('91010119900307447')],
    ['31 February', '11010119900231' + '123' + residentIdCheckChar('11010119900231123')],
    ['a birth year before 1900', '440524188001010014'],
    ['a birth date after the document date', '11010120270101123' + residentIdCheckChar('11010120270101123')],
    ['17 digits', '11010519491231002'],
  ])('rejects %s', (_name, id) => expect(isResidentId(id, TODAY)).toBe(false));

  it('validates birth dates including leap years', () => {
    expect(isBirthDate(2000, 2, 29, TODAY)).toBe(true);
    expect(isBirthDate(1900, 2, 29, TODAY)).toBe(false);
    expect(isBirthDate(2026, 11, 28, TODAY)).toBe(false);
    expect(isBirthDate(2026, 11, 27, TODAY)).toBe(true);
  });

  it('checks 15-digit legacy numbers by province and 19YYMMDD date', () => {
    expect(isLegacyResidentId('230881850312412', TODAY)).toBe(true);
    expect(isLegacyResidentId('230881851332412', TODAY)).toBe(false);
    expect(isLegacyResidentId('990881850312412', TODAY)).toBe(false);
    expect(isLegacyResidentId('2308818503124121', TODAY)).toBe(false);
  });
});
