// Markdown documents (remark-parse + GFM + YAML front matter) into the one Document model.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { isMap, isScalar, parseDocument as parseYamlDocument } from 'yaml';
import type { Nodes, Parents, Root, RootContent, Table } from 'mdast';
import type { CuominDocument, Directive, ImageInfo, LinkInfo, MetadataLocation, TableInfo } from './types.js';
import { ProseBuilder } from './prose-builder.js';
import { createDocument } from './create-document.js';
import { parseDirectives, lineWithin } from './directives.js';
import { DocumentParseError } from './errors.js';
import { parseSimpleMarkdown } from './simple-markdown.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

interface Collected {
  metadata: Record<string, unknown>;
  metadataLocations: Record<string, MetadataLocation>;
  metadataRange?: [number, number];
  links: LinkInfo[];
  images: ImageInfo[];
  tables: TableInfo[];
  directives: Directive[];
}

/** Plain documents are read by the fast reader of simple-markdown.ts; every other one by remark. */
export function parseMarkdown(source: string, filePath: string): CuominDocument {
  return documentFromTree(parseSimpleMarkdown(source) ?? (processor.parse(source) as Root), source, filePath);
}

/** Always through remark: the reference the fast reader is tested against. */
export function parseMarkdownWithRemark(source: string, filePath: string): CuominDocument {
  return documentFromTree(processor.parse(source) as Root, source, filePath);
}

function documentFromTree(tree: Root, source: string, filePath: string): CuominDocument {
  const builder = new ProseBuilder(source);
  const collected: Collected = { metadata: {}, metadataLocations: {}, links: [], images: [], tables: [], directives: [] };
  const walker = new MarkdownWalker(source, builder, collected);
  for (const node of tree.children) walker.block(node, 0);
  const { text, offsets, ends } = builder.finish();
  return createDocument({
    filePath,
    format: 'markdown',
    source,
    text,
    offsets,
    ends,
    blocks: builder.blocks,
    ...collected,
  });
}

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff60';
const SOFT_BREAK_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\n[ \\t]*(?=[${CJK}])`, 'gu');

/**
 * A soft line break inside a paragraph is no break in Chinese (renderers join the lines without a space): between
 * two Chinese characters it is dropped from the prose, so that 体制机\n智 is read as one word.
 */
function joinSoftBreaks(value: string): string {
  return value.includes('\n') ? value.replace(SOFT_BREAK_BETWEEN_CJK, '') : value;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeBasicEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}
function endOf(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

class MarkdownWalker {
  constructor(
    private readonly source: string,
    private readonly builder: ProseBuilder,
    private readonly collected: Collected,
  ) {}

  block(node: RootContent, listDepth: number, kind: 'paragraph' | 'blockquote' | 'listItem' = 'paragraph'): void {
    switch (node.type) {
      case 'yaml':
        this.frontMatter(node.value, startOf(node), endOf(node));
        return;
      case 'heading':
        this.builder.startBlock('heading', startOf(node), { depth: node.depth });
        this.inlineChildren(node);
        this.builder.endBlock();
        return;
      case 'paragraph':
        this.builder.startBlock(kind, startOf(node), kind === 'listItem' ? { depth: listDepth } : {});
        this.inlineChildren(node);
        this.builder.endBlock();
        return;
      case 'blockquote':
        for (const child of node.children) this.block(child, listDepth, 'blockquote');
        return;
      case 'list':
        for (const item of node.children) {
          const marker = node.ordered ? this.orderedMarker(startOf(item)) : undefined;
          item.children.forEach((child, index) => {
            if (index === 0 && child.type === 'paragraph') {
              this.builder.startBlock('listItem', startOf(child), { depth: listDepth + 1, ...(marker ? { listMarker: marker } : {}) });
              this.inlineChildren(child);
              this.builder.endBlock();
            } else {
              this.block(child, listDepth + 1);
            }
          });
        }
        return;
      case 'table':
        this.table(node);
        return;
      case 'html':
        this.collectDirectives(node.value, node.position?.start.line ?? 1);
        this.htmlBlockText(node.value, startOf(node));
        return;
      case 'footnoteDefinition':
        for (const child of node.children) this.block(child, listDepth);
        return;
      default:
        // code, thematicBreak, definition: not prose.
        return;
    }
  }

  private table(node: Table): void {
    const info: TableInfo = { header: [], rows: [], sourceStart: startOf(node), sourceEnd: endOf(node) };
    node.children.forEach((row, rowIndex) => {
      const cells: Array<{ start: number; end: number }> = [];
      for (const cell of row.children) {
        this.builder.startBlock('tableCell', startOf(cell));
        const start = this.builder.position;
        this.inlineChildren(cell);
        cells.push({ start, end: this.builder.position });
        this.builder.endBlock();
      }
      if (rowIndex === 0) info.header = cells;
      else info.rows.push(cells);
    });
    this.collected.tables.push(info);
  }

  private inlineChildren(parent: Parents): void {
    for (const child of parent.children) this.inline(child as Nodes);
  }

  private inline(node: Nodes): void {
    switch (node.type) {
      case 'text':
        this.builder.appendFromSource(joinSoftBreaks(node.value), startOf(node), endOf(node));
        return;
      case 'emphasis':
      case 'strong':
      case 'delete':
        this.inlineChildren(node);
        return;
      case 'break':
        this.builder.appendSynthetic('\n', startOf(node));
        return;
      case 'link':
      case 'linkReference': {
        const start = this.builder.position;
        const url = node.type === 'link' ? node.url : `[${node.identifier}]`;
        const isBareUrl = node.type === 'link' && node.children.length === 1 && node.children[0].type === 'text' &&
          (node.children[0].value === node.url || `mailto:${node.children[0].value}` === node.url || `http://${node.children[0].value}` === node.url);
        if (isBareUrl) this.builder.appendPlaceholder(startOf(node), endOf(node));
        else this.inlineChildren(node);
        const link: LinkInfo = { url, start, end: this.builder.position, sourceStart: startOf(node), sourceEnd: endOf(node), visible: true };
        if (node.type === 'link' && node.title) link.title = node.title;
        this.collected.links.push(link);
        return;
      }
      case 'image':
        this.collected.images.push({ url: node.url, alt: node.alt ?? '', sourceStart: startOf(node), sourceEnd: endOf(node) });
        this.builder.appendPlaceholder(startOf(node), endOf(node));
        return;
      case 'imageReference':
        this.collected.images.push({ url: `[${node.identifier}]`, alt: node.alt ?? '', sourceStart: startOf(node), sourceEnd: endOf(node) });
        this.builder.appendPlaceholder(startOf(node), endOf(node));
        return;
      case 'html':
        this.collectDirectives(node.value, node.position?.start.line ?? 1);
        this.builder.appendPlaceholder(startOf(node), endOf(node));
        return;
      case 'inlineCode':
      case 'footnoteReference':
        this.builder.appendPlaceholder(startOf(node), endOf(node));
        return;
      default:
        if ('children' in node) this.inlineChildren(node as Parents);
    }
  }

  /** The text of a raw HTML block (<div>…</div>) is prose too; tags, comments, scripts and styles are not. */
  private htmlBlockText(html: string, sourceStart: number): void {
    const hidden = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<[^>]*>/giu;
    let cursor = 0;
    const runs: Array<[number, number]> = [];
    for (const match of html.matchAll(hidden)) {
      runs.push([cursor, match.index ?? 0]);
      cursor = (match.index ?? 0) + match[0].length;
    }
    runs.push([cursor, html.length]);
    for (const [start, end] of runs) {
      const raw = html.slice(start, end);
      const leading = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!trimmed) continue;
      const from = sourceStart + start + leading;
      this.builder.startBlock('paragraph', from);
      this.builder.appendFromSource(decodeBasicEntities(trimmed), from, from + trimmed.length);
      this.builder.endBlock();
    }
  }

  private orderedMarker(itemStart: number): string | undefined {
    return /^\s*(\d{1,9}[.)])/.exec(this.source.slice(itemStart, itemStart + 12))?.[1];
  }

  private collectDirectives(html: string, startLine: number): void {
    if (!html.includes('cuomin-')) return;
    this.collected.directives.push(...parseDirectives(html, startLine, lineWithin(html)));
  }

  /** Reads the front matter's keys and values, and where each was written (for findings about them). */
  private frontMatter(yamlText: string, blockStart: number, blockEnd: number): void {
    const yamlDocument = parseYamlDocument(yamlText);
    const [error] = yamlDocument.errors;
    if (error) {
      throw new DocumentParseError({
        zh: `文件头（front matter）YAML 无法解析：${error.message}`,
        en: `Front matter YAML cannot be parsed: ${error.message}`,
      });
    }
    const value: unknown = yamlDocument.toJS();
    if (value === null || value === undefined) return;
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new DocumentParseError({ zh: '文件头（front matter）应为键值对', en: 'Front matter must be a mapping of keys to values' });
    }
    this.collected.metadata = value as Record<string, unknown>;
    this.collected.metadataRange = [blockStart, blockEnd];
    const contentStart = this.source.indexOf('\n', blockStart) + 1;
    if (this.source.slice(contentStart, contentStart + yamlText.length) !== yamlText || !isMap(yamlDocument.contents)) return;
    for (const pair of yamlDocument.contents.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const keyRange: [number, number] = [contentStart + pair.key.range[0], contentStart + pair.key.range[1]];
      const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range;
      const afterKey = this.source.indexOf(':', keyRange[1]) + 1 || keyRange[1];
      this.collected.metadataLocations[String(pair.key.value)] = {
        key: keyRange,
        value: valueRange ? [contentStart + valueRange[0], contentStart + valueRange[1]] : [afterKey, afterKey],
      };
    }
  }
}
