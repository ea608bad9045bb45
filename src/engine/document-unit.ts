// The unit responsible for a document, as its own metadata names it: front matter `unit` (or 供稿单位 …), or the
// ContentSource a government CMS writes into a page's meta tags.
import { FIELD_ALIASES } from '../approval/fields.js';

const UNIT_KEYS = new Set(['unit', ...FIELD_ALIASES.unit, 'contentsource']);

export function documentUnit(metadata: Record<string, unknown>): string | undefined {
  for (const [key, value] of Object.entries(metadata)) {
    if (!UNIT_KEYS.has(key.trim().toLowerCase())) continue;
    const unit = typeof value === 'string' ? value.trim() : '';
    if (unit !== '') return unit;
  }
  return undefined;
}
