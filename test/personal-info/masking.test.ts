import { describe, expect, it } from 'vitest';
import { isMaskedValue, maskAddress, maskBankCard, maskEmail, maskLicencePlate, maskMobile, maskResidentId, maskTravelDocument } from '../../src/personal-info/masking.js';

describe('masking', () => {
  it('recognises masked values', () => {
    for (const value of ['138****1234', '2308**********341X', '23*************23X', '6217 **** **** 7893', '张××', '230881XXXXXXXX123X', '138＊＊＊＊1234']) {
      expect(isMaskedValue(value), value).toBe(true);
    }
    for (const value of ['13845671234', '23088119850312412X', '宝清县七星泡镇新发村', '']) expect(isMaskedValue(value), value).toBe(false);
  });

  it('keeps the first 3 and last 4 digits of a mobile number, and its separators and +86', () => {
    expect(maskMobile('13845671234')).toBe('138****1234');
    expect(maskMobile('138-4567-1234')).toBe('138-****-1234');
    expect(maskMobile('+86 138 4567 1234')).toBe('+86 138 **** 1234');
    expect(maskMobile('（+86）13845671234')).toBe('（+86）138****1234');
  });

  it('keeps the first 6 and last 4 characters of an ID number', () => {
    expect(maskResidentId('23088119850312412X')).toBe('230881********412X');
    expect(maskResidentId('230881850312412')).toBe('230881*****2412');
  });

  it('keeps only the last 4 digits of a bank card number', () => {
    expect(maskBankCard('6217001234567893')).toBe('************7893');
    expect(maskBankCard('6222 0209 0012 3456 783')).toBe('**** **** **** ***6 783');
  });

  it('masks passports, plates, e-mail addresses and addresses', () => {
    expect(maskTravelDocument('E12345678')).toBe('E1*****78');
    expect(maskLicencePlate('黑A12345')).toBe('黑A***45');
    expect(maskLicencePlate('黑A·D1234')).toBe('黑A·***34');
    expect(maskEmail('lisi1990@qq.com')).toBe('l***@qq.com');
    expect(maskAddress('宝清县七星泡镇新发村三组')).toBe('宝清县七星泡镇***');
    expect(maskAddress('宝清县城关社区育才路12号')).toBe('宝清县***');
    expect(maskAddress('宝清县清华街道育才路12号')).toBe('宝清县清华街道***');
  });
});
