// The config key `site`: the portal's address, its columns and how fresh each kind of column must be.
import { z } from 'zod';
import type { ColumnType, SiteSettings } from './types.js';

export const DEFAULT_FRESHNESS_DAYS: Record<ColumnType, number | null> = { news: 14, notice: 180, policy: 180, other: null };

const urlSchema = z.string().refine((value) => {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}, { message: '应为 http:// 或 https:// 开头的网址 / must be an http:// or https:// URL' });

export const siteConfigSchema = z
  .object({
    baseUrl: urlSchema.optional().describe('The portal\'s address: absolute links to it are internal (https://www.fujin.gov.cn/)'),
    hosts: z.array(z.string().min(1)).optional().describe('Other host names of the same site'),
    columns: z
      .array(
        z
          .object({
            name: z.string().min(1).describe('Column name (新闻中心)'),
            path: z.string().min(1).describe('Path prefix of the column inside the export (/xwzx/)'),
            type: z.enum(['news', 'notice', 'policy', 'other']).default('other').describe('news: a new page within 14 days; notice and policy: within 180 days; other: never stale'),
          })
          .strict(),
      )
      .optional()
      .describe('The columns checked for staleness and emptiness'),
    freshnessDays: z
      .object({ news: z.number().int().positive().optional(), notice: z.number().int().positive().optional(), policy: z.number().int().positive().optional() })
      .strict()
      .optional()
      .describe('Days within which each type of column must have a new page'),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteConfigSchema>;

export function siteSettingsOf(config: SiteConfig | undefined): SiteSettings {
  return {
    ...(config?.baseUrl ? { baseUrl: config.baseUrl } : {}),
    hosts: config?.hosts ?? [],
    columns: (config?.columns ?? []).map((column) => ({ name: column.name, path: column.path, type: column.type ?? 'other' })),
    freshnessDays: { ...DEFAULT_FRESHNESS_DAYS, ...config?.freshnessDays },
  };
}
