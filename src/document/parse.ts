// Chooses a parser by file extension.
import path from 'node:path';
import type { DocumentFormat } from '../engine/types.js';
import type { CuominDocument } from './types.js';
import { parseMarkdown } from './parse-markdown.js';
import { parseText } from './parse-text.js';
import { parseHtml, type HtmlOptions } from './parse-html.js';
import { parseDocxText } from './parse-docx.js';

const FORMAT_BY_EXTENSION: Record<string, DocumentFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
  '.docx': 'docx',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

export function formatOf(filePath: string): DocumentFormat | undefined {
  return FORMAT_BY_EXTENSION[path.extname(filePath).toLowerCase()];
}

/** Options of the format parsers (from the config). */
export interface ParseOptions {
  html?: HtmlOptions;
}

export type Parser = (source: string, filePath: string, options?: ParseOptions) => CuominDocument;

const PARSERS: Partial<Record<DocumentFormat, Parser>> = {
  markdown: parseMarkdown,
  text: parseText,
  html: (source, filePath, options) => parseHtml(source, filePath, options?.html),
  // A .docx file is read by src/io/read-docx.ts and parsed with parseDocx; given as text, it is one paragraph a line.
  docx: parseDocxText,
};

/** Parses a decoded source; unknown extensions are read as plain text. */
export function parseDocument(source: string, filePath: string, options: ParseOptions = {}): CuominDocument {
  const format = formatOf(filePath) ?? 'text';
  const parser = PARSERS[format] ?? parseText;
  return parser(source, filePath, options);
}
