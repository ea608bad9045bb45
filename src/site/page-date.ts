// A page's publication date: its metadata (PubDate, front matter date …), else a date the page writes next to a label
// (发布时间：2026-11-25, 日期：2026年11月25日), else the date line that closes an official notice (2026年3月10日).
import type { CuominDocument } from '../document/types.js';
import { documentDate } from '../engine/document-date.js';

const DATE = '(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?';
const LABELLED_DATE = new RegExp(`(?:发布时间|发布日期|发文日期|成文日期|时间|日期)\\s*[:：]\\s*${DATE}`, 'u');
const CLOSING_DATE = new RegExp(`^\\s*${DATE}\\s*$`, 'u');

export interface PageDate {
  date: string;
  source: 'metadata' | 'text';
}

function isoDate(year: string, month: string, day: string): string | undefined {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

export function pageDate(document: CuominDocument): PageDate | undefined {
  const fromMetadata = documentDate(document.metadata);
  if (fromMetadata) return { date: fromMetadata, source: 'metadata' };
  const labelled = LABELLED_DATE.exec(document.text);
  if (labelled) {
    const date = isoDate(labelled[1], labelled[2], labelled[3]);
    if (date) return { date, source: 'text' };
  }
  for (let index = document.blocks.length - 1; index >= Math.max(0, document.blocks.length - 3); index--) {
    const block = document.blocks[index];
    const closing = CLOSING_DATE.exec(document.text.slice(block.start, block.end));
    const date = closing && isoDate(closing[1], closing[2], closing[3]);
    if (date) return { date, source: 'text' };
  }
  return undefined;
}
