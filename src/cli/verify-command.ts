// `cuomin verify`: re-lints the files behind a worklist, sets each item's status, writes the updated worklist and the
// feedback summary for the General Office; exits 1 when urgent items are overdue.
import fs from 'node:fs';
import path from 'node:path';
import { Linter } from '../engine/linter.js';
import type { Locale } from '../engine/types.js';
import { createUnitResolver, type UnitResolver } from '../io/units.js';
import { t } from '../i18n/labels.js';
import { feedbackMarkdown, feedbackTotals, feedbackWorkbook, FEEDBACK_BASENAME, isUrgentOverdue } from '../worklist/feedback.js';
import { groupBy } from '../worklist/group-by.js';
import { itemsStillThere } from '../worklist/match-findings.js';
import type { UncheckedFile, Worklist, WorklistItem } from '../worklist/types.js';
import { statusAfterRecheck, type FileRecheck, type ItemRecheck } from '../worklist/verify-statuses.js';
import { workdaySettings } from '../worklist/workday-config.js';
import { readWorklist, serializeWorklist } from '../worklist/worklist-file.js';
import { formatZoned, wallClock } from '../worklist/zoned-time.js';
import type { CommandIO } from './lint-command.js';
import { displayPath, lintFile } from './lint-files.js';
import { parseLocaleOption } from './option-values.js';
import { loadCommandConfig, parseNowOption, writeOutput } from './worklist-command.js';

export interface VerifyCommandOptions {
  now?: string;
  config?: string;
  locale?: string;
}

interface RecheckContext {
  linter: Linter;
  unitOf: UnitResolver;
  locale: Locale;
  cwd: string;
}

/** Re-lints one file as `cuomin lint` would (paths relative to the working directory, as in the report). */
async function recheckFile(filePath: string, context: RecheckContext): Promise<FileRecheck> {
  const absolute = path.resolve(context.cwd, filePath);
  const outcome = await lintFile(absolute, { linter: context.linter, cwd: context.cwd, fixMode: 'none', locale: context.locale, unitOf: context.unitOf });
  const fatal = outcome.result.messages.find((message) => message.fatal);
  // A file that could not be read or parsed, or a rule that crashed on it, tells nothing about what was fixed.
  if (fatal) return { checked: false, message: fatal.message };
  let modifiedAt: number;
  try {
    modifiedAt = fs.statSync(absolute).mtimeMs;
  } catch (error) {
    return { checked: false, message: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  }
  return { checked: true, findings: outcome.result.messages, modifiedAt };
}

export async function runVerifyCommand(worklistPath: string, options: VerifyCommandOptions, io: CommandIO): Promise<number> {
  const requestedLocale = parseLocaleOption(options.locale);
  const config = await loadCommandConfig(options.config, io);
  const locale: Locale = requestedLocale ?? config.locale ?? 'zh';
  const workday = workdaySettings(config.workday);
  const now = parseNowOption(options.now, workday.timeZone);
  const target = path.resolve(io.cwd, worklistPath);
  const worklist = readWorklist(target, worklistPath);

  const today = wallClock(now, workday.timeZone);
  const date = `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`;
  // Built as `cuomin lint` builds it, so the re-check finds what the lint run found.
  const linter = new Linter({ rules: config.rules, settings: config.settings, locale, date, allow: config.allow, dictionaries: config.dictionaries, parse: { html: config.html } });
  const context: RecheckContext = { linter, unitOf: createUnitResolver(config.units, config.baseDir), locale, cwd: io.cwd };
  const itemRechecks = new Map<WorklistItem, ItemRecheck>();
  const unchecked: UncheckedFile[] = [];
  for (const [filePath, items] of groupBy(worklist.items, (item) => item.filePath)) {
    const recheck = await recheckFile(filePath, context);
    if (!recheck.checked) {
      unchecked.push({ filePath, message: recheck.message });
      for (const item of items) itemRechecks.set(item, { checked: false });
      continue;
    }
    const stillThere = itemsStillThere(items, recheck.findings, filePath);
    for (const item of items) itemRechecks.set(item, { checked: true, stillThere: stillThere.has(item), modifiedAt: recheck.modifiedAt });
  }
  const updated: Worklist = {
    generatedAt: worklist.generatedAt,
    items: worklist.items.map((item) => ({ ...item, status: statusAfterRecheck(item, itemRechecks.get(item)!, now) })),
  };

  const feedbackOptions = { verifiedAt: formatZoned(now, workday.timeZone), unchecked };
  const directory = path.dirname(target);
  const markdownPath = path.join(directory, `${FEEDBACK_BASENAME}.md`);
  const workbookPath = path.join(directory, `${FEEDBACK_BASENAME}.xlsx`);
  writeOutput(target, serializeWorklist(updated), io);
  writeOutput(markdownPath, feedbackMarkdown(updated, feedbackOptions), io);
  writeOutput(workbookPath, await feedbackWorkbook(updated, feedbackOptions), io);

  io.stdout(verifySummary(updated, unchecked, { worklist: displayPath(target, io.cwd), markdown: displayPath(markdownPath, io.cwd), workbook: displayPath(workbookPath, io.cwd) }, locale));
  return updated.items.some(isUrgentOverdue) ? 1 : 0;
}

function verifySummary(worklist: Worklist, unchecked: readonly UncheckedFile[], paths: { worklist: string; markdown: string; workbook: string }, locale: Locale): string {
  const totals = feedbackTotals(worklist.items);
  const lines = [
    t(
      locale,
      `复查 ${totals.items} 项：已整改 ${totals.fixed} 项（其中逾期整改 ${totals.fixedLate} 项），未整改 ${totals.open} 项（其中逾期未整改 ${totals.openOverdue} 项）`,
      `Re-checked ${totals.items} item(s): ${totals.fixed} fixed (${totals.fixedLate} late), ${totals.open} open (${totals.openOverdue} overdue)`,
    ),
  ];
  const urgent = worklist.items.filter(isUrgentOverdue);
  if (urgent.length > 0) {
    lines.push(t(locale, `紧急事项逾期未整改 ${urgent.length} 项：`, `${urgent.length} urgent item(s) overdue:`));
    for (const item of urgent) lines.push(`  ${item.id} ${item.unit ?? t(locale, '待分配', 'unassigned')} ${item.filePath}:${item.line}:${item.column} “${item.text}”`);
  }
  if (unchecked.length > 0) {
    lines.push(t(locale, `无法复查的文件 ${unchecked.length} 个（其中的事项按未整改计）：`, `${unchecked.length} file(s) could not be re-checked (their items count as open):`));
    for (const file of unchecked) lines.push(`  ${file.filePath}${t(locale, '：', ': ')}${file.message}`);
  }
  lines.push(t(locale, `已更新 ${paths.worklist}；反馈汇总：${paths.markdown}、${paths.workbook}`, `Updated ${paths.worklist}; feedback summary: ${paths.markdown}, ${paths.workbook}`));
  return `${lines.join('\n')}\n`;
}
