// A fast reader for the plain Markdown most government pages and laws are written in: front matter, ATX headings,
// paragraphs, HTML comments. It builds the same mdast nodes remark would, with only the fields parseMarkdown reads
// (type, value, depth, children and positions), and gives up — returns undefined — on the first construct it does not
// handle exactly, so that remark parses that document instead. Parsing with remark (micromark, then mdast) is most of
// the cost of linting a Markdown file; this reader is about ten times faster on documents it accepts.
import type { Heading, Html, Paragraph, PhrasingContent, Root, RootContent, Text, Yaml } from 'mdast';

/**
 * What may start inline Markdown: escapes, code, emphasis, links, GFM strikethrough, tables and autolinks, HTML and
 * entities. A "<" or "&" before a Chinese character (《关于修改<中华人民共和国民法典>的决定》) is only text.
 */
const INLINE_SYNTAX = /[\\`*_[\]~|\0\r\t]|<[a-z!?/]|&[#a-z0-9]|www\.|https?:\/\/|@|mailto:|xmpp:/iu;
const ATX_HEADING = /^(#{1,6})[ ]+(?=\S)/u;
const ORDERED_LIST_ITEM = /^\d{1,9}[.)](?:[ \t]|$)/u;
const THEMATIC_BREAK_OR_SETEXT = /^(?:[-_*=][ \t]*)+$/u;
const COMMENT_START = '<!--';
const COMMENT_END = '-->';

interface Line {
  start: number;
  /** Offset of the line's end, before its "\n". */
  end: number;
  number: number;
}

export function parseSimpleMarkdown(source: string): Root | undefined {
  const lines = splitLines(source);
  const children: RootContent[] = [];
  let index = 0;
  if (source.startsWith('---\n')) {
    const frontMatter = readFrontMatter(source, lines);
    if (!frontMatter) return undefined;
    children.push(frontMatter.node);
    index = frontMatter.nextLine;
  }
  let paragraphStart = -1;
  const closeParagraph = (lastLine: number): boolean => {
    if (paragraphStart < 0) return true;
    const paragraph = readParagraph(source, lines[paragraphStart], lines[lastLine]);
    paragraphStart = -1;
    if (!paragraph) return false;
    children.push(paragraph);
    return true;
  };
  for (; index < lines.length; index++) {
    const line = lines[index];
    const text = source.slice(line.start, line.end);
    if (isBlank(text)) {
      if (!closeParagraph(index - 1)) return undefined;
      continue;
    }
    if (startsUnsupportedBlock(text) || /[ \t]$/u.test(text)) return undefined;
    if (ATX_HEADING.test(text) || text.startsWith(COMMENT_START)) {
      if (!closeParagraph(index - 1)) return undefined;
      if (text.startsWith(COMMENT_START)) {
        const comment = readCommentBlock(source, lines, index);
        if (!comment) return undefined;
        children.push(comment.node);
        index = comment.lastLine;
      } else {
        const heading = readHeading(source, line);
        if (!heading) return undefined;
        children.push(heading);
      }
      continue;
    }
    if (paragraphStart < 0) paragraphStart = index;
  }
  if (!closeParagraph(lines.length - 1)) return undefined;
  return { type: 'root', children };
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  while (start <= source.length) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline;
    lines.push({ start, end, number });
    if (newline < 0) break;
    start = newline + 1;
    number++;
  }
  return lines;
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text[i] !== ' ' && text[i] !== '\t') return false;
  return true;
}

/** Indented lines, block quotes, lists, thematic breaks, setext underlines, fences, tables, raw HTML other than comments. */
function startsUnsupportedBlock(text: string): boolean {
  const first = text[0];
  if (first === ' ' || first === '\t' || first === '>' || first === '|' || first === '`' || first === '~' || first === '[') return true;
  if (first === '<') return text.startsWith(COMMENT_START) ? text.startsWith('<!-->') || text.startsWith('<!--->') : /^<[a-z!?/]/iu.test(text);
  if (first === '-' || first === '+' || first === '*' || first === '_' || first === '=') {
    return text.length === 1 || text[1] === ' ' || text[1] === '\t' || THEMATIC_BREAK_OR_SETEXT.test(text);
  }
  if (first === '#') return !ATX_HEADING.test(text) && /^#{1,6}(?:[ \t]|$)/u.test(text);
  return first >= '0' && first <= '9' && ORDERED_LIST_ITEM.test(text);
}

function readFrontMatter(source: string, lines: Line[]): { node: Yaml; nextLine: number } | undefined {
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index];
    const text = source.slice(line.start, line.end);
    if (text !== '---') {
      if (/^---[ \t]+$/u.test(text)) return undefined; // a closing fence with trailing blanks
      continue;
    }
    const contentEnd = Math.max(4, line.start - 1);
    const node: Yaml = { type: 'yaml', value: source.slice(4, contentEnd), position: position(0, line.end, 1) };
    return { node, nextLine: index + 1 };
  }
  return undefined;
}

function readHeading(source: string, line: Line): Heading | undefined {
  const marker = ATX_HEADING.exec(source.slice(line.start, line.end));
  if (!marker) return undefined;
  const contentStart = line.start + marker[0].length;
  if (source[line.end - 1] === '#') return undefined; // a closing sequence
  const children = readInline(source, contentStart, line.end, line.number);
  if (!children) return undefined;
  return { type: 'heading', depth: marker[1].length as Heading['depth'], children, position: position(line.start, line.end, line.number) };
}

function readParagraph(source: string, first: Line, last: Line): Paragraph | undefined {
  const children = readInline(source, first.start, last.end, first.number);
  if (!children) return undefined;
  return { type: 'paragraph', children, position: position(first.start, last.end, first.number) };
}

/** An HTML block of the comment kind: from its line to the end of the line where the comment closes. */
function readCommentBlock(source: string, lines: Line[], firstIndex: number): { node: Html; lastLine: number } | undefined {
  const start = lines[firstIndex].start;
  const close = source.indexOf(COMMENT_END, start + COMMENT_START.length);
  if (close < 0) return undefined;
  let lastIndex = firstIndex;
  while (lines[lastIndex].end < close) lastIndex++;
  const end = lines[lastIndex].end;
  const value = source.slice(start, end);
  if (value.includes('\r') || value.includes('\0')) return undefined;
  return { node: { type: 'html', value, position: position(start, end, lines[firstIndex].number) }, lastLine: lastIndex };
}

/** Text with HTML comments inside one line; anything else that is inline syntax makes the document unsupported. */
function readInline(source: string, start: number, end: number, startLine: number): PhrasingContent[] | undefined {
  const children: PhrasingContent[] = [];
  let cursor = start;
  let line = startLine;
  while (cursor < end) {
    const comment = source.indexOf(COMMENT_START, cursor);
    const textEnd = comment >= 0 && comment < end ? comment : end;
    if (textEnd > cursor) {
      const value = source.slice(cursor, textEnd);
      if (INLINE_SYNTAX.test(value)) return undefined;
      children.push(textNode(value, cursor, textEnd));
      line += countNewlines(value);
    }
    if (textEnd === end) break;
    const commentEnd = inlineCommentEnd(source, comment, end);
    if (commentEnd < 0) return undefined;
    children.push({ type: 'html', value: source.slice(comment, commentEnd), position: position(comment, commentEnd, line) });
    cursor = commentEnd;
  }
  return children;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

/**
 * End of an inline comment that closes on its own line and whose text is valid under both the old and the current
 * CommonMark definitions (no "--" inside, not starting with ">" or "->", not ending with "-").
 */
function inlineCommentEnd(source: string, start: number, limit: number): number {
  const close = source.indexOf(COMMENT_END, start + COMMENT_START.length);
  if (close < 0 || close + COMMENT_END.length > limit) return -1;
  const inner = source.slice(start + COMMENT_START.length, close);
  if (inner.includes('\n') || inner.includes('--') || inner.startsWith('>') || inner.startsWith('->') || inner.endsWith('-')) return -1;
  return close + COMMENT_END.length;
}

function textNode(value: string, start: number, end: number): Text {
  return { type: 'text', value, position: position(start, end, 0) };
}

/** Positions carry what parseMarkdown reads: offsets, and the start line (for comments and their directives). */
function position(start: number, end: number, line: number): NonNullable<Text['position']> {
  return { start: { line, column: 0, offset: start }, end: { line, column: 0, offset: end } };
}
