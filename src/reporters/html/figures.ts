// The numbers of the HTML report: summary figures, and findings tallied by unit and by rule (with the key each unit
// and rule gets in the page's filters). Findings are the messages of rules; a file that could not be read or parsed
// (a fatal message) is counted apart.
import type { Category, LintMessage, LintResult, Severity } from '../../engine/types.js';

export interface Tally {
  /** The unit or rule id; null for files without a unit or messages without a rule. */
  name: string | null;
  /** Its key in the page (`data-unit`, `data-rule`, the filters' option values). */
  key: number;
  total: number;
  bySeverity: Record<Severity, number>;
}

export interface ReportFigures {
  files: number;
  filesWithFindings: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  byCategory: Record<Category, number>;
  urgent: number;
  fixable: number;
  /** Files that could not be read or parsed. */
  unreadable: number;
  /** Named units that have findings. */
  unitsWithFindings: number;
  /** Most findings first; every unit of a file with findings or a fatal message, files without a unit as `null`. */
  units: Tally[];
  /** Most findings first; every rule that reported. */
  rules: Tally[];
  unitKey: Map<string | null, number>;
  ruleKey: Map<string | null, number>;
}

export const isFinding = (message: LintMessage): boolean => !message.fatal;

const emptySeverities = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0 });

function tallyOf(tallies: Map<string | null, Tally>, name: string | null): Tally {
  let tally = tallies.get(name);
  if (!tally) {
    tally = { name, key: tallies.size, total: 0, bySeverity: emptySeverities() };
    tallies.set(name, tally);
  }
  return tally;
}

/** Most first, then by name (no unit / no rule last among equals). */
function ranked(tallies: Map<string | null, Tally>): Tally[] {
  return [...tallies.values()].sort((a, b) => b.total - a.total || (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name, 'zh')));
}

export function computeFigures(results: readonly LintResult[]): ReportFigures {
  const figures = {
    files: results.length,
    filesWithFindings: 0,
    findings: 0,
    bySeverity: emptySeverities(),
    byCategory: { mistake: 0, sensitive: 0 },
    urgent: 0,
    fixable: 0,
    unreadable: 0,
  };
  const units = new Map<string | null, Tally>();
  const rules = new Map<string | null, Tally>();
  for (const result of results) {
    let findings = 0;
    let fatal = false;
    for (const message of result.messages) {
      if (!isFinding(message)) {
        fatal = true;
        continue;
      }
      findings++;
      figures.bySeverity[message.severity]++;
      figures.byCategory[message.category]++;
      if (message.urgency === 'urgent') figures.urgent++;
      if (message.fix) figures.fixable++;
      const rule = tallyOf(rules, message.ruleId);
      rule.total++;
      rule.bySeverity[message.severity]++;
    }
    if (fatal) figures.unreadable++;
    if (findings === 0 && !fatal) continue;
    if (findings > 0) figures.filesWithFindings++;
    const unit = tallyOf(units, result.unit ?? null);
    unit.total += findings;
    for (const message of result.messages) if (isFinding(message)) unit.bySeverity[message.severity]++;
    figures.findings += findings;
  }
  const unitsWithFindings = [...units.values()].filter((tally) => tally.name !== null && tally.total > 0).length;
  return {
    ...figures,
    unitsWithFindings,
    units: ranked(units),
    rules: ranked(rules),
    unitKey: new Map([...units].map(([name, tally]) => [name, tally.key])),
    ruleKey: new Map([...rules].map(([name, tally]) => [name, tally.key])),
  };
}
