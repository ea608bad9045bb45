import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MalformedPackedValueError, PackCompactor, PackTables, UnpackableValueError, type PackedValue } from '../../src/cache/packed-values.js';
import type { LintResult } from '../../src/engine/types.js';

const result: LintResult = {
  filePath: 'drafts/通知.md',
  messages: [
    {
      ruleId: 'typos',
      severity: 'warning',
      category: 'mistake',
      urgency: 'general',
      message: '“再接再励”应为“再接再厉”：成语误写',
      line: 3,
      column: 9,
      endLine: 3,
      endColumn: 13,
      text: '再接再励',
      suggestions: ['再接再厉'],
      fix: { range: [40, 44], text: '再接再厉' },
      fingerprint: '0123456789abcdef0123456789abcdef',
    },
    {
      ruleId: null,
      severity: 'error',
      category: 'mistake',
      urgency: 'general',
      message: '文件含有空字节（NUL）',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      text: '',
      suggestions: [],
      fatal: true,
    },
  ],
  errorCount: 1,
  warningCount: 1,
  fixableCount: 1,
  unit: '市政府办公厅',
};

describe('PackTables', () => {
  it('gives back a lint result exactly: values, key order, keys whose value is undefined', () => {
    const tables = new PackTables();
    const withUndefined = { ...result, unit: undefined };
    const packed = [tables.pack(result), tables.pack(withUndefined)];
    const again = new PackTables(JSON.parse(JSON.stringify(tables.strings)) as string[], JSON.parse(JSON.stringify(tables.shapes)) as string[][]);
    const [first, second] = (JSON.parse(JSON.stringify(packed)) as PackedValue[]).map((value) => again.unpack(value)) as LintResult[];
    expect(first).toEqual(result);
    expect(JSON.stringify(first)).toBe(JSON.stringify(result));
    expect(Object.keys(first.messages[0])).toEqual(Object.keys(result.messages[0]));
    expect(Object.keys(second)).toContain('unit');
    expect(second.unit).toBeUndefined();
  });

  it('stores each string and each object shape once', () => {
    const tables = new PackTables();
    for (let copy = 0; copy < 100; copy++) tables.pack(result);
    expect(tables.strings.filter((string) => string === 'typos')).toHaveLength(1);
    expect(tables.shapes.length).toBeLessThanOrEqual(5);
    // Fingerprints never repeat: they stay in place instead of filling the table.
    expect(tables.strings).not.toContain(result.messages[0].fingerprint);
    expect(JSON.stringify(tables.pack(result))).toContain(result.messages[0].fingerprint);
  });

  it('round-trips any JSON value, and negative and fractional numbers', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const tables = new PackTables();
        const packed = JSON.parse(JSON.stringify(tables.pack(value))) as PackedValue;
        expect(JSON.stringify(tables.unpack(packed))).toBe(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
    const tables = new PackTables();
    expect(tables.unpack(tables.pack([-3, 2.5, 0, 7, -0.25]))).toEqual([-3, 2.5, 0, 7, -0.25]);
  });

  it('refuses what JSON cannot keep instead of changing it', () => {
    const tables = new PackTables();
    expect(() => tables.pack({ line: Number.NaN })).toThrow(UnpackableValueError);
    expect(() => tables.pack({ when: new Date(0) })).toThrow(UnpackableValueError);
    expect(() => tables.pack({ pattern: /x/ })).toThrow(UnpackableValueError);
    expect(() => tables.pack(() => 1)).toThrow(UnpackableValueError);
    expect(() => tables.pack(1n)).toThrow(UnpackableValueError);
  });

  it('throws on packed values that do not fit the tables', () => {
    const tables = new PackTables(['a'], [['x']]);
    expect(tables.unpack(-1)).toBe('a');
    expect(tables.unpack([1, -1])).toEqual({ x: 'a' });
    for (const bad of [-2, 1.5, [], [9, 1], [1, 1, 2], [-1, 'x'], [-2, 0], {}]) {
      expect(() => tables.unpack(bad)).toThrow(MalformedPackedValueError);
    }
    const compactor = new PackCompactor(tables);
    expect([[1, -1], [1, -5], [7]].map((value) => compactor.remap(value))).toEqual([[1, -1], undefined, undefined]);
  });

  it('compacts to the strings and shapes still used, numbered by first use whatever the history', () => {
    const history = new PackTables();
    history.pack({ gone: 'no longer used', other: [1, 2] });
    const kept = [history.pack(result), history.pack({ a: 'b' })];
    const fresh = new PackTables();
    const direct = [fresh.pack(result), fresh.pack({ a: 'b' })];
    const compact = (tables: PackTables, values: PackedValue[]) => {
      const compactor = new PackCompactor(tables);
      return { tables: compactor.tables, values: values.map((value) => compactor.remap(value)) };
    };
    const compacted = compact(history, kept);
    const compactedFresh = compact(fresh, direct);
    expect(compacted.tables.strings).not.toContain('no longer used');
    expect(compacted.tables.strings).toEqual(compactedFresh.tables.strings);
    expect(compacted.tables.shapes).toEqual(compactedFresh.tables.shapes);
    expect(JSON.stringify(compacted.values)).toBe(JSON.stringify(compactedFresh.values));
    expect(compacted.tables.unpack(compacted.values[0])).toEqual(result);
  });
});
