// What a scan keeps of a page after linting it: its date and its links and images with their positions. The page's
// tree is dropped; these few facts are all the site rules need.
import type { CuominDocument } from '../document/types.js';
import type { PageReference } from './types.js';
import { pageDate } from './page-date.js';

export interface PageFacts {
  date?: string;
  references: PageReference[];
}

export function pageFacts(document: CuominDocument): PageFacts {
  const references: PageReference[] = [];
  const add = (url: string, start: number, end: number, kind: PageReference['kind']) => {
    const from = document.sourcePosition(start);
    const to = document.sourcePosition(end);
    references.push({ url, line: from.line, column: from.column, endLine: to.line, endColumn: to.column, text: document.source.slice(start, end), kind });
  };
  for (const link of document.links) add(link.url, link.sourceStart, link.sourceEnd, 'link');
  for (const image of document.images) add(image.url, image.sourceStart, image.sourceEnd, 'image');
  references.sort((a, b) => a.line - b.line || a.column - b.column);
  const date = pageDate(document)?.date;
  return date === undefined ? { references } : { date, references };
}
