// The built-in site rules, run by `cuomin scan` over a whole export.
import type { SiteRule } from '../../src/site/types.js';
import deadLink from './dead-link.js';
import staleColumn from './stale-column.js';
import emptyColumn from './empty-column.js';
import missingDate from './missing-date.js';
import futureDate from './future-date.js';

export const builtinSiteRules: readonly SiteRule[] = [deadLink, staleColumn, emptyColumn, missingDate, futureDate];
