// Site rules: checks over a whole portal export (dead links, stale and empty columns, page dates), run by `cuomin scan`
// after the page rules. They see what the scan gathered from each page, never the pages' trees.
import type { Category, LocalizedText, Severity, SeveritySetting, Urgency } from '../engine/types.js';

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
  /** Where the date was read from, for findings about it. */
  dateSource?: 'metadata' | 'text';
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
  /** Days within which a column of each type must have a new page. */
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
  readonly pages: readonly SitePage[];
  readonly settings: SiteSettings;
  /** As of when the site is judged (`--now`), YYYY-MM-DD in the site's time zone. */
  readonly today: string;
  /** Whether a path inside the export exists (a page or any other file). */
  exists(exportPath: string): boolean;
  /** How a path inside the export is reported. */
  displayPath(exportPath: string): string;
  report(finding: SiteFinding): void;
}

export interface SiteRuleMeta {
  id: string;
  description: LocalizedText;
  category: Category;
  urgency: Urgency;
  defaultSeverity: SeveritySetting;
  messages: Record<string, LocalizedText>;
  severity?: Severity;
}

export interface SiteRule {
  meta: SiteRuleMeta;
  check(context: SiteContext): void;
}

export function defineSiteRule(rule: SiteRule): SiteRule {
  return rule;
}
