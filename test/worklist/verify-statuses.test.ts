import { describe, expect, it } from 'vitest';
import { statusAfterRecheck, type ItemRecheck } from '../../src/worklist/verify-statuses.js';
import { item } from './fixtures.js';

const DEADLINE = Date.parse('2026-11-27T17:30:00+08:00');
const BEFORE = DEADLINE - 60_000;
const AFTER = DEADLINE + 60_000;

const stillThere: ItemRecheck = { checked: true, stillThere: true, modifiedAt: BEFORE };
const gone = (modifiedAt: number): ItemRecheck => ({ checked: true, stillThere: false, modifiedAt });
const unreadable: ItemRecheck = { checked: false };

describe('statusAfterRecheck', () => {
  it('marks a finding still there as open within the deadline and overdue after it', () => {
    expect(statusAfterRecheck(item(), stillThere, BEFORE)).toBe('未整改');
    expect(statusAfterRecheck(item(), stillThere, DEADLINE)).toBe('未整改');
    expect(statusAfterRecheck(item(), stillThere, AFTER)).toBe('逾期未整改');
  });

  it('marks a finding gone as fixed, late when the file changed after the deadline', () => {
    expect(statusAfterRecheck(item(), gone(BEFORE), AFTER)).toBe('已整改');
    expect(statusAfterRecheck(item(), gone(DEADLINE), AFTER)).toBe('已整改');
    expect(statusAfterRecheck(item(), gone(AFTER), AFTER)).toBe('已整改（逾期）');
  });

  it('keeps a fix on time when the file is edited again later, and reopens a finding that came back', () => {
    expect(statusAfterRecheck(item({ status: '已整改' }), gone(AFTER + 3_600_000), AFTER + 3_600_000)).toBe('已整改');
    expect(statusAfterRecheck(item({ status: '已整改（逾期）' }), gone(AFTER), AFTER)).toBe('已整改（逾期）');
    expect(statusAfterRecheck(item({ status: '已整改' }), stillThere, AFTER)).toBe('逾期未整改');
  });

  it('counts nothing as fixed in a file that could not be re-checked', () => {
    expect(statusAfterRecheck(item(), unreadable, BEFORE)).toBe('未整改');
    expect(statusAfterRecheck(item({ status: '未整改' }), unreadable, AFTER)).toBe('逾期未整改');
    expect(statusAfterRecheck(item({ status: '已整改' }), unreadable, AFTER)).toBe('已整改');
  });
});
