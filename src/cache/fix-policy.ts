// When the cache may stand in for linting under --fix and --fix-dry-run. A cached result is the plain lint of the
// file's bytes; under --fix it may replace the work only when fixing would have changed nothing, and only such plain
// results are stored. A file that --fix changed is not stored: the next run reads its new bytes, misses once, lints
// and stores them (storing the post-fix result under the hash of the written bytes would save that one lint, but would
// trust that re-reading the written bytes decodes to exactly the text that was linted — encoding detection may not
// agree for a re-encoded GB18030 file — and it could never apply to --fix-dry-run, which writes nothing).
import type { LintResult } from '../engine/types.js';
import { formatOf } from '../document/parse.js';

export type CacheFixMode = 'none' | 'write' | 'dry-run';

/**
 * Whether a cached result may be used for the file in this run. Without fixing, always. With fixing, only when the
 * result has nothing to fix (then --fix would lint once, apply nothing and report the same) and the file is not a
 * .docx (whose fixes are dropped from the result but counted for the "fix these in Word" note, which the result does
 * not keep).
 */
export function canUseCachedResult(result: LintResult, fixMode: CacheFixMode, absolutePath: string): boolean {
  if (fixMode === 'none') return true;
  return result.fixableCount === 0 && formatOf(absolutePath) !== 'docx';
}

/** What the CLI knows of one file's outcome (lint-files.ts FileOutcome and its extensions). */
export interface OutcomeForCache {
  result: LintResult;
  fixedCount: number;
  notFixableCount?: number;
  diff?: string;
  output?: string;
  outputBytes?: Uint8Array;
}

/**
 * Whether the outcome is the plain lint of the bytes that were read, and so may be stored under their hash. Without
 * fixing, always. With fixing, only when nothing was or could have been fixed: no fix applied, none left in the
 * result (a fix refused for the file's encoding leaves them, with a note that a plain lint would not have), no .docx
 * fix dropped.
 */
export function canStoreOutcome(outcome: OutcomeForCache, fixMode: CacheFixMode): boolean {
  if (outcome.result.output !== undefined) return false;
  if (fixMode === 'none') return true;
  return (
    outcome.fixedCount === 0 &&
    outcome.result.fixableCount === 0 &&
    !outcome.notFixableCount &&
    outcome.diff === undefined &&
    outcome.output === undefined &&
    outcome.outputBytes === undefined
  );
}
