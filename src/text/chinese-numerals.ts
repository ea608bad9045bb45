// Chinese numerals (一、十一、一百零五、一千零一、两万) to numbers and back, in the standard written form.

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const DIGIT_VALUES: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT_VALUES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese numeral is written with (for building patterns). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

/** The largest number `toChineseNumeral` writes and `parseChineseNumeral` reads. */
export const MAX_CHINESE_NUMERAL = 99_999_999;

/**
 * The standard Chinese numeral for an integer 0..99 999 999: 十, 十一, 二十, 一百零五, 一百一十, 一千零一, 一万零一十.
 * Tens after a higher unit keep their 一 (一百一十); a leading 十 does not (十五).
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_CHINESE_NUMERAL) {
    throw new RangeError(`toChineseNumeral: ${n} is not an integer in 0..${MAX_CHINESE_NUMERAL}`);
  }
  if (n < SMALL_NUMERALS.length) return (SMALL_NUMERALS[n] ??= writeChineseNumeral(n));
  return writeChineseNumeral(n);
}

/** Numerals below 1000 once written (article and heading numbers are mostly small and written again and again). */
const SMALL_NUMERALS: Array<string | undefined> = new Array<string | undefined>(1000);

function writeChineseNumeral(n: number): string {
  if (n === 0) return '零';
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  if (high === 0) return belowTenThousand(low, true);
  let result = `${belowTenThousand(high, true)}万`;
  if (low === 0) return result;
  if (low < 1000) result += '零';
  return result + belowTenThousand(low, false);
}

/** 1..9999; `leading` drops the 一 of a leading 一十. */
function belowTenThousand(n: number, leading: boolean): string {
  const digits = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const units = ['千', '百', '十', ''];
  let result = '';
  let pendingZero = false;
  for (let i = 0; i < 4; i++) {
    const digit = digits[i]!;
    if (digit === 0) {
      if (result !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) {
      result += '零';
      pendingZero = false;
    }
    if (i === 2 && digit === 1 && result === '' && leading) result += '十';
    else result += DIGITS[digit]! + units[i]!;
  }
  return result;
}

/** How many parsed numerals each cache keeps: documents repeat the same few hundred (第十条, 二十三、). */
const CACHE_LIMIT = 4096;
/** Longer texts are never numerals (see parseChineseNumeral) and are not kept. */
const LONGEST_CACHED = 20;
const numeralCache = new Map<string, number | undefined>();
const ordinalCache = new Map<string, number | undefined>();

/** `parse(text)`, remembered in `cache` (emptied when full): parsing is pure, and rules parse the same numerals often. */
function remembered(cache: Map<string, number | undefined>, text: string, parse: (text: string) => number | undefined): number | undefined {
  if (text.length > LONGEST_CACHED) return parse(text);
  const known = cache.get(text);
  if (known !== undefined || cache.has(text)) return known;
  const value = parse(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, value);
  return value;
}

/**
 * The value of a Chinese numeral in standard form (0..99 999 999), or undefined when `text` is not one.
 * Accepts 〇 for 零 and 两 for 二 before 百, 千 and 万 (两百, 两千零五); rejects malformed or non-standard
 * forms such as 十十, 一二三, 一百十, 一十五, 二百零零五. For digit-by-digit numbers (二〇二五) use `parseChineseDigits`.
 */
export function parseChineseNumeral(text: string): number | undefined {
  return remembered(numeralCache, text, readChineseNumeral);
}

function readChineseNumeral(text: string): number | undefined {
  if (text === '' || text.length > 20) return undefined;
  let normalized = '';
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char in DIGIT_VALUES) {
      if (char === '两') {
        const next = text[i + 1];
        if (next !== '百' && next !== '千' && next !== '万') return undefined;
      }
      if (digit !== undefined && digit !== 0) return undefined;
      digit = DIGIT_VALUES[char]!;
      normalized += DIGITS[digit]!;
    } else if (char in UNIT_VALUES) {
      section += (digit ?? 1) * UNIT_VALUES[char]!;
      digit = undefined;
      normalized += char;
    } else if (char === '万') {
      section += digit ?? 0;
      if (section === 0 || total !== 0) return undefined;
      total = section * 10_000;
      section = 0;
      digit = undefined;
      normalized += char;
    } else {
      return undefined;
    }
  }
  const value = total + section + (digit ?? 0);
  if (value > MAX_CHINESE_NUMERAL) return undefined;
  return toChineseNumeral(value) === normalized ? value : undefined;
}

/** A number written digit by digit (二〇二五, 一九九八, 〇〇七), or undefined. */
export function parseChineseDigits(text: string): number | undefined {
  if (text === '' || text.length > 15) return undefined;
  let value = 0;
  for (const char of text) {
    if (char === '两' || !(char in DIGIT_VALUES)) return undefined;
    value = value * 10 + DIGIT_VALUES[char]!;
  }
  return value;
}

/** A numeral in Chinese (十六) or Arabic (16, １６) digits, as an ordinal in 第…条 and headings may be written. */
export function parseOrdinalNumber(text: string): number | undefined {
  return remembered(ordinalCache, text, readOrdinalNumber);
}

function readOrdinalNumber(text: string): number | undefined {
  if (/^[0-9０-９]+$/u.test(text)) {
    if (text.length > 9) return undefined;
    return Number(text.replace(/[０-９]/gu, (c) => String(c.charCodeAt(0) - 0xff10)));
  }
  return parseChineseNumeral(text);
}
