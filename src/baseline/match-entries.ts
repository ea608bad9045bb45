// Pairs one file's findings with that file's baseline entries: by fingerprint, then by rule and text, nearest first.
import type { BaselineEntry } from './format.js';

export interface MatchableFinding {
  fingerprint: string;
  ruleId: string;
  text: string;
  line: number;
}

export interface EntryMatch {
  /** Indexes (into the findings) of the findings an entry accepts. */
  accepted: Set<number>;
  /** Entries no finding claimed, in their given order. */
  unmatched: BaselineEntry[];
}

/**
 * Each entry accepts at most one finding and each finding is accepted by at most one entry, so entries form a
 * multiset: two entries with the same fingerprint accept two findings, and a third one is new.
 *
 * First by fingerprint. Then, because a fingerprint keeps a little of the text around the finding, editing that text
 * (fixing the neighbouring one of two mistakes in a sentence) gives the remaining mistake a new fingerprint: an entry
 * left over accepts a left-over finding of the same rule and the same text in the same file, the nearest lines
 * first. So a file is never worse off than "no more of this mistake than the baseline holds", and a new mistake
 * whose rule and text the baseline does not hold for the file is always reported.
 */
export function matchEntries(findings: readonly MatchableFinding[], entries: readonly BaselineEntry[]): EntryMatch {
  const byFingerprint = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    const list = byFingerprint.get(entry.fingerprint);
    if (list) list.push(index);
    else byFingerprint.set(entry.fingerprint, [index]);
  });
  const accepted = new Set<number>();
  const claimedEntries = new Set<number>();
  findings.forEach((finding, index) => {
    const entryIndex = byFingerprint.get(finding.fingerprint)?.shift();
    if (entryIndex === undefined) return;
    accepted.add(index);
    claimedEntries.add(entryIndex);
  });

  const mistake = (item: { ruleId: string; text: string }) => JSON.stringify([item.ruleId, item.text]);
  const leftFindings = new Map<string, number[]>();
  findings.forEach((finding, index) => {
    if (accepted.has(index)) return;
    const key = mistake(finding);
    const list = leftFindings.get(key);
    if (list) list.push(index);
    else leftFindings.set(key, [index]);
  });
  const pairs: Array<{ entry: number; finding: number; distance: number }> = [];
  entries.forEach((entry, entryIndex) => {
    if (claimedEntries.has(entryIndex)) return;
    for (const findingIndex of leftFindings.get(mistake(entry)) ?? []) {
      pairs.push({ entry: entryIndex, finding: findingIndex, distance: Math.abs(findings[findingIndex].line - entry.line) });
    }
  });
  pairs.sort((a, b) => a.distance - b.distance || a.entry - b.entry || a.finding - b.finding);
  for (const pair of pairs) {
    if (claimedEntries.has(pair.entry) || accepted.has(pair.finding)) continue;
    claimedEntries.add(pair.entry);
    accepted.add(pair.finding);
  }
  return { accepted, unmatched: entries.filter((_, index) => !claimedEntries.has(index)) };
}
