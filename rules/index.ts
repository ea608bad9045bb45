// The built-in rules, by id.
import type { Rule } from '../src/engine/types.js';
import placeholders from './placeholders.js';

export const builtinRules: ReadonlyArray<Rule<never>> = [placeholders as Rule<never>];
