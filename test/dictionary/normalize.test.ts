import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeTerm, normalizeText } from '../../src/dictionary/normalize.js';
import { toSimplifiedSameLength } from '../../src/dictionary/traditional.js';
import { isHan } from '../../src/text/chars.js';
import type { NormalizeStrategy } from '../../src/dictionary/types.js';

/** The normalisation written the plain way, one string character at a time: what normalizeText must agree with. */
const NOISE = new Set([' ', '\t', '\u3000', '*', '＊', '-', '－', '_', '＿', '.', '·', '•', '・', '|', '｜', '/', '／', '\\', '~', '～', '^', '#', '@', '+', '=', '\u200b', '\u200c', '\u200d', '\ufeff']);

function referenceNormalize(prose: string, strategies: ReadonlySet<NormalizeStrategy>): { text: string; toProse: number[] } {
  const base = strategies.has('traditional') ? toSimplifiedSameLength(prose) : prose;
  let text = '';
  const toProse: number[] = [];
  let lastKeptIsHan = false;
  for (let i = 0; i < base.length; i++) {
    const char = base[i]!;
    if (strategies.has('interference') && lastKeptIsHan && NOISE.has(char)) {
      let next = i + 1;
      while (next < base.length && NOISE.has(base[next]!)) next++;
      if (next < base.length && isHan(base[next])) {
        i = next - 1;
        continue;
      }
    }
    let code = base.charCodeAt(i);
    if (strategies.has('width')) {
      if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
      else if (code === 0x3000) code = 0x20;
    }
    if (strategies.has('case') && code >= 0x41 && code <= 0x5a) code += 0x20;
    text += String.fromCharCode(code);
    toProse.push(i);
    lastKeptIsHan = isHan(char);
  }
  return { text, toProse };
}

// Han (simplified and traditional), noise, full-width and upper-case letters, line breaks, a BOM, 𠀀 and a lone surrogate.
const ALPHABET = ['百', '家', '乐', '賭', '場', '网', '〇', ' ', '*', '＊', '-', '.', '·', '\u3000', '\u200b', '\ufeff', '\n', 'Ａ', 'ｂ', 'W', 't', '１', '，', '𠀀', '\ud800', 'x'];
const ALL: NormalizeStrategy[] = ['width', 'case', 'traditional', 'interference'];

describe('normalizeText', () => {
  it('agrees with the plain character-by-character normalisation under every set of strategies (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), fc.subarray(ALL), (chars, chosen) => {
        const prose = chars.join('');
        const strategies = new Set(chosen);
        const normalized = normalizeText(prose, strategies);
        const expected = referenceNormalize(prose, strategies);
        expect(normalized.text).toBe(expected.text);
        expect([...normalized.toProse]).toEqual(expected.toProse);
        expect(normalized.length).toBe(expected.text.length);
        expect(String.fromCharCode(...normalized.codes.subarray(0, normalized.length))).toBe(expected.text);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads slices and literals off the code units without building the string', () => {
    const normalized = normalizeText('破獲網上 賭 場，ＷＴＯ', new Set(ALL));
    expect(normalized.slice(0, 4)).toBe('破获网上');
    expect(normalized.slice(-3, 2)).toBe('破获');
    expect(normalized.slice(4, 99)).toBe('赌场,wto');
    expect(normalized.startsWith('赌场', 4)).toBe(true);
    expect(normalized.startsWith('赌场', 5)).toBe(false);
    expect(normalized.startsWith('wto', 7)).toBe(true);
    expect(normalized.startsWith('wtox', 7)).toBe(false);
    expect(normalized.startsWith('破', -1)).toBe(false);
    expect(normalized.text).toBe('破获网上赌场,wto');
  });

  it('returns the prose itself when nothing changes, and keeps a leading BOM and lone surrogates', () => {
    const prose = '依法行政。建设法治政府';
    expect(normalizeText(prose, new Set(ALL)).text).toBe(prose);
    expect(normalizeTerm('\ufeff百家乐', new Set<NormalizeStrategy>(['width']))).toBe('\ufeff百家乐');
    expect(normalizeTerm('ａ\ud800ｂ', new Set<NormalizeStrategy>(['width']))).toBe('a\ud800b');
  });
});
