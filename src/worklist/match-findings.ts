// Decides which worklist items a re-check still finds: same fingerprint, or the same rule and text nearby.
import { fallbackFingerprint, numberRepeats } from './fingerprints.js';
import { groupBy } from './group-by.js';
import type { WorklistItem } from './types.js';

export interface RecheckedFinding {
  ruleId: string | null;
  text: string;
  line: number;
  column: number;
  fingerprint?: string;
}

/**
 * The items (all of one file) whose finding is still in `findings` (that file's re-check). First by identity:
 * the fingerprint, or for items from reports without fingerprints the fallback hash. Then, because a fingerprint
 * changes when the text right around the finding is edited (fixing one of two mistakes in a sentence changes the
 * other's), an item whose identity is gone still counts as there when an unclaimed finding of the same rule with the
 * same text remains in the file, the nearest pairs first. A fix is never claimed on a guess.
 */
export function itemsStillThere(items: readonly WorklistItem[], findings: readonly RecheckedFinding[], filePath: string): Set<WorklistItem> {
  const byIdentity = new Map<string, number>();
  const withFingerprints = findings.map((finding, index) => ({ finding, index })).filter((entry) => entry.finding.fingerprint !== undefined);
  numberRepeats(withFingerprints.map((entry) => entry.finding.fingerprint!)).forEach((identity, position) => byIdentity.set(identity, withFingerprints[position].index));
  numberRepeats(findings.map((finding) => fallbackFingerprint(finding, filePath))).forEach((identity, index) => {
    if (!byIdentity.has(identity)) byIdentity.set(identity, index);
  });

  const claimed = new Set<number>();
  const there = new Set<WorklistItem>();
  const unmatched: WorklistItem[] = [];
  for (const item of items) {
    const index = byIdentity.get(item.fingerprint);
    if (index !== undefined && !claimed.has(index)) {
      claimed.add(index);
      there.add(item);
    } else {
      unmatched.push(item);
    }
  }
  // The closest pairs first, so a remaining finding goes to the item it is nearest to.
  const sameMistake = (entry: { ruleId: string | null; text: string }) => JSON.stringify([entry.ruleId, entry.text]);
  const unclaimedByMistake = groupBy(
    findings.map((_, index) => index).filter((index) => !claimed.has(index)),
    (index) => sameMistake(findings[index]),
  );
  const pairs: Array<{ item: WorklistItem; index: number; distance: number; order: number }> = [];
  unmatched.forEach((item, order) => {
    for (const index of unclaimedByMistake.get(sameMistake(item)) ?? []) {
      const finding = findings[index];
      pairs.push({ item, index, distance: Math.abs(finding.line - item.line) * 1e6 + Math.abs(finding.column - item.column), order });
    }
  });
  pairs.sort((a, b) => a.distance - b.distance || a.order - b.order || a.index - b.index);
  for (const pair of pairs) {
    if (claimed.has(pair.index) || there.has(pair.item)) continue;
    claimed.add(pair.index);
    there.add(pair.item);
  }
  return there;
}
