// What the candidate searches ask about two adjacent characters — their first readings, how official words sound
// around them, whether they are one, whether they may be a real word — packed in one number and kept in a
// small cache: in official text a few thousand pairs make most of the text (a cache of 65,536 pairs answers more than
// nine in ten), so that most pairs cost one look-up instead of several scattered ones in large tables. Every
// fact is a function of the two characters alone, so the cache never changes an answer.
import { PAIR_ENDS_QUAD, PAIR_ENDS_TRIPLE, PAIR_IN_QUAD_MIDDLE, PAIR_IS_WORD, PAIR_STARTS_WORD, pairCodeAt, pairKey, type HomophoneIndex } from './homophone-index.js';
import { NO_READING, firstReadingOfCode } from './pinyin.js';
import type { WordPairSet } from './word-pairs.js';
import { isNumeralOrFunctionCode } from './filters.js';

/** Bits 0–8 and 9–17: the first reading of each character (0: none); then these flags. */
const READING_BITS = 9;
const READING_MASK = (1 << READING_BITS) - 1;
/** Both characters have a reading, and a longer official word starts like them (PAIR_STARTS_WORD). */
export const STARTS_LIKE_LONGER_WORD_SHIFT = 19;
const STARTS_LIKE_LONGER_WORD = 1 << STARTS_LIKE_LONGER_WORD_SHIFT;
/**
 * A two-character official word sounds like the pair (PAIR_IS_WORD), which is no such word but differs from one in
 * one character (in one or two with whole pairs).
 */
export const CLOSE_TO_PAIR_WORD_SHIFT = 20;
const CLOSE_TO_PAIR_WORD = 1 << CLOSE_TO_PAIR_WORD_SHIFT;
/** The pair is a two-character official word (a target of the vocabulary). */
export const OFFICIAL_WORD_SHIFT = 21;
const IS_OFFICIAL_WORD = 1 << OFFICIAL_WORD_SHIFT;
/** The pair may be a real word (WordPairSet; never set without one). */
export const MAY_BE_REAL_WORD_SHIFT = 22;
export const MAY_BE_REAL_WORD = 1 << MAY_BE_REAL_WORD_SHIFT;
/** The first character is a numeral or a function character (isNumeralOrFunctionCode). */
export const FIRST_IS_NUMERAL_OR_FUNCTION_SHIFT = 23;
/** The pair sounds like the last two characters of a three-character official word … */
export const ENDS_LIKE_TRIPLE_SHIFT = 24;
/** … the middle two of a four-character one, its last two (PAIR_IN_QUAD_MIDDLE, PAIR_ENDS_QUAD). */
export const MIDDLE_OF_QUAD_SHIFT = 25;
export const ENDS_LIKE_QUAD_SHIFT = 26;

/** The facts of a pair that depend on its first character alone (the character code). */
export function firstCharacterFacts(code: number): number {
  return isNumeralOrFunctionCode(code) ? 1 << FIRST_IS_NUMERAL_OR_FUNCTION_SHIFT : 0;
}

/** The first reading of the first character, 0 for none. */
function firstReadingOf(facts: number): number {
  return facts & READING_MASK;
}

/** The first reading of the second character, 0 for none. */
export function secondReadingOf(facts: number): number {
  return (facts >>> READING_BITS) & READING_MASK;
}

/** The two-syllable key of the pair's first readings (HomophoneIndex), when both have one. */
export function soundKeyOf(facts: number): number {
  return pairKey(firstReadingOf(facts), secondReadingOf(facts));
}

/** The pair codes (pairCodeAt) of the two-character official words, by open addressing (0: empty slot). */
class PairCodeSet {
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Fibonacci hashing: the top bits of the code times 2^32 / φ pick the slot. */
  private readonly shift: number;

  constructor(words: Iterable<string>) {
    const codes = [...words].filter((word) => word.length === 2).map((word) => pairCodeAt(word, 0));
    let bits = 10;
    while (1 << bits < codes.length * 2) bits++;
    this.slots = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    for (const code of codes) {
      let slot = Math.imul(code, 0x9e3779b1) >>> this.shift;
      while (this.slots[slot] !== 0 && this.slots[slot] !== code) slot = (slot + 1) & this.mask;
      this.slots[slot] = code;
    }
  }

  has(code: number): boolean {
    const { slots, mask } = this;
    let slot = Math.imul(code, 0x9e3779b1) >>> this.shift;
    while (slots[slot] !== code && slots[slot] !== 0) slot = (slot + 1) & mask;
    return slots[slot] === code;
  }
}

/** The cache holds two pairs in each of 2^SET_BITS sets, the more recently asked first. */
const SET_BITS = 15;

export class PairFacts {
  private readonly officialPairs: PairCodeSet | undefined;
  /**
   * Four numbers a set (512 KB in all): pair code and facts of the more recently asked pair, then of the other; pair
   * code 0 (no pair of Han characters) for none.
   */
  private readonly cache = new Int32Array(4 << SET_BITS);

  constructor(
    private readonly index: HomophoneIndex,
    /** The official words (without them, IS_OFFICIAL_WORD is never set). */
    officialWords: Iterable<string> | undefined,
    /** Whether a two-character window may differ from its official word in both characters. */
    private readonly wholePairs: boolean,
    /** The real-word pairs of the same vocabulary, when the look-alike search needs them. */
    private readonly wordPairs?: WordPairSet,
  ) {
    this.officialPairs = officialWords && new PairCodeSet(officialWords);
  }

  /** The facts of text[position, position + 2). */
  at(text: string, position: number): number {
    const code = pairCodeAt(text, position);
    const set = (Math.imul(code, 0x9e3779b1) >>> (32 - SET_BITS)) << 2;
    return this.cache[set] === code ? this.cache[set + 1] : this.lessRecent(text, position, set);
  }

  /** Sets facts[i] to the facts of text[start + i, start + i + 2), for i < count: `at` without a call per pair. */
  fillRun(text: string, start: number, count: number, facts: Int32Array): void {
    const { cache } = this;
    for (let i = 0; i < count; i++) {
      const code = pairCodeAt(text, start + i);
      const set = (Math.imul(code, 0x9e3779b1) >>> (32 - SET_BITS)) << 2;
      facts[i] = cache[set] === code ? cache[set + 1] : this.lessRecent(text, start + i, set);
    }
  }

  /**
   * The facts of the pair from the set's other place, or worked out; the pair becomes the set's more recent one.
   * Takes no pair code: most are too large to be passed without boxing.
   */
  private lessRecent(text: string, position: number, set: number): number {
    const { cache } = this;
    const code = pairCodeAt(text, position);
    const facts = cache[set + 2] === code ? cache[set + 3] : this.factsOf(text, position, code);
    cache[set + 2] = cache[set];
    cache[set + 3] = cache[set + 1];
    cache[set] = code;
    cache[set + 1] = facts;
    return facts;
  }

  private factsOf(text: string, position: number, code: number): number {
    let facts = firstCharacterFacts(code >>> 16);
    if (this.wordPairs?.mayBeWordAt(text, position)) facts |= MAY_BE_REAL_WORD;
    // Every official word is a real one: only a pair that may be real needs looking up.
    if ((!this.wordPairs || facts & MAY_BE_REAL_WORD) && this.officialPairs?.has(code)) facts |= IS_OFFICIAL_WORD;
    const first = firstReadingOfCode(code >>> 16);
    const second = firstReadingOfCode(code & 0xffff);
    if (first === NO_READING || second === NO_READING) return facts;
    facts |= first | (second << READING_BITS);
    const { index } = this;
    const key = pairKey(first, second);
    const flags = index.pair(key);
    if (flags & PAIR_ENDS_TRIPLE) facts |= 1 << ENDS_LIKE_TRIPLE_SHIFT;
    if (flags & PAIR_IN_QUAD_MIDDLE) facts |= 1 << MIDDLE_OF_QUAD_SHIFT;
    if (flags & PAIR_ENDS_QUAD) facts |= 1 << ENDS_LIKE_QUAD_SHIFT;
    if (flags & PAIR_STARTS_WORD) facts |= STARTS_LIKE_LONGER_WORD;
    if (!(flags & PAIR_IS_WORD)) return facts;
    let close = false;
    for (let id = index.firstPairWord(key); id >= 0; id = index.nextWordOf(id)) {
      const official = index.pairCodeOf(id);
      if (official === code) return facts; // the pair is an official word itself
      // One character changed, or both when whole pairs are taken.
      if (this.wholePairs || (official ^ code) >>> 16 === 0 || ((official ^ code) & 0xffff) === 0) close = true;
    }
    return close ? facts | CLOSE_TO_PAIR_WORD : facts;
  }
}
