// `cuomin worklist`: turns JSON reports into per-unit correction worklists (xlsx, CSV) with deadlines, and worklist.json.
import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '../engine/types.js';
import { loadConfigFile } from '../config/load-config-file.js';
import { resolveConfig, type ResolvedConfig } from '../config/resolve-config.js';
import { t } from '../i18n/labels.js';
import { UsageError } from '../usage-error.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { buildWorklist } from '../worklist/build-items.js';
import { groupBy } from '../worklist/group-by.js';
import { UNASSIGNED_UNIT } from '../worklist/columns.js';
import { readReport } from '../worklist/read-report.js';
import { createContextReader } from '../worklist/source-context.js';
import type { UncheckedFile, WorklistItem } from '../worklist/types.js';
import { unitFileNames } from '../worklist/unit-file-names.js';
import { workdaySettings } from '../worklist/workday-config.js';
import { serializeWorklist, WORKLIST_FILE_NAME } from '../worklist/worklist-file.js';
import { worklistCsv } from '../worklist/write-csv.js';
import { worklistWorkbook } from '../worklist/write-xlsx.js';
import { parseZoned } from '../worklist/zoned-time.js';
import type { CommandIO } from './lint-command.js';
import { displayPath } from './lint-files.js';
import { parseLocaleOption } from './option-values.js';

export interface WorklistCommandOptions {
  out?: string;
  now?: string;
  config?: string;
  locale?: string;
}

/** Finds and resolves the config the way `cuomin lint` does (`-c`, else searched from the working directory). */
export async function loadCommandConfig(configPath: string | undefined, io: CommandIO): Promise<ResolvedConfig> {
  const loaded = await loadConfigFile({ cwd: io.cwd, configPath });
  const baseDir = loaded.filePath ? path.dirname(loaded.filePath) : io.cwd;
  return resolveConfig(loaded.config, { configFile: loaded.filePath, baseDir });
}

/** `--now`: ISO 8601, read in the config's time zone when it has no offset; default the current time. Whole seconds. */
export function parseNowOption(value: string | undefined, timeZone: string): number {
  if (value === undefined) return Math.floor(Date.now() / 1000) * 1000;
  const instant = parseZoned(value, timeZone);
  if (instant === undefined) {
    throw new UsageError({
      zh: `--now 应为 ISO 8601 时间，例如 2026-11-27T10:30:00+08:00，收到“${value}”`,
      en: `--now must be an ISO 8601 time such as 2026-11-27T10:30:00+08:00, got "${value}"`,
    });
  }
  return instant;
}

/** Writes a file, turning a failure into a message naming it. */
export function writeOutput(target: string, data: string | Buffer, io: CommandIO): void {
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    writeFileAtomic(target, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    const shown = displayPath(target, io.cwd);
    throw new UsageError({ zh: `无法写入 ${shown}（${code}）`, en: `Cannot write ${shown} (${code})` });
  }
}

export async function runWorklistCommand(reportPaths: string[], options: WorklistCommandOptions, io: CommandIO): Promise<number> {
  const requestedLocale = parseLocaleOption(options.locale);
  if (options.out === undefined) {
    throw new UsageError({ zh: '请用 --out 指定整改清单的输出目录', en: 'Give the output folder with --out' });
  }
  const config = await loadCommandConfig(options.config, io);
  const locale: Locale = requestedLocale ?? config.locale ?? 'zh';
  const workday = workdaySettings(config.workday);
  const foundAt = parseNowOption(options.now, workday.timeZone);
  const reports = reportPaths.map((reportPath) => readReport(path.resolve(io.cwd, reportPath), reportPath));
  const { worklist, unchecked } = await buildWorklist(reports, { foundAt, workday, contextOf: createContextReader(io.cwd) });

  const outDir = path.resolve(io.cwd, options.out);
  const byUnit = groupBy(worklist.items, (item) => item.unit);
  const names = unitFileNames([...byUnit.keys()]);
  const written: Array<{ unit: string | null; items: WorklistItem[]; base: string }> = [];
  for (const [unit, items] of byUnit) {
    const base = path.join(outDir, names.get(unit)!);
    writeOutput(`${base}.csv`, worklistCsv(items), io);
    writeOutput(`${base}.xlsx`, await worklistWorkbook(items, new Date(foundAt)), io);
    written.push({ unit, items, base });
  }
  const worklistPath = path.join(outDir, WORKLIST_FILE_NAME);
  writeOutput(worklistPath, serializeWorklist(worklist), io);
  io.stdout(worklistSummary(worklist.items, written, unchecked, displayPath(worklistPath, io.cwd), locale, io.cwd));
  return 0;
}

function countLabel(items: readonly WorklistItem[], locale: Locale): string {
  const urgent = items.filter((item) => item.urgency === 'urgent').length;
  return t(locale, `${items.length} 项（紧急 ${urgent} 项）`, `${items.length} item(s) (${urgent} urgent)`);
}

function worklistSummary(
  items: readonly WorklistItem[],
  written: ReadonlyArray<{ unit: string | null; items: WorklistItem[]; base: string }>,
  unchecked: readonly UncheckedFile[],
  worklistPath: string,
  locale: Locale,
  cwd: string,
): string {
  const lines: string[] = [];
  if (items.length === 0) {
    lines.push(t(locale, '未发现需要整改的事项（提示级别的问题不列入清单）', 'Nothing to correct (info-level findings are not listed)'));
  } else {
    const units = written.filter((entry) => entry.unit !== null).length;
    lines.push(t(locale, `已生成整改清单：共 ${countLabel(items, locale)}，涉及 ${units} 个单位`, `Worklists written: ${countLabel(items, locale)} for ${units} unit(s)`));
    for (const entry of written) {
      const base = displayPath(entry.base, cwd);
      const unit = entry.unit ?? t(locale, `${UNASSIGNED_UNIT}（未确定责任单位，由营商局分派）`, `${UNASSIGNED_UNIT} (no unit known: for the Bureau to assign)`);
      lines.push(`  ${unit}${t(locale, '：', ': ')}${countLabel(entry.items, locale)} → ${base}.xlsx, ${base}.csv`);
    }
  }
  lines.push(t(locale, `清单数据：${worklistPath}`, `Worklist data: ${worklistPath}`));
  if (unchecked.length > 0) {
    lines.push(t(locale, `无法检查的文件 ${unchecked.length} 个（不列入清单）：`, `${unchecked.length} file(s) could not be checked (not listed):`));
    for (const file of unchecked) lines.push(`  ${file.filePath}${t(locale, '：', ': ')}${file.message}`);
  }
  return `${lines.join('\n')}\n`;
}
