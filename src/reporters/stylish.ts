// Human-readable output grouped by file: line:column, severity, message, suggestion, rule id, and a summary line.
import type { LintMessage, LintResult, Locale } from '../engine/types.js';
import { severityLabel, t } from '../i18n/labels.js';
import { displayWidth, padEndDisplay } from '../text/display-width.js';
import { collectStream, type Reporter, type ReporterContext, type ReportStream } from './types.js';

function colorSeverity(message: LintMessage, context: ReporterContext): string {
  const label = severityLabel(message.severity, context.locale);
  if (message.severity === 'error') return context.chalk.red(label);
  if (message.severity === 'warning') return context.chalk.yellow(label);
  return context.chalk.blue(label);
}

function suggestionText(message: LintMessage, locale: Locale): string {
  if (message.suggestions.length === 0) return '';
  const quoted = message.suggestions.map((s) => `“${s}”`).join(locale === 'zh' ? '或' : ' or ');
  return t(locale, `建议：${quoted}`, `suggestion: ${quoted}`);
}

function formatFile(result: LintResult, context: ReporterContext): string[] {
  const { chalk, locale } = context;
  const header = result.unit ? `${chalk.underline(result.filePath)} ${chalk.dim(`[${result.unit}]`)}` : chalk.underline(result.filePath);
  const rows = result.messages.map((message) => {
    const position = `${message.line}:${message.column}`;
    const urgent = message.urgency === 'urgent' ? chalk.red(t(locale, '【紧急】', '[urgent] ')) : '';
    const suggestion = suggestionText(message, locale);
    return { position, severity: colorSeverity(message, context), text: `${urgent}${message.message}`, suggestion, ruleId: message.ruleId ?? '' };
  });
  const positionWidth = Math.max(...rows.map((row) => row.position.length));
  const severityWidth = Math.max(...rows.map((row) => displayWidth(row.severity.replace(/\u001b\[[0-9;]*m/g, ''))));
  const lines = [header];
  for (const row of rows) {
    const plainSeverityWidth = displayWidth(row.severity.replace(/\u001b\[[0-9;]*m/g, ''));
    const severity = row.severity + ' '.repeat(severityWidth - plainSeverityWidth);
    const tail = [row.suggestion && chalk.green(row.suggestion), chalk.dim(row.ruleId)].filter(Boolean).join('  ');
    lines.push(`  ${chalk.dim(padEndDisplay(row.position, positionWidth))}  ${severity}  ${row.text}  ${tail}`);
  }
  return lines;
}

/** Running totals of a run, so that the summary line needs no list of results. */
export interface RunTotals {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
}

export function emptyTotals(): RunTotals {
  return { files: 0, errors: 0, warnings: 0, infos: 0, fixable: 0 };
}

export function addToTotals(totals: RunTotals, result: LintResult): void {
  // `cuomin scan` reports a column's findings on its folder (`tzgg/`): a place, not a file that was checked.
  if (!result.filePath.endsWith('/')) totals.files++;
  totals.errors += result.errorCount;
  totals.warnings += result.warningCount;
  totals.fixable += result.fixableCount;
  totals.infos += result.messages.length - result.errorCount - result.warningCount;
}

export function summaryLine(results: LintResult[] | RunTotals, locale: Locale): { text: string; problems: number; errors: number } {
  let totals: RunTotals;
  if (Array.isArray(results)) {
    totals = emptyTotals();
    for (const result of results) addToTotals(totals, result);
  } else {
    totals = results;
  }
  const { files, errors, warnings, infos, fixable } = totals;
  const problems = errors + warnings + infos;
  if (problems === 0) {
    return { text: t(locale, `✔ 已检查 ${files} 个文件，未发现问题`, `✔ ${files} file(s) checked, no problems found`), problems, errors };
  }
  const fixHint = fixable > 0 ? t(locale, `，其中 ${fixable} 个可用 --fix 自动修复`, `, ${fixable} fixable with --fix`) : '';
  const text = t(
    locale,
    `✖ 已检查 ${files} 个文件，共 ${problems} 个问题（错误 ${errors}，警告 ${warnings}，提示 ${infos}）${fixHint}`,
    `✖ ${files} file(s) checked, ${problems} problem(s) (${errors} error(s), ${warnings} warning(s), ${infos} info)${fixHint}`,
  );
  return { text, problems, errors };
}

export function colouredSummary(totals: RunTotals, context: ReporterContext): string {
  const summary = summaryLine(totals, context.locale);
  return summary.errors > 0 ? context.chalk.red.bold(summary.text) : summary.problems > 0 ? context.chalk.yellow.bold(summary.text) : context.chalk.green(summary.text);
}

/** Stylish output file by file, as results arrive; the summary at the end. */
export function stylishStream(context: ReporterContext): ReportStream {
  const totals = emptyTotals();
  return {
    write(result) {
      addToTotals(totals, result);
      return result.messages.length === 0 ? '' : `${formatFile(result, context).join('\n')}\n\n`;
    },
    end: () => `${colouredSummary(totals, context)}\n`,
  };
}

export const stylishReporter: Reporter = (results, context) => collectStream(stylishStream(context), results);
