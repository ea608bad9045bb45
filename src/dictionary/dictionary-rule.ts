// Builds a thin rule that reports the hits of its dictionaries: one finding per hit, the strongest where hits overlap.
import { defineRule, type LocalizedText, type Rule, type RuleContext, type RuleMeta, type RuleReport } from '../engine/types.js';
import type { DictionaryHit } from './types.js';

export interface DictionaryRuleSpec extends Pick<RuleMeta, 'id' | 'description' | 'category' | 'urgency' | 'defaultSeverity' | 'fixable' | 'docs'> {
  /** Message when the entry has a replacement: {{text}}, {{replacement}}, {{reason}} (already in brackets). */
  withReplacement: LocalizedText;
  /** Message when it has none. */
  withoutReplacement: LocalizedText;
}

const SEVERITY_RANK = { error: 3, warning: 2, info: 1 } as const;

/** How strongly a hit should win over one it overlaps: urgent before general, error before warning, longer first. */
function strength(hit: DictionaryHit): number[] {
  return [hit.entry.urgency === 'urgent' ? 1 : 0, SEVERITY_RANK[hit.entry.severity], hit.end - hit.start];
}

/**
 * Keeps, among overlapping hits, the strongest (urgent, then more severe, then longer; at a tie the first loaded,
 * which is a user's dictionary before a shipped one), in text order.
 */
export function longestHits(hits: readonly DictionaryHit[]): DictionaryHit[] {
  const ranked = hits
    .map((hit, order) => ({ hit, order, strength: strength(hit) }))
    .sort((a, b) => {
      for (let i = 0; i < a.strength.length; i++) if (a.strength[i] !== b.strength[i]) return b.strength[i] - a.strength[i];
      return a.hit.start - b.hit.start || a.order - b.order;
    });
  const kept: DictionaryHit[] = [];
  for (const { hit } of ranked) {
    if (kept.some((other) => hit.start < other.end && other.start < hit.end)) continue;
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
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
