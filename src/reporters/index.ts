// Reporters by name.
import type { Reporter } from './types.js';
import { jsonReporter } from './json.js';
import { stylishReporter } from './stylish.js';

export const reporters: Record<string, Reporter> = {
  stylish: stylishReporter,
  json: jsonReporter,
};

export type { Reporter, ReporterContext } from './types.js';
