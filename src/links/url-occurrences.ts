// Every link target a document holds, with where it is written: the targets of its links, the bare URLs of its prose
// (masked as U+FFFC, recorded as links only when the parser made them links) and URL-like text too broken to have
// been recognised as a URL at all (ｈｔｔｐ：／／…, htp://…, www。gov。cn).
import type { CuominDocument, LinkInfo } from '../document/types.js';
import { OBJECT_PLACEHOLDER } from '../document/types.js';
import { CHINESE_TLDS } from './url-syntax.js';

export interface UrlOccurrence {
  /** The target as written (a bare `www.` address without a scheme). */
  written: string;
  /** The target to check: `written`, with `http://` in front of a bare `www.` address. */
  url: string;
  /** Source range of the written target. */
  sourceRange: [number, number];
  /** Prose range, for URL-like text of the prose that is no link: a fix may apply there. */
  proseRange?: [number, number];
  /** The link whose target this is. */
  link?: LinkInfo;
  /** For a link: its text when that text is itself a URL (a bare URL, `<url>`, `[url](url)`). */
  textUrl?: string;
}

const URL_START = /^(?:(?:https?|ftp):\/\/|www\.)/i;
const CUT = /[\s\u3000-\u303f\uff00-\uffef"'<>]/u;
const HAN = /\p{Script=Han}/u;

/**
 * A bare URL in Chinese prose ends where the Chinese text starts: GFM autolinks run on to the next space, so the
 * parser may hand over `http://www.gov.cn/a.htm。谢谢`. A full-width dot between ASCII labels of the host stays (it is
 * a broken host, reported as such), and a Chinese host keeps its Chinese top-level domain (中国政府网.政务).
 */
export function trimAtChineseText(url: string): string {
  const authorityStart = /^(?:[a-z]+:\/\/|mailto:)/i.exec(url)?.[0].length ?? 0;
  let index = authorityStart;
  while (index < url.length && !'/?#'.includes(url[index])) {
    const char = url[index];
    if (/[。．｡]/u.test(char) && /[A-Za-z0-9]/.test(url[index + 1] ?? '') && /[A-Za-z0-9-]/.test(url[index - 1] ?? '')) {
      index++;
      continue;
    }
    if (HAN.test(char)) return url.slice(0, authorityStart + chineseHostLength(url.slice(authorityStart)));
    if (CUT.test(char)) return url.slice(0, index);
    index++;
  }
  const rest = url.slice(index).search(new RegExp(`${CUT.source}|${HAN.source}`, 'u'));
  return rest < 0 ? url : url.slice(0, index + rest);
}

/** Length of the host at the start of `text` when it is written in Chinese and ends in a Chinese TLD; else up to the first Han. */
function chineseHostLength(text: string): number {
  let best = -1;
  for (const tld of CHINESE_TLDS) {
    const match = new RegExp(`^[\\p{L}\\p{N}.-]*?\\.${tld}`, 'u').exec(text);
    if (match && match[0].length > best) best = match[0].length;
  }
  return best >= 0 ? best : text.search(HAN);
}

/** Broken scheme (ｈｔｔｐ：／／, htp://, http:/, http//), with what follows it up to the end of the URL-like run. */
const BROKEN_SCHEME = /(?<![A-Za-z0-9ａ-ｚＡ-Ｚ０-９])(?:[hHｈＨ][tTｔＴ]{1,3}[pPｐＰ]{1,2}[sSｓＳ]?|[tTｔＴ]{2}[pPｐＰ][sSｓＳ]?)[ \t]*([:：;；]?)[ \t]*([/／\\＼]{1,3})([^\s，。；、！？“”‘’（）《》【】「」]*)/gu;
/** www with full-width dots or letters: ｗｗｗ．ｇｏｖ．ｃｎ, www.gov。cn. */
const FULL_WIDTH_WWW = /(?<![A-Za-z0-9ａ-ｚＡ-Ｚ０-９])[wWｗＷ]{3}[.．。](?:[A-Za-z0-9ａ-ｚＡ-Ｚ０-９\-－]+[.．。])+[A-Za-zａ-ｚＡ-Ｚ]{2,}(?:[/／][^\s，。；、！？“”‘’（）《》【】「」\p{Script=Han}]*)?/gu;
/** What may follow a bare URL when the host went on with a full-width dot: www.fujin.gov。cn. */
const FULL_WIDTH_HOST_TAIL = /^[．。](?:cn|com|net|org|gov|edu)(?![A-Za-z0-9])(?:[/／][^\s，。；、！？“”‘’（）《》【】「」\p{Script=Han}]*)?/u;
const FULL_WIDTH_CHAR = /[\uff01-\uff5e\u3002]/u;

/** All link targets of the document, in document order of discovery (links first, then the prose). */
export function collectUrlOccurrences(document: CuominDocument): UrlOccurrence[] {
  const occurrences: UrlOccurrence[] = [];
  const taken: Array<[number, number]> = [];
  let searchFrom = 0;
  for (const link of document.links) {
    const occurrence = linkOccurrence(document, link, searchFrom);
    if (!occurrence) continue;
    if (occurrence.sourceRange[1] > occurrence.sourceRange[0]) searchFrom = occurrence.sourceRange[1];
    occurrences.push(occurrence);
    if (link.sourceEnd > link.sourceStart) taken.push([link.sourceStart, link.sourceEnd]);
    taken.push(occurrence.sourceRange);
  }
  for (const occurrence of brokenUrlsInProse(document, taken)) {
    occurrences.push(occurrence);
    taken.push(occurrence.sourceRange);
  }
  occurrences.push(...bareUrlsInProse(document, taken));
  return occurrences;
}

function overlapsAny(range: [number, number], taken: ReadonlyArray<[number, number]>): boolean {
  return taken.some(([start, end]) => range[0] < end && start < range[1] && end > start);
}

/** A link written as its own URL in the text (a GFM literal such as http://… or www.…), not `[text](url)` or `<url>`. */
function isLiteralLink(document: CuominDocument, link: LinkInfo): boolean {
  if (document.text.slice(link.start, link.end) !== OBJECT_PLACEHOLDER) return false;
  if (link.sourceEnd <= link.sourceStart) return true;
  return !'[<'.includes(document.source[link.sourceStart]);
}

function linkOccurrence(document: CuominDocument, link: LinkInfo, searchFrom: number): UrlOccurrence | undefined {
  const { source } = document;
  if (/^\[.*\]$/s.test(link.url)) return undefined; // an unresolved reference link: its target is not known here
  if (isLiteralLink(document, link)) {
    let start = link.sourceStart;
    let literal = source.slice(link.sourceStart, link.sourceEnd);
    if (link.sourceEnd <= link.sourceStart) {
      // The parser gave no position: find the literal in the source after the previous link.
      literal = /^http:\/\/www\./i.test(link.url) && !source.includes(link.url, searchFrom) ? link.url.slice('http://'.length) : link.url.replace(/^mailto:/, '');
      start = source.indexOf(literal, searchFrom);
      if (start < 0) return undefined;
    }
    const written = trimAtChineseText(literal);
    const url = /^www\./i.test(written) ? `http://${written}` : link.url.startsWith('mailto:') && !written.startsWith('mailto:') ? `mailto:${written}` : written;
    return { written, url, sourceRange: [start, start + written.length], link, textUrl: URL_START.test(written) ? written : undefined };
  }
  return { written: link.url, url: link.url, sourceRange: locateTarget(source, link), link, textUrl: linkTextUrl(document, link) };
}

/** Where the target of a `[text](url)`, `<url>` or `<a href="url">` link is written; the whole link when not found. */
function locateTarget(source: string, link: LinkInfo): [number, number] {
  const whole: [number, number] = [link.sourceStart, link.sourceEnd];
  if (!link.url) return whole;
  const text = source.slice(link.sourceStart, link.sourceEnd);
  for (const marker of ['](<', '](']) {
    const index = text.indexOf(marker + link.url);
    if (index >= 0) return [link.sourceStart + index + marker.length, link.sourceStart + index + marker.length + link.url.length];
  }
  const index = text.indexOf(link.url);
  return index >= 0 ? [link.sourceStart + index, link.sourceStart + index + link.url.length] : whole;
}

/** The link's text when it is a URL (`[http://…](…)`, `<http://…>`, `<a href=…>www.…</a>`). */
function linkTextUrl(document: CuominDocument, link: LinkInfo): string | undefined {
  const prose = document.text.slice(link.start, link.end).trim();
  if (prose !== OBJECT_PLACEHOLDER) return undefined;
  const index = link.start + document.text.slice(link.start, link.end).indexOf(OBJECT_PLACEHOLDER);
  let written = document.source.slice(...document.sourceRange(index, index + 1));
  if (written.startsWith('[')) written = written.slice(1, written.indexOf(']('));
  else if (/^<[^\s<>]+>$/.test(written)) written = written.slice(1, -1);
  return URL_START.test(written) && !/\s/.test(written) ? written : undefined;
}

/** URL-like text in the prose that no parser recognised because it is broken (the whole run, with masked parts). */
function brokenUrlsInProse(document: CuominDocument, taken: ReadonlyArray<[number, number]>): UrlOccurrence[] {
  const { text, source } = document;
  const found: UrlOccurrence[] = [];
  const add = (start: number, end: number): void => {
    const sourceRange = document.sourceRange(start, end);
    // A range the parser could not map back to the source (positionless nodes) cannot be reported or fixed.
    if (sourceRange[1] - sourceRange[0] < end - start) return;
    if (overlapsAny(sourceRange, taken) || overlapsAny(sourceRange, found.map((item) => item.sourceRange))) return;
    const written = source.slice(...sourceRange);
    found.push({ written, url: /^www\./i.test(written) ? `http://${written}` : written, sourceRange, proseRange: [start, end] });
  };
  for (const match of text.matchAll(BROKEN_SCHEME)) {
    const [whole, colon, slashes, tail] = match;
    if (!colon && slashes.length < 2) continue; // HTTP/1.1, http/https
    const start = match.index ?? 0;
    const tailStart = start + whole.length - tail.length;
    // Full-width letters are read as their ASCII forms (one for one), so that ｗｗｗ．ｇｏｖ．ｃｎ is not cut off.
    const trimmed = trimAtChineseText(`http://${halfWidthOneForOne(tail)}`).slice('http://'.length).replace(/[.,;:!?)]+$/, '');
    add(start, tailStart + trimmed.length);
  }
  for (const match of text.matchAll(FULL_WIDTH_WWW)) {
    if (FULL_WIDTH_CHAR.test(match[0])) add(match.index ?? 0, (match.index ?? 0) + match[0].length);
  }
  for (let index = text.indexOf(OBJECT_PLACEHOLDER); index >= 0; index = text.indexOf(OBJECT_PLACEHOLDER, index + 1)) {
    const tail = FULL_WIDTH_HOST_TAIL.exec(text.slice(index + 1, index + 200));
    if (tail && URL_START.test(source.slice(...document.sourceRange(index, index + 1)))) add(index, index + 1 + tail[0].length);
  }
  return found;
}

function halfWidthOneForOne(text: string): string {
  return text.replace(/[\uff01-\uff5e]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/[。｡]/gu, '.');
}

/** Bare URLs that the prose masks but no link records (plain text; a `www.` address after Chinese text in Markdown). */
function bareUrlsInProse(document: CuominDocument, taken: ReadonlyArray<[number, number]>): UrlOccurrence[] {
  const { text, source } = document;
  const found: UrlOccurrence[] = [];
  for (let index = text.indexOf(OBJECT_PLACEHOLDER); index >= 0; index = text.indexOf(OBJECT_PLACEHOLDER, index + 1)) {
    const sourceRange = document.sourceRange(index, index + 1);
    const written = source.slice(...sourceRange);
    if (!URL_START.test(written) || overlapsAny(sourceRange, taken)) continue;
    found.push({ written, url: /^www\./i.test(written) ? `http://${written}` : written, sourceRange });
  }
  return found;
}
