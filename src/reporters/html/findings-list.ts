// The list of findings in the HTML report: one collapsible group per file with findings, one table row per finding
// (position, severity/urgency/category tags, message, the source around it, suggestions, rule). Rows carry the data
// attributes the filter script matches on; every scan string in them is escaped.
import type { LintMessage, LintResult, Locale } from '../../engine/types.js';
import { categoryLabel, severityLabel, t } from '../../i18n/labels.js';
import { escapeAttribute, escapeHtml } from './escape.js';
import type { ReportFigures } from './figures.js';
import { ColumnIndex, excerptOf } from './source-excerpt.js';

export interface FindingsListOptions {
  locale: Locale;
  figures: ReportFigures;
  sourceLines?: (filePath: string) => readonly string[] | undefined;
  /** Groups start open (small reports) or closed (large ones, so that the browser lays out only what is opened). */
  open: boolean;
  unnamedUnit: string;
}

function contextOf(message: LintMessage, columns: ColumnIndex | undefined): string {
  if (message.fatal) return '';
  const excerpt = columns ? excerptOf(message, columns) : undefined;
  if (!excerpt) return message.text === '' ? '' : `<div class="ctx"><mark>${escapeHtml(message.text)}</mark></div>`;
  const match = excerpt.match === '' ? '<mark class="insert">‸</mark>' : `<mark>${escapeHtml(excerpt.match)}</mark>`;
  return `<div class="ctx">${excerpt.cutBefore ? '…' : ''}${escapeHtml(excerpt.before)}${match}${escapeHtml(excerpt.after)}${excerpt.cutAfter ? '…' : ''}</div>`;
}

function suggestionsOf(message: LintMessage, locale: Locale): string {
  if (message.suggestions.length === 0) return '';
  const quoted = message.suggestions.map((suggestion) => `<q>${escapeHtml(suggestion)}</q>`).join(t(locale, '或', ' or '));
  return `<div class="sug">${t(locale, '建议：', 'Suggestion: ')}${quoted}</div>`;
}

function tagsOf(message: LintMessage, locale: Locale): string {
  if (message.fatal) return `<span class="tag fatal">${t(locale, '无法检查', 'not checked')}</span>`;
  const tags = [`<span class="tag ${message.severity}">${severityLabel(message.severity, locale)}</span>`];
  if (message.urgency === 'urgent') tags.push(`<span class="tag urgent">${t(locale, '紧急', 'urgent')}</span>`);
  tags.push(`<span class="tag ${message.category}">${categoryLabel(message.category, locale)}</span>`);
  if (message.fix) tags.push(`<span class="tag fixable">${t(locale, '可修复', 'fixable')}</span>`);
  return tags.join('');
}

function rowOf(message: LintMessage, columns: ColumnIndex | undefined, options: FindingsListOptions): string {
  const { locale } = options;
  const rule = message.fatal ? -1 : (options.figures.ruleKey.get(message.ruleId) ?? -1);
  return (
    `<tr class="finding" data-rule="${rule}" data-severity="${escapeAttribute(message.severity)}" data-urgency="${escapeAttribute(message.urgency)}" data-category="${escapeAttribute(message.category)}">` +
    `<td class="pos">${message.line}:${message.column}</td>` +
    `<td class="tags">${tagsOf(message, locale)}</td>` +
    `<td><p class="msg">${escapeHtml(message.message)}</p>${contextOf(message, columns)}${suggestionsOf(message, locale)}</td>` +
    `<td class="rule">${message.ruleId === null ? '' : escapeHtml(message.ruleId)}</td></tr>`
  );
}

function groupOf(result: LintResult, options: FindingsListOptions): string {
  const { locale } = options;
  const lines = options.sourceLines?.(result.filePath);
  const columns = lines ? new ColumnIndex(lines) : undefined;
  const unitKey = options.figures.unitKey.get(result.unit ?? null) ?? -1;
  const unit = result.unit === undefined ? `<span class="unit none">${escapeHtml(options.unnamedUnit)}</span>` : `<span class="unit">${escapeHtml(result.unit)}</span>`;
  const count = result.messages.length;
  const rows = result.messages.map((message) => rowOf(message, columns, options)).join('');
  return (
    `<details class="file" data-unit="${unitKey}"${options.open ? ' open' : ''}><summary><span class="path">${escapeHtml(result.filePath)}</span>${unit}` +
    `<span class="n"><span class="n-shown">${count}</span><span class="n-of"> / ${count}</span>${t(locale, ' 条', count === 1 ? ' finding' : ' findings')}</span></summary>` +
    `<table class="findings"><thead><tr><th class="pos">${t(locale, '位置', 'Line:col')}</th><th class="tags">${t(locale, '级别', 'Level')}</th><th>${t(locale, '问题', 'Finding')}</th><th class="rule">${t(locale, '规则', 'Rule')}</th></tr></thead>` +
    `<tbody>${rows}</tbody></table></details>`
  );
}

/** The groups of every file with findings (or that could not be checked), in the order of the results. */
export function findingsList(results: readonly LintResult[], options: FindingsListOptions): string {
  const groups: string[] = [];
  for (const result of results) if (result.messages.length > 0) groups.push(groupOf(result, options));
  return groups.join('\n');
}
