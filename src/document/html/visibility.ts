// Whether an HTML element hides its content from sighted readers, from what the page itself says: the inline style,
// the `hidden` attribute, a tiny <marquee>, classes the config names as hiding, or text in its background's colour.
// Stylesheets are not read. `aria-hidden` hides from screen readers only, so it does not count.
import type { Element } from 'hast';
import type { HiddenLinkReason } from '../types.js';

/** How a page hides content (finer than the HiddenLinkReason a LinkInfo carries). */
export type HidingWay =
  | 'display-none'
  | 'hidden-attribute'
  | 'visibility-hidden'
  | 'opacity'
  | 'off-screen'
  | 'zero-size'
  | 'tiny-marquee'
  | 'font-size'
  | 'same-color'
  | 'hidden-class';

const LINK_REASONS: Record<HidingWay, HiddenLinkReason> = {
  'display-none': 'display-none',
  'hidden-attribute': 'display-none',
  'visibility-hidden': 'visibility-hidden',
  opacity: 'other',
  'off-screen': 'off-screen',
  'zero-size': 'zero-size',
  'tiny-marquee': 'zero-size',
  'font-size': 'zero-size',
  'same-color': 'same-color',
  'hidden-class': 'other',
};

export function linkReason(way: HidingWay): HiddenLinkReason {
  return LINK_REASONS[way];
}

/**
 * Ways that hide only text: a link without text hidden this way is a transparent click area over a banner image or
 * an icon link (its image is drawn by a stylesheet), not a hidden link.
 */
export const TEXT_ONLY_WAYS: ReadonlySet<HidingWay> = new Set(['opacity', 'font-size', 'same-color']);

/** What an element passes on to its descendants. */
export interface VisibilityState {
  /** Set once an ancestor (or the element) hides everything inside it. */
  hidden?: HidingWay;
  /** `visibility` inherits and a descendant may set it back to visible. */
  visibilityHidden: boolean;
  /** Font size is zero (inherits; a descendant's own font size undoes it). */
  zeroFont: boolean;
  /** Text colour and the nearest background colour, normalised (#rrggbb), when the page sets them inline. */
  color?: string;
  background?: string;
}

export const VISIBLE: VisibilityState = { visibilityHidden: false, zeroFont: false };

/** Offsets at least this far to the left or top move content out of any screen. */
const OFF_SCREEN_PX = 500;
/** A <marquee> this small (px) shows nothing readable: the classic wrapper of injected links. */
const TINY_MARQUEE_PX = 5;

export function parseStyle(style: string): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    const value = part.slice(colon + 1).replace(/!\s*important/i, '').trim().toLowerCase();
    if (property && value) declarations.set(property, value);
  }
  return declarations;
}

/** A CSS length in px (em/rem counted as 16px, pt as 4/3 px), or undefined for anything else (%, auto, calc…). */
export function lengthPx(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(-?\d*\.?\d+)(px|em|rem|pt|)$/.exec(value.trim());
  if (!match) return undefined;
  const number = Number.parseFloat(match[1]);
  if (match[2] === '' && number !== 0) return undefined;
  return match[2] === 'em' || match[2] === 'rem' ? number * 16 : match[2] === 'pt' ? (number * 4) / 3 : number;
}

const NAMED_COLORS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  navy: '#000080',
  maroon: '#800000',
  orange: '#ffa500',
  purple: '#800080',
};

const COLOR_TOKEN = /#[0-9a-f]{3,8}\b|rgba?\([^)]*\)|\b[a-z]+\b/g;

/** A colour value as #rrggbb; undefined for transparent, currentColor, inherit, gradients or anything unreadable. */
export function normalizeColor(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = value.trim().toLowerCase();
  if (text.startsWith('#')) {
    const hex = text.slice(1);
    if (/^[0-9a-f]{3,4}$/.test(hex)) return `#${hex[0]}${hex[0]}${hex[1]}${hex[1]}${hex[2]}${hex[2]}`;
    if (/^[0-9a-f]{6}([0-9a-f]{2})?$/.test(hex)) return `#${hex.slice(0, 6)}`;
    return undefined;
  }
  const rgb = /^rgba?\(\s*(\d{1,3})\s*[, ]\s*(\d{1,3})\s*[, ]\s*(\d{1,3})\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/.exec(text);
  if (rgb) {
    if (rgb[4] !== undefined && Number.parseFloat(rgb[4]) === 0) return undefined; // fully transparent
    return `#${[rgb[1], rgb[2], rgb[3]].map((part) => Math.min(255, Number(part)).toString(16).padStart(2, '0')).join('')}`;
  }
  return NAMED_COLORS[text];
}

/** The colour in a `background` shorthand (`#fff url(x.png) no-repeat`), if one is written. */
function backgroundColor(declarations: Map<string, string>): string | undefined {
  const explicit = declarations.get('background-color');
  if (explicit) return normalizeColor(explicit);
  const shorthand = declarations.get('background');
  if (!shorthand || shorthand.includes('gradient')) return undefined;
  for (const token of shorthand.replace(/url\([^)]*\)/g, ' ').match(COLOR_TOKEN) ?? []) {
    const color = normalizeColor(token);
    if (color) return color;
  }
  return undefined;
}

function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** A width or height attribute (pixels, unitless); undefined for percentages or nothing. */
function pixelsAttribute(element: Element, name: string): number | undefined {
  const value = attribute(element, name)?.trim();
  return value && /^\d+(?:\.\d+)?(?:px)?$/.test(value) ? Number.parseFloat(value) : undefined;
}

function isOffScreen(declarations: Map<string, string>): boolean {
  for (const property of ['left', 'top', 'text-indent', 'margin-left', 'margin-top']) {
    const px = lengthPx(declarations.get(property));
    if (px !== undefined && px <= -OFF_SCREEN_PX) return true;
  }
  return false;
}

function isZeroSize(element: Element, declarations: Map<string, string>): boolean {
  const overflowHidden = /hidden|clip/.test(declarations.get('overflow') ?? '') || /hidden|clip/.test(declarations.get('overflow-x') ?? '') || /hidden|clip/.test(declarations.get('overflow-y') ?? '');
  if (overflowHidden) {
    const width = lengthPx(declarations.get('width')) ?? lengthPx(declarations.get('max-width'));
    const height = lengthPx(declarations.get('height')) ?? lengthPx(declarations.get('max-height'));
    if ((width !== undefined && width <= 1) || (height !== undefined && height <= 1)) return true;
  }
  const clip = declarations.get('clip');
  if (clip && /^rect\(\s*(?:0|1px)(?:px)?\s*,?\s*(?:0|1px)(?:px)?\s*,?\s*(?:0|1px)(?:px)?\s*,?\s*(?:0|1px)(?:px)?\s*\)$/.test(clip)) return true;
  if (/^inset\(\s*50%\s*\)$/.test(declarations.get('clip-path') ?? '')) return true;
  if (/scale\(\s*0(?:\.0+)?\s*\)/.test(declarations.get('transform') ?? '')) return true;
  if (element.tagName === 'marquee' && !overflowHidden) {
    const height = lengthPx(declarations.get('height')) ?? pixelsAttribute(element, 'height');
    const width = lengthPx(declarations.get('width')) ?? pixelsAttribute(element, 'width');
    if ((height !== undefined && height <= TINY_MARQUEE_PX) || (width !== undefined && width <= TINY_MARQUEE_PX)) return true;
  }
  return false;
}

function hasHiddenClass(element: Element, hiddenClasses: ReadonlySet<string>): boolean {
  if (hiddenClasses.size === 0) return false;
  const classes = element.properties.className;
  return Array.isArray(classes) && classes.some((name) => hiddenClasses.has(String(name)));
}

/**
 * The state inside `element`, given the state around it. Only elements with a `style`, `hidden`, `class`, colour
 * attributes or a <marquee> can change it, so most elements return `outer` itself.
 */
/** What an inline style says about visibility; styles repeat a lot on a page, so they are read once each. */
interface StyleFacts {
  way?: HidingWay;
  /** `visibility` as set here: true for hidden or collapse, false for visible. */
  visibilityHidden?: boolean;
  zeroFont?: boolean;
  color?: string;
  background?: string;
}

const NO_FACTS: StyleFacts = {};
const STYLE_CACHE_LIMIT = 2000;
const styleCache = new Map<string, StyleFacts>();

function styleFacts(style: string, element: Element): StyleFacts {
  if (element.tagName === 'marquee') return readStyle(style, element);
  let facts = styleCache.get(style);
  if (facts === undefined) {
    facts = readStyle(style, element);
    if (styleCache.size >= STYLE_CACHE_LIMIT) styleCache.clear();
    styleCache.set(style, facts);
  }
  return facts;
}

function readStyle(style: string, element: Element): StyleFacts {
  const declarations = parseStyle(style);
  if (declarations.size === 0 && element.tagName !== 'marquee') return NO_FACTS;
  const facts: StyleFacts = {};
  if (declarations.get('display') === 'none') facts.way = 'display-none';
  else if (/^0*(?:\.0*)?%?$/.test(declarations.get('opacity') ?? 'x')) facts.way = 'opacity';
  else if (isOffScreen(declarations)) facts.way = 'off-screen';
  else if (isZeroSize(element, declarations)) facts.way = element.tagName === 'marquee' ? 'tiny-marquee' : 'zero-size';
  const visibility = declarations.get('visibility');
  if (visibility !== undefined) facts.visibilityHidden = visibility === 'hidden' || visibility === 'collapse';
  const fontSize = declarations.get('font-size');
  if (fontSize !== undefined) facts.zeroFont = lengthPx(fontSize) === 0 || fontSize === '0%';
  const color = normalizeColor(declarations.get('color'));
  if (color) facts.color = color;
  const background = backgroundColor(declarations);
  if (background) facts.background = background;
  return facts;
}

/**
 * The state inside `element`, given the state around it. Only elements with a `style`, `hidden`, `class`, colour
 * attributes or a <marquee> can change it, so most elements return `outer` itself.
 */
export function visibilityInside(element: Element, outer: VisibilityState, hiddenClasses: ReadonlySet<string>): VisibilityState {
  const { properties, tagName } = element;
  const style = typeof properties.style === 'string' ? properties.style : undefined;
  const fontColor = tagName === 'font' ? attribute(element, 'color') : undefined;
  const bgcolor = properties.bgColor === undefined ? undefined : attribute(element, 'bgColor');
  const hiddenAttribute = properties.hidden !== undefined && properties.hidden !== false;
  const hiddenClass = hasHiddenClass(element, hiddenClasses);
  // A stylesheet may paint an element with a class or id, and links have a colour of their own (blue, or the site's):
  // what is known of the colours around them no longer holds inside.
  const styledBySheet = properties.className !== undefined || properties.id !== undefined;
  const forgetsColor = (styledBySheet || tagName === 'a') && outer.color !== undefined;
  const forgetsBackground = styledBySheet && outer.background !== undefined;
  if (style === undefined && fontColor === undefined && bgcolor === undefined && !hiddenAttribute && tagName !== 'marquee' && !hiddenClass && !forgetsColor && !forgetsBackground) {
    return outer;
  }
  const facts = style !== undefined ? styleFacts(style, element) : tagName === 'marquee' ? readStyle('', element) : NO_FACTS;
  let hidden = outer.hidden;
  if (!hidden) hidden = hiddenAttribute ? 'hidden-attribute' : (facts.way ?? (hiddenClass ? 'hidden-class' : undefined));
  const color = facts.color ?? normalizeColor(fontColor) ?? (forgetsColor ? undefined : outer.color);
  const background = facts.background ?? normalizeColor(bgcolor) ?? (forgetsBackground ? undefined : outer.background);
  const visibilityHidden = facts.visibilityHidden ?? outer.visibilityHidden;
  const zeroFont = facts.zeroFont ?? outer.zeroFont;
  if (hidden === outer.hidden && color === outer.color && background === outer.background && visibilityHidden === outer.visibilityHidden && zeroFont === outer.zeroFont) {
    return outer;
  }
  const state: VisibilityState = { visibilityHidden, zeroFont };
  if (hidden) state.hidden = hidden;
  if (color) state.color = color;
  if (background) state.background = background;
  return state;
}

/** How a page hides everything inside an element in this state (not only its text), or undefined. */
export function boxHidingWay(state: VisibilityState): HidingWay | undefined {
  if (state.hidden && !TEXT_ONLY_WAYS.has(state.hidden)) return state.hidden;
  if (state.visibilityHidden) return 'visibility-hidden';
  return undefined;
}

/** How text in this state is hidden, or undefined when it can be seen. */
export function hidingWay(state: VisibilityState): HidingWay | undefined {
  if (state.hidden) return state.hidden;
  if (state.visibilityHidden) return 'visibility-hidden';
  if (state.zeroFont) return 'font-size';
  if (state.color !== undefined && state.color === state.background) return 'same-color';
  return undefined;
}
