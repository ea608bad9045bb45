// The shape of a dictionary file, validated with Zod (so a wrong entry names its file, index and key).
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const dateLike = z.union([isoDate, z.date().transform((date) => date.toISOString().slice(0, 10))]);
const specText = z.union([z.string().min(1), z.object({ text: z.string().min(1), date: dateLike.optional() }).strict()]);

export const entrySchema = z
  .object({
    term: z.string().min(1),
    replacements: z.array(z.string()).optional(),
    reason: z.string().optional(),
    reasonEn: z.string().optional(),
    from: dateLike.optional(),
    until: dateLike.optional(),
    notPrecededBy: z.array(z.string().min(1)).optional(),
    notFollowedBy: z.array(z.string().min(1)).optional(),
    precededBy: z.array(z.string().min(1)).optional(),
    followedBy: z.array(z.string().min(1)).optional(),
    wholeWord: z.boolean().optional(),
    category: z.enum(['mistake', 'sensitive']).optional(),
    severity: z.enum(['error', 'warning', 'info']).optional(),
    urgency: z.enum(['urgent', 'general']).optional(),
    fix: z.boolean().optional(),
    specs: z
      .object({
        flag: z.array(z.union([z.string().min(1), z.object({ text: z.string().min(1), fixed: z.string().optional(), date: dateLike.optional() }).strict()])).min(1),
        pass: z.array(specText).optional(),
      })
      .strict(),
  })
  .strict();

export const dictionaryFileSchema = z
  .object({
    dictionary: z.string().regex(/^[a-z0-9][a-z0-9/_-]*$/, 'lower-case id: letters, digits, - _ /'),
    rule: z.string().min(1),
    description: z.string().optional(),
    source: z.string().optional(),
    normalize: z.array(z.enum(['width', 'case', 'traditional', 'interference'])).optional(),
    defaults: z
      .object({
        category: z.enum(['mistake', 'sensitive']).optional(),
        severity: z.enum(['error', 'warning', 'info']).optional(),
        urgency: z.enum(['urgent', 'general']).optional(),
        fix: z.boolean().optional(),
      })
      .strict()
      .optional(),
    entries: z.array(entrySchema),
  })
  .strict();

export type DictionaryFile = z.infer<typeof dictionaryFileSchema>;
