// Fills a localized message template with a report's data.
import type { Locale, LocalizedText } from './types.js';

export function formatMessage(template: LocalizedText, locale: Locale, data: Record<string, string | number> = {}): string {
  return template[locale].replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  );
}
