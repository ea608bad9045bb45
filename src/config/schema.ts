// The shape of a cuomin config file, as a Zod schema (validation) that also yields the shipped JSON Schema.
import { z } from 'zod';
import { isValidSelector } from '../document/html/main-content.js';
import { workdayConfigSchema } from '../worklist/workday-config.js';
import { siteConfigSchema } from '../site/site-config.js';

export const severitySettingSchema = z.enum(['off', 'info', 'warning', 'error']);

/** `"warning"` or `["warning", { …options }]`. */
export const ruleEntrySchema = z.union([
  severitySettingSchema,
  z.tuple([severitySettingSchema]),
  z.tuple([severitySettingSchema, z.record(z.string(), z.unknown())]),
]);

const cssSelectorSchema = z.string().min(1).refine(isValidSelector, { message: '不是有效的 CSS 选择器 / not a valid CSS selector' });

/** How HTML pages are read: which part is the main content, what is never prose, which classes hide content. */
export const htmlConfigSchema = z
  .object({
    contentSelectors: z.array(cssSelectorSchema).optional()
      .describe('CSS selectors of the main content, tried in order (the first that matches an element with text wins); replaces the built-in list'),
    excludeSelectors: z.array(cssSelectorSchema).optional()
      .describe('CSS selectors of elements whose text is never checked (added to nav, .breadcrumb, .share …)'),
    hiddenClasses: z.array(z.string().regex(/^[^\s.#]+$/, '应为类名本身，不带“.”或空格 / a class name without "." or spaces')).optional()
      .describe('Class names that hide an element on this site (e.g. "hide"): links inside are reported as hidden links'),
  })
  .strict();

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    extends: z.union([z.string(), z.array(z.string())]).optional()
      .describe('Presets: "cuomin:recommended", "cuomin:strict", "<plugin>:<preset>", or a path to another config file'),
    plugins: z.array(z.string()).optional().describe('npm package names or local files exporting { rules, presets, dictionaries }'),
    rules: z.record(z.string(), ruleEntrySchema).optional().describe('Rule id → "off" | "info" | "warning" | "error" or [severity, options]'),
    ignores: z.array(z.string()).optional().describe('Glob patterns of files never linted (like .cuominignore)'),
    allow: z.array(z.string()).optional().describe('Words never reported: findings overlapping them are dropped'),
    dictionaries: z.array(z.string()).optional().describe('Extra dictionary files, relative to the config file'),
    units: z.record(z.string(), z.string()).optional().describe('Path glob → the unit responsible for those files'),
    locale: z.enum(['zh', 'en']).optional().describe('Language of messages'),
    workday: workdayConfigSchema.optional(),
    html: htmlConfigSchema.optional(),
    site: siteConfigSchema.optional().describe('For cuomin scan: the portal address, its columns and how fresh each must be'),
  })
  .strict();

export type CuominConfig = z.infer<typeof configSchema>;
export type RuleEntry = z.infer<typeof ruleEntrySchema>;
