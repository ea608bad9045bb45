// Human-readable output grouped by file: line:column, severity, message, suggestion, rule id, and a summary line.
import type { LintMessage, LintResult, Locale } from '../engine/types.js';
import { severityLabel, t } from '../i18n/labels.js';
import { displayWidth, padEndDisplay } from '../text/display-width.js';
import type { Reporter, ReporterContext } from './types.js';

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

export function summaryLine(results: LintResult[], locale: Locale): { text: string; problems: number; errors: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    fixable += result.fixableCount;
    infos += result.messages.length - result.errorCount - result.warningCount;
  }
  const problems = errors + warnings + infos;
  const files = results.length;
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

export const stylishReporter: Reporter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    lines.push(...formatFile(result, context), '');
  }
  const summary = summaryLine(results, context.locale);
  lines.push(summary.errors > 0 ? context.chalk.red.bold(summary.text) : summary.problems > 0 ? context.chalk.yellow.bold(summary.text) : context.chalk.green(summary.text));
  return `${lines.join('\n')}\n`;
};
