// Word segmentation with nodejieba, loaded on first use only: its dictionaries take most of a second to load.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let jieba: { cut: (text: string, hmm?: boolean) => string[] } | undefined;

export function segment(text: string): string[] {
  jieba ??= require('nodejieba') as { cut: (text: string, hmm?: boolean) => string[] };
  return jieba.cut(text, true);
}

export function isSegmenterLoaded(): boolean {
  return jieba !== undefined;
}

/** Offsets in `text` where a word starts or ends. */
export function wordBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>([0]);
  let offset = 0;
  for (const word of segment(text)) {
    const found = text.indexOf(word, offset);
    if (found < 0) continue;
    boundaries.add(found);
    offset = found + word.length;
    boundaries.add(offset);
  }
  boundaries.add(text.length);
  return boundaries;
}
