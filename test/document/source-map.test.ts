import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeSourcePosition } from '../../src/document/source-map.js';

function slowPosition(source: string, offset: number) {
  const before = source.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: [...lines.at(-1)!].length + 1 };
}

describe('makeSourcePosition', () => {
  it('agrees with a naive count for any order of offsets, with surrogate pairs and CRLF (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '中', '𠀀', '\n', '\r\n', '，'), maxLength: 40 }).map((parts) => parts);
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 12 }), (source, picks) => {
        const position = makeSourcePosition(source);
        for (const pick of picks) {
          let offset = source.length === 0 ? 0 : pick % (source.length + 1);
          // Offsets inside a surrogate pair are never asked for.
          if (offset > 0 && /[\udc00-\udfff]/.test(source[offset] ?? '') && /[\ud800-\udbff]/.test(source[offset - 1])) offset--;
          // Nor offsets between the \r and \n of one line break.
          if (offset > 0 && source[offset] === '\n' && source[offset - 1] === '\r') offset--;
          expect(position(offset)).toEqual(slowPosition(source, offset));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
