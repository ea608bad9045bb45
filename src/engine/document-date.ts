// The date a document speaks of, from its metadata (front matter `date`, page PubDate …), as YYYY-MM-DD.

const DATE_KEYS = ['date', 'pubdate', 'publishdate', 'published', '日期', '发布日期', '成文日期'];
const DATE_PATTERN = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/;

export function normalizeDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const match = DATE_PATTERN.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export function documentDate(metadata: Record<string, unknown>): string | undefined {
  for (const [key, value] of Object.entries(metadata)) {
    if (DATE_KEYS.includes(key.toLowerCase())) {
      const date = normalizeDate(value);
      if (date) return date;
    }
  }
  return undefined;
}
