// Words the CLI and reporters print, in Chinese and English.
import type { Category, Locale, Severity } from '../engine/types.js';

const SEVERITY: Record<Severity, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

const CATEGORY: Record<Category, { zh: string; en: string }> = {
  mistake: { zh: '错', en: 'mistake' },
  sensitive: { zh: '敏', en: 'sensitive' },
};

export function severityLabel(severity: Severity, locale: Locale): string {
  return SEVERITY[severity][locale];
}

export function categoryLabel(category: Category, locale: Locale): string {
  return CATEGORY[category][locale];
}

/** Picks the text for the locale: `t(locale, '中文', 'English')`. */
export function t(locale: Locale, zh: string, en: string): string {
  return locale === 'zh' ? zh : en;
}
