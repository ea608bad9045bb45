// `cuomin rules`: every rule with its id, 错/敏, default severity, whether it fixes, and a one-line description.
import type { Locale, Rule } from '../engine/types.js';
import { categoryLabel, t } from '../i18n/labels.js';
import { formatColumns } from './columns.js';

export function formatRulesTable(rules: Iterable<[string, Rule<never>]>, locale: Locale): string {
  const header = [t(locale, '规则', 'rule'), t(locale, '类别', 'category'), t(locale, '默认级别', 'default'), t(locale, '可修复', 'fixable'), t(locale, '说明', 'description')];
  const rows = [...rules].map(([id, rule]) => [
    id,
    categoryLabel(rule.meta.category, locale),
    rule.meta.defaultSeverity,
    rule.meta.fixable ? t(locale, '是', 'yes') : t(locale, '否', 'no'),
    rule.meta.description[locale],
  ]);
  return formatColumns(header, rows);
}

export function formatRulesJson(rules: Iterable<[string, Rule<never>]>): string {
  const list = [...rules].map(([id, rule]) => ({
    id,
    category: rule.meta.category,
    urgency: rule.meta.urgency,
    defaultSeverity: rule.meta.defaultSeverity,
    fixable: rule.meta.fixable,
    description: rule.meta.description,
  }));
  return `${JSON.stringify(list, null, 2)}\n`;
}
