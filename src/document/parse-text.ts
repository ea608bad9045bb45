// Plain-text documents: every non-blank line is a paragraph (the usual layout of Chinese official text). Lines that
// hold only HTML comments (one line, or a comment spanning several lines) are not prose; cuomin directives in them
// are read.
import type { CuominDocument, Directive } from './types.js';
import { ProseBuilder } from './prose-builder.js';
import { createDocument } from './create-document.js';
import { lineWithin, parseDirectives } from './directives.js';

const LEADING_SPACE = /^[\s\u3000\ufeff]*/;
const TRAILING_SPACE = /[\s\u3000]*$/;
const COMMENT_ONLY_LINE = /^\s*<!--[\s\S]*-->\s*$/;
/** Spaces that may stand around a comment on its lines (not line breaks). */
const INLINE_SPACE = /[ \t\u3000\ufeff\u00a0]*/y;

/**
 * When the line at `lineStart` opens an HTML comment that closes on a later line, with nothing but spaces or further
 * comments after the close: the source offset of the end of the comment's last line. Otherwise undefined (an
 * unclosed comment, or text after it, leaves the lines prose).
 */
function multiLineCommentEnd(source: string, lineStart: number): number | undefined {
  let position = lineStart;
  for (;;) {
    INLINE_SPACE.lastIndex = position;
    INLINE_SPACE.exec(source);
    position = INLINE_SPACE.lastIndex;
    if (position >= source.length || source[position] === '\n' || source[position] === '\r') {
      return position > lineStart && /[\r\n]/.test(source.slice(lineStart, position)) ? position : undefined;
    }
    if (!source.startsWith('<!--', position)) return undefined;
    const close = source.indexOf('-->', position + 4);
    if (close < 0) return undefined;
    position = close + 3;
  }
}

export function parseText(source: string, filePath: string): CuominDocument {
  const builder = new ProseBuilder(source);
  const directives: Directive[] = [];
  const linePattern = /[^\r\n]*(?:\r\n|\r|\n|$)/y;
  let lineNumber = 0;
  let lineStart = 0;
  while (lineStart < source.length) {
    linePattern.lastIndex = lineStart;
    const match = linePattern.exec(source)!;
    lineNumber++;
    const line = match[0].replace(/[\r\n]+$/, '');
    const nextLineStart = lineStart + match[0].length;
    if (line.includes('<!--')) {
      if (COMMENT_ONLY_LINE.test(line)) {
        directives.push(...parseDirectives(line, lineNumber, () => 1));
        lineStart = nextLineStart;
        continue;
      }
      const commentEnd = /^\s*<!--/.test(line) ? multiLineCommentEnd(source, lineStart) : undefined;
      if (commentEnd !== undefined) {
        // Same reading as an HTML comment in Markdown: disable/enable from its first line, disable-next-line from
        // the line after its last.
        const comment = source.slice(lineStart, commentEnd);
        const lineOf = lineWithin(comment);
        directives.push(...parseDirectives(comment, lineNumber, lineOf));
        lineNumber += lineOf(comment.length) - 1;
        linePattern.lastIndex = commentEnd;
        lineStart = commentEnd + linePattern.exec(source)![0].length;
        continue;
      }
    }
    const leading = LEADING_SPACE.exec(line)![0].length;
    const trailing = TRAILING_SPACE.exec(line.slice(leading))![0].length;
    const start = lineStart + leading;
    const end = lineStart + line.length - trailing;
    lineStart = nextLineStart;
    if (end <= start) continue;
    builder.startBlock('paragraph', start);
    builder.appendFromSource(source.slice(start, end), start, end);
  }
  const { text, offsets, ends } = builder.finish();
  return createDocument({ filePath, format: 'text', source, text, offsets, ends, blocks: builder.blocks, directives });
}
