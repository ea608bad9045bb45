// The built-in rules, by id.
import type { Rule } from '../src/engine/types.js';
import docNumber from './doc-number.js';
import numbering from './numbering.js';
import numbers from './numbers.js';
import placeholders from './placeholders.js';
import punctuation from './punctuation.js';
import typos from './typos.js';
import wordUsage from './word-usage.js';
import bannedTerms from './banned-terms.js';
import outdatedTerms from './outdated-terms.js';
import standardNames from './standard-names.js';
import sensitiveWords from './sensitive-words.js';
import traditionalChars from './traditional-chars.js';
import approval from './approval.js';
import secretMarkings from './secret-markings.js';
import personalInfo from './personal-info.js';
import links from './links.js';
import accessibility from './accessibility.js';
import { builtinSiteRules } from './site/index.js';

export const builtinRules: ReadonlyArray<Rule<never>> = [
  punctuation,
  docNumber,
  numbering,
  numbers,
  placeholders,
  typos,
  wordUsage,
  bannedTerms,
  outdatedTerms,
  standardNames,
  sensitiveWords,
  traditionalChars,
  approval,
  secretMarkings,
  personalInfo,
  links,
  accessibility,
  ...builtinSiteRules,
].map((rule) => rule as Rule<never>);
