// Builds a thin rule that reports the hits of its dictionaries: one finding per hit, longest first where hits overlap.
import { defineRule, type Category, type LocalizedText, type Rule, type RuleContext, type RuleReport, type SeveritySetting, type Urgency } from '../engine/types.js';
import type { DictionaryHit } from './types.js';

export interface DictionaryRuleSpec {
  id: string;
  description: LocalizedText;
  category: Category;
  urgency: Urgency;
  defaultSeverity: SeveritySetting;
  fixable: boolean;
  /** Message when the entry has a replacement: {{text}}, {{replacement}}, {{reason}} (already in brackets). */
  withReplacement: LocalizedText;
  /** Message when it has none. */
  withoutReplacement: LocalizedText;
  docs?: string;
}

/** Keeps, among overlapping hits, the one that starts first and, at equal starts, the longest. */
export function longestHits(hits: readonly DictionaryHit[]): DictionaryHit[] {
  const ordered = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DictionaryHit[] = [];
  let lastEnd = -1;
  for (const hit of ordered) {
    if (hit.start < lastEnd) continue;
    kept.push(hit);
    lastEnd = hit.end;
  }
  return kept;
}

function reasonIn(locale: 'zh' | 'en', hit: DictionaryHit): string {
  const reason = locale === 'en' ? (hit.entry.reasonEn ?? hit.entry.reason) : hit.entry.reason;
  if (!reason) return '';
  return locale === 'zh' ? `（${reason}）` : ` (${reason})`;
}

/**
 * Reports the rule's dictionary hits (the longest where they overlap) with the message ids `withReplacement` and
 * `withoutReplacement`, and returns the hits it reported.
 */
export function reportDictionaryHits(context: RuleContext<never>): DictionaryHit[] {
  const { text } = context.document;
  const hits = longestHits(context.dictionaryHits());
  for (const hit of hits) {
    const { entry } = hit;
    const [replacement] = entry.replacements;
    const report: RuleReport = {
      messageId: replacement === undefined ? 'withoutReplacement' : 'withReplacement',
      data: { text: text.slice(hit.start, hit.end), replacement: entry.replacements.join('”或“'), reason: reasonIn(context.locale, hit) },
      start: hit.start,
      end: hit.end,
      suggestions: entry.replacements,
      severity: entry.severity,
      category: entry.category,
      urgency: entry.urgency,
    };
    if (entry.fix && replacement !== undefined) report.fix = { start: hit.start, end: hit.end, text: replacement };
    context.report(report);
  }
  return hits;
}

export function createDictionaryRule(spec: DictionaryRuleSpec): Rule<never> {
  const rule = defineRule({
    meta: {
      id: spec.id,
      description: spec.description,
      category: spec.category,
      urgency: spec.urgency,
      defaultSeverity: spec.defaultSeverity,
      fixable: spec.fixable,
      ...(spec.docs ? { docs: spec.docs } : {}),
      messages: { withReplacement: spec.withReplacement, withoutReplacement: spec.withoutReplacement },
    },
    check(context) {
      reportDictionaryHits(context as RuleContext<never>);
    },
  });
  return rule as Rule<never>;
}
