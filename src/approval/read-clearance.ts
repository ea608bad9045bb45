// Reads a draft's clearance: the fields of its front matter and of the sign-off lines at the end of its text.
import type { CuominDocument } from '../document/types.js';
import { type ClearanceField, fieldOfKey } from './fields.js';
import { readSignOff } from './sign-off.js';

/** Where a finding goes: prose offsets (sign-off lines) or source offsets (front matter). */
export type Place = { prose: [number, number] } | { source: [number, number] };

export interface FieldEntry {
  field: ClearanceField;
  /** The value as text, trimmed; '' when the slot is empty. */
  value: string;
  /** The value, or the key when the value is empty. */
  place: Place;
}

export interface Clearance {
  entries: FieldEntry[];
  /** Where a field nobody wrote is reported: the front matter's opening line, else the sign-off block, else the last line. */
  missingPlace: Place;
}

export function readClearance(document: CuominDocument): Clearance {
  const frontMatter = readFrontMatter(document);
  const signOff = readSignOff(document.text, document.blocks);
  const entries = [...frontMatter, ...signOff.entries];
  return { entries, missingPlace: missingPlaceOf(document, signOff.start) };
}

function readFrontMatter(document: CuominDocument): FieldEntry[] {
  const entries: FieldEntry[] = [];
  for (const [key, raw] of Object.entries(document.metadata)) {
    const field = fieldOfKey(key);
    if (!field) continue;
    const value = valueText(raw);
    const location = document.metadataLocations[key];
    const range = location ? (value === '' || location.value[1] <= location.value[0] ? location.key : location.value) : document.metadataRange;
    entries.push({ field, value, place: range ? { source: range } : { prose: [0, 0] } });
  }
  return entries;
}

function valueText(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  if (typeof raw === 'object') return Array.isArray(raw) ? raw.map(valueText).join('、') : '';
  return String(raw).trim();
}

function missingPlaceOf(document: CuominDocument, signOffStart: number | undefined): Place {
  if (document.metadataRange) {
    const [start] = document.metadataRange;
    const lineEnd = document.source.indexOf('\n', start);
    return { source: [start, lineEnd < 0 ? document.metadataRange[1] : lineEnd] };
  }
  const blocks = document.blocks;
  const block = signOffStart !== undefined ? blocks.find((candidate) => candidate.start === signOffStart) : blocks.at(-1);
  return block ? { prose: [block.start, block.end] } : { prose: [0, 0] };
}
