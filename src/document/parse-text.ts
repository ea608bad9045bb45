// Plain-text documents: every non-blank line is a paragraph (the usual layout of Chinese official text).
import type { CuominDocument } from './types.js';
import { ProseBuilder } from './prose-builder.js';
import { createDocument } from './create-document.js';
import { parseDirectives } from './directives.js';

const LEADING_SPACE = /^[\s\u3000\ufeff]*/;
const TRAILING_SPACE = /[\s\u3000]*$/;

export function parseText(source: string, filePath: string): CuominDocument {
  const builder = new ProseBuilder(source);
  const directives = [];
  const linePattern = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let lineNumber = 0;
  for (const match of source.matchAll(linePattern)) {
    if (match[0] === '') break;
    lineNumber++;
    const lineStart = match.index ?? 0;
    const line = match[0].replace(/[\r\n]+$/, '');
    if (line.includes('<!--') && /^\s*<!--[\s\S]*-->\s*$/.test(line)) {
      directives.push(...parseDirectives(line, lineNumber, () => 1));
      continue;
    }
    const leading = LEADING_SPACE.exec(line)![0].length;
    const trailing = TRAILING_SPACE.exec(line.slice(leading))![0].length;
    const start = lineStart + leading;
    const end = lineStart + line.length - trailing;
    if (end <= start) continue;
    builder.startBlock('paragraph', start);
    builder.appendFromSource(source.slice(start, end), start, end);
  }
  const { text, offsets, ends } = builder.finish();
  return createDocument({ filePath, format: 'text', source, text, offsets, ends, blocks: builder.blocks, directives });
}
