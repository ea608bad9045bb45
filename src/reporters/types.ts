// What every reporter receives: the results and how to render them.
import type { ChalkInstance } from 'chalk';
import type { LintResult, Locale, RuleMeta } from '../engine/types.js';

export interface ReporterContext {
  locale: Locale;
  chalk: ChalkInstance;
  cwd: string;
  maxWarnings?: number;
  /** Every rule of the run by id (the resolved config's rules), for reporters that describe rules (SARIF). */
  rules?: ReadonlyMap<string, RuleMeta>;
}

export type Reporter = (results: LintResult[], context: ReporterContext) => string;
