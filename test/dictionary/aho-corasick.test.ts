import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AhoCorasick } from '../../src/dictionary/aho-corasick.js';

function naiveSearch(patterns: string[], text: string) {
  const found: Array<{ pattern: number; start: number; end: number }> = [];
  for (let end = 1; end <= text.length; end++) {
    patterns.forEach((pattern, index) => {
      if (pattern.length > 0 && end >= pattern.length && text.slice(end - pattern.length, end) === pattern) found.push({ pattern: index, start: end - pattern.length, end });
    });
  }
  return found;
}

describe('AhoCorasick', () => {
  it('finds overlapping and nested patterns in one pass', () => {
    const automaton = new AhoCorasick(['机智', '体制机智', '制机', '贯切']);
    const matches = automaton.search('完善体制机智，贯切落实').map((m) => `${m.pattern}@${m.start}-${m.end}`);
    expect(matches).toEqual(['2@3-5', '1@2-6', '0@4-6', '3@7-9']);
  });

  it('agrees with a naive search on random texts (property)', () => {
    const alphabet = fc.constantFrom('甲', '乙', '丙', 'a', 'b');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), fc.string({ unit: alphabet, maxLength: 60 }), (patterns, text) => {
        const unique = [...new Set(patterns)];
        const sortKey = (m: { pattern: number; start: number; end: number }) => `${m.end}:${m.start}:${m.pattern}`;
        const actual = new AhoCorasick(unique).search(text).map(sortKey).sort();
        const expected = naiveSearch(unique, text).map(sortKey).sort();
        expect(actual).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with a naive search with many patterns over a wide alphabet, in a string and in code units (property)', () => {
    // Enough states to grow the double array several times; code units at the edges of the range too.
    const alphabet = fc.constantFrom('\u0000', '\uffff', '\ud800', '\udc00', 'a', '甲', '乙', '丙', '丁', '戊', '己', '庚', '辛');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alphabet, minLength: 0, maxLength: 6 }), { minLength: 1, maxLength: 300 }), fc.string({ unit: alphabet, maxLength: 200 }), (patterns, text) => {
        const automaton = new AhoCorasick(patterns);
        const key = (m: { pattern: number; start: number; end: number }) => `${m.end}:${m.start}:${m.pattern}`;
        const expected = naiveSearch(patterns, text).map(key).sort();
        expect(automaton.search(text).map(key).sort()).toEqual(expected);
        const codes = Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
        expect(automaton.searchCodes({ codes, length: codes.length }).map(key).sort()).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('reports in order of end, and at one end in the order of the patterns found there', () => {
    const automaton = new AhoCorasick(['甲乙丙', '乙丙', '丙', '甲乙']);
    const matches = automaton.search('甲乙丙').map((m) => `${m.pattern}@${m.start}-${m.end}`);
    expect(matches).toEqual(['3@0-2', '0@0-3', '1@1-3', '2@2-3']);
    const codes = Uint16Array.from('x甲乙丙', (char) => char.charCodeAt(0));
    expect(automaton.searchCodes({ codes, length: 3 }).map((m) => `${m.pattern}@${m.start}-${m.end}`)).toEqual(['3@1-3']);
  });
});
