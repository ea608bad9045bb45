// Turns JSON reports into worklist items: one per error or warning, identified, with context, deadline and status.
import type { WorkdaySettings } from './workday-config.js';
import type { ReportFile } from './read-report.js';
import type { ContextTarget } from './source-context.js';
import { identifyFindings } from './fingerprints.js';
import { deadlineFor } from './deadlines.js';
import { formatZoned } from './zoned-time.js';
import { STATUS_PENDING, type UncheckedFile, type Worklist, type WorklistItem } from './types.js';

export interface BuildOptions {
  /** When the findings count as found (milliseconds since the epoch, whole seconds). */
  foundAt: number;
  workday: WorkdaySettings;
  contextOf: (filePath: string, target: ContextTarget) => Promise<string>;
}

export interface BuiltWorklist {
  worklist: Worklist;
  /** Files the lint run could not check (their fatal messages); not worklist items. */
  unchecked: UncheckedFile[];
}

const unitCollator = new Intl.Collator('zh-CN');

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Units in pinyin order, unassigned items last; then file, line, column, rule. */
export function compareItems(a: WorklistItem, b: WorklistItem): number {
  if (a.unit !== b.unit) {
    if (a.unit === null) return 1;
    if (b.unit === null) return -1;
    return unitCollator.compare(a.unit, b.unit) || compareText(a.unit, b.unit);
  }
  return compareText(a.filePath, b.filePath) || a.line - b.line || a.column - b.column || compareText(a.ruleId ?? '', b.ruleId ?? '') || compareText(a.fingerprint, b.fingerprint);
}

export function itemId(index: number): string {
  return `W${String(index + 1).padStart(4, '0')}`;
}

/**
 * Info-level findings are hints, not 错敏 to correct: they are left out. A file that appears in several reports gives
 * its findings once.
 */
export async function buildWorklist(reports: ReportFile[][], options: BuildOptions): Promise<BuiltWorklist> {
  const foundAt = formatZoned(options.foundAt, options.workday.timeZone);
  const deadlines = {
    urgent: formatZoned(deadlineFor(options.foundAt, 'urgent', options.workday), options.workday.timeZone),
    general: formatZoned(deadlineFor(options.foundAt, 'general', options.workday), options.workday.timeZone),
  };
  const items = new Map<string, WorklistItem>();
  const unchecked = new Map<string, UncheckedFile>();
  for (const report of reports) {
    for (const file of report) {
      for (const fatal of file.messages.filter((message) => message.fatal)) {
        if (!unchecked.has(file.filePath)) unchecked.set(file.filePath, { filePath: file.filePath, message: fatal.message });
      }
      const findings = file.messages.filter((message) => !message.fatal);
      const identities = identifyFindings(findings, file.filePath);
      for (const [index, message] of findings.entries()) {
        if (message.severity === 'info') continue;
        const key = JSON.stringify([file.filePath, identities[index]]);
        if (items.has(key)) continue;
        items.set(key, {
          id: '',
          fingerprint: identities[index],
          unit: message.unit ?? file.unit ?? null,
          filePath: file.filePath,
          line: message.line,
          column: message.column,
          ruleId: message.ruleId,
          category: message.category,
          urgency: message.urgency,
          text: message.text,
          context: await options.contextOf(file.filePath, message),
          suggestions: message.suggestions,
          foundAt,
          deadline: deadlines[message.urgency],
          status: STATUS_PENDING,
        });
      }
    }
  }
  const sorted = [...items.values()].sort(compareItems);
  sorted.forEach((item, index) => (item.id = itemId(index)));
  return { worklist: { generatedAt: foundAt, items: sorted }, unchecked: [...unchecked.values()] };
}
