// Whether one character may have been typed for another in a name: the two share a toneless reading (what a pinyin
// input method confuses: 毫/豪, 沪/护) or the table lists them as look-alikes (沪/泸).
import { createRequire } from 'node:module';

type PinyinFunction = (text: string, options: { type: 'array'; toneType: 'none'; multiple: boolean }) => string[];

const require = createRequire(import.meta.url);
let pinyinFunction: PinyinFunction | undefined;
const readingsCache = new Map<string, ReadonlySet<string>>();

/** Every toneless reading of a Han character (乐: le, yue, yao, lao); empty for anything else. */
export function readingsOf(char: string): ReadonlySet<string> {
  let readings = readingsCache.get(char);
  if (!readings) {
    pinyinFunction ??= (require('pinyin-pro') as { pinyin: PinyinFunction }).pinyin;
    const found = /^\p{Script=Han}$/u.test(char) ? pinyinFunction(char, { type: 'array', toneType: 'none', multiple: true }) : [];
    readings = new Set(found.filter((reading) => /^[a-zü]+$/.test(reading)));
    readingsCache.set(char, readings);
  }
  return readings;
}

/** True when `a` and `b` share a toneless reading. */
export function soundAlike(a: string, b: string): boolean {
  const readings = readingsOf(b);
  for (const reading of readingsOf(a)) if (readings.has(reading)) return true;
  return false;
}
