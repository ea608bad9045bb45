// Reads a JSON report written by `--format json` back into results (for `cuomin merge`), validating its shape.
import { z } from 'zod';
import type { LintResult } from '../engine/types.js';

const messageSchema = z
  .object({
    ruleId: z.string().nullable(),
    severity: z.enum(['error', 'warning', 'info']),
    category: z.enum(['mistake', 'sensitive']),
    urgency: z.enum(['urgent', 'general']),
    message: z.string(),
    line: z.number(),
    column: z.number(),
    endLine: z.number(),
    endColumn: z.number(),
    text: z.string(),
    suggestions: z.array(z.string()),
    fix: z.object({ range: z.tuple([z.number(), z.number()]), text: z.string() }).optional(),
    fatal: z.literal(true).optional(),
  })
  .passthrough();

const resultSchema = z
  .object({
    filePath: z.string(),
    messages: z.array(messageSchema),
    errorCount: z.number(),
    warningCount: z.number(),
    fixableCount: z.number(),
    unit: z.string().nullable().optional(),
  })
  .passthrough();

export const jsonReportSchema = z.array(resultSchema);

/** The results of a JSON report; throws a zod error when the text is not one. */
export function readJsonReport(text: string): LintResult[] {
  const parsed = jsonReportSchema.parse(JSON.parse(text));
  return parsed.map((result) => {
    const { unit, messages, ...rest } = result;
    const cleaned = messages.map((message) => {
      const { unit: _unit, ...fields } = message as typeof message & { unit?: unknown };
      return fields;
    });
    return { ...rest, messages: cleaned, ...(unit ? { unit } : {}) } as LintResult;
  });
}
