// `cuomin lint`: resolve config, find files (or read stdin), lint or fix them, report, and choose the exit code.
import path from 'node:path';
import type { Locale } from '../engine/types.js';
import { discoverFiles } from '../io/discover-files.js';
import { t } from '../i18n/labels.js';
import { lintInOrder } from '../workers/lint-pool.js';
import { displayPath, docxNotFixableNote, lintBytes, parseEncodingOption, type FileOutcome } from './lint-files.js';
import { setUpLint, type LintSettings } from './lint-setup.js';
import { createProgress } from './progress.js';
import { finishOutputs, openCommandOutputs, parseReportOutputs, writeResult } from './report-outputs.js';
import { inShard, parseShardOption } from './shard.js';
import { openCache, resolveCacheLocation } from '../cache/lint-cache.js';
import { createRunKey, linterFallbackDate, runKeyParts } from '../cache/run-key.js';
import { BaselineFilter } from '../baseline/apply-baseline.js';
import { fileExistsUnder, readBaseline, writeBaseline } from '../baseline/baseline-file.js';
import { baselineSummaryLine, fixedEntriesList } from '../baseline/describe-baseline.js';
import { UsageError } from '../usage-error.js';
import { parseConcurrency, parseDateOption, parseLocaleOption, parseMaxWarnings } from './option-values.js';

export interface LintCommandOptions {
  format?: string[];
  outputFile?: string[];
  config?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  quiet?: boolean;
  maxWarnings?: string;
  rule?: string[];
  stdin?: boolean;
  stdinFilename?: string;
  color: boolean;
  locale?: string;
  date?: string;
  encoding?: string;
  concurrency?: string;
  shard?: string;
  baseline?: string;
  updateBaseline?: boolean;
  cache?: boolean;
  cacheLocation?: string;
}

export interface CommandIO {
  cwd: string;
  /** Bytes are written as they are (a fixed standard input in its own encoding). */
  stdout: (text: string | Uint8Array) => void;
  stderr: (text: string) => void;
  /** Bytes are decoded like a file (BOM, UTF-8, GB18030, --encoding); a string is taken as it is. */
  readStdin: () => Promise<string | Uint8Array>;
  stdoutIsTTY: boolean;
  /** A terminal on stderr gets progress output; a pipe or file gets none. */
  stderrIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
}

export async function runLintCommand(paths: string[], options: LintCommandOptions, io: CommandIO): Promise<number> {
  const settings: LintSettings = {
    cwd: io.cwd,
    configPath: options.config,
    ruleFlags: options.rule,
    locale: parseLocaleOption(options.locale),
    // One date for the main thread, every worker and the cache key, even when a run crosses midnight.
    date: linterFallbackDate(parseDateOption(options.date)),
    quiet: options.quiet,
    encoding: parseEncodingOption(options.encoding),
    fixMode: options.fixDryRun ? 'dry-run' : options.fix ? 'write' : 'none',
  };
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const concurrency = parseConcurrency(options.concurrency);
  const shard = parseShardOption(options.shard);
  const outputs = parseReportOutputs(options.format, options.outputFile);
  if (options.stdin && paths.length > 0) {
    throw new UsageError({ zh: '使用 --stdin 时不能同时给出文件路径', en: '--stdin cannot be combined with file paths' });
  }
  if (!options.stdin && paths.length === 0) {
    throw new UsageError({ zh: '请给出要检查的文件或目录，例如 cuomin lint drafts/', en: 'Give files or directories to lint, e.g. cuomin lint drafts/' });
  }

  if (options.updateBaseline && !options.baseline) {
    throw new UsageError({ zh: '--update-baseline 须与 --baseline <文件> 一起使用', en: '--update-baseline needs --baseline <file>' });
  }
  if (options.updateBaseline && (options.stdin || options.fixDryRun)) {
    throw new UsageError({ zh: '--update-baseline 不能与 --stdin 或 --fix-dry-run 一起使用', en: '--update-baseline cannot be combined with --stdin or --fix-dry-run' });
  }

  const setup = await setUpLint(settings);
  const { config, locale } = setup;
  const { fixMode } = settings;
  const baselinePath = options.baseline === undefined ? undefined : path.resolve(io.cwd, options.baseline);
  const baselineFilter = baselinePath === undefined
    ? undefined
    : new BaselineFilter(readBaseline(baselinePath, { allowMissing: Boolean(options.updateBaseline), label: options.baseline }), {
        mode: options.updateBaseline ? 'update' : 'check',
        scope: {
          fileExists: fileExistsUnder(io.cwd),
          errorsOnly: Boolean(settings.quiet),
          disabledRules: new Set([...config.rules.keys()].filter((id) => (config.settings[id]?.severity ?? 'off') === 'off')),
        },
      });
  // With --stdin --fix the fixed text owns stdout (like a formatter); with --fix-dry-run the diff does.
  const consoleOwnedByOutput = options.stdin ? fixMode === 'write' : fixMode === 'dry-run';
  const files = options.stdin ? [] : await discoverFiles(paths, { cwd: io.cwd, ignores: config.ignores, ignoresBase: config.baseDir });
  const selected = shard ? files.filter((file) => inShard(displayPath(file, io.cwd), shard)) : files;
  const cache = options.cache && !options.stdin
    ? openCache(
        resolveCacheLocation(io.cwd, options.cacheLocation),
        createRunKey(runKeyParts({ config, cwd: io.cwd, locale, date: settings.date, quiet: settings.quiet, encoding: settings.encoding })),
        { cwd: io.cwd },
      )
    : undefined;
  const open = openCommandOutputs(
    outputs.filter((output) => output.path !== undefined || fixMode !== 'dry-run'),
    {
      cwd: io.cwd,
      env: io.env,
      color: options.color,
      locale,
      maxWarnings,
      rules: config.rules,
      encoding: settings.encoding,
      console: consoleOwnedByOutput ? io.stderr : io.stdout,
      consoleIsTTY: consoleOwnedByOutput ? false : io.stdoutIsTTY,
    },
  );

  const totals = { errors: 0, warnings: 0, fixed: 0 };
  const notFixable: Array<{ filePath: string; count: number }> = [];
  const record = (outcome: FileOutcome) => {
    // With a baseline, only new findings are reported and counted for the exit code and --max-warnings.
    const result = baselineFilter ? baselineFilter.filter(outcome.result) : outcome.result;
    totals.errors += result.errorCount;
    totals.warnings += result.warningCount;
    totals.fixed += outcome.fixedCount;
    if (outcome.notFixableCount) notFixable.push({ filePath: result.filePath, count: outcome.notFixableCount });
    if (outcome.diff) io.stdout(outcome.diff);
    writeResult(open, result);
  };

  if (options.stdin) {
    const filePath = options.stdinFilename ?? '<stdin>';
    const lintPath = options.stdinFilename ? path.resolve(io.cwd, options.stdinFilename) : 'stdin.txt';
    const input = await io.readStdin();
    const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
    const outcome = await lintBytes(bytes, { filePath, lintPath, unit: setup.fileOptions.unitOf(lintPath) }, setup.fileOptions);
    if (fixMode === 'write') io.stdout(outcome.outputBytes ?? input);
    record(outcome);
  } else {
    const progress = createProgress({ total: selected.length, enabled: Boolean(io.stderrIsTTY), write: io.stderr, locale });
    for await (const outcome of lintInOrder(selected, { concurrency, settings, setup, cache })) {
      progress.advance(outcome.result.messages.length);
      record(outcome);
    }
    progress.finish();
  }
  finishOutputs(open);
  const cacheNote = cache?.save().note;
  if (cacheNote) io.stderr(`${cacheNote[locale]}\n`);
  if (baselineFilter && baselinePath) {
    const outcome = baselineFilter.finish(new Date());
    if (options.updateBaseline) writeBaseline(baselinePath, outcome.baseline, options.baseline);
    // After the stylish summary on the terminal; on stderr when a machine format owns stdout.
    const stylishOnConsole = !consoleOwnedByOutput && outputs.some((output) => output.path === undefined && output.format === 'stylish');
    (stylishOnConsole ? io.stdout : io.stderr)(`${fixedEntriesList(outcome.fixed, locale, { limit: 50 })}${baselineSummaryLine(outcome, locale, { path: options.baseline })}\n`);
  }

  if (fixMode === 'dry-run') {
    io.stderr(t(locale, `（预演）可自动修复 ${totals.fixed} 处，未写入任何文件\n`, `(dry run) ${totals.fixed} fix(es) available, no file written\n`));
  }
  if (fixMode !== 'none' && notFixable.length > 0) io.stderr(docxNotFixableNote(notFixable, locale));
  return exitCodeFor(totals, maxWarnings, locale, io);
}

function exitCodeFor(totals: { errors: number; warnings: number }, maxWarnings: number | undefined, locale: Locale, io: CommandIO): number {
  if (totals.errors > 0) return 1;
  if (maxWarnings !== undefined && totals.warnings > maxWarnings) {
    io.stderr(t(locale, `警告数 ${totals.warnings} 超过 --max-warnings ${maxWarnings}\n`, `${totals.warnings} warnings exceed --max-warnings ${maxWarnings}\n`));
    return 1;
  }
  return 0;
}

