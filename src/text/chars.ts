// Character classes shared by the rules.

/** A Han character (CJK unified ideographs, extensions, compatibility ideographs) or 〇. */
export const HAN = '\\p{Script=Han}〇';
const HAN_CHAR = /[\p{Script=Han}〇]/u;

export function isHan(char: string | undefined): boolean {
  return char !== undefined && HAN_CHAR.test(char);
}

/** Full-width Chinese punctuation commonly adjacent to Chinese text. */
export const CHINESE_PUNCTUATION = '，。、；：？！“”‘’（）《》〈〉【】〔〕……——～·';

export function isChinesePunctuation(char: string | undefined): boolean {
  return char !== undefined && CHINESE_PUNCTUATION.includes(char);
}

/** Han or Chinese punctuation: a character that makes its neighbourhood Chinese text. */
export function isChineseContext(char: string | undefined): boolean {
  return isHan(char) || isChinesePunctuation(char);
}
