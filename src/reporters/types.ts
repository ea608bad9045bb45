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
  /**
   * The lines of a result's file (`filePath` as the result gives it), numbered as the findings are: split at `\n`,
   * `\r\n` and a lone `\r` (`sourceLinesOf` in reporters/html/source-excerpt.ts), the text as it was linted; undefined
   * when it cannot be had. For reporters that show a finding's surroundings (html); the CLI reads files lazily.
   */
  sourceLines?: (filePath: string) => readonly string[] | undefined;
}

export type Reporter = (results: LintResult[], context: ReporterContext) => string;

/** A reporter that writes each file's part as its result arrives, so a scan of any size needs no list of results. */
export interface ReportStream {
  write(result: LintResult): string;
  end(): string;
}

/** The whole report of a stream over a list of results. */
export function collectStream(stream: ReportStream, results: LintResult[]): string {
  return results.map((result) => stream.write(result)).join('') + stream.end();
}
