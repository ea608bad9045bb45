// Worklist items for tests.
import type { WorklistItem } from '../../src/worklist/types.js';

export function item(overrides: Partial<WorklistItem> = {}): WorklistItem {
  return {
    id: 'W0001',
    fingerprint: 'fp1',
    unit: '富锦市水务局',
    filePath: 'news/通知.md',
    line: 3,
    column: 2,
    ruleId: 'placeholders',
    category: 'mistake',
    urgency: 'general',
    text: 'XXX',
    context: '请XXX单位报送材料',
    suggestions: [],
    foundAt: '2026-11-27T10:30:00+08:00',
    deadline: '2026-11-27T17:30:00+08:00',
    status: '待整改',
    ...overrides,
  };
}
