// Chooses the part of an HTML page that is its prose: the first content selector (in order) that matches an element
// with substantial text, else the body without navigation, headers, footers and other page furniture.
import type { Element, Root, RootContent } from 'hast';
import { selectAll } from 'hast-util-select';
import { DocumentParseError } from '../errors.js';

/** The `html` config key: which part of a page is checked and which classes hide content. */
export interface HtmlOptions {
  /** CSS selectors of the main content, tried in order; replaces DEFAULT_CONTENT_SELECTORS. */
  contentSelectors?: readonly string[];
  /** CSS selectors of elements that are never prose, added to DEFAULT_EXCLUDE_SELECTORS. */
  excludeSelectors?: readonly string[];
  /** Class names that hide an element (the site's own `.hide`, `.none` …): links inside are hidden links. */
  hiddenClasses?: readonly string[];
}

/**
 * Containers of the article text in the common government CMSs, most specific first: gov.cn and Ucap (#UCAP-CONTENT),
 * Hanweb and TRS templates (#zoom, .TRS_Editor, .Custom_UnionStyle), then generic article containers.
 */
export const DEFAULT_CONTENT_SELECTORS: readonly string[] = [
  '#UCAP-CONTENT',
  '#zoom',
  '#Zoom',
  '.TRS_Editor',
  '.Custom_UnionStyle',
  '#fontzoom',
  '.article-content',
  '.article_content',
  '#article_content',
  '.news_content',
  '.news-content',
  '.detail-content',
  '.pages_content',
  'article',
  '[role=main]',
  '.article',
  'main',
  '#content',
  '.content',
];

/** Never prose, wherever they are (also inside the main content): navigation, breadcrumbs and share bars. */
export const DEFAULT_EXCLUDE_SELECTORS: readonly string[] = ['nav', '[role=navigation]', '.breadcrumb', '.crumb', '.share', '.bdsharebuttonbox'];

/**
 * Page furniture: left out of the body when no content selector matches, and out of a container a built-in selector
 * found (an <article> or .content wrapper may hold a header with the date line, a footer with print buttons).
 */
export const BOILERPLATE_SELECTORS: readonly string[] = [
  'header',
  'footer',
  'aside',
  '[role=banner]',
  '[role=contentinfo]',
  '.nav',
  '.navbar',
  '.menu',
  '.header',
  '#header',
  '.footer',
  '#footer',
  '.sidebar',
  '.copyright',
  '.position',
  '.location',
  '.friendlink',
  '.topbar',
];

/** Elements with fewer visible characters than this are no main content (a teaser, an empty template slot). */
const MIN_CONTENT_CHARS = 20;

/** Elements whose text is never shown as prose (scripts, styles, embedded objects, form controls). */
export const NON_PROSE_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'select',
  'textarea',
  'button',
  'datalist',
  'map',
  'head',
]);

export interface ContentSelection {
  /** The element whose content is the prose (the body, or the tree itself for a page without one). */
  root: Element | Root;
  /** Elements inside the root whose content is not prose. */
  excluded: Set<Element>;
  /** The content selector that chose the root; undefined when the whole body is read. */
  selector?: string;
}

/** Ids, classes and tags of every element, to answer simple selectors without walking the tree once per selector. */
class ElementIndex {
  readonly byId = new Map<string, Element[]>();
  readonly byClass = new Map<string, Element[]>();
  readonly byTag = new Map<string, Element[]>();
  readonly byRole = new Map<string, Element[]>();
  readonly all: Element[] = [];
  body: Element | undefined;

  constructor(tree: Root) {
    const stack: RootContent[] = [...tree.children].reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type !== 'element') continue;
      this.all.push(node);
      add(this.byTag, node.tagName, node);
      if (node.tagName === 'body' && !this.body) this.body = node;
      const { id, className, role } = node.properties;
      if (typeof id === 'string') add(this.byId, id, node);
      if (typeof role === 'string') add(this.byRole, role, node);
      if (Array.isArray(className)) for (const name of className) add(this.byClass, String(name), node);
      if (node.tagName === 'template') continue;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
}

function add(map: Map<string, Element[]>, key: string, element: Element): void {
  const list = map.get(key);
  if (list) list.push(element);
  else map.set(key, [element]);
}

/** tag, #id, .class, [attr] and [attr=value] (attr a plain lower-case name), combined without spaces. */
const SIMPLE_SELECTOR = /^([a-z][a-z0-9]*|\*)?((?:#[\w-]+|\.[\w-]+|\[[a-z]+(?:=(?:"[^"]*"|'[^']*'|[\w-]+))?\])*)$/i;
const SIMPLE_PART = /#([\w-]+)|\.([\w-]+)|\[([a-z]+)(?:=(?:"([^"]*)"|'([^']*)'|([\w-]+)))?\]/gi;

function matchSimple(index: ElementIndex, selector: string): Element[] | undefined {
  const match = SIMPLE_SELECTOR.exec(selector.trim());
  if (!match) return undefined;
  const tag = match[1] && match[1] !== '*' ? match[1].toLowerCase() : undefined;
  const ids: string[] = [];
  const classes: string[] = [];
  const attributes: Array<{ name: string; value?: string }> = [];
  for (const part of match[2].matchAll(SIMPLE_PART)) {
    if (part[1] !== undefined) ids.push(part[1]);
    else if (part[2] !== undefined) classes.push(part[2]);
    else attributes.push({ name: part[3].toLowerCase(), value: part[4] ?? part[5] ?? part[6] });
  }
  let candidates: Element[];
  if (ids.length > 0) candidates = index.byId.get(ids[0]) ?? [];
  else if (classes.length > 0) candidates = index.byClass.get(classes[0]) ?? [];
  else if (tag) candidates = index.byTag.get(tag) ?? [];
  else if (attributes[0]?.name === 'role' && attributes[0].value !== undefined) candidates = index.byRole.get(attributes[0].value) ?? [];
  else candidates = index.all;
  return candidates.filter((element) => {
    if (tag && element.tagName !== tag) return false;
    if (ids.some((id) => element.properties.id !== id)) return false;
    const own = Array.isArray(element.properties.className) ? element.properties.className.map(String) : [];
    if (classes.some((name) => !own.includes(name))) return false;
    return attributes.every(({ name, value }) => {
      const actual = element.properties[name];
      if (actual === undefined || actual === null || actual === false) return false;
      return value === undefined || String(actual) === value;
    });
  });
}

/** Whether a CSS selector can be read (for config validation). */
export function isValidSelector(selector: string): boolean {
  if (selector.split(',').every((part) => part.trim() !== '' && SIMPLE_SELECTOR.test(part.trim()))) return true;
  try {
    selectAll(selector, { type: 'root', children: [] });
    return true;
  } catch {
    return false;
  }
}

/** Elements a selector (or comma-separated selector list) matches. */
function matchSelector(index: ElementIndex, tree: Root, selector: string): Element[] {
  const parts = selector.split(',').map((part) => part.trim());
  if (parts.every((part) => part !== '' && SIMPLE_SELECTOR.test(part))) {
    const found = parts.flatMap((part) => matchSimple(index, part) ?? []);
    return parts.length === 1 ? found : [...new Set(found)];
  }
  try {
    return selectAll(selector, tree);
  } catch (error) {
    throw new DocumentParseError({
      zh: `配置 html 中的 CSS 选择器“${selector}”无法解析：${(error as Error).message}`,
      en: `The CSS selector "${selector}" in the html config cannot be parsed: ${(error as Error).message}`,
    });
  }
}

function nonSpaceCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x20 && code !== 0xa0 && code !== 0x3000) count++;
  }
  return count;
}

/** Visible characters (not whitespace) of an element's text, scripts, styles and inline-hidden parts left out. */
function visibleTextLength(element: Element, enough = Number.POSITIVE_INFINITY): number {
  let count = 0;
  const stack: Element[] = [element];
  while (stack.length > 0 && count < enough) {
    const node = stack.pop()!;
    if (NON_PROSE_TAGS.has(node.tagName) || node.properties.hidden !== undefined) continue;
    const style = node.properties.style;
    if (typeof style === 'string' && /display\s*:\s*none/i.test(style)) continue;
    for (const child of node.children) {
      if (child.type === 'element') stack.push(child);
      else if (child.type === 'text') count += nonSpaceCount(child.value);
    }
  }
  return count;
}

export function selectMainContent(tree: Root, options: HtmlOptions = {}): ContentSelection {
  const index = new ElementIndex(tree);
  const excluded = new Set<Element>();
  const exclude = (selectors: readonly string[]): void => {
    for (const selector of selectors) for (const element of matchSelector(index, tree, selector)) excluded.add(element);
  };
  exclude([...DEFAULT_EXCLUDE_SELECTORS, ...(options.excludeSelectors ?? [])]);
  // A container found by a built-in selector (an <article>, a .content wrapper) may still hold page furniture; one
  // the config names is taken as it is.
  if (!options.contentSelectors) exclude(BOILERPLATE_SELECTORS);
  for (const selector of options.contentSelectors ?? DEFAULT_CONTENT_SELECTORS) {
    let best: Element | undefined;
    let bestLength = MIN_CONTENT_CHARS - 1;
    const candidates = matchSelector(index, tree, selector).filter((element) => !excluded.has(element));
    for (const element of candidates) {
      // With one candidate, knowing that it has enough text is enough.
      const length = visibleTextLength(element, candidates.length === 1 ? MIN_CONTENT_CHARS : undefined);
      if (length > bestLength) {
        best = element;
        bestLength = length;
      }
    }
    if (best) return { root: best, excluded, selector };
  }
  if (options.contentSelectors) exclude(BOILERPLATE_SELECTORS);
  return { root: index.body ?? tree, excluded };
}
