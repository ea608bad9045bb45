// Candidate typos of one substituted character: windows of 2–4 Han characters that differ from an official word in
// exactly one character (牛产 → 生产, 常务禿员会 → 常务委员会), where the written character may be typed for the
// official one (a caller's test: it sounds or looks like it). The index keys each official word once per position,
// with that position left out, so a window is looked up by hashing its other characters: no string is built unless a
// whole word matches, and two small tables turn most windows away before the hash table is probed.
import type { OfficialVocabulary } from './official-vocabulary.js';
import type { Candidate } from './candidates.js';
import { describeRun, lengthBit, pairFactsFrom, type RunFacts } from './run-facts.js';
import { MAY_BE_REAL_WORD, firstCharacterFacts } from './pair-facts.js';

const MAX_LENGTH = 4;

/** May the written character (code) stand for the official one? */
export type MayReplace = (written: number, official: number) => boolean;

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

/** The bit of a place in a word: 2 + 3 + 4 places for the lengths 2 to 4. */
function placeBit(length: number, position: number): number {
  return 1 << ((length * (length - 1)) / 2 - 1 + position);
}

const KEY_FILTER_BITS = 18;

function keyFilterBit(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - KEY_FILTER_BITS);
}

/** Ends each chain of entries in `entryCharacters` (no word holds the character U+0000). */
const END_OF_CHAIN = 0;

export class SubstitutionIndex {
  readonly words: string[] = [];
  /**
   * Open addressing, three numbers a slot: key, first entry, 1 (0 for an empty slot). The entries of one key lie
   * side by side, ended by END_OF_CHAIN, so that walking them reads memory in order.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The word's character at the entry's left-out position. */
  private readonly entryCharacters: Uint16Array;
  private readonly entryWords: Int32Array;
  /** By char code: one bit per place (word length, position) where some word has the character (see placeBit). */
  private readonly characterPlaces = new Uint16Array(0x10000);
  /** One bit per hashed key, set for the keys of the words (32 KB): most windows' keys are none, told without a probe. */
  private readonly keyFilter = new Uint32Array(1 << (KEY_FILTER_BITS - 5));

  constructor(words: Iterable<string>) {
    const kept = [...words].filter((word) => word.length >= 2 && word.length <= MAX_LENGTH);
    // Entries by key, in the order of the words.
    const chains = new Map<number, Array<[word: number, character: number]>>();
    for (const word of kept) {
      const id = this.words.length;
      this.words.push(word);
      for (let position = 0; position < word.length; position++) {
        this.characterPlaces[word.charCodeAt(position)] |= placeBit(word.length, position);
        const key = keyOf(word, 0, word.length, position) | 0;
        const chain = chains.get(key);
        if (chain) chain.push([id, word.charCodeAt(position)]);
        else chains.set(key, [[id, word.charCodeAt(position)]]);
      }
    }
    let capacity = 1024;
    while (capacity < chains.size * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * 3);
    this.mask = capacity - 1;
    const entries = kept.reduce((sum, word) => sum + word.length, 0) + chains.size;
    this.entryCharacters = new Uint16Array(entries);
    this.entryWords = new Int32Array(entries);
    let entry = 0;
    for (const [key, chain] of chains) {
      const bit = keyFilterBit(key);
      this.keyFilter[bit >>> 5] |= 1 << (bit & 31);
      let slot = key & this.mask;
      while (this.slots[slot * 3 + 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots.set([key, entry, 1], slot * 3);
      // The last word first: the order in which matches have always been listed.
      for (const [word, character] of chain.reverse()) {
        this.entryWords[entry] = word;
        this.entryCharacters[entry++] = character;
      }
      this.entryCharacters[entry++] = END_OF_CHAIN;
    }
  }

  /**
   * The first entry whose word equals text[start, start + length) except at `position`, where it has a character
   * that `mayReplace(written, official)` allows; -1 when there is none. The next one: nextMatch.
   */
  firstMatch(text: string, start: number, length: number, position: number, mayReplace: MayReplace): number {
    if (!this.mayMatch(text, start, length, position)) return -1;
    const key = keyOf(text, start, length, position) | 0;
    const bit = keyFilterBit(key);
    if ((this.keyFilter[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
    for (let slot = key & this.mask; this.slots[slot * 3 + 2] !== 0; slot = (slot + 1) & this.mask) {
      if (this.slots[slot * 3] === key) return this.matchFrom(this.slots[slot * 3 + 1], text, start, length, position, mayReplace);
    }
    return -1;
  }

  /** The match after `entry` (a match for the same window), or -1. */
  nextMatch(entry: number, text: string, start: number, length: number, position: number, mayReplace: MayReplace): number {
    return this.matchFrom(entry + 1, text, start, length, position, mayReplace);
  }

  /** The word of an entry. */
  wordOf(entry: number): string {
    return this.words[this.entryWords[entry]];
  }

  /** Calls back with the word of every match (see firstMatch). */
  eachMatch(text: string, start: number, length: number, position: number, mayReplace: MayReplace, onMatch: (word: string) => void): void {
    for (let entry = this.firstMatch(text, start, length, position, mayReplace); entry >= 0; entry = this.nextMatch(entry, text, start, length, position, mayReplace)) {
      onMatch(this.wordOf(entry));
    }
  }

  /** False when a character of the window other than the left-out one has its place in no word: no look-up needed. */
  private mayMatch(text: string, start: number, length: number, position: number): boolean {
    for (let i = 0; i < length; i++) {
      if (i !== position && (this.characterPlaces[text.charCodeAt(start + i)] & placeBit(length, i)) === 0) return false;
    }
    return true;
  }

  /** The first match among `entry` and the entries after it in its chain (all of the same key). */
  private matchFrom(entry: number, text: string, start: number, length: number, position: number, mayReplace: MayReplace): number {
    const written = text.charCodeAt(start + position);
    for (let official = this.entryCharacters[entry]; official !== END_OF_CHAIN; official = this.entryCharacters[++entry]) {
      if (official === written || !mayReplace(written, official)) continue;
      const word = this.words[this.entryWords[entry]];
      if (word.length !== length) continue;
      let same = true;
      for (let i = 0; i < length && same; i++) if (i !== position && word.charCodeAt(i) !== text.charCodeAt(start + i)) same = false;
      if (same) return entry;
    }
    return -1;
  }
}

export function buildSubstitutionIndex(vocabulary: OfficialVocabulary): SubstitutionIndex {
  return new SubstitutionIndex(vocabulary.targets.keys());
}

const acceptAll = () => true;

/** What the search returns for a run without candidates (most runs): one shared empty list, never changed. */
const NO_CANDIDATES: Candidate[] = [];

/**
 * Every window of a run that is no word of the vocabulary and differs from official words in exactly one character
 * that `mayReplace(written, official)` (char codes) allows, with those words, in order; `accept` is asked of a window
 * with a match. Only the run's loose characters (RunFacts.looseOffsets) are tried as the substituted one: a character
 * that makes a word with a neighbour is taken as written, and so are numerals and function characters.
 */
export class SubstitutionFinder {
  /** Official words by window (start × 8 + length), made only for a run with a match. */
  private byWindow: Map<number, string[]> | undefined;

  constructor(
    private readonly index: SubstitutionIndex,
    private readonly vocabulary: OfficialVocabulary,
    private readonly mayReplace: MayReplace,
    private readonly accept: (text: string, start: number, end: number) => boolean = acceptAll,
  ) {}

  /** The candidates of the run [start, end), in order of start, then of length, among the windows the facts let through. */
  find(text: string, start: number, end: number, facts: RunFacts): Candidate[] {
    this.byWindow = undefined;
    for (let k = 0; k < facts.looseOffsetCount; k++) this.lookUpWindowsAround(text, start, end, start + facts.looseOffsets[k], facts.windowLengths);
    return this.byWindow ? this.candidatesOf(text, this.byWindow) : NO_CANDIDATES;
  }

  /** Looks up every window of the run [start, end) that holds `position`, that character left out. */
  private lookUpWindowsAround(text: string, start: number, end: number, position: number, windowLengths: Uint8Array): void {
    const { index, mayReplace } = this;
    for (let length = 2; length <= MAX_LENGTH; length++) {
      for (let windowStart = Math.max(start, position - length + 1); windowStart <= position && windowStart + length <= end; windowStart++) {
        if ((windowLengths[windowStart - start] & lengthBit(length)) === 0) continue;
        const leftOut = position - windowStart;
        let entry = index.firstMatch(text, windowStart, length, leftOut, mayReplace);
        // Asked only of the few windows with a match: the look-up is the cheaper test.
        if (entry < 0 || !this.accept(text, windowStart, windowStart + length)) continue;
        for (; entry >= 0; entry = index.nextMatch(entry, text, windowStart, length, leftOut, mayReplace)) {
          this.byWindow ??= new Map();
          const key = windowStart * 8 + length;
          const known = this.byWindow.get(key);
          if (known) known.push(index.wordOf(entry));
          else this.byWindow.set(key, [index.wordOf(entry)]);
        }
      }
    }
  }

  private candidatesOf(text: string, byWindow: Map<number, string[]>): Candidate[] {
    const candidates: Candidate[] = [];
    for (const [key, official] of byWindow) {
      const windowStart = Math.floor(key / 8);
      const windowEnd = windowStart + (key % 8);
      const written = text.slice(windowStart, windowEnd);
      if (this.vocabulary.words.has(written)) continue;
      candidates.push({ start: windowStart, end: windowEnd, written, official });
    }
    return candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  }
}

/** The candidates of SubstitutionFinder for the run [start, end), `pairIsWord(i)` telling whether text[i, i + 2) may be a word. */
export function findSubstitutions(
  text: string,
  start: number,
  end: number,
  index: SubstitutionIndex,
  vocabulary: OfficialVocabulary,
  mayReplace: MayReplace,
  pairIsWord: (position: number) => boolean,
  accept: (text: string, start: number, end: number) => boolean = acceptAll,
): Candidate[] {
  const pairs = pairFactsFrom((_text, position) => firstCharacterFacts(text.charCodeAt(position)) | (pairIsWord(position) ? MAY_BE_REAL_WORD : 0));
  const facts = describeRun(text, start, end, pairs);
  return [...new SubstitutionFinder(index, vocabulary, mayReplace, accept).find(text, start, end, facts)];
}
