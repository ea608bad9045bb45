// Runs the site rules over what the scan gathered and turns their findings into report messages, grouped by file.
import type { LintMessage, Locale, ResolvedRuleSetting } from '../engine/types.js';
import { formatMessage } from '../engine/format-message.js';
import type { SiteContext, SitePage, SiteRule, SiteSettings } from './types.js';

export interface SiteRunOptions {
  rules: readonly SiteRule[];
  settings: Readonly<Record<string, ResolvedRuleSetting | undefined>>;
  pages: readonly SitePage[];
  site: SiteSettings;
  today: string;
  locale: Locale;
  exists(exportPath: string): boolean;
  displayPath(exportPath: string): string;
}

/** Findings by reported file path. */
export function runSiteRules(options: SiteRunOptions): Map<string, LintMessage[]> {
  const byFile = new Map<string, LintMessage[]>();
  for (const rule of options.rules) {
    const setting = options.settings[rule.meta.id];
    const severity = setting?.severity ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    const context: SiteContext = {
      pages: options.pages,
      settings: options.site,
      today: options.today,
      exists: options.exists,
      displayPath: options.displayPath,
      report(finding) {
        const template = rule.meta.messages[finding.messageId];
        if (!template) throw new Error(`Site rule ${rule.meta.id} reported unknown messageId "${finding.messageId}"`);
        const line = finding.line ?? 1;
        const column = finding.column ?? 1;
        const message: LintMessage = {
          ruleId: rule.meta.id,
          severity,
          category: rule.meta.category,
          urgency: rule.meta.urgency,
          message: formatMessage(template, options.locale, finding.data),
          line,
          column,
          endLine: finding.endLine ?? line,
          endColumn: finding.endColumn ?? column,
          text: finding.text ?? '',
          suggestions: finding.suggestions ?? [],
        };
        const list = byFile.get(finding.filePath) ?? [];
        list.push(message);
        byFile.set(finding.filePath, list);
      },
    };
    rule.check(context);
  }
  return byFile;
}
