// `cuomin scan <export-dir>`: every page rule over a whole portal export (a wget mirror or a `cuomin crawl`), then the
// site rules: dead links and page dates as each page comes in, stale and empty columns at the end, and a summary.
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { summarize } from '../engine/linter.js';
import type { LintMessage, LintResult, Locale } from '../engine/types.js';
import { formatOf } from '../document/parse.js';
import { discoverFiles } from '../io/discover-files.js';
import { t } from '../i18n/labels.js';
import { exportPathOf } from '../crawl/export-path.js';
import { MANIFEST_NAME, type CrawlManifest } from '../crawl/crawler.js';
import { isIndexPage } from '../site/columns.js';
import { createSiteChecker } from '../site/run-site-rules.js';
import { siteSettingsOf } from '../site/site-config.js';
import { isSiteRule, type SitePage } from '../site/types.js';
import { UsageError } from '../usage-error.js';
import { lintInOrder } from '../workers/lint-pool.js';
import { workdaySettings } from '../worklist/workday-config.js';
import { wallClock } from '../worklist/zoned-time.js';
import type { CommandIO } from './lint-command.js';
import { displayPath, parseEncodingOption } from './lint-files.js';
import { setUpLint, type LintSettings } from './lint-setup.js';
import { createProgress } from './progress.js';
import { finishOutputs, openCommandOutputs, parseReportOutputs, writeResult } from './report-outputs.js';
import { parseNowOption } from './worklist-command.js';
import { parseConcurrency, parseLocaleOption, parseMaxWarnings } from './option-values.js';

export interface ScanCommandOptions {
  format?: string[];
  outputFile?: string[];
  config?: string;
  rule?: string[];
  quiet?: boolean;
  maxWarnings?: string;
  color: boolean;
  locale?: string;
  now?: string;
  encoding?: string;
  concurrency?: string;
}

/** Counts for the summary at the end of the stylish report. */
interface ScanTally {
  pages: number;
  errors: number;
  warnings: number;
  byRule: Map<string, number>;
  byUnit: Map<string, number>;
  staleColumns: number;
  emptyColumns: number;
}

export async function runScanCommand(exportDir: string, options: ScanCommandOptions, io: CommandIO): Promise<number> {
  const root = path.resolve(io.cwd, exportDir);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    throw new UsageError({ zh: `导出目录不存在：${exportDir}`, en: `Export folder not found: ${exportDir}` });
  }
  const outputs = parseReportOutputs(options.format, options.outputFile);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const concurrency = parseConcurrency(options.concurrency);
  const settings: LintSettings = {
    cwd: io.cwd,
    configPath: options.config,
    ruleFlags: options.rule,
    locale: parseLocaleOption(options.locale),
    quiet: options.quiet,
    encoding: parseEncodingOption(options.encoding),
    fixMode: 'none',
    collectPageFacts: true,
  };
  const firstSetup = await setUpLint(settings);
  const timeZone = workdaySettings(firstSetup.config.workday).timeZone;
  const now = parseNowOption(options.now, timeZone);
  const clock = wallClock(now, timeZone);
  const today = `${clock.year}-${String(clock.month).padStart(2, '0')}-${String(clock.day).padStart(2, '0')}`;
  // Page rules compare against the scan's day when a page carries no date of its own.
  settings.date = today;
  const setup = await setUpLint(settings);
  const { config, locale } = setup;

  const files = await discoverFiles([root], { cwd: io.cwd, ignores: config.ignores, ignoresBase: config.baseDir });
  const exportFiles = await existingExportPaths(root);
  const exportPathOfFile = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const checker = createSiteChecker({
    rules: [...config.rules.values()].filter(isSiteRule),
    settings: config.settings,
    site: siteSettingsOf(config.site),
    today,
    locale,
    exists: (exportPath) => exportFiles.has(exportPath),
    displayPath: (exportPath) => displayPath(path.join(root, ...exportPath.split('/')), io.cwd) + (exportPath.endsWith('/') ? '/' : ''),
  });

  const open = openCommandOutputs(outputs, {
    cwd: io.cwd,
    env: io.env,
    color: options.color,
    locale,
    maxWarnings,
    rules: config.rules,
    encoding: settings.encoding,
    console: io.stdout,
    consoleIsTTY: io.stdoutIsTTY,
  });
  const tally: ScanTally = { pages: 0, errors: 0, warnings: 0, byRule: new Map(), byUnit: new Map(), staleColumns: 0, emptyColumns: 0 };
  const report = (result: LintResult) => {
    tally.errors += result.errorCount;
    tally.warnings += result.warningCount;
    for (const message of result.messages) {
      increment(tally.byRule, message.ruleId ?? t(locale, '（无法检查）', '(not checked)'));
      increment(tally.byUnit, result.unit ?? t(locale, '未明确单位', 'no unit'));
      if (message.ruleId === 'site/stale-column') tally.staleColumns++;
      if (message.ruleId === 'site/empty-column') tally.emptyColumns++;
    }
    writeResult(open, result);
  };

  const sitePages: SitePage[] = [];
  const progress = createProgress({ total: files.length, enabled: Boolean(io.stderrIsTTY), write: io.stderr, locale });
  for await (const outcome of lintInOrder(files, { concurrency, settings, setup })) {
    progress.advance(outcome.result.messages.length);
    const absolute = path.resolve(io.cwd, outcome.result.filePath);
    if (formatOf(absolute) !== 'html') {
      report(outcome.result);
      continue;
    }
    tally.pages++;
    const exportPath = exportPathOfFile(absolute);
    const page: SitePage = { filePath: outcome.result.filePath, exportPath, references: outcome.page?.references ?? [], isIndex: isIndexPage(exportPath) };
    if (outcome.page?.date) page.date = outcome.page.date;
    const siteMessages = checker.checkPage(page).get(page.filePath) ?? [];
    report(withMessages(outcome.result, siteMessages));
    sitePages.push({ ...page, references: [] });
  }
  progress.finish();
  for (const [filePath, messages] of [...checker.checkSite(sitePages)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    report(summarize(filePath, sortByPosition(messages)));
  }
  finishOutputs(open);
  if (outputs.some((output) => output.path === undefined && output.format === 'stylish')) io.stdout(scanSummary(tally, config.site?.columns?.length ?? 0, locale));
  if (tally.errors > 0) return 1;
  if (maxWarnings !== undefined && tally.warnings > maxWarnings) return 1;
  return 0;
}

/** Every file of the export (pages, images, attachments), plus what a crawl listed without downloading. */
async function existingExportPaths(root: string): Promise<Set<string>> {
  const paths = new Set(await fg('**/*', { cwd: root, dot: true, onlyFiles: true }));
  const manifestFile = path.join(root, MANIFEST_NAME);
  if (fs.existsSync(manifestFile)) {
    try {
      const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as CrawlManifest;
      for (const attachment of manifest.attachments ?? []) {
        if (attachment.status !== undefined && attachment.status < 400) paths.add(exportPathOf(new URL(attachment.url)));
      }
    } catch {
      // A damaged manifest only means attachments that were not downloaded count as missing.
    }
  }
  return paths;
}

function withMessages(result: LintResult, extra: LintMessage[]): LintResult {
  if (extra.length === 0) return result;
  const { filePath, messages, ...rest } = result;
  return summarize(filePath, sortByPosition([...messages, ...extra]), rest.unit === undefined ? {} : { unit: rest.unit });
}

function sortByPosition(messages: LintMessage[]): LintMessage[] {
  return [...messages].sort((a, b) => a.line - b.line || a.column - b.column);
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function scanSummary(tally: ScanTally, columns: number, locale: Locale): string {
  const top = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([name, count]) => `${name} ${count}`)
      .join(locale === 'zh' ? '，' : ', ');
  const lines = [
    t(locale, `网站检查：页面 ${tally.pages} 个；栏目 ${columns} 个，其中长期未更新 ${tally.staleColumns} 个、空白 ${tally.emptyColumns} 个`, `Site: ${tally.pages} pages; ${columns} columns, ${tally.staleColumns} stale, ${tally.emptyColumns} empty`),
  ];
  if (tally.byRule.size > 0) {
    lines.push(t(locale, `按规则：${top(tally.byRule)}`, `By rule: ${top(tally.byRule)}`));
    lines.push(t(locale, `按单位：${top(tally.byUnit)}`, `By unit: ${top(tally.byUnit)}`));
  }
  return `${lines.join('\n')}\n`;
}
