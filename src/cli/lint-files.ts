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

export function lintFile(absolutePath: string, options: LintFilesOptions): FileOutcome {
  const filePath = displayPath(absolutePath, options.cwd);
  const unit = options.unitOf(filePath);
  const extra = unit === undefined ? {} : { unit };
  let source;
  try {
    source = readSource(absolutePath);
  } catch (error) {
    if (error instanceof UnreadableFileError) {
      return { result: summarize(filePath, [fatalMessage(error.localized[options.locale])], extra), fixedCount: 0 };
    }
    throw error;
  }
  if (options.fixMode === 'none') {
    return { result: summarize(filePath, options.linter.lintText(source.text, absolutePath), extra), fixedCount: 0 };
  }
  const fixed = options.linter.fixText(source.text, absolutePath);
  const result = summarize(filePath, fixed.messages, extra);
  if (fixed.output === source.text) return { result, fixedCount: 0 };
  if (options.fixMode === 'write') {
    writeFileAtomic(absolutePath, encodeSource(fixed.output, source));
    return { result, fixedCount: fixed.fixedCount };
  }
  const diff = createTwoFilesPatch(`a/${filePath}`, `b/${filePath}`, source.text, fixed.output, '', '', { context: 2 });
  return { result, diff, fixedCount: fixed.fixedCount };
}
