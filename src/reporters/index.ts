// Reporters by name.
import type { Reporter, ReporterContext, ReportStream } from './types.js';
import type { LintResult } from '../engine/types.js';
import { githubReporter, githubStream } from './github.js';
import { htmlReporter } from './html.js';
import { jsonReporter, jsonStream } from './json.js';
import { junitReporter } from './junit.js';
import { sarifReporter } from './sarif.js';
import { stylishReporter, stylishStream } from './stylish.js';

export const reporters: Record<string, Reporter> = {
  stylish: stylishReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  junit: junitReporter,
  github: githubReporter,
  html: htmlReporter,
};

export type { Reporter, ReporterContext } from './types.js';

/** Reporters that can write each file's part as its result arrives; the others need every result first. */
const STREAMS: Record<string, (context: ReporterContext) => ReportStream> = {
  stylish: stylishStream,
  json: () => jsonStream(),
  github: githubStream,
};

/** A stream for any reporter: a real one where the format allows, else one that collects and renders at the end. */
export function reportStream(name: string, context: ReporterContext): ReportStream {
  const stream = STREAMS[name];
  if (stream) return stream(context);
  const reporter = reporters[name];
  const results: LintResult[] = [];
  return {
    write(result) {
      results.push(result);
      return '';
    },
    end: () => reporter(results, context),
  };
}

export function isStreamingFormat(name: string): boolean {
  return name in STREAMS;
}
