// The shape of a cuomin config file, as a Zod schema (validation) that also yields the shipped JSON Schema.
import { z } from 'zod';

export const severitySettingSchema = z.enum(['off', 'info', 'warning', 'error']);

/** `"warning"` or `["warning", { …options }]`. */
export const ruleEntrySchema = z.union([
  severitySettingSchema,
  z.tuple([severitySettingSchema]),
  z.tuple([severitySettingSchema, z.record(z.string(), z.unknown())]),
]);

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
  })
  .strict();

export type CuominConfig = z.infer<typeof configSchema>;
export type RuleEntry = z.infer<typeof ruleEntrySchema>;
