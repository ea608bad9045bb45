// The full year a two-digit year most likely means, seen from the document's date.

/**
 * `yearsAhead` is how far into the future the text may point: 0 for a document number (nothing is issued in the
 * future), about ten for a year in running text (plans, deadlines).
 */
export function fullYear(twoDigits: string, documentDate: string, yearsAhead: number): string {
  const documentYear = Number(documentDate.slice(0, 4)) || new Date().getFullYear();
  const value = Number(twoDigits);
  return String(value <= (documentYear % 100) + yearsAhead ? 2000 + value : 1900 + value);
}
