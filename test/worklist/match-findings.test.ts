import { describe, expect, it } from 'vitest';
import { fallbackFingerprint } from '../../src/worklist/fingerprints.js';
import { itemsStillThere, type RecheckedFinding } from '../../src/worklist/match-findings.js';
import { item } from './fixtures.js';

const finding = (overrides: Partial<RecheckedFinding>): RecheckedFinding => ({ ruleId: 'placeholders', text: 'XXX', line: 3, column: 2, ...overrides });
const ids = (items: Set<{ id: string }>) => [...items].map((entry) => entry.id).sort();

describe('itemsStillThere', () => {
  it('finds items by fingerprint wherever the finding moved', () => {
    const items = [item({ id: 'W0001', fingerprint: 'a' }), item({ id: 'W0002', fingerprint: 'b', text: '某某' })];
    expect(ids(itemsStillThere(items, [finding({ fingerprint: 'a', line: 40 })], 'news/通知.md'))).toEqual(['W0001']);
  });

  it('finds items from reports without fingerprints by the fallback hash', () => {
    const legacy = fallbackFingerprint({ ruleId: 'placeholders', text: 'XXX', line: 3 }, 'news/通知.md');
    const items = [item({ id: 'W0001', fingerprint: legacy }), item({ id: 'W0002', fingerprint: `${legacy}#2`, column: 9 })];
    expect(ids(itemsStillThere(items, [finding({ fingerprint: 'new' })], 'news/通知.md'))).toEqual(['W0001']);
  });

  it('keeps an item whose fingerprint changed because the text around it was edited, when the same mistake remains', () => {
    // 待定事项另行通知，请某某同志负责。 → 有关事项另行通知，请某某同志负责。: 待定 fixed, 某某 still there with a new fingerprint.
    const items = [item({ id: 'W0001', fingerprint: 'old-daiding', text: '待定', column: 1 }), item({ id: 'W0002', fingerprint: 'old-moumou', text: '某某', column: 11 })];
    const there = itemsStillThere(items, [finding({ fingerprint: 'new-moumou', text: '某某', column: 11 })], 'news/通知.md');
    expect(ids(there)).toEqual(['W0002']);
  });

  it('lets each remaining finding account for one item only, the nearest', () => {
    const items = [item({ id: 'W0001', fingerprint: 'x1', column: 2 }), item({ id: 'W0002', fingerprint: 'x2', column: 20 })];
    expect(ids(itemsStillThere(items, [finding({ fingerprint: 'y', column: 19 })], 'news/通知.md'))).toEqual(['W0002']);
    expect(ids(itemsStillThere(items, [finding({ fingerprint: 'x1' }), finding({ fingerprint: 'y', column: 19 })], 'news/通知.md'))).toEqual(['W0001', 'W0002']);
    expect(ids(itemsStillThere(items, [finding({ fingerprint: 'x1' })], 'news/通知.md'))).toEqual(['W0001']);
  });

  it('does not take a different rule or a different text for the item', () => {
    const items = [item({ id: 'W0001', fingerprint: 'x' })];
    expect(itemsStillThere(items, [finding({ fingerprint: 'y', ruleId: 'typos' }), finding({ fingerprint: 'z', text: 'XXXX' })], 'news/通知.md').size).toBe(0);
  });
});
