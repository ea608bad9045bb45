// Reporters by name.
import type { Reporter } from './types.js';
import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { sarifReporter } from './sarif.js';
import { stylishReporter } from './stylish.js';

export const reporters: Record<string, Reporter> = {
  stylish: stylishReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  junit: junitReporter,
  github: githubReporter,
};

export type { Reporter, ReporterContext } from './types.js';
