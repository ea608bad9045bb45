// The lines of a reported file, read lazily for reporters that show a finding's surroundings (the html report):
// decoded as the linter decoded them (BOM, GBK …), split as findings count lines. A .docx has paragraphs, not lines.
import path from 'node:path';
import { formatOf } from '../document/parse.js';
import type { SourceEncoding } from '../io/encodings.js';
import { readSource } from '../io/read-source.js';
import { sourceLinesOf } from '../reporters/html/source-excerpt.js';

export function sourceLinesReader(cwd: string, encoding?: SourceEncoding): (filePath: string) => readonly string[] | undefined {
  return (filePath) => {
    const absolute = path.resolve(cwd, filePath);
    if (formatOf(absolute) === 'docx') return undefined;
    try {
      return sourceLinesOf(readSource(absolute, encoding ? { encoding } : {}).text);
    } catch {
      return undefined;
    }
  };
}
