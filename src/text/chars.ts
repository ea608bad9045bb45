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

let hanCodeUnitTable: Uint8Array | undefined;

/**
 * A table over UTF-16 code units, 1 where the unit on its own is Han (isHan of that one-unit string: the BMP
 * ideographs and 〇; never a surrogate), for loops that read `charCodeAt`. Built on first use (about 4 ms).
 */
export function hanCodeUnits(): Uint8Array {
  if (!hanCodeUnitTable) {
    hanCodeUnitTable = new Uint8Array(0x10000);
    for (let code = 0; code < 0x10000; code++) if (HAN_CHAR.test(String.fromCharCode(code))) hanCodeUnitTable[code] = 1;
  }
  return hanCodeUnitTable;
}
