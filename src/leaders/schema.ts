// The shape of the leaders table (dictionaries/leaders.yaml) and of the standard-names rule's `leaders` option,
// validated with Zod so that a wrong entry names its key.
import { z } from 'zod';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/**
 * A person's name as written in official text: Han characters, for some minorities joined by a middle dot. Written
 * with explicit ranges, not \p{Script=Han}, so that the JSON Schema made from it works in editors without the u flag.
 */
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const personName = z.string().regex(new RegExp(`^[${HAN}][${HAN}·•]{0,18}[${HAN}]$`), '2–20 Han characters');

const spec = z.object({ text: z.string().min(1), date: isoDate }).strict();

export const leaderTableSchema = z
  .object({
    table: z.literal('leaders'),
    description: z.string().optional(),
    source: z.string().optional(),
    /** Groups of characters that look alike (形近字), each a string of two or more characters. */
    lookAlike: z.array(z.string().min(2)).default([]),
    posts: z.record(
      z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case id'),
      z
        .object({
          /** How the post is named in a suggestion. */
          title: z.string().min(2),
          /** Every way the post is written right before a name; the title is one of them. */
          aliases: z.array(z.string().min(2)).min(1),
          /** The table knows every period in this post of every person it lists (see dictionaries/leaders.yaml). */
          exclusive: z.boolean().default(true),
        })
        .strict(),
    ),
    people: z.array(
      z
        .object({
          name: personName,
          posts: z
            .array(z.object({ post: z.string(), from: isoDate, until: isoDate.optional() }).strict())
            .min(1),
          source: z.string().optional(),
        })
        .strict(),
    ),
    specs: z.object({ flag: z.array(spec).min(1), pass: z.array(spec) }).strict(),
  })
  .strict();

export type LeaderTableFile = z.infer<typeof leaderTableSchema>;

/** One local leader in the rule's options: a name, the titles written before it, and optionally the period. */
export const localLeaderSchema = z
  .object({
    /** 张三 */
    name: personName,
    /** 市长, 富锦市市长, 市政府市长: every way the post is written right before the name. */
    titles: z.array(z.string().min(1)).min(1),
    /** First day in the post (YYYY-MM-DD); omitted: always. */
    from: isoDate.optional(),
    /** Last day in the post (YYYY-MM-DD, counted as held); omitted: still in the post. */
    until: isoDate.optional(),
  })
  .strict();

export type LocalLeader = z.infer<typeof localLeaderSchema>;
