// Runs the site rules: page checks as each page arrives, site checks at the end; findings become report messages.
import type { LintMessage, Locale, ResolvedRuleSetting } from '../engine/types.js';
import { formatMessage } from '../engine/format-message.js';
import type { SiteContext, SiteFinding, SitePage, SiteRule, SiteSettings } from './types.js';

export interface SiteRunOptions {
  rules: readonly SiteRule[];
  settings: Readonly<Record<string, ResolvedRuleSetting | undefined>>;
  site: SiteSettings;
  today: string;
  locale: Locale;
  exists(exportPath: string): boolean;
  displayPath(exportPath: string): string;
}

export interface SiteChecker {
  /** Findings about one page (dead links, its date), by reported file path. */
  checkPage(page: SitePage): Map<string, LintMessage[]>;
  /** Findings about the whole site (columns), once every page has been seen. */
  checkSite(pages: readonly SitePage[]): Map<string, LintMessage[]>;
}

export function createSiteChecker(options: SiteRunOptions): SiteChecker {
  const enabled = options.rules.flatMap((rule) => {
    const severity = options.settings[rule.meta.id]?.severity ?? rule.meta.defaultSeverity;
    return severity === 'off' ? [] : [{ rule, severity }];
  });
  const run = (body: (rule: SiteRule, context: SiteContext) => void): Map<string, LintMessage[]> => {
    const byFile = new Map<string, LintMessage[]>();
    for (const { rule, severity } of enabled) {
      const context: SiteContext = {
        settings: options.site,
        today: options.today,
        exists: options.exists,
        displayPath: options.displayPath,
        report(finding) {
          const list = byFile.get(finding.filePath) ?? [];
          list.push(toMessage(rule, severity, finding, options.locale));
          byFile.set(finding.filePath, list);
        },
      };
      body(rule, context);
    }
    return byFile;
  };
  return {
    checkPage: (page) => run((rule, context) => rule.checkPage?.(page, context)),
    checkSite: (pages) => run((rule, context) => rule.checkSite?.(pages, context)),
  };
}

function toMessage(rule: SiteRule, severity: LintMessage['severity'], finding: SiteFinding, locale: Locale): LintMessage {
  const template = rule.meta.messages[finding.messageId];
  if (!template) throw new Error(`Site rule ${rule.meta.id} reported unknown messageId "${finding.messageId}"`);
  const line = finding.line ?? 1;
  const column = finding.column ?? 1;
  return {
    ruleId: rule.meta.id,
    severity,
    category: rule.meta.category,
    urgency: rule.meta.urgency,
    message: formatMessage(template, locale, finding.data),
    line,
    column,
    endLine: finding.endLine ?? line,
    endColumn: finding.endColumn ?? column,
    text: finding.text ?? '',
    suggestions: finding.suggestions ?? [],
  };
}
