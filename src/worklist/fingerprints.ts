// Identity of a finding across runs: the report's fingerprint, or (older reports) a hash of rule, file, text and line.
import crypto from 'node:crypto';

export interface IdentifiableFinding {
  ruleId: string | null;
  text: string;
  line: number;
  fingerprint?: string;
}

/** For reports without fingerprints. Moves when lines above the finding are added or removed. */
export function fallbackFingerprint(finding: IdentifiableFinding, filePath: string): string {
  return crypto.createHash('sha256').update(JSON.stringify([finding.ruleId, filePath, finding.text, finding.line])).digest('hex').slice(0, 16);
}

/**
 * Numbers repeats within one file (`abc`, `abc#2`, …) so two identical findings stay two items. The same numbering is
 * applied when re-checking, so identities match as long as the file's findings come in the same order.
 */
export function numberRepeats(keys: string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}#${count}`;
  });
}

/** The identity of each of one file's findings, in order: its fingerprint, else the fallback hash. */
export function identifyFindings(findings: IdentifiableFinding[], filePath: string): string[] {
  return numberRepeats(findings.map((finding) => finding.fingerprint ?? fallbackFingerprint(finding, filePath)));
}
