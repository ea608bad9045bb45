// What a run with a baseline prints besides the findings: one summary line, and the entries that are fixed.
import type { Locale } from '../engine/types.js';
import { t } from '../i18n/labels.js';
import type { BaselineEntry } from './format.js';
import type { BaselineOutcome } from './apply-baseline.js';

export interface BaselineSummaryOptions {
  /** The baseline file as the user named it; shown by the update line. */
  path?: string;
}

/**
 * One line for the end of the stylish output. `--baseline`: what was accepted and what is fixed (with a hint to drop
 * fixed entries); `--update-baseline`: what the file now holds and what changed.
 */
export function baselineSummaryLine(outcome: BaselineOutcome, locale: Locale, options: BaselineSummaryOptions = {}): string {
  const fixed = outcome.fixed.length;
  const unchecked = outcome.unchecked.length;
  if (outcome.mode === 'update') {
    const total = outcome.baseline.entries.length;
    const holds = options.path
      ? t(locale, `${options.path} 共 ${total} 个问题`, `${options.path} holds ${total} problem(s)`)
      : t(locale, `共 ${total} 个问题`, `${total} problem(s)`);
    if (!outcome.changed) return t(locale, `基线未变：${holds}`, `baseline unchanged: ${holds}`);
    const kept = unchecked > 0 ? t(locale, `，保留本次未检查的 ${unchecked} 个`, `, ${unchecked} not checked in this run kept`) : '';
    return t(
      locale,
      `基线已更新：${holds}（新增 ${outcome.newCount} 个，删除已修复的 ${fixed} 个${kept}）`,
      `baseline updated: ${holds} (${outcome.newCount} new, ${fixed} fixed removed${kept})`,
    );
  }
  const hint = fixed > 0 ? t(locale, '，可用 --update-baseline 将其从基线中删除', '; run with --update-baseline to remove them') : '';
  const notChecked = unchecked > 0 ? t(locale, `；另有 ${unchecked} 个不在本次检查范围内`, `; ${unchecked} not checked in this run`) : '';
  return t(
    locale,
    `基线：已接受 ${outcome.accepted} 个问题，${fixed} 个已修复（不再出现）${hint}${notChecked}`,
    `baseline: ${outcome.accepted} accepted, ${fixed} fixed (no longer found)${hint}${notChecked}`,
  );
}

function quoted(text: string, locale: Locale): string {
  return locale === 'zh' ? `“${text}”` : JSON.stringify(text);
}

/**
 * The fixed entries, one per line: `file:line  rule  “text”`, under a heading; empty when none. With `limit`, the
 * first `limit` entries and how many more there are.
 */
export function fixedEntriesList(fixed: readonly BaselineEntry[], locale: Locale, options: { limit?: number } = {}): string {
  if (fixed.length === 0) return '';
  const shown = options.limit === undefined ? fixed : fixed.slice(0, options.limit);
  const lines = [t(locale, '基线中已修复（不再出现）的问题：', 'Fixed since the baseline (no longer found):')];
  for (const entry of shown) {
    const text = entry.text ? `  ${quoted(entry.text.replace(/\s+/g, ' '), locale)}` : '';
    lines.push(`  ${entry.filePath}:${entry.line}  ${entry.ruleId}${text}`);
  }
  const more = fixed.length - shown.length;
  if (more > 0) lines.push(t(locale, `  ……另有 ${more} 个`, `  … and ${more} more`));
  return `${lines.join('\n')}\n`;
}
