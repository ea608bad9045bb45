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
});
