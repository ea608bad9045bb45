import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseChineseDigits, parseChineseNumeral, parseOrdinalNumber, toChineseNumeral } from '../../src/text/chinese-numerals.js';

const PAIRS: Array<[number, string]> = [
  [0, '零'],
  [1, '一'],
  [9, '九'],
  [10, '十'],
  [11, '十一'],
  [19, '十九'],
  [20, '二十'],
  [21, '二十一'],
  [99, '九十九'],
  [100, '一百'],
  [101, '一百零一'],
  [105, '一百零五'],
  [110, '一百一十'],
  [115, '一百一十五'],
  [120, '一百二十'],
  [999, '九百九十九'],
  [1000, '一千'],
  [1001, '一千零一'],
  [1010, '一千零一十'],
  [1015, '一千零一十五'],
  [1100, '一千一百'],
  [1260, '一千二百六十'],
  [2005, '二千零五'],
  [9999, '九千九百九十九'],
  [10000, '一万'],
  [10010, '一万零一十'],
  [100000, '十万'],
  [101000, '十万一千'],
  [120005, '十二万零五'],
];

describe('toChineseNumeral', () => {
  it.each(PAIRS)('%i → %s', (n, text) => {
    expect(toChineseNumeral(n)).toBe(text);
  });
  it('rejects what it cannot write', () => {
    expect(() => toChineseNumeral(-1)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
    expect(() => toChineseNumeral(100_000_000)).toThrow(RangeError);
  });
});

describe('parseChineseNumeral', () => {
  it.each(PAIRS)('%i ← %s', (n, text) => {
    expect(parseChineseNumeral(text)).toBe(n);
  });
  it('accepts 〇 for 零 and 两 before a unit', () => {
    expect(parseChineseNumeral('〇')).toBe(0);
    expect(parseChineseNumeral('一百〇五')).toBe(105);
    expect(parseChineseNumeral('一千〇一')).toBe(1001);
    expect(parseChineseNumeral('两百')).toBe(200);
    expect(parseChineseNumeral('两千零五')).toBe(2005);
    expect(parseChineseNumeral('两万')).toBe(20000);
  });
  it.each(['', '十十', '一二三', '两', '十两', '二十两', '一百十', '一十五', '一十', '零零', '零五', '一百零', '一百零零五', '二百零十', '十百', '百', '千', '万', '五十万万', '一万万', 'a', '一 二', '第一', '一千零百'])(
    'rejects %j',
    (text) => {
      expect(parseChineseNumeral(text)).toBeUndefined();
    },
  );
  it('round-trips every number 0..9999 and a sample above', () => {
    for (let n = 0; n <= 9999; n++) {
      const text = toChineseNumeral(n);
      expect(parseChineseNumeral(text)).toBe(n);
    }
    for (let n = 10_000; n <= MAX_SAMPLE; n += 7919) {
      expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
    }
  });
  it('accepts only standard forms: whatever it parses, it writes back the same way', () => {
    const numeralChar = fc.constantFrom(...'零一二三四五六七八九十百千万');
    fc.assert(
      fc.property(fc.array(numeralChar, { minLength: 1, maxLength: 8 }), (chars) => {
        const text = chars.join('');
        const value = parseChineseNumeral(text);
        if (value !== undefined) expect(toChineseNumeral(value)).toBe(text);
      }),
      { numRuns: 5000 },
    );
  });
  it('answers the same when asked again, rejections and long texts included, past the size of its cache', () => {
    const texts = Array.from({ length: 5000 }, (_, n) => toChineseNumeral(n));
    texts.push('十十', '一十五', '一'.repeat(30), '二十'.repeat(11));
    const first = texts.map((text) => [parseChineseNumeral(text), parseOrdinalNumber(text)]);
    const second = texts.map((text) => [parseChineseNumeral(text), parseOrdinalNumber(text)]);
    expect(second).toEqual(first);
    expect(first.slice(0, 5000).map(([value]) => value)).toEqual(Array.from({ length: 5000 }, (_, n) => n));
    expect(first.slice(5000).flat()).toEqual(Array(8).fill(undefined));
  });
  it('gives a distinct standard form to every number 0..9999', () => {
    const seen = new Set<string>();
    for (let n = 0; n <= 9999; n++) seen.add(toChineseNumeral(n));
    expect(seen.size).toBe(10000);
  });
});

const MAX_SAMPLE = 99_999_999;

describe('parseChineseDigits', () => {
  it('reads digit-by-digit numbers', () => {
    expect(parseChineseDigits('二〇二五')).toBe(2025);
    expect(parseChineseDigits('一九九八')).toBe(1998);
    expect(parseChineseDigits('零')).toBe(0);
  });
  it('rejects units and 两', () => {
    expect(parseChineseDigits('二十')).toBeUndefined();
    expect(parseChineseDigits('两')).toBeUndefined();
    expect(parseChineseDigits('')).toBeUndefined();
  });
});

describe('parseOrdinalNumber', () => {
  it('reads Arabic, full-width and Chinese numerals', () => {
    expect(parseOrdinalNumber('16')).toBe(16);
    expect(parseOrdinalNumber('１６')).toBe(16);
    expect(parseOrdinalNumber('十六')).toBe(16);
    expect(parseOrdinalNumber('十十')).toBeUndefined();
    expect(parseOrdinalNumber('1234567890')).toBeUndefined();
  });
});
