// The worklist: one item per finding to correct, with its unit, deadline and status (the shape of worklist.json).
import type { Category, Urgency } from '../engine/types.js';

export const STATUS_PENDING = '待整改';
export const STATUS_FIXED = '已整改';
export const STATUS_OPEN = '未整改';
export const STATUS_OVERDUE = '逾期未整改';
export const STATUS_FIXED_LATE = '已整改（逾期）';

export const WORKLIST_STATUSES = [STATUS_PENDING, STATUS_FIXED, STATUS_OPEN, STATUS_OVERDUE, STATUS_FIXED_LATE] as const;
export type WorklistStatus = (typeof WORKLIST_STATUSES)[number];

/** Key order here is the key order of worklist.json; other tools read these keys. */
export interface WorklistItem {
  /** `W0001`…, numbered in order of unit, file, line and column. */
  id: string;
  /** The finding's fingerprint from the report, or a hash of rule, file, text and line for reports without one. */
  fingerprint: string;
  /** The unit responsible; null when no unit is known (the Bureau assigns it). */
  unit: string | null;
  filePath: string;
  line: number;
  column: number;
  ruleId: string | null;
  category: Category;
  urgency: Urgency;
  text: string;
  /** The source line around the finding, about 30 characters each side, whitespace collapsed. */
  context: string;
  suggestions: string[];
  /** ISO 8601 with offset, e.g. `2026-11-27T10:30:00+08:00`. */
  foundAt: string;
  deadline: string;
  status: WorklistStatus;
}

export interface Worklist {
  generatedAt: string;
  items: WorklistItem[];
}

/** A file the lint run (or the re-check) could not check: its fatal message. */
export interface UncheckedFile {
  filePath: string;
  message: string;
}
