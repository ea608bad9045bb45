// Reads a Word .docx into its paragraphs and tables (mammoth's HTML, walked here) and its core properties
// (docProps/core.xml, through jszip, which mammoth itself uses to unzip).
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, ElementContent, Root } from 'hast';
import type { DocxCell, DocxContent, DocxParagraph, DocxParagraphKind, DocxProperties, DocxTable } from '../document/parse-docx.js';
import { OBJECT_PLACEHOLDER } from '../document/types.js';
import { UnreadableFileError } from './read-source.js';

const htmlParser = unified().use(rehypeParse, { fragment: true });

/** Images carry no source worth reading: an empty src keeps mammoth from encoding every picture as base64. */
const convertImage = mammoth.images.imgElement(async () => ({ src: '' }));

export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let html: string;
  let properties: DocxProperties;
  try {
    const zip = await JSZip.loadAsync(buffer);
    if (!zip.file('word/document.xml')) throw new Error('word/document.xml is missing');
    properties = parseCoreProperties((await zip.file('docProps/core.xml')?.async('string')) ?? '');
    html = (await mammoth.convertToHtml({ buffer }, { convertImage })).value;
  } catch (error) {
    const detail = (error as Error).message;
    throw new UnreadableFileError({
      zh: `不是有效的 .docx 文件，无法读取（可能是旧版 .doc、加密文档或文件已损坏；请在 Word 中另存为 .docx）：${detail}`,
      en: `Not a valid .docx file (an old .doc, an encrypted or a damaged document? save it as .docx in Word): ${detail}`,
    });
  }
  return { ...docxContentFromHtml(html), properties };
}

const CORE_PROPERTIES: Array<[keyof DocxProperties, string]> = [
  ['title', 'dc:title'],
  ['creator', 'dc:creator'],
  ['created', 'dcterms:created'],
  ['modified', 'dcterms:modified'],
];

/** The title, author and dates of docProps/core.xml (simple elements, read without an XML parser). */
export function parseCoreProperties(xml: string): DocxProperties {
  const properties: DocxProperties = {};
  for (const [name, tag] of CORE_PROPERTIES) {
    const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
    const value = match ? decodeXmlText(match[1]).trim() : '';
    if (value !== '') properties[name] = value;
  }
  return properties;
}

function decodeXmlText(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return named[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

interface OpenParagraph {
  text: string;
  kind: DocxParagraphKind;
  depth?: number;
  objects: Array<[number, number]>;
  breaks: number[];
  links: Array<{ start: number; end: number; url: string }>;
}

interface Context {
  /** What a paragraph opened here is. */
  kind: DocxParagraphKind;
  /** Nesting depth of lists around (0 outside lists). */
  listDepth: number;
}

const HEADING = /^h([1-6])$/;
/** Line breaks inside a text run would split a paragraph over two lines of the source. */
const LINE_BREAK = /[\r\n\u2028\u2029]/g;

/**
 * Walks mammoth's HTML: every <p>, <h1>–<h6>, list item and the paragraphs of a table cell become one paragraph, in
 * document order (footnotes and endnotes last, as mammoth puts them); paragraphs that are blank are left out, so a
 * paragraph's number counts the paragraphs that hold text.
 */
export function docxContentFromHtml(html: string): Omit<DocxContent, 'properties'> {
  const walker = new DocxHtmlWalker();
  const tree = htmlParser.parse(html) as Root;
  walker.children(tree.children, { kind: 'paragraph', listDepth: 0 });
  walker.flush();
  return { paragraphs: walker.paragraphs, tables: walker.tables };
}

class DocxHtmlWalker {
  readonly paragraphs: DocxParagraph[] = [];
  readonly tables: DocxTable[] = [];
  private open: OpenParagraph | undefined;

  children(nodes: ElementContent[] | Root['children'], context: Context): void {
    for (const node of nodes) this.node(node as ElementContent, context);
  }

  private node(node: ElementContent, context: Context): void {
    if (node.type === 'text') {
      this.appendText(node.value, context);
      return;
    }
    if (node.type !== 'element') return;
    const tag = node.tagName;
    const heading = HEADING.exec(tag);
    if (heading) {
      this.paragraph(node, { ...context, kind: 'heading' }, Number(heading[1]));
    } else if (tag === 'p' || tag === 'dt' || tag === 'dd') {
      this.paragraph(node, context, context.kind === 'listItem' ? context.listDepth : undefined);
    } else if (tag === 'li') {
      const id = String(node.properties.id ?? '');
      const isNote = /^(?:footnote|endnote)-/.test(id);
      this.paragraph(node, isNote ? { ...context, kind: 'note' } : { ...context, kind: 'listItem' }, isNote ? undefined : context.listDepth);
    } else if (tag === 'ul' || tag === 'ol') {
      this.flush();
      this.children(node.children, { ...context, listDepth: context.listDepth + 1 });
    } else if (tag === 'table') {
      this.table(node, context);
    } else if (tag === 'br') {
      const open = this.ensureOpen(context);
      open.breaks.push(open.text.length);
      open.text += ' ';
    } else if (tag === 'img' || tag === 'input') {
      this.appendObject(OBJECT_PLACEHOLDER, context);
    } else if (tag === 'a') {
      this.anchor(node, context);
    } else {
      this.children(node.children, context);
    }
  }

  /** A paragraph-like element: its inline content is one paragraph (block children inside it flush it). */
  private paragraph(node: Element, context: Context, depth: number | undefined): void {
    this.flush();
    this.ensureOpen(context, depth);
    this.children(node.children, context);
    this.flush();
  }

  private anchor(node: Element, context: Context): void {
    const href = String(node.properties.href ?? '');
    // The ↑ that mammoth adds after a note, pointing back to its reference, is not in the document.
    if (/^#(?:footnote|endnote|comment)-ref-/.test(href)) return;
    if (/^#(?:footnote|endnote)-/.test(href)) {
      this.appendObject(textOf(node), context);
      return;
    }
    if (href === '' || href.startsWith('#')) {
      this.children(node.children, context);
      return;
    }
    const open = this.ensureOpen(context);
    const start = open.text.length;
    this.children(node.children, context);
    const end = this.open === open ? open.text.length : start;
    if (end > start) open.links.push({ start, end, url: href });
  }

  private table(node: Element, context: Context): void {
    this.flush();
    const table: DocxTable = { rows: [] };
    this.tables.push(table);
    for (const row of rowsOf(node)) {
      const cells: DocxCell[] = [];
      for (const cell of row.children) {
        if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
        const start = this.paragraphs.length;
        this.children(cell.children, { kind: 'tableCell', listDepth: context.listDepth });
        this.flush();
        cells.push({ start, end: this.paragraphs.length, colSpan: spanOf(cell.properties.colSpan), rowSpan: spanOf(cell.properties.rowSpan), header: cell.tagName === 'th' });
      }
      table.rows.push(cells);
    }
  }

  private ensureOpen(context: Context, depth?: number): OpenParagraph {
    if (!this.open) {
      this.open = { text: '', kind: context.kind, objects: [], breaks: [], links: [] };
      const listDepth = depth ?? (context.kind === 'listItem' ? context.listDepth : undefined);
      if (listDepth !== undefined && listDepth > 0) this.open.depth = listDepth;
    }
    return this.open;
  }

  private appendText(value: string, context: Context): void {
    if (value === '') return;
    if (!this.open && value.trim() === '') return;
    this.ensureOpen(context).text += value.replace(LINE_BREAK, ' ');
  }

  private appendObject(value: string, context: Context): void {
    const open = this.ensureOpen(context);
    const text = value === '' ? OBJECT_PLACEHOLDER : value.replace(LINE_BREAK, ' ');
    open.objects.push([open.text.length, open.text.length + text.length]);
    open.text += text;
  }

  /** Closes the open paragraph; a blank one is dropped. */
  flush(): void {
    const open = this.open;
    this.open = undefined;
    if (!open) return;
    const text = open.text.replace(/[\s\u3000]+$/u, '');
    if (text.replace(/[\s\u3000\ufeff]/gu, '') === '') return;
    const paragraph: DocxParagraph = { text, kind: open.kind };
    if (open.depth !== undefined) paragraph.depth = open.depth;
    const objects = open.objects.filter(([start]) => start < text.length);
    const breaks = open.breaks.filter((offset) => offset < text.length);
    const links = open.links.filter((link) => link.start < text.length).map((link) => ({ ...link, end: Math.min(link.end, text.length) }));
    if (objects.length > 0) paragraph.objects = objects;
    if (breaks.length > 0) paragraph.breaks = breaks;
    if (links.length > 0) paragraph.links = links;
    this.paragraphs.push(paragraph);
  }
}

/** The rows of a table, through <thead> and <tbody>, not those of tables nested in its cells. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      for (const row of child.children) if (row.type === 'element' && row.tagName === 'tr') rows.push(row);
    }
  }
  return rows;
}

function spanOf(value: unknown): number {
  const span = Number(value ?? 1);
  return Number.isInteger(span) && span > 0 ? span : 1;
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}
