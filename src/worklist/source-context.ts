// The text around a finding for the worklist's 上下文 column: its source line, ~30 characters each side.
import path from 'node:path';
import { formatOf } from '../document/parse.js';
import { readSource } from '../io/read-source.js';

export const CONTEXT_WIDTH = 30;

export interface ContextTarget {
  line: number;
  /** 1-based, in Unicode characters. */
  column: number;
  endLine?: number;
  /** Exclusive. */
  endColumn?: number;
  text: string;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The finding's line cut to `width` characters each side of it, whitespace collapsed, `…` where cut. Falls back to the
 * finding's own text when the line no longer holds it (the file changed since the lint run).
 */
export function contextInLine(lineText: string, target: ContextTarget, options: { markup?: boolean; width?: number } = {}): string {
  const width = options.width ?? CONTEXT_WIDTH;
  const chars = Array.from(lineText);
  const start = target.column - 1;
  const sameLine = target.endLine === undefined || target.endLine === target.line;
  const end = sameLine && target.endColumn !== undefined ? target.endColumn - 1 : chars.length;
  const covered = chars.slice(start, end).join('');
  const expected = sameLine ? target.text : target.text.split(/\r?\n/)[0];
  if (start < 0 || start > chars.length || covered !== expected) return collapse(target.text).trim();
  let before = chars.slice(0, start).join('');
  let after = chars.slice(end).join('');
  if (options.markup) {
    before = markupToText(before);
    after = markupToText(after);
  }
  const beforeChars = Array.from(collapse(before).trimStart());
  const afterChars = Array.from(collapse(after).trimEnd());
  const cutBefore = beforeChars.length > width;
  const cutAfter = afterChars.length > width;
  return `${cutBefore ? '…' : ''}${beforeChars.slice(cutBefore ? -width : 0).join('')}${collapse(covered)}${afterChars.slice(0, width).join('')}${cutAfter ? '…' : ''}`;
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', middot: '·', mdash: '—', hellip: '…' };

/**
 * The text of an HTML fragment on one side of a finding: tags and comments dropped (also a tag cut by the line's
 * edge or the finding), common entities decoded. For a page's source line, which is mostly markup.
 */
export function markupToText(fragment: string): string {
  let text = fragment.replace(/<!--[\s\S]*?(-->|$)/g, ' ').replace(/<[^<>]*>/g, ' ');
  // A tag cut at the end, and the rest of a tag begun before the start (attributes: it holds = or a quote).
  text = text.replace(/<[^>]*$/, ' ').replace(/^[^<]*>/, (rest) => (/["'=]/.test(rest) ? ' ' : rest));
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** Reads each file once; paths in reports are relative to the directory the lint ran in, here `cwd`. */
export function createContextReader(cwd: string): (filePath: string, target: ContextTarget) => Promise<string> {
  const lines = new Map<string, Promise<string[] | undefined>>();
  const linesOf = (filePath: string) => {
    let cached = lines.get(filePath);
    if (!cached) {
      cached = (async () => {
        try {
          const source = await readSource(path.resolve(cwd, filePath));
          return source.text.split(/\r\n|\r|\n/);
        } catch {
          return undefined;
        }
      })();
      lines.set(filePath, cached);
    }
    return cached;
  };
  return async (filePath, target) => {
    const fileLines = await linesOf(filePath);
    const lineText = fileLines?.[target.line - 1];
    return lineText === undefined ? collapse(target.text).trim() : contextInLine(lineText, target, { markup: formatOf(filePath) === 'html' });
  };
}
