// 公民身份号码 (GB 11643-1999): the 18-character number with its MOD 11-2 check character, and the 15-digit legacy one.

/** First two digits of an address code: the provinces, plus 71 台湾, 81 香港, 82 澳门, 83 (台湾居民居住证). */
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82, 83,
]);

/** Weights of positions 1–17: 2^(17−i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** The check character for each remainder of the weighted sum mod 11. */
const CHECK_CHARS = '10X98765432';

export function hasProvinceCode(value: string): boolean {
  return PROVINCE_CODES.has(Number(value.slice(0, 2)));
}

/** The check character of the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** True when year-month-day is a real calendar date from 1900 up to `today` (YYYY-MM-DD). */
export function isBirthDate(year: number, month: number, day: number, today: string): boolean {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return false;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return iso <= today;
}

/** An 18-character 公民身份号码: province code, birth date (1900 … today) and check character all valid. */
export function isResidentId(value: string, today: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value) || !hasProvinceCode(value)) return false;
  if (!isBirthDate(Number(value.slice(6, 10)), Number(value.slice(10, 12)), Number(value.slice(12, 14)), today)) return false;
  return residentIdCheckChar(value) === value[17].toUpperCase();
}

/** A 15-digit legacy number (before 1999): province code and a valid 19YYMMDD birth date; it has no check digit. */
export function isLegacyResidentId(value: string, today: string): boolean {
  if (!/^\d{15}$/.test(value) || !hasProvinceCode(value)) return false;
  return isBirthDate(1900 + Number(value.slice(6, 8)), Number(value.slice(8, 10)), Number(value.slice(10, 12)), today);
}
