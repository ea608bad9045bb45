// The run key: one SHA-256 over everything besides a file's own bytes that decides its LintResult. The CLI computes
// it once per run (`createRunKey(runKeyParts(…))`); a cache written under another run key is discarded whole.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config/resolve-config.js';
import type { HtmlOptions } from '../document/html/main-content.js';
import type { Locale, ResolvedRuleSetting } from '../engine/types.js';
import { canonicalJson } from './canonical-json.js';
import { CACHE_FORMAT_VERSION } from './cache-file.js';
import { pluginIdentity, type PluginIdentity } from './plugin-identity.js';
import { programIdentity, type ProgramIdentity } from './program-identity.js';

export interface RunKeyParts {
  cacheFormat: number;
  program: ProgramIdentity;
  /** Every rule's severity, whether it was set explicitly, and its parsed options (the rule ids include plugins'). */
  rules: Record<string, ResolvedRuleSetting>;
  allow: string[];
  locale: Locale;
  html?: HtmlOptions;
  /** Config `units` (a result carries its unit) … */
  units: Array<{ pattern: string; unit: string }>;
  /** … matched against paths relative to the config's folder, given here relative to the working directory. */
  unitsBase: string;
  /** The date rules compare against when a document has none: `--date`, else today (so the key changes daily). */
  date: string;
  quiet: boolean;
  encoding?: string;
  /** The config's and plugins' dictionary files, in load order (order decides which entry wins). */
  dictionaries: Array<{ name: string; sha256: string }>;
  plugins: PluginIdentity[];
}

export interface RunKeyInput {
  config: Pick<ResolvedConfig, 'settings' | 'allow' | 'html' | 'units' | 'baseDir' | 'dictionaryFiles' | 'plugins'>;
  cwd: string;
  /** The locale messages are written in (after --locale and config). */
  locale: Locale;
  /** `--date`; undefined: today, as the Linter takes it. */
  date?: string;
  quiet?: boolean;
  /** `--encoding`. */
  encoding?: string;
}

/**
 * The Linter's date for undated documents: the given one, else today in UTC (engine/linter.ts). Best computed once in
 * the main thread and passed to the Linter and to every worker as `date`, so that a run crossing midnight uses one day.
 */
export function linterFallbackDate(date?: string): string {
  return date ?? new Date().toISOString().slice(0, 10);
}

function fileHash(filePath: string): string {
  try {
    return crypto.createHash('sha256').update(fs.readFileSync(filePath)).digest('hex');
  } catch (error) {
    return `unreadable:${(error as NodeJS.ErrnoException).code ?? 'EIO'}`;
  }
}

/** Reads what the key needs from disk: cuomin's own files (once per process), dictionaries and plugin modules. */
export function runKeyParts(input: RunKeyInput): RunKeyParts {
  const { config } = input;
  const parts: RunKeyParts = {
    cacheFormat: CACHE_FORMAT_VERSION,
    program: programIdentity(),
    rules: config.settings,
    allow: config.allow,
    locale: input.locale,
    units: config.units,
    unitsBase: path.relative(input.cwd, config.baseDir).split(path.sep).join('/'),
    date: linterFallbackDate(input.date),
    quiet: input.quiet ?? false,
    dictionaries: config.dictionaryFiles.map((file) => ({ name: path.basename(file), sha256: fileHash(file) })),
    plugins: config.plugins.map(pluginIdentity),
  };
  if (config.html !== undefined) parts.html = config.html;
  if (input.encoding !== undefined) parts.encoding = input.encoding;
  return parts;
}

export function createRunKey(parts: RunKeyParts): string {
  return crypto.createHash('sha256').update(canonicalJson(parts)).digest('hex');
}
