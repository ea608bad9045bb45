// `cuomin lint`: resolve config, find files (or read stdin), lint or fix them, report, and choose the exit code.
import fs from 'node:fs';
import path from 'node:path';
import { Linter } from '../engine/linter.js';
import type { LintResult, Locale, Rule, RuleMeta } from '../engine/types.js';
import { loadConfigFile } from '../config/load-config-file.js';
import { resolveConfig } from '../config/resolve-config.js';
import { discoverFiles } from '../io/discover-files.js';
import { createUnitResolver } from '../io/units.js';
import { reporters } from '../reporters/index.js';
import { t } from '../i18n/labels.js';
import { createChalk } from './color.js';
import { docxNotFixableNote, lintBytes, lintFile, parseEncodingOption, type FixMode } from './lint-files.js';
import { UsageError } from '../usage-error.js';
import { parseDateOption, parseLocaleOption, parseMaxWarnings } from './option-values.js';

export interface LintCommandOptions {
  format: string;
  outputFile?: string;
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
  const requestedLocale = parseLocaleOption(options.locale);
  const date = parseDateOption(options.date);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const encoding = parseEncodingOption(options.encoding);
  const reporter = reporters[options.format];
  if (!reporter) {
    throw new UsageError({
      zh: `不支持的输出格式“${options.format}”（可用：${Object.keys(reporters).join('、')}）`,
      en: `Unknown format "${options.format}" (available: ${Object.keys(reporters).join(', ')})`,
    });
  }
  if (options.stdin && paths.length > 0) {
    throw new UsageError({ zh: '使用 --stdin 时不能同时给出文件路径', en: '--stdin cannot be combined with file paths' });
  }
  if (!options.stdin && paths.length === 0) {
    throw new UsageError({ zh: '请给出要检查的文件或目录，例如 cuomin lint drafts/', en: 'Give files or directories to lint, e.g. cuomin lint drafts/' });
  }

  const loaded = await loadConfigFile({ cwd: io.cwd, configPath: options.config });
  const baseDir = loaded.filePath ? path.dirname(loaded.filePath) : io.cwd;
  const config = await resolveConfig(loaded.config, { configFile: loaded.filePath, baseDir, ruleFlags: options.rule });
  const locale: Locale = requestedLocale ?? config.locale ?? 'zh';
  const linter = new Linter({ rules: config.rules, settings: config.settings, locale, date, allow: config.allow, quiet: options.quiet, dictionaries: config.dictionaries, parse: { html: config.html } });
  const fixMode: FixMode = options.fixDryRun ? 'dry-run' : options.fix ? 'write' : 'none';
  // Unit globs, like ignores, are relative to the config file's folder.
  const unitOf = createUnitResolver(config.units, config.baseDir);

  const results: LintResult[] = [];
  const diffs: string[] = [];
  let fixedTotal = 0;
  let reportToStderr = false;
  const notFixable: Array<{ filePath: string; count: number }> = [];
  if (options.stdin) {
    const filePath = options.stdinFilename ?? '<stdin>';
    const lintPath = options.stdinFilename ? path.resolve(io.cwd, options.stdinFilename) : 'stdin.txt';
    const input = await io.readStdin();
    const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
    const outcome = await lintBytes(bytes, { filePath, lintPath, unit: unitOf(lintPath) }, { linter, fixMode, locale, encoding });
    results.push(outcome.result);
    fixedTotal = outcome.fixedCount;
    if (outcome.diff) diffs.push(outcome.diff);
    if (outcome.notFixableCount) notFixable.push({ filePath, count: outcome.notFixableCount });
    if (fixMode === 'write') {
      // With --stdin, fixed text goes to stdout (like a formatter), in the input's encoding; the report goes to
      // --output-file or stderr.
      io.stdout(outcome.outputBytes ?? input);
      reportToStderr = true;
    }
  } else {
    const files = await discoverFiles(paths, { cwd: io.cwd, ignores: config.ignores, ignoresBase: config.baseDir });
    for (const file of files) {
      const outcome = await lintFile(file, { linter, cwd: io.cwd, fixMode, locale, unitOf, encoding });
      results.push(outcome.result);
      if (outcome.notFixableCount) notFixable.push({ filePath: outcome.result.filePath, count: outcome.notFixableCount });
      if (outcome.diff) diffs.push(outcome.diff);
      fixedTotal += outcome.fixedCount;
    }
  }

  const toFile = options.outputFile !== undefined;
  const chalk = createChalk({ color: options.color && !toFile, isTTY: io.stdoutIsTTY, env: io.env });
  const report = reporter(results, { locale, chalk, cwd: io.cwd, maxWarnings, rules: ruleMetas(config.rules) });
  if (fixMode === 'dry-run') {
    io.stdout(diffs.join(''));
    if (toFile) writeReport(options.outputFile!, report, io.cwd);
    io.stderr(t(locale, `（预演）可自动修复 ${fixedTotal} 处，未写入任何文件\n`, `(dry run) ${fixedTotal} fix(es) available, no file written\n`));
  } else if (toFile) {
    writeReport(options.outputFile!, report, io.cwd);
  } else if (reportToStderr) {
    io.stderr(report);
  } else {
    io.stdout(report);
  }
  if (fixMode !== 'none' && notFixable.length > 0) io.stderr(docxNotFixableNote(notFixable, locale));
  return exitCodeFor(results, maxWarnings, locale, io);
}

function exitCodeFor(results: LintResult[], maxWarnings: number | undefined, locale: Locale, io: CommandIO): number {
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(t(locale, `警告数 ${warnings} 超过 --max-warnings ${maxWarnings}\n`, `${warnings} warnings exceed --max-warnings ${maxWarnings}\n`));
    return 1;
  }
  return 0;
}

function writeReport(outputFile: string, report: string, cwd: string): void {
  const target = path.resolve(cwd, outputFile);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, report);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new UsageError({ zh: `无法写入报告文件 ${outputFile}（${code}）`, en: `Cannot write report file ${outputFile} (${code})` });
  }
}

/** Every rule's metadata by id, for reporters that describe the rules (SARIF's tool driver). */
export function ruleMetas(rules: ReadonlyMap<string, Rule<never>>): ReadonlyMap<string, RuleMeta> {
  return new Map([...rules].map(([id, rule]) => [id, rule.meta]));
}
