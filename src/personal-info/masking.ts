// Masked (去标识化) forms: recognising a value that is already masked, and suggesting the masked form of one that is not.
//   mobile      138****1234            keep the first 3 and the last 4 digits
//   ID number   230881********123X     keep the first 6 and the last 4 (the 永安 form 23*************23X is accepted too)
//   bank card   ************0018       keep only the last 4 digits (the 尾号 a bank's own messages show)
//   passport, pass  E1*****78          keep the first 2 and the last 2 characters
//   plate       黑A***45               keep the province, the city letter and the last 2 characters
//   e-mail      z***@qq.com            keep the first character of the mailbox name
//   address     宝清县七星泡镇***       keep down to the township (乡、镇、街道)
// Separators (spaces, hyphens, +86) are kept as written.

/** Characters that stand for hidden digits or letters, as the body of a regular-expression character class. */
export const MASK_CHAR_CLASS = '*＊×✕●○■□◆◇';
const MASKED = new RegExp(`[${MASK_CHAR_CLASS}]|[Xx]{2,}`, 'u');

/** True when a value already hides part of itself (138****1234, 2308**********341X, 张XX). */
export function isMaskedValue(value: string): boolean {
  return MASKED.test(value);
}

/** Replaces the alphanumeric characters of `text` whose index among them lies in [keepHead, count − keepTail) by *. */
function maskCharacters(text: string, keepHead: number, keepTail: number, isMaskable: (char: string) => boolean = (char) => /[0-9A-Za-z]/.test(char)): string {
  const total = [...text].filter(isMaskable).length;
  let index = 0;
  return [...text]
    .map((char) => {
      if (!isMaskable(char)) return char;
      const position = index++;
      return position >= keepHead && position < total - keepTail ? '*' : char;
    })
    .join('');
}

/** 138-0013-8000 → 138-****-8000; a +86 / 86 prefix is kept. */
export function maskMobile(text: string): string {
  const prefix = /^(?:[+＋]?86[ -]?|[（(][+＋]?86[)）] ?)/.exec(text)?.[0] ?? '';
  return prefix + maskCharacters(text.slice(prefix.length), 3, 4);
}

export function maskResidentId(text: string): string {
  return maskCharacters(text, 6, 4);
}

export function maskBankCard(text: string): string {
  return maskCharacters(text, 0, 4, (char) => /\d/.test(char));
}

export function maskTravelDocument(text: string): string {
  return maskCharacters(text, 2, 2);
}

export function maskLicencePlate(text: string): string {
  const chars = [...text];
  return chars.map((char, index) => (index >= 2 && index < chars.length - 2 && /[0-9A-Za-z]/.test(char) ? '*' : char)).join('');
}

export function maskEmail(address: string): string {
  const at = address.indexOf('@');
  return `${address.slice(0, 1)}***${address.slice(at)}`;
}

/** Keeps an address down to its township (乡、镇、街道), else down to its county or district; hides the rest. */
export function maskAddress(address: string): string {
  const township = /^.*?(?:街道|乡|镇)/u.exec(address);
  if (township) return `${township[0]}***`;
  const county = /^.*?(?:县|区|旗)/u.exec(address);
  return county ? `${county[0]}***` : '***';
}
