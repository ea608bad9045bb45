// Reads and writes worklist.json (other tools read it: the keys and their order are fixed by WorklistItem).
import fs from 'node:fs';
import { z } from 'zod';
import { UsageError } from '../usage-error.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { WORKLIST_STATUSES, type Worklist, type WorklistItem } from './types.js';

export const WORKLIST_FILE_NAME = 'worklist.json';

const isoTime = z.iso.datetime({ offset: true });

const itemSchema = z.object({
  id: z.string(),
  fingerprint: z.string(),
  unit: z.string().nullable(),
  filePath: z.string(),
  line: z.number(),
  column: z.number(),
  ruleId: z.string().nullable(),
  category: z.enum(['mistake', 'sensitive']),
  urgency: z.enum(['urgent', 'general']),
  text: z.string(),
  context: z.string(),
  suggestions: z.array(z.string()),
  foundAt: isoTime,
  deadline: isoTime,
  status: z.enum(WORKLIST_STATUSES),
});

const worklistSchema = z.object({ generatedAt: isoTime, items: z.array(itemSchema) });

/** Rebuilds each item with WorklistItem's key order (and nothing else). */
function normalizeItem(item: WorklistItem): WorklistItem {
  const { id, fingerprint, unit, filePath, line, column, ruleId, category, urgency, text, context, suggestions, foundAt, deadline, status } = item;
  return { id, fingerprint, unit, filePath, line, column, ruleId, category, urgency, text, context, suggestions, foundAt, deadline, status };
}

export function serializeWorklist(worklist: Worklist): string {
  return `${JSON.stringify({ generatedAt: worklist.generatedAt, items: worklist.items.map(normalizeItem) }, null, 2)}\n`;
}

export function writeWorklist(filePath: string, worklist: Worklist): void {
  writeFileAtomic(filePath, serializeWorklist(worklist));
}

export function readWorklist(filePath: string, label = filePath): Worklist {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(filePath, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code
        ? { zh: `无法读取整改清单 ${label}（${code}）`, en: `Cannot read worklist ${label} (${code})` }
        : { zh: `整改清单 ${label} 不是有效的 JSON（${(error as Error).message}）`, en: `Worklist ${label} is not valid JSON (${(error as Error).message})` },
    );
  }
  const parsed = worklistSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue.path.map(String).join('.') || '(top level)';
  throw new UsageError({
    zh: `${label} 不是 cuomin worklist 生成的整改清单（${where}：${issue.message}）`,
    en: `${label} is not a worklist written by cuomin worklist (${where}: ${issue.message})`,
  });
}
