// Word (.docx) documents into the one Document model. The I/O layer (src/io/read-docx.ts) extracts the paragraphs and
// tables; here the source is that text, one paragraph per line, so a finding's line is its paragraph's number and its
// column the character in that paragraph (lineUnit 'paragraph').
import type { Block, CuominDocument, LinkInfo, TableInfo } from './types.js';
import { ProseBuilder } from './prose-builder.js';
import { createDocument } from './create-document.js';

export type DocxParagraphKind = 'paragraph' | 'heading' | 'listItem' | 'tableCell' | 'note';

export interface DocxParagraph {
  /** The paragraph as Word shows it, leading indentation kept; no line breaks (a soft break is one space). */
  text: string;
  kind: DocxParagraphKind;
  /** Heading level (1–6) or list nesting depth (1 = top level). */
  depth?: number;
  /** Spans [start, end) of the text that are not prose: an image (one U+FFFC), a note reference such as `[1]`. */
  objects?: Array<[number, number]>;
  /** Offsets of soft line breaks (Shift+Enter), each standing in the text as one space. */
  breaks?: number[];
  /** Hyperlinks: the span of their text and their target. */
  links?: Array<{ start: number; end: number; url: string }>;
}

/** A table cell: the paragraphs [start, end) it holds (empty when start === end), and how it spans the grid. */
export interface DocxCell {
  start: number;
  end: number;
  colSpan: number;
  rowSpan: number;
  /** Word marked its row as a header row (repeated on each page). */
  header: boolean;
}

export interface DocxTable {
  rows: DocxCell[][];
}

/** The core properties of docProps/core.xml. */
export interface DocxProperties {
  title?: string;
  creator?: string;
  created?: string;
  modified?: string;
}

export interface DocxContent {
  paragraphs: DocxParagraph[];
  tables: DocxTable[];
  properties: DocxProperties;
}

const LEADING_SPACE = /^[\s\u3000\ufeff]*/;
const TRAILING_SPACE = /[\s\u3000]*$/;
const CJK = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u;

const BLOCK_KIND: Record<DocxParagraphKind, Block['kind']> = {
  paragraph: 'paragraph',
  heading: 'heading',
  listItem: 'listItem',
  tableCell: 'tableCell',
  note: 'paragraph',
};

/** Metadata keys keep the core properties' XML names, so that no rule mistakes them for a draft's own fields. */
const PROPERTY_KEYS: Record<keyof DocxProperties, string> = {
  title: 'dc:title',
  creator: 'dc:creator',
  created: 'dcterms:created',
  modified: 'dcterms:modified',
};

export function parseDocx(content: DocxContent, filePath: string): CuominDocument {
  const source = content.paragraphs.map((paragraph) => paragraph.text).join('\n');
  const builder = new ProseBuilder(source);
  const links: LinkInfo[] = [];
  const lineStarts: number[] = [];
  const proseStarts: number[] = [];
  const proseEnds: number[] = [];
  let lineStart = 0;
  for (const paragraph of content.paragraphs) {
    lineStarts.push(lineStart);
    const range = appendParagraph(builder, paragraph, lineStart, links);
    proseStarts.push(range[0]);
    proseEnds.push(range[1]);
    lineStart += paragraph.text.length + 1;
  }
  const { text, offsets, ends } = builder.finish();
  const spans = { lineStarts, proseStarts, proseEnds, paragraphs: content.paragraphs };
  const tables = content.tables.flatMap((table) => tableInfo(table, spans) ?? []);
  const metadata: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(PROPERTY_KEYS) as Array<[keyof DocxProperties, string]>) {
    const value = content.properties[name];
    if (value !== undefined && value !== '') metadata[key] = value;
  }
  return createDocument({ filePath, format: 'docx', source, text, offsets, ends, blocks: builder.blocks, metadata, links, tables, lineUnit: 'paragraph' });
}

/**
 * Reads the extracted text (one paragraph per line) as a .docx document without tables or links: the parser the
 * format registry uses when only text is at hand (tests, `--stdin-filename x.docx` after extraction).
 */
export function parseDocxText(source: string, filePath: string): CuominDocument {
  // Split on "\n" only: a "\r" before it stays at the end of its line (trailing space), so the source is unchanged.
  const paragraphs: DocxParagraph[] = source.split('\n').map((line) => ({ text: line, kind: 'paragraph' }));
  return parseDocx({ paragraphs, tables: [], properties: {} }, filePath);
}

/** Appends one paragraph's prose; returns its prose range (empty for a blank paragraph). */
function appendParagraph(builder: ProseBuilder, paragraph: DocxParagraph, lineStart: number, links: LinkInfo[]): [number, number] {
  const { text } = paragraph;
  const leading = LEADING_SPACE.exec(text)![0].length;
  const trailing = TRAILING_SPACE.exec(text.slice(leading))![0].length;
  const end = text.length - trailing;
  if (end <= leading) return [builder.position, builder.position];
  builder.startBlock(BLOCK_KIND[paragraph.kind], lineStart + leading, paragraph.depth === undefined ? {} : { depth: paragraph.depth });
  const start = builder.position;
  const objects = new Map((paragraph.objects ?? []).map(([from, to]) => [from, to]));
  const breaks = new Set(paragraph.breaks ?? []);
  const cuts = new Set<number>([leading, end]);
  for (const [from, to] of objects) cuts.add(from).add(to);
  for (const offset of breaks) cuts.add(offset).add(offset + 1);
  for (const link of paragraph.links ?? []) cuts.add(link.start).add(link.end);
  const points = [...cuts].filter((offset) => offset >= leading && offset <= end).sort((a, b) => a - b);
  const proseAt = new Map<number, number>();
  for (let i = 0; i < points.length; i++) {
    const from = points[i];
    proseAt.set(from, builder.position);
    const to = points[i + 1];
    if (to === undefined) break;
    if (objects.has(from)) {
      builder.appendPlaceholder(lineStart + from, lineStart + Math.min(objects.get(from)!, end));
      // An object may cover later cut points; skip to its end.
      while (points[i + 1] !== undefined && points[i + 1] < objects.get(from)!) {
        i++;
        proseAt.set(points[i], builder.position);
      }
    } else if (breaks.has(from)) {
      // A soft break between Chinese characters is no break in the prose (体制机/智 stays one word).
      if (!(CJK.test(text[from - 1] ?? '') && CJK.test(text[from + 1] ?? ''))) builder.appendFromSource(' ', lineStart + from, lineStart + from + 1);
    } else {
      builder.appendFromSource(text.slice(from, to), lineStart + from, lineStart + to);
    }
  }
  const proseEnd = builder.position;
  builder.endBlock();
  for (const link of paragraph.links ?? []) {
    const linkStart = proseAt.get(Math.max(link.start, leading)) ?? start;
    const linkEnd = proseAt.get(Math.min(link.end, end)) ?? proseEnd;
    links.push({ url: link.url, start: linkStart, end: Math.max(linkStart, linkEnd), sourceStart: lineStart + link.start, sourceEnd: lineStart + link.end, visible: true });
  }
  return [start, proseEnd];
}

interface ParagraphSpans {
  lineStarts: number[];
  proseStarts: number[];
  proseEnds: number[];
  paragraphs: DocxParagraph[];
}

type Range = { start: number; end: number };

interface GridSlot {
  cell: DocxCell;
  /** The row and column where the cell starts. */
  row: number;
  column: number;
}

/**
 * A table's cells as prose ranges, laid on the grid that merged cells span. The header is the row(s) Word marks as
 * header rows, else the first row; a first row that is one cell across the whole table is a caption, not the header;
 * a header cell spanning several rows makes the header that deep, and each column takes its lowest header cell.
 * Cells that a merged body cell covers are empty ranges.
 */
function tableInfo(table: DocxTable, spans: ParagraphSpans): TableInfo | undefined {
  const grid = layOutGrid(table);
  const width = Math.max(0, ...grid.map((row) => row.length));
  const paragraphIndexes = table.rows.flat().flatMap((cell) => (cell.end > cell.start ? [cell.start, cell.end - 1] : []));
  if (width === 0 || paragraphIndexes.length === 0) return undefined;
  const cellRange = (cell: DocxCell): Range => {
    if (cell.end > cell.start) return { start: spans.proseStarts[cell.start], end: spans.proseEnds[cell.end - 1] };
    const at = cell.start > 0 ? spans.proseEnds[cell.start - 1] : 0;
    return { start: at, end: at };
  };
  let first = 0;
  const firstRow = table.rows[0] ?? [];
  if (table.rows.length > 1 && width > 1 && firstRow.length === 1 && firstRow[0].colSpan >= width) first = 1;
  let headerEnd = first;
  while (headerEnd < table.rows.length && table.rows[headerEnd].length > 0 && table.rows[headerEnd].every((cell) => cell.header)) headerEnd++;
  if (headerEnd === first) headerEnd = first + 1;
  for (let row = first; row < headerEnd && row < grid.length; row++) {
    for (const slot of grid[row]) if (slot && slot.row === row) headerEnd = Math.max(headerEnd, row + slot.cell.rowSpan);
  }
  headerEnd = Math.min(headerEnd, grid.length);
  const header: Range[] = [];
  for (let column = 0; column < width; column++) {
    let slot: GridSlot | undefined;
    for (let row = headerEnd - 1; row >= first && !slot; row--) slot = grid[row][column];
    header.push(slot ? cellRange(slot.cell) : emptyAt(header.at(-1)));
  }
  const rows: Range[][] = [];
  for (let row = headerEnd; row < grid.length; row++) {
    const cells: Range[] = [];
    for (let column = 0; column < width; column++) {
      const slot = grid[row][column];
      if (slot && slot.row === row && slot.column === column) cells.push(cellRange(slot.cell));
      else cells.push(emptyAt(slot ? cellRange(slot.cell) : cells.at(-1)));
    }
    rows.push(cells);
  }
  const firstParagraph = Math.min(...paragraphIndexes);
  const lastParagraph = Math.max(...paragraphIndexes);
  const sourceStart = spans.lineStarts[firstParagraph];
  const sourceEnd = spans.lineStarts[lastParagraph] + spans.paragraphs[lastParagraph].text.length;
  return { header, rows, sourceStart, sourceEnd };
}

function emptyAt(range: Range | undefined): Range {
  const at = range ? range.end : 0;
  return { start: at, end: at };
}

/** Places each cell on the grid, skipping the slots that merged cells of earlier rows cover. */
function layOutGrid(table: DocxTable): Array<Array<GridSlot | undefined>> {
  const grid: Array<Array<GridSlot | undefined>> = table.rows.map(() => []);
  table.rows.forEach((cells, row) => {
    let column = 0;
    for (const cell of cells) {
      while (grid[row][column]) column++;
      const slot: GridSlot = { cell, row, column };
      for (let down = 0; down < Math.max(1, cell.rowSpan) && row + down < grid.length; down++) {
        for (let across = 0; across < Math.max(1, cell.colSpan); across++) grid[row + down][column + across] = slot;
      }
      column += Math.max(1, cell.colSpan);
    }
  });
  return grid;
}
