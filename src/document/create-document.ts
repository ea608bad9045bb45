// Assembles a CuominDocument from what a parser collected.
import type { DocumentFormat } from '../engine/types.js';
import type { Block, CuominDocument, Directive, ImageInfo, LinkInfo, MetadataLocation, TableInfo } from './types.js';
import { makeSourcePosition } from './source-map.js';

export interface DocumentParts {
  filePath: string;
  format: DocumentFormat;
  source: string;
  text: string;
  offsets: Int32Array;
  ends: Int32Array;
  blocks: Block[];
  metadata?: Record<string, unknown>;
  metadataLocations?: Record<string, MetadataLocation>;
  metadataRange?: [number, number];
  links?: LinkInfo[];
  images?: ImageInfo[];
  tables?: TableInfo[];
  directives?: Directive[];
  lineUnit?: 'line' | 'paragraph';
}

export function createDocument(parts: DocumentParts): CuominDocument {
  const { source, text, offsets, ends } = parts;
  const sourceRange = (start: number, end: number): [number, number] => {
    const sourceStart = offsets[Math.max(0, Math.min(start, text.length))];
    return end <= start ? [sourceStart, sourceStart] : [sourceStart, ends[Math.min(end, text.length) - 1]];
  };
  const sourcePosition = makeSourcePosition(source);
  return {
    filePath: parts.filePath,
    format: parts.format,
    source,
    text,
    blocks: parts.blocks,
    metadata: parts.metadata ?? {},
    metadataLocations: parts.metadataLocations ?? {},
    ...(parts.metadataRange ? { metadataRange: parts.metadataRange } : {}),
    links: parts.links ?? [],
    images: parts.images ?? [],
    tables: parts.tables ?? [],
    directives: parts.directives ?? [],
    lineUnit: parts.lineUnit ?? 'line',
    toSourceOffset: (proseOffset) => offsets[Math.max(0, Math.min(proseOffset, text.length))],
    sourcePosition,
    sourceRange,
    isExactRange(start, end) {
      const [sourceStart, sourceEnd] = sourceRange(start, end);
      return sourceEnd - sourceStart === end - start && source.slice(sourceStart, sourceEnd) === text.slice(start, end);
    },
  };
}
