// Where a crawled URL is stored in the export folder, as `wget --mirror` lays it out: the URL path, a folder's page as
// index.html, a query string kept in the file name.
import path from 'node:path';

export function exportPathOf(url: URL): string {
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = url.pathname;
  }
  let relative = pathname.replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  if (url.search) {
    const extension = path.posix.extname(relative);
    const query = url.search.slice(1).replace(/[\\/:*?"<>|]/g, '_');
    relative = `${relative.slice(0, relative.length - extension.length)}@${query}${extension || '.html'}`;
  }
  const normalized = path.posix.normalize(relative);
  // A URL can never write outside the export folder.
  return normalized.split('/').filter((part) => part !== '..' && part !== '.').join('/');
}

/** The URL without its fragment: one page, however many anchors link into it. */
export function pageKey(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}
