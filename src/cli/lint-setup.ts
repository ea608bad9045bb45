// Everything a lint run needs before the first file: the resolved config, the Linter and the per-file options. The
// main thread and every worker thread build it from the same plain settings, so that workers lint exactly as the main
// thread would (plugins and dictionaries cannot be sent to a thread; each thread loads its own, once).
import path from 'node:path';
import { loadConfigFile } from '../config/load-config-file.js';
import { resolveConfig, type ResolvedConfig } from '../config/resolve-config.js';
import { Linter } from '../engine/linter.js';
import type { Locale } from '../engine/types.js';
import type { SourceEncoding } from '../io/encodings.js';
import { createUnitResolver } from '../io/units.js';
import type { FixMode, LintFilesOptions } from './lint-files.js';

/** Plain, cloneable settings of a run (they travel to worker threads as workerData). */
export interface LintSettings {
  cwd: string;
  /** The config file to use; undefined: search from cwd. */
  configPath?: string;
  ruleFlags?: string[];
  /** --locale; undefined: the config's, else Chinese. */
  locale?: Locale;
  date?: string;
  quiet?: boolean;
  encoding?: SourceEncoding;
  fixMode: FixMode;
  /** Keep each page's date and references for the site rules (`cuomin scan`). */
  collectPageFacts?: boolean;
}

export interface LintSetup {
  config: ResolvedConfig;
  /** The config file found, passed to workers so they do not search again. */
  configFile?: string;
  locale: Locale;
  linter: Linter;
  fileOptions: LintFilesOptions;
}

export async function setUpLint(settings: LintSettings): Promise<LintSetup> {
  const loaded = await loadConfigFile({ cwd: settings.cwd, configPath: settings.configPath });
  const baseDir = loaded.filePath ? path.dirname(loaded.filePath) : settings.cwd;
  const config = await resolveConfig(loaded.config, { configFile: loaded.filePath, baseDir, ruleFlags: settings.ruleFlags });
  const locale: Locale = settings.locale ?? config.locale ?? 'zh';
  const linter = new Linter({
    rules: config.rules,
    settings: config.settings,
    locale,
    date: settings.date,
    allow: config.allow,
    quiet: settings.quiet,
    dictionaries: config.dictionaries,
    parse: { html: config.html },
  });
  // Unit globs, like ignores, are relative to the config file's folder.
  const unitOf = createUnitResolver(config.units, config.baseDir);
  return {
    config,
    configFile: loaded.filePath,
    locale,
    linter,
    fileOptions: { linter, cwd: settings.cwd, fixMode: settings.fixMode, locale, unitOf, encoding: settings.encoding, collectPageFacts: settings.collectPageFacts },
  };
}
