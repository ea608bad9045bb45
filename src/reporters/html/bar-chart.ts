// Horizontal bar charts as inline SVG, drawn when the report is written (no script, no library): one bar per unit or
// rule, split by severity, the longest lists cut to their top entries plus one bar for the rest.
import type { Locale, Severity } from '../../engine/types.js';
import { severityLabel, t } from '../../i18n/labels.js';
import { displayWidth } from '../../text/display-width.js';
import { escapeAttribute, escapeHtml } from './escape.js';
import type { Tally } from './figures.js';

export interface BarChartOptions {
  title: string;
  /** The filter a click on a bar sets (`unit`, `rule`), when the page's script runs. */
  filter: string;
  /** The label of a tally with no name (no unit, no rule). */
  unnamed: string;
  /** `其余 N 个单位` / `N other units`. */
  rest: (count: number) => string;
  locale: Locale;
  maxBars?: number;
}

const WIDTH = 640;
const BAR_HEIGHT = 18;
const ROW_HEIGHT = 26;
const TOP = 8;
/** A 13px label's width, a little generously: CJK and other wide characters 13px, the rest 7.8px. */
const WIDE_PIXELS = 13;
const NARROW_PIXELS = 7.8;
const LABEL_MAX_PIXELS = 190;
const COUNT_SPACE = 56;
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

function labelPixels(label: string): number {
  let pixels = 0;
  for (const char of label) pixels += displayWidth(char) === 2 ? WIDE_PIXELS : NARROW_PIXELS;
  return pixels;
}

/** The label cut to `pixels`, with an ellipsis when cut. */
function fitLabel(label: string, pixels: number): string {
  if (labelPixels(label) <= pixels) return label;
  let width = labelPixels('…');
  let cut = '';
  for (const char of label) {
    const next = labelPixels(char);
    if (width + next > pixels) break;
    cut += char;
    width += next;
  }
  return `${cut}…`;
}

function bar(tally: Tally | RestTally, label: string, row: number, geometry: { labelWidth: number; scale: number }, options: BarChartOptions): string {
  const y = TOP + row * ROW_HEIGHT;
  const parts = SEVERITIES.filter((severity) => tally.bySeverity[severity] > 0).map((severity) => `${severityLabel(severity, options.locale)} ${tally.bySeverity[severity]}`);
  const detail = `${label}${t(options.locale, '：', ': ')}${tally.total}${parts.length > 0 ? t(options.locale, `（${parts.join('，')}）`, ` (${parts.join(', ')})`) : ''}`;
  const shown = fitLabel(label, LABEL_MAX_PIXELS);
  let x = geometry.labelWidth;
  const rects: string[] = [];
  for (const severity of SEVERITIES) {
    const count = tally.bySeverity[severity];
    if (count === 0) continue;
    const width = Math.max(1, count * geometry.scale);
    rects.push(`<rect class="${severity}" x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${BAR_HEIGHT}"/>`);
    x += width;
  }
  const clickable = tally.key === undefined ? '' : ` data-filter="${escapeAttribute(options.filter)}" data-value="${tally.key}"`;
  return (
    `<g class="bar"${clickable} aria-label="${escapeAttribute(detail)}"><title>${escapeHtml(detail)}</title>` +
    `<text class="label" x="${geometry.labelWidth - 8}" y="${y + BAR_HEIGHT - 5}" text-anchor="end">${escapeHtml(shown)}</text>` +
    rects.join('') +
    `<text class="count" x="${(x + 6).toFixed(1)}" y="${y + BAR_HEIGHT - 5}">${tally.total}</text></g>`
  );
}

interface RestTally {
  name: string;
  total: number;
  bySeverity: Record<Severity, number>;
  key?: undefined;
}

/** One bar for the entries past the chart's top ones; not clickable (it stands for several filter values). */
function restTally(hidden: readonly Tally[], name: string): RestTally {
  const rest: RestTally = { name, total: 0, bySeverity: { error: 0, warning: 0, info: 0 } };
  for (const tally of hidden) {
    rest.total += tally.total;
    for (const severity of SEVERITIES) rest.bySeverity[severity] += tally.bySeverity[severity];
  }
  return rest;
}

/** The chart of the tallies (most first), or an empty string when there is nothing to draw. */
export function barChart(tallies: readonly Tally[], options: BarChartOptions): string {
  const counted = tallies.filter((tally) => tally.total > 0);
  if (counted.length === 0) return '';
  const maxBars = options.maxBars ?? 15;
  const shown = counted.length > maxBars ? counted.slice(0, maxBars - 1) : counted;
  const hidden = counted.slice(shown.length);
  const labelOf = (tally: Tally) => tally.name ?? options.unnamed;
  const labels = shown.map(labelOf);
  const rest = hidden.length > 0 ? restTally(hidden, options.rest(hidden.length)) : undefined;
  const labelWidth = Math.ceil(Math.min(LABEL_MAX_PIXELS, Math.max(...[...labels, rest?.name ?? ''].map(labelPixels)))) + 14;
  const largest = Math.max(rest?.total ?? 0, ...shown.map((tally) => tally.total));
  const geometry = { labelWidth, scale: (WIDTH - labelWidth - COUNT_SPACE) / largest };
  const rows = shown.map((tally, row) => bar(tally, labels[row], row, geometry, options));
  if (rest) rows.push(bar(rest, rest.name, rows.length, geometry, options));
  const height = TOP * 2 + rows.length * ROW_HEIGHT - (ROW_HEIGHT - BAR_HEIGHT);
  return (
    `<figure class="chart"><figcaption>${escapeHtml(options.title)}</figcaption>` +
    `<svg xmlns="http://www.w3.org/2000/svg" role="group" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" aria-label="${escapeAttribute(options.title)}">` +
    rows.join('') +
    `</svg></figure>`
  );
}
