// Lints (and optionally fixes) files on disk: read, lint or fix, write back atomically, collect results.
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { Linter } from '../engine/linter.js';
import { fatalMessage, summarize } from '../engine/linter.js';
import type { LintResult, Locale } from '../engine/types.js';
import { encodeSource, readSource, UnreadableFileError } from '../io/read-source.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import type { UnitResolver } from '../io/units.js';

export type FixMode = 'none' | 'write' | 'dry-run';

export interface LintFilesOptions {
  linter: Linter;
  cwd: string;
  fixMode: FixMode;
  locale: Locale;
  unitOf: UnitResolver;
}

export interface FileOutcome {
  result: LintResult;
  /** Unified diff of the fixes, for --fix-dry-run. */
  diff?: string;
  fixedCount: number;
}

export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative).split(path.sep).join('/');
}

export interface SourceOutcome extends FileOutcome {
  /** The fixed text, when fixing changed it. */
  output?: string;
}

/**
 * Lints or fixes one decoded text; writes nothing. The responsible unit is the one the document names (front matter,
 * page metadata), else the one config `units` gives its path.
 */
export function lintSource(text: string, names: { filePath: string; lintPath: string; unit?: string }, options: Pick<LintFilesOptions, 'linter' | 'fixMode'>): SourceOutcome {
  const withUnit = (unit: string | undefined) => {
    const resolved = unit ?? names.unit;
    return resolved === undefined ? {} : { unit: resolved };
  };
  if (options.fixMode === 'none') {
    const linted = options.linter.lintSource(text, names.lintPath);
    return { result: summarize(names.filePath, linted.messages, withUnit(linted.unit)), fixedCount: 0 };
  }
  const fixed = options.linter.fixText(text, names.lintPath);
  const result = summarize(names.filePath, fixed.messages, withUnit(fixed.unit));
  if (fixed.output === text) return { result, fixedCount: 0 };
  const outcome: SourceOutcome = { result, fixedCount: fixed.fixedCount, output: fixed.output };
  if (options.fixMode === 'dry-run') {
    outcome.diff = createTwoFilesPatch(`a/${names.filePath}`, `b/${names.filePath}`, text, fixed.output, '', '', { context: 2 });
  }
  return outcome;
}

export function lintFile(absolutePath: string, options: LintFilesOptions): FileOutcome {
  const filePath = displayPath(absolutePath, options.cwd);
  const unit = options.unitOf(absolutePath);
  let source;
  try {
    source = readSource(absolutePath);
  } catch (error) {
    if (error instanceof UnreadableFileError) {
      return { result: summarize(filePath, [fatalMessage(error.localized[options.locale])], unit === undefined ? {} : { unit }), fixedCount: 0 };
    }
    throw error;
  }
  const outcome = lintSource(source.text, { filePath, lintPath: absolutePath, unit }, options);
  if (outcome.output !== undefined && options.fixMode === 'write') writeFileAtomic(absolutePath, encodeSource(outcome.output, source));
  return { result: outcome.result, diff: outcome.diff, fixedCount: outcome.fixedCount };
}
