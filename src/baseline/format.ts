// The baseline file format (version 1): its types, validation, deterministic order and stable serialization.
// No I/O here; baseline-file.ts reads and writes it.
import { z } from 'zod';
import type { Severity } from '../engine/types.js';
import { UsageError } from '../usage-error.js';

export const BASELINE_VERSION = 1;
export const BASELINE_TOOL = 'cuomin';

/**
 * One accepted finding. Only `fingerprint` (and, to match findings whose fingerprint moved, `ruleId` and `text`)
 * decides what is accepted; `filePath`, `line` and `severity` are for the humans who review the file and for listing
 * entries that are fixed.
 */
export interface BaselineEntry {
  fingerprint: string;
  /** The path as reports show it (relative to the directory cuomin ran in, forward slashes). */
  filePath: string;
  ruleId: string;
  line: number;
  /** The text the finding covers. */
  text: string;
  severity: Severity;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  tool: typeof BASELINE_TOOL;
  /** When the entries last changed (ISO 8601). */
  createdAt: string;
  /** Sorted by filePath, line, ruleId, fingerprint (see compareEntries). */
  entries: BaselineEntry[];
}

const entrySchema = z.object({
  fingerprint: z.string().min(1),
  filePath: z.string().min(1),
  ruleId: z.string().min(1),
  line: z.number().int().min(0),
  text: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
});

const baselineSchema = z.object({
  version: z.literal(BASELINE_VERSION),
  tool: z.literal(BASELINE_TOOL),
  createdAt: z.iso.datetime({ offset: true }),
  entries: z.array(entrySchema),
});

/** Code-unit order, the same on every machine and locale (localeCompare is not). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The file's order: by filePath, line, ruleId, fingerprint (then the rest, so that the order is total). */
export function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return (
    compareStrings(a.filePath, b.filePath) ||
    a.line - b.line ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.fingerprint, b.fingerprint) ||
    compareStrings(a.text, b.text) ||
    compareStrings(a.severity, b.severity)
  );
}

export function sortEntries(entries: readonly BaselineEntry[]): BaselineEntry[] {
  return [...entries].sort(compareEntries);
}

/** Rebuilds an entry with the file's key order (and nothing else). */
function normalizeEntry(entry: BaselineEntry): BaselineEntry {
  const { fingerprint, filePath, ruleId, line, text, severity } = entry;
  return { fingerprint, filePath, ruleId, line, text, severity };
}

/**
 * The file's text: fixed key order, entries sorted, one entry per line (adding or fixing one finding changes one
 * line of a committed baseline), Chinese left unescaped, a trailing newline.
 */
export function serializeBaseline(baseline: Baseline): string {
  const entries = sortEntries(baseline.entries).map((entry) => `    ${JSON.stringify(normalizeEntry(entry))}`);
  const head = [
    '{',
    `  "version": ${JSON.stringify(baseline.version)},`,
    `  "tool": ${JSON.stringify(baseline.tool)},`,
    `  "createdAt": ${JSON.stringify(baseline.createdAt)},`,
  ];
  if (entries.length === 0) return `${[...head, '  "entries": []', '}'].join('\n')}\n`;
  return `${[...head, '  "entries": [', entries.join(',\n'), '  ]', '}'].join('\n')}\n`;
}

export function newBaseline(entries: readonly BaselineEntry[], now: Date): Baseline {
  return { version: BASELINE_VERSION, tool: BASELINE_TOOL, createdAt: now.toISOString(), entries: sortEntries(entries) };
}

/** Parses a baseline file's text; `label` names the file in errors (usage errors, exit 2). Entries come back sorted. */
export function parseBaseline(text: string, label: string): Baseline {
  if (/^(?:<{7}|={7}|>{7})(?: |$)/m.test(text)) {
    throw new UsageError({
      zh: `基线文件 ${label} 含有合并冲突标记（<<<<<<< / >>>>>>>）：请先解决冲突，或删除该文件后对全部文件重新运行 --update-baseline`,
      en: `Baseline file ${label} contains merge conflict markers (<<<<<<< / >>>>>>>): resolve the conflict, or delete the file and run --update-baseline again on all files`,
    });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError({
      zh: `基线文件 ${label} 不是有效的 JSON（${(error as Error).message}）`,
      en: `Baseline file ${label} is not valid JSON (${(error as Error).message})`,
    });
  }
  if (Array.isArray(raw)) {
    throw new UsageError({
      zh: `${label} 看起来是 cuomin lint -f json 的报告，不是基线文件；基线文件由 --update-baseline 生成`,
      en: `${label} looks like a cuomin lint -f json report, not a baseline file; baseline files are written by --update-baseline`,
    });
  }
  const version = typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version > BASELINE_VERSION) {
    throw new UsageError({
      zh: `基线文件 ${label} 的格式版本为 ${version}，本版 cuomin 只能读取版本 ${BASELINE_VERSION}：请升级 cuomin`,
      en: `Baseline file ${label} has format version ${version}; this cuomin reads version ${BASELINE_VERSION} only: upgrade cuomin`,
    });
  }
  const parsed = baselineSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.map(String).join('.') || '(top level)';
    throw new UsageError({
      zh: `${label} 不是 cuomin 基线文件（${where}：${issue.message}）`,
      en: `${label} is not a cuomin baseline file (${where}: ${issue.message})`,
    });
  }
  return { ...parsed.data, entries: sortEntries(parsed.data.entries) };
}
