// The one Document model every parser (Markdown, text, later HTML and .docx) produces and every rule reads.
import type { DocumentFormat } from '../engine/types.js';

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableCell' | 'blockquote' | 'other';

/** A block of prose: its text is `document.text.slice(start, end)`. Blocks never overlap and are in order. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Heading depth (1–6) for headings, nesting depth for list items. */
  depth?: number;
  /** Marker of an ordered list item as written (`1.`, `2)`), when the parser saw one outside the prose. */
  listMarker?: string;
}

export interface LinkInfo {
  url: string;
  /** Prose range of the link text (may be empty for image-only links). */
  start: number;
  end: number;
  /** Source offsets of the whole link. */
  sourceStart: number;
  sourceEnd: number;
  title?: string;
  /** False when the page hides the link (HTML inputs). */
  visible: boolean;
  /** Why the page hides the link, when `visible` is false and the parser knows. */
  hiddenReason?: HiddenLinkReason;
}

/**
 * How a page hides a link: `display:none`, `visibility:hidden`, a zero width/height or font size, a position far
 * off-screen (left:-9999px), text in the colour of its background; `other` for any other way.
 */
export type HiddenLinkReason = 'display-none' | 'visibility-hidden' | 'zero-size' | 'off-screen' | 'same-color' | 'other';

export interface ImageInfo {
  url: string;
  alt: string;
  sourceStart: number;
  sourceEnd: number;
  /** True when the page marks the image as decorative (HTML `alt=""`, `role="presentation"`, `aria-hidden="true"`). */
  decorative?: boolean;
}

export interface TableInfo {
  /** Header cells and body rows, each cell a prose range. */
  header: Array<{ start: number; end: number }>;
  rows: Array<Array<{ start: number; end: number }>>;
  sourceStart: number;
  sourceEnd: number;
  /** True when the page marks the table as layout only (HTML `role="presentation"` or `role="none"`). */
  layout?: boolean;
}

/** An inline disable/enable comment, already interpreted. Lines are 1-based source lines. */
export type Directive =
  | { kind: 'disable-next-line'; line: number; ruleIds: string[] }
  | { kind: 'disable-line'; line: number; ruleIds: string[] }
  | { kind: 'disable'; line: number; ruleIds: string[] }
  | { kind: 'enable'; line: number; ruleIds: string[] };

export interface MetadataLocation {
  key: [number, number];
  /** The value as written; an empty range right after the key when the value is empty. */
  value: [number, number];
}

export interface SourcePosition {
  /** 1-based line. */
  line: number;
  /** 1-based column counted in Unicode characters (code points). */
  column: number;
}

export interface CuominDocument {
  filePath: string;
  format: DocumentFormat;
  /** The decoded source text (no BOM). */
  source: string;
  /** The prose the rules see: blocks joined by "\n"; code, URLs and markup replaced by OBJECT_PLACEHOLDER or left out. */
  text: string;
  blocks: Block[];
  metadata: Record<string, unknown>;
  /** Where each metadata key was written: source ranges of the key and of its value (front matter, page meta tags). */
  metadataLocations: Record<string, MetadataLocation>;
  /** Source range of the whole metadata block (a Markdown front matter with its fences), when there is one. */
  metadataRange?: [number, number];
  links: LinkInfo[];
  images: ImageInfo[];
  tables: TableInfo[];
  directives: Directive[];
  /** Source offset of the prose character at `proseOffset` (for an end offset, pass `proseOffset` = end). */
  toSourceOffset(proseOffset: number): number;
  /** The source range [start, end) that the prose range [start, end) was built from. */
  sourceRange(start: number, end: number): [number, number];
  /** 1-based line and code-point column of a source offset. */
  sourcePosition(sourceOffset: number): SourcePosition;
  /** Prose offsets whose source mapping is exact character by character (safe to fix). */
  isExactRange(start: number, end: number): boolean;
  /** When a format cannot place findings by line (e.g. .docx paragraphs), what a line number means. */
  lineUnit?: 'line' | 'paragraph';
}

/** Stands in the prose for inline code, images and masked URLs: not a letter, not punctuation. */
export const OBJECT_PLACEHOLDER = '\uFFFC';
