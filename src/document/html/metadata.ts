// Page metadata from the <meta name="…" content="…"> tags government CMSs write (ArticleTitle, PubDate, ContentSource,
// ColumnName, SiteName, Keywords …) and from <title>, with where each key and value is written in the source.
import type { Element, Text } from 'hast';
import type { MetadataLocation } from '../types.js';

/** How the metadata keys that rules and the engine read are spelt, whatever case the page writes them in. */
const CANONICAL_KEYS: Record<string, string> = {
  articletitle: 'ArticleTitle',
  pubdate: 'PubDate',
  contentsource: 'ContentSource',
  columnname: 'ColumnName',
  sitename: 'SiteName',
  keywords: 'Keywords',
  description: 'Description',
  author: 'Author',
};

export interface PageMetadata {
  metadata: Record<string, unknown>;
  metadataLocations: Record<string, MetadataLocation>;
}

/** Source range of an attribute's value inside a start tag (the quotes left out); undefined when not written. */
export function attributeValueRange(source: string, tagStart: number, tagEnd: number, name: string): [number, number] | undefined {
  const attributes = /\s([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/gy;
  // Skip `<tagname`.
  let position = tagStart + 1;
  while (position < tagEnd && !/[\s/>]/.test(source[position])) position++;
  attributes.lastIndex = position;
  for (;;) {
    while (source[attributes.lastIndex] === '/') attributes.lastIndex++;
    const match = attributes.exec(source);
    if (!match || match.index >= tagEnd) return undefined;
    if (match[1].toLowerCase() !== name) continue;
    const value = match[2] ?? match[3] ?? match[4];
    if (value === undefined) return [match.index + match[0].length, match.index + match[0].length];
    const valueStart = match.index + match[0].length - value.length - (match[4] === undefined ? 1 : 0);
    return [valueStart, valueStart + value.length];
  }
}

/** Collects meta tags and the title as the walker meets them. */
export class MetadataCollector {
  readonly metadata: Record<string, unknown> = {};
  readonly metadataLocations: Record<string, MetadataLocation> = {};
  /** Key spelling used so far for each lower-cased name. */
  private readonly keys = new Map<string, string>();

  constructor(private readonly source: string) {}

  meta(element: Element): void {
    const name = element.properties.name;
    const content = element.properties.content;
    if (typeof name !== 'string' || name.trim() === '' || content === undefined || content === null) return;
    const start = element.position?.start.offset;
    const end = element.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const keyRange = attributeValueRange(this.source, start, end, 'name');
    const valueRange = attributeValueRange(this.source, start, end, 'content');
    if (!keyRange) return;
    this.set(name.trim(), String(content).trim(), { key: keyRange, value: valueRange ?? [keyRange[1], keyRange[1]] });
  }

  /** The page's <title> (the first one: a later one is not the page's). */
  title(element: Element): void {
    const start = element.position?.start.offset;
    if (start === undefined || 'title' in this.metadata) return;
    const texts = element.children.filter((child): child is Text => child.type === 'text');
    const value = texts.map((text) => text.value).join('').replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
    const first = texts[0]?.position?.start.offset;
    const last = texts.at(-1)?.position?.end.offset;
    const raw = first !== undefined && last !== undefined ? this.source.slice(first, last) : '';
    const leading = raw.length - raw.trimStart().length;
    const valueRange: [number, number] = first !== undefined ? [first + leading, first + raw.trimEnd().length] : [start + 7, start + 7];
    this.set('title', value, { key: [start + 1, start + 6], value: valueRange });
  }

  /** A later non-empty value wins over an earlier one (site-wide tags come first, the article's own after them). */
  private set(name: string, value: string, location: MetadataLocation): void {
    const lower = name.toLowerCase();
    const key = this.keys.get(lower) ?? CANONICAL_KEYS[lower] ?? name;
    this.keys.set(lower, key);
    if (key in this.metadata && value === '') return;
    this.metadata[key] = value;
    this.metadataLocations[key] = location;
  }
}
