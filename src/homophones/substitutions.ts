// Candidate typos of one substituted character: windows of 2–4 Han characters that differ from an official word in
// exactly one character (牛产 → 生产, 常务禿员会 → 常务委员会), where the written character may be typed for the
// official one (a caller's test: it sounds or looks like it). The index keys each official word once per position,
// with that position left out, so a window is looked up by hashing its other characters: no string is built unless a
// whole word matches.
import type { OfficialVocabulary } from './official-vocabulary.js';
import type { Candidate } from './candidates.js';
import { isNumeralOrFunctionCode } from './filters.js';

const MAX_LENGTH = 4;

/** FNV-1a over length, position and the char codes of text[start, start + length) except the one at `position`. */
function keyOf(text: string, start: number, length: number, position: number): number {
  let hash = Math.imul(0x811c9dc5 ^ (length * 8 + position), 0x01000193);
  for (let i = 0; i < length; i++) {
    if (i === position) continue;
    hash ^= text.charCodeAt(start + i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class SubstitutionIndex {
  readonly words: string[] = [];
  /** Open addressing: slot → first entry (-1 empty); entries chain words of the same key. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly entryKeys: Uint32Array;
  private readonly entryWords: Int32Array;
  private readonly entryNext: Int32Array;
  /** The word's character at the entry's left-out position. */
  private readonly entryCharacters: Uint16Array;

  constructor(words: Iterable<string>) {
    const kept = [...words].filter((word) => word.length >= 2 && word.length <= MAX_LENGTH);
    const entries = kept.reduce((sum, word) => sum + word.length, 0);
    let capacity = 1024;
    while (capacity < entries * 2) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    this.entryKeys = new Uint32Array(entries);
    this.entryWords = new Int32Array(entries);
    this.entryNext = new Int32Array(entries).fill(-1);
    this.entryCharacters = new Uint16Array(entries);
    let entry = 0;
    for (const word of kept) {
      const id = this.words.length;
      this.words.push(word);
      for (let position = 0; position < word.length; position++, entry++) {
        const key = keyOf(word, 0, word.length, position);
        this.entryKeys[entry] = key;
        this.entryWords[entry] = id;
        this.entryCharacters[entry] = word.charCodeAt(position);
        let slot = key & this.mask;
        while (this.slots[slot] >= 0 && this.entryKeys[this.slots[slot]] !== key) slot = (slot + 1) & this.mask;
        this.entryNext[entry] = this.slots[slot];
        this.slots[slot] = entry;
      }
    }
  }

  /**
   * Calls back with every word that equals text[start, start + length) except at `position`, where it has a character
   * that `mayReplace(written, official)` allows.
   */
  eachMatch(
    text: string,
    start: number,
    length: number,
    position: number,
    mayReplace: (written: number, official: number) => boolean,
    onMatch: (word: string) => void,
  ): void {
    const key = keyOf(text, start, length, position);
    let slot = key & this.mask;
    let entry = this.slots[slot];
    while (entry >= 0 && this.entryKeys[entry] !== key) {
      slot = (slot + 1) & this.mask;
      entry = this.slots[slot];
    }
    const written = text.charCodeAt(start + position);
    for (; entry >= 0; entry = this.entryNext[entry]) {
      const official = this.entryCharacters[entry];
      if (official === written || !mayReplace(written, official)) continue;
      const word = this.words[this.entryWords[entry]];
      if (word.length !== length) continue;
      let same = true;
      for (let i = 0; i < length && same; i++) if (i !== position && word.charCodeAt(i) !== text.charCodeAt(start + i)) same = false;
      if (same) onMatch(word);
    }
  }
}

export function buildSubstitutionIndex(vocabulary: OfficialVocabulary): SubstitutionIndex {
  return new SubstitutionIndex(vocabulary.targets.keys());
}

/**
 * Every window of the run [start, end) that is no word of the vocabulary and differs from official words in exactly
 * one character that `mayReplace(written, official)` (char codes) allows, with those words, in order; `accept` is
 * asked before a window is looked up. `pairIsWord(i)` says whether text[i, i + 2) may be a real word: a character
 * that makes a word with a neighbour is taken as written (a typo's character seldom does: 牛产, 贡任, 常务禿员会), so
 * most characters of ordinary text are passed over without a look-up; so are numerals and function characters.
 */
export function findSubstitutions(
  text: string,
  start: number,
  end: number,
  index: SubstitutionIndex,
  vocabulary: OfficialVocabulary,
  mayReplace: (written: number, official: number) => boolean,
  pairIsWord: (position: number) => boolean,
  accept: (text: string, start: number, end: number) => boolean = () => true,
): Candidate[] {
  const byWindow = new Map<number, string[]>();
  let leftIsWord = false;
  for (let position = start; position < end; position++) {
    const rightIsWord = position + 1 < end && pairIsWord(position);
    const left = leftIsWord;
    leftIsWord = rightIsWord;
    if (left || rightIsWord || isNumeralOrFunctionCode(text.charCodeAt(position))) continue;
    for (let length = 2; length <= MAX_LENGTH; length++) {
      for (let windowStart = Math.max(start, position - length + 1); windowStart <= position && windowStart + length <= end; windowStart++) {
        if (!accept(text, windowStart, windowStart + length)) continue;
        index.eachMatch(text, windowStart, length, position - windowStart, mayReplace, (word) => {
          const key = windowStart * 8 + length;
          const known = byWindow.get(key);
          if (known) known.push(word);
          else byWindow.set(key, [word]);
        });
      }
    }
  }
  const candidates: Candidate[] = [];
  for (const [key, official] of byWindow) {
    const windowStart = Math.floor(key / 8);
    const windowEnd = windowStart + (key % 8);
    const written = text.slice(windowStart, windowEnd);
    if (vocabulary.words.has(written)) continue;
    candidates.push({ start: windowStart, end: windowEnd, written, official });
  }
  return candidates.sort((a, b) => a.start - b.start || a.end - b.end);
}
