// The parts of the HTML report around the list: summary figures, the two bar charts, the filter bar and the table of
// the rules that reported. Labels in the report's language; scan strings escaped.
import type { Locale, RuleMeta, Severity } from '../../engine/types.js';
import { categoryLabel, severityLabel, t } from '../../i18n/labels.js';
import { barChart } from './bar-chart.js';
import { escapeAttribute, escapeHtml } from './escape.js';
import type { ReportFigures, Tally } from './figures.js';

export const unnamedUnit = (locale: Locale): string => t(locale, '未明确单位', 'No unit specified');
const unnamedRule = (locale: Locale): string => t(locale, '（无规则）', '(no rule)');

interface Figure {
  /** `data-figure`, for tests and scripts that read the numbers. */
  id: string;
  label: string;
  value: number;
  tone?: string;
}

export function summarySection(figures: ReportFigures, locale: Locale): string {
  const list: Figure[] = [
    { id: 'files', label: t(locale, '已检查文件', 'Files checked'), value: figures.files },
    { id: 'files-with-findings', label: t(locale, '有问题的文件', 'Files with findings'), value: figures.filesWithFindings },
    { id: 'findings', label: t(locale, '问题总数', 'Findings'), value: figures.findings },
    { id: 'error', label: t(locale, '错误', 'Errors'), value: figures.bySeverity.error, tone: 'error' },
    { id: 'warning', label: t(locale, '警告', 'Warnings'), value: figures.bySeverity.warning, tone: 'warning' },
    { id: 'info', label: t(locale, '提示', 'Info'), value: figures.bySeverity.info, tone: 'info' },
    { id: 'mistake', label: t(locale, '错（差错）', 'Mistakes (错)'), value: figures.byCategory.mistake },
    { id: 'sensitive', label: t(locale, '敏（敏感信息）', 'Sensitive (敏)'), value: figures.byCategory.sensitive, tone: 'sensitive' },
    { id: 'urgent', label: t(locale, '紧急（30 分钟内改正）', 'Urgent (fix in 30 min)'), value: figures.urgent, tone: figures.urgent > 0 ? 'alert' : undefined },
    { id: 'fixable', label: t(locale, '可自动修复', 'Fixable with --fix'), value: figures.fixable },
    { id: 'units', label: t(locale, '涉及单位', 'Units with findings'), value: figures.unitsWithFindings },
  ];
  if (figures.unreadable > 0) list.push({ id: 'unreadable', label: t(locale, '无法检查的文件', 'Files not checked'), value: figures.unreadable, tone: 'alert' });
  const cards = list.map((figure) => `<div class="figure${figure.tone ? ` ${figure.tone}` : ''}" data-figure="${figure.id}"><dt>${figure.label}</dt><dd>${figure.value}</dd></div>`);
  const clean = figures.findings === 0 ? `<p class="clean">${t(locale, '✔ 未发现问题', '✔ No problems found')}</p>` : '';
  return `<section aria-label="${t(locale, '概况', 'Summary')}"><dl class="figures">${cards.join('')}</dl>${clean}</section>`;
}

function severityLegend(locale: Locale): string {
  const severities: Severity[] = ['error', 'warning', 'info'];
  return `<p class="legend">${severities.map((severity) => `<i class="${severity}"></i>${severityLabel(severity, locale)}`).join('')}</p>`;
}

export function chartsSection(figures: ReportFigures, locale: Locale): string {
  if (figures.findings === 0) return '';
  const byUnit = barChart(figures.units, {
    title: t(locale, '按单位统计', 'Findings by unit'),
    filter: 'unit',
    unnamed: unnamedUnit(locale),
    rest: (count) => t(locale, `其余 ${count} 个单位`, `${count} other units`),
    locale,
  });
  const byRule = barChart(figures.rules, {
    title: t(locale, '按规则统计', 'Findings by rule'),
    filter: 'rule',
    unnamed: unnamedRule(locale),
    rest: (count) => t(locale, `其余 ${count} 条规则`, `${count} other rules`),
    locale,
  });
  return `<section><h2>${t(locale, '统计', 'Charts')}</h2><div class="charts">${byUnit}${byRule}</div>${severityLegend(locale)}</section>`;
}

function options(tallies: readonly Tally[], unnamed: string, locale: Locale): string {
  return tallies
    .map((tally) => `<option value="${tally.key}">${escapeHtml(tally.name ?? unnamed)}${t(locale, `（${tally.total}）`, ` (${tally.total})`)}</option>`)
    .join('');
}

function select(name: string, label: string, choices: string, locale: Locale): string {
  return `<label>${label}<select name="${escapeAttribute(name)}" id="filter-${escapeAttribute(name)}"><option value="">${t(locale, '全部', 'All')}</option>${choices}</select></label>`;
}

/** The filter bar: hidden in the markup, shown by the script (without scripts every finding stays visible). */
export function filterBar(figures: ReportFigures, locale: Locale): string {
  const enumChoices = (pairs: Array<[string, string]>) => pairs.map(([value, label]) => `<option value="${value}">${label}</option>`).join('');
  const rules = figures.rules.filter((tally) => tally.total > 0);
  return (
    `<form id="filters" class="filters" hidden>` +
    select('unit', t(locale, '单位', 'Unit'), options(figures.units, unnamedUnit(locale), locale), locale) +
    select('urgency', t(locale, '紧急程度', 'Urgency'), enumChoices([['urgent', t(locale, '紧急', 'Urgent')], ['general', t(locale, '一般', 'General')]]), locale) +
    select('rule', t(locale, '规则', 'Rule'), options(rules, unnamedRule(locale), locale), locale) +
    select('severity', t(locale, '级别', 'Severity'), enumChoices((['error', 'warning', 'info'] as const).map((severity) => [severity, severityLabel(severity, locale)])), locale) +
    select('category', t(locale, '类别', 'Category'), enumChoices([['mistake', categoryLabel('mistake', locale)], ['sensitive', categoryLabel('sensitive', locale)]]), locale) +
    `<button type="reset">${t(locale, '清除筛选', 'Clear filters')}</button>` +
    `<button type="button" data-action="expand">${t(locale, '全部展开', 'Expand all')}</button>` +
    `<button type="button" data-action="collapse">${t(locale, '全部收起', 'Collapse all')}</button>` +
    `</form>`
  );
}

/** The rules that reported: id, description, category, urgency, count. */
export function rulesSection(figures: ReportFigures, rules: ReadonlyMap<string, RuleMeta> | undefined, locale: Locale): string {
  const reported = figures.rules.filter((tally) => tally.total > 0);
  if (reported.length === 0) return '';
  const rows = reported.map((tally) => {
    const meta = tally.name === null ? undefined : rules?.get(tally.name);
    const id = tally.name === null ? unnamedRule(locale) : tally.name;
    const description = meta ? escapeHtml(meta.description[locale]) : '';
    const category = meta ? categoryLabel(meta.category, locale) : '';
    const urgency = meta ? (meta.urgency === 'urgent' ? t(locale, '紧急', 'urgent') : t(locale, '一般', 'general')) : '';
    return `<tr><td class="rule">${escapeHtml(id)}</td><td>${description}</td><td class="nowrap">${category}</td><td class="nowrap">${urgency}</td><td class="num">${tally.total}</td></tr>`;
  });
  const head = [t(locale, '规则', 'Rule'), t(locale, '说明', 'Description'), t(locale, '类别', 'Category'), t(locale, '时效', 'Urgency'), t(locale, '问题数', 'Findings')];
  return `<section><h2>${t(locale, '规则说明', 'Rules')}</h2><table class="rules"><thead><tr>${head.map((cell) => `<th>${cell}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}
