// File names for per-unit worklists: the unit's name made safe for every file system, distinct per unit.
import { UNASSIGNED_UNIT } from './columns.js';
import { FEEDBACK_BASENAME } from './feedback.js';

/** Replaces `/\:*?"<>|` and control characters; Windows forbids trailing dots and spaces. */
export function sanitizeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = name.replace(/[/\\:*?"<>|\u0000-\u001f\u007f]/g, '_').replace(/[. ]+$/, '').trim();
  return safe === '' || safe === '.' || safe === '..' ? '_' : safe;
}

/**
 * Base names (no extension) per unit; `null` (no unit) is 待分配. Names that would collide (two units sanitised alike,
 * a unit named like a reserved file) get `-2`, `-3`, …
 */
export function unitFileNames(units: ReadonlyArray<string | null>): Map<string | null, string> {
  const taken = new Set([FEEDBACK_BASENAME.toLowerCase(), 'worklist']);
  const names = new Map<string | null, string>();
  if (units.includes(null)) {
    names.set(null, UNASSIGNED_UNIT);
    taken.add(UNASSIGNED_UNIT);
  }
  for (const unit of units) {
    if (unit === null || names.has(unit)) continue;
    const base = sanitizeFileName(unit);
    let name = base;
    for (let suffix = 2; taken.has(name.toLowerCase()); suffix++) name = `${base}-${suffix}`;
    taken.add(name.toLowerCase());
    names.set(unit, name);
  }
  return names;
}
