// Assembles a CuominDocument from what a parser collected.
import type { DocumentFormat } from '../engine/types.js';
import type { Block, CuominDocument, Directive, ImageInfo, LinkInfo, TableInfo } from './types.js';
import { makeSourcePosition, proseRangeToSource } from './source-map.js';

export interface DocumentParts {
  filePath: string;
  format: DocumentFormat;
  source: string;
  text: string;
  offsets: Int32Array;
  blocks: Block[];
  metadata?: Record<string, unknown>;
  links?: LinkInfo[];
  images?: ImageInfo[];
  tables?: TableInfo[];
  directives?: Directive[];
  lineUnit?: 'line' | 'paragraph';
}

export function createDocument(parts: DocumentParts): CuominDocument {
  const { source, text, offsets } = parts;
  const sourcePosition = makeSourcePosition(source);
  return {
    filePath: parts.filePath,
    format: parts.format,
    source,
    text,
    blocks: parts.blocks,
    metadata: parts.metadata ?? {},
    links: parts.links ?? [],
    images: parts.images ?? [],
    tables: parts.tables ?? [],
    directives: parts.directives ?? [],
    lineUnit: parts.lineUnit ?? 'line',
    toSourceOffset: (proseOffset) => offsets[Math.max(0, Math.min(proseOffset, text.length))],
    sourcePosition,
    isExactRange(start, end) {
      const [sourceStart, sourceEnd] = proseRangeToSource(offsets, start, end);
      return sourceEnd - sourceStart === end - start && source.slice(sourceStart, sourceEnd) === text.slice(start, end);
    },
  };
}

/** The source range a prose range covers. */
export function sourceRangeOf(document: CuominDocument, start: number, end: number): [number, number] {
  const sourceStart = document.toSourceOffset(start);
  if (end <= start) return [sourceStart, sourceStart];
  return [sourceStart, document.toSourceOffset(end - 1) + 1];
}
