// Reads inline cuomin-disable / cuomin-enable comments.
import type { Directive } from './types.js';

const DIRECTIVE_PATTERN = /<!--\s*cuomin-(disable-next-line|disable-line|disable|enable)(?=[\s-])([\s\S]*?)-->/g;

/** Finds directives in a piece of source (an HTML comment node, or a whole text file). */
export function parseDirectives(commentSource: string, startLine: number, lineOf: (index: number) => number): Directive[] {
  const directives: Directive[] = [];
  for (const match of commentSource.matchAll(DIRECTIVE_PATTERN)) {
    const ruleIds = match[2]
      .split(/[\s,，]+/)
      .map((id) => id.trim())
      .filter((id) => id.length > 0 && id !== '--');
    const kind = match[1] as Directive['kind'];
    const line = startLine + lineOf(match.index ?? 0) - 1;
    const endLine = startLine + lineOf((match.index ?? 0) + match[0].length - 1) - 1;
    // disable-next-line refers to the line after the comment's last line.
    directives.push({ kind, line: kind === 'disable-next-line' ? endLine : line, ruleIds });
  }
  return directives;
}

/** 1-based line of an index inside a string; a line ends at "\n", "\r\n" or a lone "\r", as in the source map. */
export function lineWithin(text: string): (index: number) => number {
  return (index) => {
    let line = 1;
    for (let i = 0; i < index && i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) line++;
    }
    return line;
  };
}
