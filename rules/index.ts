// The built-in rules, by id.
import type { Rule } from '../src/engine/types.js';
import docNumber from './doc-number.js';
import numbering from './numbering.js';
import numbers from './numbers.js';
import placeholders from './placeholders.js';
import punctuation from './punctuation.js';

export const builtinRules: ReadonlyArray<Rule<never>> = [punctuation, docNumber, numbering, numbers, placeholders].map((rule) => rule as Rule<never>);
