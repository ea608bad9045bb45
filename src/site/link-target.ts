// Where an internal link points inside the export: resolves relative and absolute links against the page's address
// and `site.baseUrl`; external links, mail, phone and script links have no target in the export.
import path from 'node:path';

export interface LinkTargetOptions {
  baseUrl?: string;
  hosts: readonly string[];
}

/** The page's own address: the export path under the base URL (or a neutral origin when none is configured). */
function pageUrl(exportPath: string, baseUrl: string | undefined): URL {
  const origin = new URL(baseUrl ?? 'http://site.invalid/');
  return new URL(exportPath.split('/').map(encodeURIComponent).join('/'), origin.href.endsWith('/') ? origin : `${origin.href}/`);
}

function isInternalHost(url: URL, options: LinkTargetOptions): boolean {
  const host = url.hostname.toLowerCase();
  const base = options.baseUrl ? new URL(options.baseUrl).hostname.toLowerCase() : 'site.invalid';
  return host === base || options.hosts.some((other) => other.toLowerCase() === host);
}

/**
 * The export path a link targets (`xwzx/index.html` for `/xwzx/`), or undefined for links that leave the site or
 * carry no page (`#top`, `mailto:`, `javascript:`).
 */
export function linkTarget(href: string, fromExportPath: string, options: LinkTargetOptions): string | undefined {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#') || /^(mailto|tel|javascript|data|about):/i.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, pageUrl(fromExportPath, options.baseUrl));
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || !isInternalHost(url, options)) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = url.pathname;
  }
  const basePath = options.baseUrl ? new URL(options.baseUrl).pathname : '/';
  if (!pathname.startsWith(basePath)) return undefined;
  let relative = pathname.slice(basePath.length).replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  return path.posix.normalize(relative);
}
