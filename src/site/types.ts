// Site rules: checks over a whole portal export (dead links, stale and empty columns, page dates), run by `cuomin scan`
// beside the page rules. A site rule is a rule like the others (it has an id, messages, a severity the config sets and
// appears in `cuomin rules`), but it never runs on a single document: it sees what the scan keeps of each page
// (`checkPage`, as each page is linted) or of the whole site (`checkSite`, at the end), never a page's tree.
import type { Rule, RuleMeta } from '../engine/types.js';

/** A link or image of a page, with where it was written. */
export interface PageReference {
  url: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The source text of the reference (the link's markup or the image tag). */
  text: string;
  kind: 'link' | 'image';
}

/** What the scan keeps of one page. */
export interface SitePage {
  /** Path as reported (relative to the working directory). */
  filePath: string;
  /** Path inside the export, with forward slashes (`xwzx/202611/t20261125_1041.html`). */
  exportPath: string;
  /** Publication date YYYY-MM-DD (page metadata, else a date written in the page), if any. */
  date?: string;
  references: PageReference[];
  /** True for column index and listing pages (`index.html`), which are not articles. */
  isIndex: boolean;
}

export type ColumnType = 'news' | 'notice' | 'policy' | 'other';

export interface SiteColumn {
  name: string;
  /** Path prefix inside the export (`/xwzx/`). */
  path: string;
  type: ColumnType;
}

export interface SiteSettings {
  /** The portal's address; absolute links to it are internal (`https://www.fujin.gov.cn/`). */
  baseUrl?: string;
  /** Other host names that serve the same site. */
  hosts: string[];
  columns: SiteColumn[];
  /** Days within which a column of each type must have a new page; null: never stale. */
  freshnessDays: Record<ColumnType, number | null>;
}

export interface SiteFinding {
  filePath: string;
  messageId: string;
  data?: Record<string, string | number>;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  text?: string;
  suggestions?: string[];
}

export interface SiteContext {
  readonly settings: SiteSettings;
  /** As of when the site is judged (`--now`), YYYY-MM-DD. */
  readonly today: string;
  /** Whether a path inside the export exists (a page or any other file). */
  exists(exportPath: string): boolean;
  /** How a path inside the export is reported. */
  displayPath(exportPath: string): string;
  report(finding: SiteFinding): void;
}

export interface SiteRule extends Rule<never> {
  /** Judges one page as soon as it is linted. */
  checkPage?(page: SitePage, context: SiteContext): void;
  /** Judges the whole site once every page is in (pages here carry no references). */
  checkSite?(pages: readonly SitePage[], context: SiteContext): void;
}

export interface SiteRuleDefinition {
  meta: Omit<RuleMeta, 'fixable' | 'formats' | 'options'>;
  checkPage?(page: SitePage, context: SiteContext): void;
  checkSite?(pages: readonly SitePage[], context: SiteContext): void;
}

/** A site rule never runs on a document by itself (no format), and offers no fix. */
export function defineSiteRule(definition: SiteRuleDefinition): SiteRule {
  return {
    ...definition,
    meta: { ...definition.meta, fixable: false, formats: [] },
    check: () => undefined,
  };
}

export function isSiteRule(rule: Rule<never>): rule is SiteRule {
  return 'checkPage' in rule || 'checkSite' in rule;
}
