// The shape of a `--format json` report as other commands read it back (cuomin merge, cuomin worklist): the keys the
// JSON reporter writes, lenient where older reports lack one (fingerprint, unit, end positions).
import { z } from 'zod';

export const jsonReportMessageSchema = z
  .object({
    ruleId: z.string().nullable(),
    severity: z.enum(['error', 'warning', 'info']),
    category: z.enum(['mistake', 'sensitive']),
    urgency: z.enum(['urgent', 'general']),
    message: z.string(),
    line: z.number(),
    column: z.number(),
    endLine: z.number().optional(),
    endColumn: z.number().optional(),
    text: z.string(),
    suggestions: z.array(z.string()).default([]),
    fix: z.object({ range: z.tuple([z.number(), z.number()]), text: z.string() }).optional(),
    fatal: z.boolean().optional(),
    unit: z.string().nullable().optional(),
    /** Absent in reports written before fingerprints existed. */
    fingerprint: z.string().optional(),
  })
  .passthrough();

export const jsonReportFileSchema = z
  .object({
    filePath: z.string(),
    messages: z.array(jsonReportMessageSchema),
    errorCount: z.number().optional(),
    warningCount: z.number().optional(),
    fixableCount: z.number().optional(),
    unit: z.string().nullable().optional(),
  })
  .passthrough();

export const jsonReportSchema = z.array(jsonReportFileSchema);

export type JsonReportMessage = z.infer<typeof jsonReportMessageSchema>;
export type JsonReportFile = z.infer<typeof jsonReportFileSchema>;
