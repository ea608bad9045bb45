// Decides each item's status after a re-check: gone (fixed, on time or late by the file's mtime) or still there.
import type { RecheckedFinding } from './match-findings.js';
import {
  STATUS_FIXED,
  STATUS_FIXED_LATE,
  STATUS_OPEN,
  STATUS_OVERDUE,
  type WorklistItem,
  type WorklistStatus,
} from './types.js';

/** What the re-check found for one file. */
export type FileRecheck =
  | { checked: true; findings: readonly RecheckedFinding[]; modifiedAt: number }
  /** The file could not be re-linted (missing, unreadable): nothing is known, so nothing counts as fixed. */
  | { checked: false; message: string };

/** What the re-check found for one item (`stillThere`: see itemsStillThere). */
export type ItemRecheck = { checked: true; stillThere: boolean; modifiedAt: number } | { checked: false };

export function isFixed(status: WorklistStatus): boolean {
  return status === STATUS_FIXED || status === STATUS_FIXED_LATE;
}

/**
 * A finding still there, or one in a file that could not be re-checked, is open: overdue once `now` is past its
 * deadline. A finding gone is fixed: late when the file was last modified after the deadline. A fixed item stays as
 * it was while its finding stays gone (a later edit of the file must not turn an on-time fix into a late one).
 */
export function statusAfterRecheck(item: WorklistItem, recheck: ItemRecheck, now: number): WorklistStatus {
  const deadline = Date.parse(item.deadline);
  const open: WorklistStatus = now > deadline ? STATUS_OVERDUE : STATUS_OPEN;
  if (!recheck.checked) return isFixed(item.status) ? item.status : open;
  if (recheck.stillThere) return open;
  if (isFixed(item.status)) return item.status;
  return recheck.modifiedAt > deadline ? STATUS_FIXED_LATE : STATUS_FIXED;
}
