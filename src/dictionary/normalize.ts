// Normalises prose for matching (width, case, traditional, interference) and keeps a map back to prose offsets.
import type { NormalizeStrategy } from './types.js';
import { toSimplifiedSameLength } from './traditional.js';
import { isHan } from '../text/chars.js';

/** Noise that obfuscators put between Han characters: 百*家*乐, 赌 场, 赌-场. Never a line break. */
const INTERFERENCE = new Set([' ', '\t', '\u3000', '*', '＊', '-', '－', '_', '＿', '.', '·', '•', '・', '|', '｜', '/', '／', '\\', '~', '～', '^', '#', '@', '+', '=', '\u200b', '\u200c', '\u200d', '\ufeff']);

export interface NormalizedText {
  text: string;
  /** Prose offset of each normalised character. */
  toProse: Int32Array;
}

function foldChar(code: number, width: boolean, lowerCase: boolean): number {
  let folded = code;
  if (width) {
    if (folded >= 0xff01 && folded <= 0xff5e) folded -= 0xfee0;
    else if (folded === 0x3000) folded = 0x20;
  }
  if (lowerCase && folded >= 0x41 && folded <= 0x5a) folded += 0x20;
  return folded;
}

export function normalizeText(prose: string, strategies: ReadonlySet<NormalizeStrategy>): NormalizedText {
  const width = strategies.has('width');
  const lowerCase = strategies.has('case');
  const base = strategies.has('traditional') ? toSimplifiedSameLength(prose) : prose;
  const interference = strategies.has('interference');
  const codes: number[] = [];
  const toProse = new Int32Array(base.length);
  let length = 0;
  let lastKeptIsHan = false;
  for (let i = 0; i < base.length; i++) {
    const char = base[i];
    if (interference && lastKeptIsHan && INTERFERENCE.has(char)) {
      let next = i + 1;
      while (next < base.length && INTERFERENCE.has(base[next])) next++;
      if (next < base.length && isHan(base[next])) {
        i = next - 1;
        continue;
      }
    }
    codes.push(foldChar(base.charCodeAt(i), width, lowerCase));
    toProse[length++] = i;
    lastKeptIsHan = isHan(char);
  }
  let text = '';
  for (let start = 0; start < codes.length; start += 8192) text += String.fromCharCode(...codes.slice(start, start + 8192));
  return { text, toProse: toProse.subarray(0, length) };
}

/** A term as the matcher stores it under the given strategies. */
export function normalizeTerm(term: string, strategies: ReadonlySet<NormalizeStrategy>): string {
  return normalizeText(term, strategies).text;
}
