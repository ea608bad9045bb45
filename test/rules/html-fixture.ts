// Test fixture: a small HTML page turned into the Document the future HTML parser is to produce (prose, links with
// visibility, images, tables), so the HTML-only behaviour of the links and accessibility rules can be tested now.
// Hidden links follow the inline style of the link and its containers, read the way the parser is specified to read it.
import { createDocument } from '../../src/document/create-document.js';
import { ProseBuilder } from '../../src/document/prose-builder.js';
import type { CuominDocument, HiddenLinkReason, ImageInfo, LinkInfo, TableInfo } from '../../src/document/types.js';
import { Linter } from '../../src/engine/linter.js';
import type { LintMessage, Rule } from '../../src/engine/types.js';

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]).replace(/&amp;/g, '&') : undefined;
}

function hiddenReason(style: string): HiddenLinkReason | undefined {
  const css = style.replace(/\s+/g, '').toLowerCase();
  if (css.includes('display:none')) return 'display-none';
  if (css.includes('visibility:hidden')) return 'visibility-hidden';
  if (/(?:^|;)(?:width|height|font-size):0(?:px)?(?:;|$)/.test(css)) return 'zero-size';
  if (/(?:left|top|text-indent):-\d{3,}px/.test(css)) return 'off-screen';
  const color = /(?:^|;)color:([^;]+)/.exec(css)?.[1];
  const background = /background(?:-color)?:([^;]+)/.exec(css)?.[1];
  if (color && color === background) return 'same-color';
  return undefined;
}

const BLOCK_TAGS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th']);

export function htmlDocument(html: string, filePath = 'page.html'): CuominDocument {
  const builder = new ProseBuilder(html);
  const links: LinkInfo[] = [];
  const images: ImageInfo[] = [];
  const tables: TableInfo[] = [];
  let link: { url: string; start: number; sourceStart: number; title?: string; reason?: HiddenLinkReason } | undefined;
  let table: TableInfo | undefined;
  let rows: Array<{ cells: Array<{ start: number; end: number }>; headings: boolean }> = [];
  let cellStart = 0;
  let inBlock = false;
  /** Open elements and how they hide their content: a link inside a hidden container is hidden too. */
  const open: Array<{ name: string; reason?: HiddenLinkReason }> = [];
  for (const match of html.matchAll(/<[^>]*>|[^<]+/g)) {
    const token = match[0];
    const start = match.index ?? 0;
    const end = start + token.length;
    if (!token.startsWith('<')) {
      if (!token.trim()) continue;
      if (!inBlock) {
        builder.startBlock('paragraph', start);
        inBlock = true;
      }
      builder.appendFromSource(token, start, end);
      continue;
    }
    const closing = token.startsWith('</');
    const name = /^<\/?([a-z0-9]+)/i.exec(token)?.[1].toLowerCase() ?? '';
    if (!['a', 'img', 'br', 'hr', 'input', 'meta', 'link'].includes(name) && !token.endsWith('/>')) {
      if (!closing) open.push({ name, reason: hiddenReason(attribute(token, 'style') ?? '') });
      else if (open.some((element) => element.name === name)) while (open.pop()?.name !== name);
    }
    if (name === 'a' && !closing) {
      const reason = hiddenReason(attribute(token, 'style') ?? '') ?? [...open].reverse().find((element) => element.reason)?.reason;
      link = { url: attribute(token, 'href') ?? '', start: builder.position, sourceStart: start, title: attribute(token, 'title'), reason };
    } else if (name === 'a' && link) {
      const info: LinkInfo = { url: link.url, start: link.start, end: builder.position, sourceStart: link.sourceStart, sourceEnd: end, visible: !link.reason };
      if (link.reason) info.hiddenReason = link.reason;
      if (link.title) info.title = link.title;
      links.push(info);
      link = undefined;
    } else if (name === 'img') {
      const alt = attribute(token, 'alt');
      images.push({ url: attribute(token, 'src') ?? '', alt: alt ?? '', sourceStart: start, sourceEnd: end, ...(alt === '' ? { decorative: true } : {}) });
      builder.appendPlaceholder(start, end);
    } else if (name === 'table' && !closing) {
      table = { header: [], rows: [], sourceStart: start, sourceEnd: start, ...(attribute(token, 'role') === 'presentation' ? { layout: true } : {}) };
      rows = [];
    } else if (name === 'table' && table) {
      const [first, ...rest] = rows;
      if (first?.headings) {
        table.header = first.cells;
        table.rows = rest.map((row) => row.cells);
      } else {
        table.rows = rows.map((row) => row.cells);
      }
      table.sourceEnd = end;
      tables.push(table);
      table = undefined;
    } else if (name === 'tr' && !closing) {
      rows.push({ cells: [], headings: true });
    } else if ((name === 'td' || name === 'th') && !closing) {
      builder.startBlock('tableCell', end);
      inBlock = true;
      cellStart = builder.position;
      if (name === 'td' && rows.length) rows[rows.length - 1].headings = false;
    } else if ((name === 'td' || name === 'th') && rows.length) {
      rows[rows.length - 1].cells.push({ start: cellStart, end: builder.position });
      inBlock = false;
    } else if (BLOCK_TAGS.has(name)) {
      builder.endBlock();
      inBlock = false;
    }
  }
  const { text, offsets, ends } = builder.finish();
  return createDocument({ filePath, format: 'html', source: html, text, offsets, ends, blocks: builder.blocks, links, images, tables });
}

/** Lints an HTML fixture with one rule, as the RuleTester would (default severity, options parsed by the schema). */
export function lintHtml(ruleId: string, rule: Rule<never>, html: string, options: Record<string, unknown> = {}): LintMessage[] {
  const linter = new Linter({
    rules: new Map([[ruleId, rule]]),
    settings: { [ruleId]: { severity: rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity, explicit: false, options: rule.meta.options!.parse(options) as Record<string, unknown> } },
    locale: 'zh',
    date: '2026-11-27',
  });
  return linter.lintDocument(htmlDocument(html));
}
