// Chooses a parser by file extension.
import path from 'node:path';
import type { DocumentFormat } from '../engine/types.js';
import type { CuominDocument } from './types.js';
import { parseMarkdown } from './parse-markdown.js';
import { parseText } from './parse-text.js';

const FORMAT_BY_EXTENSION: Record<string, DocumentFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

export function formatOf(filePath: string): DocumentFormat | undefined {
  return FORMAT_BY_EXTENSION[path.extname(filePath).toLowerCase()];
}

export type Parser = (source: string, filePath: string) => CuominDocument;

const PARSERS: Partial<Record<DocumentFormat, Parser>> = {
  markdown: parseMarkdown,
  text: parseText,
};

/** Parses a decoded source; unknown extensions are read as plain text. */
export function parseDocument(source: string, filePath: string): CuominDocument {
  const format = formatOf(filePath) ?? 'text';
  const parser = PARSERS[format] ?? parseText;
  return parser(source, filePath);
}
