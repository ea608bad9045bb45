import { describe, expect, it } from 'vitest';
import { sanitizeFileName, unitFileNames } from '../../src/worklist/unit-file-names.js';

describe('unit file names', () => {
  it('replaces characters file systems forbid', () => {
    expect(sanitizeFileName('富锦市水务局')).toBe('富锦市水务局');
    expect(sanitizeFileName('教育/体育局:*?"<>|\\')).toBe('教育_体育局________');
    expect(sanitizeFileName('局. ')).toBe('局');
    expect(sanitizeFileName('..')).toBe('_');
  });

  it('names the unassigned list 待分配 and keeps names distinct', () => {
    const names = unitFileNames(['甲/乙', '甲:乙', null, '反馈汇总', '待分配']);
    expect([...names]).toEqual([
      [null, '待分配'],
      ['甲/乙', '甲_乙'],
      ['甲:乙', '甲_乙-2'],
      ['反馈汇总', '反馈汇总-2'],
      ['待分配', '待分配-2'],
    ]);
  });
});
