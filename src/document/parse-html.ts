// HTML pages (rehype-parse) into the one Document model: the main content is the prose; metadata comes from the meta
// tags and the title; links anywhere on the page that the page hides (暗链) are recorded with why they are hidden.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, Nodes, Root } from 'hast';
import type { BlockKind, CuominDocument, Directive, ImageInfo, LinkInfo, TableInfo } from './types.js';
import { createDocument } from './create-document.js';
import { lineWithin, parseDirectives } from './directives.js';
import { makeSourcePosition } from './source-map.js';
import { alignDecodedText } from './html/source-text.js';
import { HtmlProseWriter, type ProseMark } from './html/prose-writer.js';
import { MetadataCollector } from './html/metadata.js';
import { NON_PROSE_TAGS, selectMainContent, type ContentSelection, type HtmlOptions } from './html/main-content.js';
import { VISIBLE, boxHidingWay, hidingWay, linkReason, visibilityInside, type HidingWay, type VisibilityState } from './html/visibility.js';

export type { HtmlOptions } from './html/main-content.js';

const processor = unified().use(rehypeParse);

/** Elements that start and end a block of prose; every other element continues the text around it. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'marquee', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp',
]);
const HEADING_DEPTH: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const LIST_TAGS = new Set(['ul', 'ol', 'menu', 'dir']);
/** Inline elements whose text is no prose (ruby annotations). */
const SKIPPED_INLINE = new Set(['rt', 'rp']);

interface WalkState {
  /** Inside the main content and not in an excluded element. */
  inContent: boolean;
  visibility: VisibilityState;
  kind: BlockKind;
  depth?: number;
  listDepth: number;
  inBlockquote: boolean;
  table?: TableBuilder;
  /** Inside the <thead> of the nearest table. */
  inTableHead: boolean;
  /** Inside an <a> (links do not nest): what of its content can be seen. */
  link?: LinkContent;
}

/** Whether a link shows anything: text or images that are not hidden. */
interface LinkContent {
  shown: boolean;
  /** How its text is hidden, when it has text and all of it is hidden (in its background's colour, at font size 0). */
  hiddenText?: HidingWay;
}

interface TableBuilder {
  info: TableInfo;
  rows: Array<{ inHead: boolean; allHeaderCells: boolean; cells: Array<{ start: ProseMark; end: ProseMark }> }>;
}

interface PendingLink {
  link: LinkInfo;
  start: ProseMark;
  end: ProseMark;
}

function startOf(node: Nodes): number | undefined {
  return node.position?.start.offset;
}
function endOf(node: Nodes): number | undefined {
  return node.position?.end.offset;
}

function stringProperty(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

class HtmlWalker {
  readonly writer = new HtmlProseWriter();
  readonly metadata: MetadataCollector;
  readonly links: PendingLink[] = [];
  readonly images: ImageInfo[] = [];
  readonly tables: TableBuilder[] = [];
  readonly directives: Directive[] = [];
  private readonly hiddenClasses: ReadonlySet<string>;
  private lineOf: ((offset: number) => number) | undefined;

  constructor(
    private readonly source: string,
    private readonly selection: ContentSelection,
    options: HtmlOptions,
  ) {
    this.metadata = new MetadataCollector(source);
    this.hiddenClasses = new Set(options.hiddenClasses ?? []);
  }

  walkChildren(parent: Element | Root, state: WalkState): void {
    for (const child of parent.children) this.node(child, state);
  }

  private node(node: Nodes, state: WalkState): void {
    switch (node.type) {
      case 'element':
        this.element(node, state);
        return;
      case 'text': {
        const way = hidingWay(state.visibility);
        if (state.link && /\S/.test(node.value)) {
          if (way === undefined) state.link.shown = true;
          else state.link.hiddenText ??= way;
        }
        if (state.inContent && way === undefined) this.text(node.value, node);
        return;
      }
      case 'comment':
        this.comment(node);
        return;
      default:
        return;
    }
  }

  private text(value: string, node: Nodes): void {
    const start = startOf(node);
    const end = endOf(node);
    if (start === undefined || end === undefined) return;
    if (end - start === value.length && this.source.startsWith(value, start)) {
      // Written as it is: no entity, no CR LF.
      this.writer.appendText(value, start);
      return;
    }
    const aligned = alignDecodedText(this.source, start, end, value);
    this.writer.appendText(value, aligned.starts, aligned.ends);
  }

  private comment(node: Nodes): void {
    const start = startOf(node);
    const end = endOf(node);
    if (start === undefined || end === undefined) return;
    const raw = this.source.slice(start, end);
    if (!raw.includes('cuomin-')) return;
    this.lineOf ??= makeLineOf(this.source);
    this.directives.push(...parseDirectives(raw, this.lineOf(start), lineWithin(raw)));
  }

  private element(element: Element, outer: WalkState): void {
    const tag = element.tagName;
    if (tag === 'meta') {
      this.metadata.meta(element);
      return;
    }
    if (tag === 'title') {
      this.metadata.title(element);
      return;
    }
    if (tag === 'head') {
      // Only its meta tags, title and comments matter.
      this.walkChildren(element, { ...outer, inContent: false });
      return;
    }
    if (NON_PROSE_TAGS.has(tag)) return;
    const visibility = visibilityInside(element, outer.visibility, this.hiddenClasses);
    const inContent = element === this.selection.root || (outer.inContent && !this.selection.excluded.has(element));
    const state: WalkState = visibility === outer.visibility && inContent === outer.inContent ? outer : { ...outer, visibility, inContent };

    if (tag === 'a' && element.properties.href !== undefined && !outer.link) {
      this.link(element, state);
      return;
    }
    if (!state.inContent) {
      // Outside the content only a link's images matter (whether it shows anything).
      if (tag === 'img' && state.link && hidingWay(state.visibility) === undefined) state.link.shown = true;
      this.walkChildren(element, state);
      return;
    }
    if (tag === 'br') {
      this.writer.endBlock();
      return;
    }
    if (tag === 'img') {
      this.image(element, state);
      return;
    }
    if (SKIPPED_INLINE.has(tag)) return;
    if (!BLOCK_TAGS.has(tag)) {
      this.walkChildren(element, state);
      return;
    }
    this.block(element, state === outer ? { ...outer } : state, outer);
  }

  private block(element: Element, state: WalkState, outer: WalkState): void {
    const tag = element.tagName;
    this.writer.endBlock();
    if (tag === 'p') {
      state.kind = outer.inBlockquote ? 'blockquote' : 'paragraph';
      state.depth = undefined;
    } else if (HEADING_DEPTH[tag] !== undefined) {
      state.kind = 'heading';
      state.depth = HEADING_DEPTH[tag];
    } else if (tag === 'li') {
      state.kind = 'listItem';
      state.depth = Math.max(1, outer.listDepth);
    } else if (tag === 'td' || tag === 'th') {
      state.kind = 'tableCell';
      state.depth = undefined;
    } else if (tag === 'blockquote') {
      state.kind = 'blockquote';
      state.depth = undefined;
      state.inBlockquote = true;
    } else if (LIST_TAGS.has(tag)) {
      state.listDepth = outer.listDepth + 1;
    } else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      state.inTableHead = tag === 'thead';
    }
    this.writer.setKind(state.kind, state.depth);

    if (tag === 'table') {
      this.table(element, state);
    } else if (tag === 'tr' && state.table) {
      state.table.rows.push({ inHead: state.inTableHead, allHeaderCells: true, cells: [] });
      this.walkChildren(element, state);
    } else if ((tag === 'td' || tag === 'th') && state.table) {
      const row = state.table.rows.at(-1);
      const start = this.writer.mark(true);
      this.walkChildren(element, { ...state, table: undefined });
      this.writer.endBlock();
      const end = this.writer.mark(false);
      if (row) {
        row.cells.push({ start, end });
        if (tag === 'td') row.allHeaderCells = false;
      }
    } else {
      this.walkChildren(element, state);
    }
    this.writer.endBlock();
    this.writer.setKind(outer.kind, outer.depth);
  }

  private table(element: Element, state: WalkState): void {
    const start = startOf(element) ?? 0;
    const info: TableInfo = { header: [], rows: [], sourceStart: start, sourceEnd: endOf(element) ?? start };
    const role = stringProperty(element, 'role');
    if (role === 'presentation' || role === 'none') info.layout = true;
    const builder: TableBuilder = { info, rows: [] };
    this.tables.push(builder);
    this.walkChildren(element, { ...state, table: builder, inTableHead: false });
  }

  private image(element: Element, state: WalkState): void {
    if (hidingWay(state.visibility) !== undefined) return;
    if (state.link) state.link.shown = true;
    const start = startOf(element) ?? 0;
    const end = endOf(element) ?? start;
    const alt = stringProperty(element, 'alt');
    const role = stringProperty(element, 'role');
    const image: ImageInfo = { url: stringProperty(element, 'src') ?? '', alt: alt ?? '', sourceStart: start, sourceEnd: end };
    if (alt === '' || role === 'presentation' || role === 'none' || stringProperty(element, 'ariaHidden') === 'true') image.decorative = true;
    this.images.push(image);
    this.writer.appendPlaceholder(start, end);
  }

  /**
   * A link: in the prose when it is visible main content; recorded wherever it is when the page hides it, whether it
   * hides the whole link (display:none, off-screen …) or all of its text (in its background's colour, font size 0).
   * A link that shows nothing at all (a transparent click area over a banner, an icon drawn by a stylesheet) is not
   * hidden: it has nothing to hide.
   */
  private link(element: Element, state: WalkState): void {
    const content: LinkContent = { shown: false };
    const start = this.writer.mark(true);
    this.walkChildren(element, { ...state, link: content });
    const boxWay = boxHidingWay(state.visibility);
    const way = boxWay ?? (!content.shown ? content.hiddenText : undefined);
    if (!state.inContent && way === undefined) return;
    const end = way === undefined ? this.writer.mark(false) : start;
    const sourceStart = startOf(element) ?? 0;
    const link: LinkInfo = {
      url: stringProperty(element, 'href') ?? '',
      start: 0,
      end: 0,
      sourceStart,
      sourceEnd: endOf(element) ?? sourceStart,
      visible: way === undefined,
    };
    const title = stringProperty(element, 'title');
    if (title !== undefined) link.title = title;
    if (way !== undefined) link.hiddenReason = linkReason(way);
    this.links.push({ link, start, end });
  }
}

function makeLineOf(source: string): (offset: number) => number {
  const position = makeSourcePosition(source);
  return (offset) => position(offset).line;
}

function finishTable(builder: TableBuilder): TableInfo {
  const { info } = builder;
  const rows = builder.rows
    .filter((row) => row.cells.length > 0)
    .map((row) => ({ ...row, cells: row.cells.map((cell) => ({ start: cell.start.offset, end: Math.max(cell.start.offset, cell.end.offset) })) }));
  const headRows = rows.filter((row) => row.inHead);
  if (headRows.length > 0) {
    info.header = headRows[0].cells;
    info.rows = rows.filter((row) => row !== headRows[0]).map((row) => row.cells);
  } else if (rows.length > 0 && rows[0].allHeaderCells) {
    info.header = rows[0].cells;
    info.rows = rows.slice(1).map((row) => row.cells);
  } else {
    info.rows = rows.map((row) => row.cells);
  }
  return info;
}

export function parseHtml(source: string, filePath: string, options: HtmlOptions = {}): CuominDocument {
  const tree = processor.parse(source) as Root;
  const selection = selectMainContent(tree, options);
  const walker = new HtmlWalker(source, selection, options);
  walker.walkChildren(tree, { inContent: selection.root === tree, visibility: VISIBLE, kind: 'paragraph', listDepth: 0, inBlockquote: false, inTableHead: false });
  const { text, offsets, ends, blocks } = walker.writer.finish(source.length);
  const links = walker.links.map(({ link, start, end }) => ({ ...link, start: start.offset, end: Math.max(start.offset, end.offset) }));
  return createDocument({
    filePath,
    format: 'html',
    source,
    text,
    offsets,
    ends,
    blocks,
    metadata: walker.metadata.metadata,
    metadataLocations: walker.metadata.metadataLocations,
    links,
    images: walker.images,
    tables: walker.tables.map(finishTable),
    directives: walker.directives,
  });
}
