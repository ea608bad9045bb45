// 统一社会信用代码 (GB 32100-2015): an organisation's public code, recognised so that it is never taken for personal data.

/** The 31 characters of the code (no I, O, S, V, Z); a character's value is its index. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights of positions 1–17: 3^i mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** True when the 18 characters are in the code's character set and the 18th is the right check character. */
export function isUnifiedSocialCreditCode(value: string): boolean {
  const code = value.toUpperCase();
  if (code.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const index = CHARSET.indexOf(code[i]);
    if (index < 0) return false;
    sum += index * WEIGHTS[i];
  }
  const check = (31 - (sum % 31)) % 31;
  return CHARSET[check] === code[17];
}
