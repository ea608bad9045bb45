// What every reporter receives: the results and how to render them.
import type { ChalkInstance } from 'chalk';
import type { LintResult, Locale } from '../engine/types.js';

export interface ReporterContext {
  locale: Locale;
  chalk: ChalkInstance;
  cwd: string;
  maxWarnings?: number;
}

export type Reporter = (results: LintResult[], context: ReporterContext) => string;
