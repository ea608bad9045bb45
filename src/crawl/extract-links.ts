// The links of a fetched HTML page: pages to follow (a, area, frame, iframe) and resources it shows (img).
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, Root, RootContent } from 'hast';

const parser = unified().use(rehypeParse);

export interface PageLinks {
  pages: string[];
  resources: string[];
  /** A <base href> that changes how relative links resolve. */
  base?: string;
}

const PAGE_ATTRIBUTES: Record<string, string> = { a: 'href', area: 'href', frame: 'src', iframe: 'src' };

export function extractLinks(html: string): PageLinks {
  const tree = parser.parse(html) as Root;
  const links: PageLinks = { pages: [], resources: [] };
  const visit = (node: Root | RootContent) => {
    if (node.type === 'element') {
      collect(node, links);
      if (node.tagName === 'template') return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return links;
}

function collect(element: Element, links: PageLinks): void {
  const attribute = (name: string) => {
    const value = element.properties[name];
    return typeof value === 'string' ? value.trim() : undefined;
  };
  if (element.tagName === 'base') links.base ??= attribute('href');
  const pageAttribute = PAGE_ATTRIBUTES[element.tagName];
  const page = pageAttribute && attribute(pageAttribute);
  if (page) links.pages.push(page);
  const image = element.tagName === 'img' ? attribute('src') : undefined;
  if (image) links.resources.push(image);
}
