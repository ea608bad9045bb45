import { describe, expect, it } from 'vitest';
import { WordTable } from '../../src/homophones/word-table.js';

describe('WordTable bytes', () => {
  it('reads back the same words, counts, idfs and name flags', () => {
    const table = new WordTable(4);
    for (const [word, count] of [['机制', 120], ['贯彻', 80], ['王', 5], ['制定', 300], ['社会主义', 900]] as const) table.addCount(table.entry(word), count);
    table.setIdf(table.find('机制'), 7.5);
    table.markName(table.find('王'));
    const copy = WordTable.fromBytes(table.toBytes());
    expect(copy.size).toBe(5);
    for (const word of ['机制', '贯彻', '王', '制定', '社会主义']) expect(copy.count(copy.find(word))).toBe(table.count(table.find(word)));
    expect(copy.idf(copy.find('机制'))).toBe(7.5);
    expect(Number.isNaN(copy.idf(copy.find('贯彻')))).toBe(true);
    expect(copy.isName(copy.find('王'))).toBe(true);
    expect(copy.find('机智')).toBe(-1);
    expect(copy.find('完善体制机制', 4, 6)).toBe(copy.find('机制'));
    expect(copy.find('机制')).toBeGreaterThanOrEqual(0);
  });
});
