// Applies a baseline to lint results: accepted findings are dropped (counts recomputed), new ones stay, entries no
// longer found are fixed; and builds the baseline of a run (what --update-baseline writes). No I/O.
import { summarize } from '../engine/linter.js';
import { fingerprintOf, normalizeFingerprintPath } from '../engine/fingerprint.js';
import type { LintMessage, LintResult } from '../engine/types.js';
import { newBaseline, serializeBaseline, sortEntries, type Baseline, type BaselineEntry } from './format.js';
import { matchEntries } from './match-entries.js';

/**
 * `check` (`--baseline`): findings the baseline holds are dropped, the others are reported.
 * `update` (`--update-baseline`): every finding that can be accepted is written to the baseline and dropped, so the
 * run passes unless a file could not be checked (fatal messages are never accepted).
 */
export type BaselineMode = 'check' | 'update';

/**
 * What this run checked. An entry the run could not have found again is "unchecked": neither fixed nor dropped by
 * --update-baseline. That covers files outside the given paths or shard, files that could not be read, rules that
 * crashed or are turned off, and with --quiet the entries that are not errors.
 */
export interface BaselineScope {
  /**
   * Whether a file that gave no result in this run still exists (see fileExistsUnder). The entries of a deleted file
   * are fixed; those of a file that exists but was not linted are unchecked. Without it, all are unchecked.
   */
  fileExists?: (filePath: string) => boolean;
  /** --quiet: only errors were reported, so entries of warnings and infos cannot be found again. */
  errorsOnly?: boolean;
  /**
   * Rules that are loaded but turned off in this run. Entries of a rule no longer known at all (removed, renamed)
   * are fixed: they can never be found again.
   */
  disabledRules?: ReadonlySet<string>;
}

export interface BaselineOptions {
  mode?: BaselineMode;
  scope?: BaselineScope;
}

export interface BaselineOutcome {
  mode: BaselineMode;
  /** Findings not reported because of the baseline (in update mode: every finding written to it). */
  accepted: number;
  /** The same by result filePath, for files with at least one. */
  acceptedByFile: Map<string, number>;
  /** Findings the previous baseline did not hold: reported (check) or added to the baseline (update). */
  newCount: number;
  /** Entries of the previous baseline no longer found, sorted: listed, and removed by --update-baseline. */
  fixed: BaselineEntry[];
  /** Entries this run could not check (see BaselineScope), sorted; --update-baseline keeps them. */
  unchecked: BaselineEntry[];
  /** This run's findings plus the unchecked entries: what --update-baseline writes. */
  baseline: Baseline;
  /** Whether `baseline` holds other entries than the previous one (when not, it keeps the previous createdAt). */
  changed: boolean;
}

/** Fatal messages (unreadable file, crashed rule) and notes without a rule are never accepted nor written. */
export function canBeAccepted(message: LintMessage): message is LintMessage & { ruleId: string } {
  return !message.fatal && message.ruleId !== null;
}

export function entryOf(filePath: string, message: LintMessage & { ruleId: string }): BaselineEntry {
  return {
    fingerprint: fingerprintOf(filePath, message),
    filePath: normalizeFingerprintPath(filePath),
    ruleId: message.ruleId,
    line: message.line,
    text: message.text,
    severity: message.severity,
  };
}

/**
 * Applies a baseline result by result, as results stream to the reporters: `filter` each result, then `finish` once.
 * A missing previous baseline (`--update-baseline` with no file yet) is an empty one.
 */
export class BaselineFilter {
  private readonly mode: BaselineMode;
  private readonly scope: BaselineScope;
  /** The previous baseline's entries of files not seen yet, by normalized path. */
  private readonly pending = new Map<string, BaselineEntry[]>();
  private readonly current: BaselineEntry[] = [];
  private readonly fixed: BaselineEntry[] = [];
  private readonly unchecked: BaselineEntry[] = [];
  private readonly acceptedByFile = new Map<string, number>();
  private accepted = 0;
  private newCount = 0;

  constructor(
    private readonly previous: Baseline | undefined,
    options: BaselineOptions = {},
  ) {
    this.mode = options.mode ?? 'check';
    this.scope = options.scope ?? {};
    for (const entry of previous?.entries ?? []) {
      const key = normalizeFingerprintPath(entry.filePath);
      const list = this.pending.get(key);
      if (list) list.push(entry);
      else this.pending.set(key, [entry]);
    }
  }

  /** The result with only the findings to report, its counts recomputed (other fields kept). */
  filter(result: LintResult): LintResult {
    const key = normalizeFingerprintPath(result.filePath);
    const entries = this.pending.get(key) ?? [];
    this.pending.delete(key);

    const candidates: Array<{ message: LintMessage & { ruleId: string }; entry: BaselineEntry }> = [];
    for (const message of result.messages) {
      if (canBeAccepted(message)) candidates.push({ message, entry: entryOf(result.filePath, message) });
    }
    const match = matchEntries(candidates.map((candidate) => candidate.entry), entries);
    this.current.push(...candidates.map((candidate) => candidate.entry));
    this.newCount += candidates.length - match.accepted.size;

    const fileUnreadable = result.messages.some((message) => message.fatal && message.ruleId === null);
    const crashedRules = new Set(result.messages.filter((message) => message.fatal && message.ruleId !== null).map((message) => message.ruleId));
    for (const entry of match.unmatched) {
      const couldBeFound =
        !fileUnreadable && !crashedRules.has(entry.ruleId) && !this.scope.disabledRules?.has(entry.ruleId) && (!this.scope.errorsOnly || entry.severity === 'error');
      (couldBeFound ? this.fixed : this.unchecked).push(entry);
    }

    const dropped = new Set<LintMessage>(
      candidates.filter((_, index) => this.mode === 'update' || match.accepted.has(index)).map((candidate) => candidate.message),
    );
    if (dropped.size > 0) {
      this.accepted += dropped.size;
      this.acceptedByFile.set(result.filePath, (this.acceptedByFile.get(result.filePath) ?? 0) + dropped.size);
    }
    const { filePath, messages, errorCount: _errors, warningCount: _warnings, fixableCount: _fixable, ...extra } = result;
    return summarize(filePath, dropped.size === 0 ? messages : messages.filter((message) => !dropped.has(message)), extra);
  }

  /** The totals, the fixed entries and the run's baseline; `now` dates the baseline when its entries changed. */
  finish(now: Date): BaselineOutcome {
    for (const entries of this.pending.values()) {
      for (const entry of entries) {
        (this.scope.fileExists?.(entry.filePath) === false ? this.fixed : this.unchecked).push(entry);
      }
    }
    this.pending.clear();
    let baseline = newBaseline([...this.current, ...this.unchecked], now);
    const changed = !this.previous || serializeBaseline({ ...baseline, createdAt: '' }) !== serializeBaseline({ ...this.previous, createdAt: '' });
    if (!changed && this.previous) baseline = { ...baseline, createdAt: this.previous.createdAt };
    return {
      mode: this.mode,
      accepted: this.accepted,
      acceptedByFile: new Map(this.acceptedByFile),
      newCount: this.newCount,
      fixed: sortEntries(this.fixed),
      unchecked: sortEntries(this.unchecked),
      baseline,
      changed,
    };
  }
}

/** Applies a baseline to a whole run's results at once: the filtered results and the outcome. */
export function applyBaseline(
  results: readonly LintResult[],
  baseline: Baseline | undefined,
  options: BaselineOptions & { now?: Date } = {},
): BaselineOutcome & { results: LintResult[] } {
  const filter = new BaselineFilter(baseline, options);
  const filtered = results.map((result) => filter.filter(result));
  return { ...filter.finish(options.now ?? new Date()), results: filtered };
}

/** The baseline of these results alone: every finding that can be accepted. */
export function createBaseline(results: readonly LintResult[], now: Date): Baseline {
  return applyBaseline(results, undefined, { mode: 'update', now }).baseline;
}

/**
 * The baseline --update-baseline writes: these results' findings, plus the previous entries this run could not check;
 * entries found no more are gone. Keeps the previous createdAt when nothing changed.
 */
export function updateBaseline(previous: Baseline | undefined, results: readonly LintResult[], now: Date, scope: BaselineScope = {}): Baseline {
  return applyBaseline(results, previous, { mode: 'update', scope, now }).baseline;
}
