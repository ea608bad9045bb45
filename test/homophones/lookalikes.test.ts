import { describe, expect, it } from 'vitest';
import { lookalikes, looksAlike, parseLookalikes } from '../../src/homophones/lookalikes.js';

const code = (char: string) => char.charCodeAt(0);

describe('look-alike characters', () => {
  it('parses official<TAB>look-alikes lines, one way: the written character looks like the official one', () => {
    const table = parseLookalikes('# comment\n生\t牛星\n责\t贡\n');
    expect(looksAlike(table, code('牛'), code('生'))).toBe(true);
    expect(looksAlike(table, code('贡'), code('责'))).toBe(true);
    expect(looksAlike(table, code('生'), code('牛'))).toBe(false);
    expect(looksAlike(table, code('责'), code('生'))).toBe(false);
    expect(table.byWritten[code('牛')]).toEqual([code('生')]);
  });

  it('ships pairs from the shape tables and the stroke sequences', () => {
    const table = lookalikes();
    for (const [written, official] of [['牛', '生'], ['贡', '责'], ['木', '术'], ['捡', '险'], ['暖', '援'], ['完', '院']]) {
      expect(looksAlike(table, code(written), code(official)), `${written}/${official}`).toBe(true);
    }
    expect(looksAlike(table, code('水'), code('生'))).toBe(false);
  });
});
