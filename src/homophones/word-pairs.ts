// The two-character real words as a bit set over hashed pairs of char codes (1 MB): a test per character of the text
// that stays in the processor's cache, where a dictionary look-up would not. It may say yes for a pair that is no
// word (about 1 % of them), never no for a word: used only to pass characters over (see findSubstitutions).
import type { WordModel } from './word-model.js';
import type { RealWordThresholds } from './filters.js';

const BITS = 23;

function bitOf(first: number, second: number): number {
  return Math.imul(Math.imul(first, 0x01000193) ^ second, 0x9e3779b1) >>> (32 - BITS);
}

export class WordPairSet {
  private readonly bits = new Uint32Array(1 << (BITS - 5));

  add(first: number, second: number): void {
    const bit = bitOf(first, second);
    this.bits[bit >>> 5] |= 1 << (bit & 31);
  }

  /** True when text[position, position + 2) may be a word. */
  mayBeWordAt(text: string, position: number): boolean {
    const bit = bitOf(text.charCodeAt(position), text.charCodeAt(position + 1));
    return (this.bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }
}

/** The pairs that isRealWord calls words: official words and jieba's names, frequent or common words. */
export function realWordPairs(model: WordModel, thresholds: RealWordThresholds): WordPairSet {
  const pairs = new WordPairSet();
  for (const word of model.vocabulary.words.keys()) if (word.length === 2) pairs.add(word.charCodeAt(0), word.charCodeAt(1));
  const { table } = model.general;
  for (let entry = 0; entry < table.size; entry++) {
    if (table.lengthOf(entry) !== 2) continue;
    if (table.isName(entry) || table.count(entry) >= thresholds.frequency || table.idf(entry) < thresholds.idf) {
      pairs.add(table.charCodeOf(entry, 0), table.charCodeOf(entry, 1));
    }
  }
  return pairs;
}
