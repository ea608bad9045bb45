// A finding's surroundings in its source line, for the HTML report: about 40 characters either side of the finding's
// text, checked against the text the finding carries so that a file changed since the scan shows no wrong context.
import type { LintMessage } from '../../engine/types.js';

/** Characters of context shown on each side of the finding. */
export const CONTEXT_CHARACTERS = 40;
/** Longest finding text shown whole; a longer one is cut. */
const LONGEST_MATCH = 160;
/** How far (UTF-16 units) from its recorded column a finding's text is looked for when the column does not match. */
const SEARCH_SLACK = 200;

export interface SourceExcerpt {
  before: string;
  match: string;
  after: string;
  /** The line goes on before `before` / after `after` (or the finding's text was cut). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Lines as cuomin numbers them: split at `\n`, `\r\n` and a lone `\r`. What `ReporterContext.sourceLines` returns. */
export function sourceLinesOf(source: string): string[] {
  return source.split(/\r\n|\r|\n/);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Turns 1-based code-point columns into UTF-16 indexes, line by line; a line without surrogates needs no table, one
 * with them gets its table built once, so many findings on one long line (a scraped page) stay linear.
 */
export class ColumnIndex {
  private readonly tables = new Map<number, Int32Array | null>();

  constructor(readonly lines: readonly string[]) {}

  /** The UTF-16 index in line `line` (1-based) of code-point column `column` (1-based), clamped to the line. */
  indexOf(line: number, column: number): number {
    const text = this.lines[line - 1] ?? '';
    let table = this.tables.get(line);
    if (table === undefined) {
      table = SURROGATE.test(text) ? codePointStarts(text) : null;
      this.tables.set(line, table);
    }
    const point = Math.max(0, column - 1);
    if (table === null) return Math.min(point, text.length);
    return point < table.length ? table[point] : text.length;
  }
}

function codePointStarts(text: string): Int32Array {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    starts.push(i);
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return Int32Array.from(starts);
}

/** Never leaves half a surrogate pair at either end of a slice. */
function sliceWhole(text: string, start: number, end: number): string {
  start = Math.max(0, start);
  end = Math.min(text.length, end);
  if (start > 0 && start < end && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start++;
  if (end < text.length && end > start && isHigh(text.charCodeAt(end - 1)) && isLow(text.charCodeAt(end))) end--;
  return text.slice(start, end);
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Where the finding's text starts in the line: its recorded column, or the nearest occurrence close to it. */
function locate(text: string, match: string, start: number): number | undefined {
  if (text.startsWith(match, start)) return start;
  if (match === '') return undefined;
  const after = text.indexOf(match, start);
  const before = text.lastIndexOf(match, start);
  const candidates = [after, before].filter((index) => index >= 0 && Math.abs(index - start) <= SEARCH_SLACK);
  if (candidates.length === 0) return undefined;
  return candidates.sort((a, b) => Math.abs(a - start) - Math.abs(b - start))[0];
}

/**
 * The excerpt of a finding from its file's lines, or undefined when the lines do not hold the finding's text there
 * (the file changed since the scan, or the finding has no place in the text).
 */
export function excerptOf(message: LintMessage, columns: ColumnIndex): SourceExcerpt | undefined {
  const line = columns.lines[message.line - 1];
  if (line === undefined) return undefined;
  const recordedStart = columns.indexOf(message.line, message.column);
  // A finding over several lines is shown from its start to the end of its first line.
  const firstLineText = message.endLine > message.line ? message.text.split(/\r\n|\r|\n/, 1)[0] : message.text;
  const start = locate(line, firstLineText, recordedStart);
  if (start === undefined) return undefined;
  const end = start + firstLineText.length;
  const cut = firstLineText.length > LONGEST_MATCH;
  const match = cut ? sliceWhole(firstLineText, 0, LONGEST_MATCH) : firstLineText;
  const before = sliceWhole(line, start - CONTEXT_CHARACTERS, start);
  const after = cut || message.endLine > message.line ? '' : sliceWhole(line, end, end + CONTEXT_CHARACTERS);
  return {
    before,
    match,
    after,
    cutBefore: start - before.length > 0,
    cutAfter: cut || message.endLine > message.line || end + after.length < line.length,
  };
}
