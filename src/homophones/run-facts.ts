// What both candidate searches need to know about one run of Han characters, found once per run in one pass: the
// facts of each pair of adjacent characters (PairFacts), which windows may be candidates at all, and where each
// search has something to look up. A window that is an official word, or that one crosses at an edge (危机之中 around
// 机之), is no typo (see judge); in official text nearly every window is one, so that both searches pass over most
// of the text without a look-up.
import type { OfficialVocabulary } from './official-vocabulary.js';
import type { HomophoneIndex } from './homophone-index.js';
import {
  CLOSE_TO_PAIR_WORD_SHIFT,
  ENDS_LIKE_QUAD_SHIFT,
  ENDS_LIKE_TRIPLE_SHIFT,
  FIRST_IS_NUMERAL_OR_FUNCTION_SHIFT,
  MIDDLE_OF_QUAD_SHIFT,
  MAY_BE_REAL_WORD_SHIFT,
  OFFICIAL_WORD_SHIFT,
  PairFacts,
  STARTS_LIKE_LONGER_WORD_SHIFT,
} from './pair-facts.js';
import { isNumeralOrFunctionCode } from './filters.js';
import { MAX_TABLE_WORD_LENGTH, WordTable } from './word-table.js';
import type { WordPairSet } from './word-pairs.js';

/** The bit of a window length (2 to 4) in RunFacts.windowLengths. */
export function lengthBit(length: number): number {
  return 1 << length;
}

/** Where the facts of pairs come from (PairFacts, or pairFactsFrom). */
export interface PairFactsSource {
  /** Sets facts[i] to the PairFacts of text[start + i, start + i + 2), for i < count. */
  fillRun(text: string, start: number, count: number, facts: Int32Array): void;
}

/** A source of the facts of one pair at a time (for tests, and searches of a single run). */
export function pairFactsFrom(factsAt: (text: string, position: number) => number): PairFactsSource {
  return {
    fillRun(text, start, count, facts) {
      for (let i = 0; i < count; i++) facts[i] = factsAt(text, start + i);
    },
  };
}

/**
 * The lengths of the windows whose sound, by the facts of their first three pairs, may be that of an official word
 * they are not: two characters close to one, three or four whose pairs each sound like a part of one.
 */
export function soundLengthsOf(pair: number, next: number, afterNext: number): number {
  const longer = (pair >>> STARTS_LIKE_LONGER_WORD_SHIFT) & 1;
  const triple = longer & (next >>> ENDS_LIKE_TRIPLE_SHIFT);
  const quad = longer & (next >>> MIDDLE_OF_QUAD_SHIFT) & (afterNext >>> ENDS_LIKE_QUAD_SHIFT);
  return ((pair >>> CLOSE_TO_PAIR_WORD_SHIFT) & 1) * lengthBit(2) + (triple & 1) * lengthBit(3) + (quad & 1) * lengthBit(4);
}

/** 1 when the pair's facts say it is an official word, else 0. */
function isOfficial(pair: number): number {
  return (pair >>> OFFICIAL_WORD_SHIFT) & 1;
}

/** 1 for a positive number, 0 for 0, without a branch. */
function isPositive(value: number): number {
  return -value >>> 31;
}

/** Bit 8 of an index into WINDOW_LENGTHS: official words crossing a window rule it out. */
const CROSSING_RULES_OUT = 1 << 8;

/**
 * The lengths (lengthBit) of the windows at an offset that no two-character official word rules out, by an index
 * of: bits 0 to 4, whether the pairs at the offset - 1 to the offset + 3 are official words; bits 5 to 7, the
 * characters left in the run from the offset (at most 4); bit 8, CROSSING_RULES_OUT. A window that is an official
 * word is a word of the vocabulary, never a candidate; with crossing words ruled out, one across the start rules out
 * every window there, one across the end the window ending there. A look-up per character instead of a computation
 * with branches, which mispredict: whether a pair is an official word is as good as random.
 */
const WINDOW_LENGTHS = (() => {
  const table = new Uint8Array(1 << 9);
  for (let index = 0; index < table.length; index++) {
    const official = (offset: number) => (index >>> (offset + 1)) & 1;
    const left = (index >>> 5) & 7;
    const crossing = index & CROSSING_RULES_OUT ? 1 : 0;
    if (crossing && official(-1)) continue;
    let lengths = 0;
    if (left >= 2 && !official(0) && !(crossing && official(1))) lengths |= lengthBit(2);
    if (left >= 3 && !(crossing && official(2))) lengths |= lengthBit(3);
    if (left >= 4 && !(crossing && official(3))) lengths |= lengthBit(4);
    table[index] = lengths;
  }
  return table;
})();

/**
 * The facts of a run, by offset from its start. Worked out without a branch per pair where possible: whether a pair
 * is an official word or may be a real one is as good as random, and a mispredicted branch costs more than the
 * arithmetic.
 */
export class RunFacts {
  /** The PairFacts of text[offset, offset + 2); 0 from the run's last character on. */
  pairFacts = new Int32Array(64);
  /** The lengths (lengthBit) of the windows starting at the offset that may be candidates. */
  windowLengths = new Uint8Array(64);
  /** The offsets where a window may be a candidate and the sound of its pairs makes it worth a look, in order … */
  soundOffsets = new Int32Array(64);
  soundOffsetCount = 0;
  /**
   * … and those of the characters that make no real word with a neighbour (MAY_BE_REAL_WORD) and are no numeral or
   * function character: the look-alike search's (a typo's character seldom makes a word: 牛产, 贡任, 常务禿员会).
   */
  looseOffsets = new Int32Array(64);
  looseOffsetCount = 0;

  /**
   * Describes the run [start, end) of the text. A window that is a two-character official word is never a candidate
   * (it is a word of the vocabulary); with `crossingWords`, neither is one that such a word crosses.
   */
  describe(text: string, start: number, end: number, pairs: PairFactsSource, crossingWords: boolean): void {
    const length = end - start;
    // Room for the pairs past the run's end, which are none (0).
    if (this.pairFacts.length < length + 4) this.makeRoom(length + 4);
    const { pairFacts, windowLengths, soundOffsets, looseOffsets } = this;
    pairs.fillRun(text, start, length - 1, pairFacts);
    for (let i = Math.max(0, length - 1); i < length + 4; i++) pairFacts[i] = 0;
    const crossing = crossingWords ? CROSSING_RULES_OUT : 0;
    let sounds = 0;
    let loose = 0;
    // The facts of the pair before the offset, at it and at the next three, read once each.
    let before = 0;
    let pair = pairFacts[0];
    let next = pairFacts[1];
    let afterNext = pairFacts[2];
    for (let i = 0; i < length; i++) {
      const fourth = pairFacts[i + 3];
      const officials = isOfficial(before) | (isOfficial(pair) << 1) | (isOfficial(next) << 2) | (isOfficial(afterNext) << 3) | (isOfficial(fourth) << 4);
      const lengths = WINDOW_LENGTHS[officials | (Math.min(length - i, 4) << 5) | crossing];
      windowLengths[i] = lengths;
      soundOffsets[sounds] = i;
      sounds += isPositive(lengths & soundLengthsOf(pair, next, afterNext));
      // The last character has no pair of its own to say what it is.
      const numeralOrFunction = i + 1 < length ? (pair >>> FIRST_IS_NUMERAL_OR_FUNCTION_SHIFT) & 1 : Number(isNumeralOrFunctionCode(text.charCodeAt(start + i)));
      const real = ((pair | before) >>> MAY_BE_REAL_WORD_SHIFT) & 1;
      looseOffsets[loose] = i;
      loose += (1 ^ real) & (1 ^ numeralOrFunction);
      before = pair;
      pair = next;
      next = afterNext;
      afterNext = fourth;
    }
    this.soundOffsetCount = sounds;
    this.looseOffsetCount = loose;
  }

  private makeRoom(size: number): void {
    this.pairFacts = new Int32Array(size * 2);
    this.windowLengths = new Uint8Array(size * 2);
    this.soundOffsets = new Int32Array(size * 2);
    this.looseOffsets = new Int32Array(size * 2);
  }
}

/** The facts of the run [start, end) of the text with pairs' facts from `pairs`, ruling out no window that crosses a word. */
export function describeRun(text: string, start: number, end: number, pairs: PairFactsSource): RunFacts {
  const facts = new RunFacts();
  facts.describe(text, start, end, pairs, false);
  return facts;
}

export interface OfficialWordsOptions {
  /** Whether a window that an official word crosses is no candidate (HomophoneSettings.crossingWords). */
  crossingWords: boolean;
  /** Whether a two-character window may differ from its official word in both characters. */
  wholePairs: boolean;
  /** The real-word pairs of the same vocabulary, when the look-alike search needs them. */
  wordPairs?: WordPairSet;
}

/** The facts of one run after another, and whether an official word crosses a window's edge. */
export class OfficialWordsOfRun extends RunFacts {
  private readonly pairs: PairFacts;
  private readonly targets: WordTable;
  private readonly crossingWords: boolean;
  private text = '';
  private runStart = 0;
  private runEnd = 0;
  /** By boundary offset from the run's start: the number of the run when it was last asked about … */
  private crossingAsked = new Uint32Array(64);
  /** … and then whether an official word crosses it. */
  private crossed = new Uint8Array(64);
  private runNumber = 0;

  constructor(vocabulary: OfficialVocabulary, index: HomophoneIndex, options: OfficialWordsOptions) {
    super();
    this.crossingWords = options.crossingWords;
    this.pairs = new PairFacts(index, vocabulary.targets.keys(), options.wholePairs, options.wordPairs);
    this.targets = new WordTable(vocabulary.targets.size);
    for (const word of vocabulary.targets.keys()) if (word.length <= MAX_TABLE_WORD_LENGTH) this.targets.entry(word);
  }

  /** Starts on the run [runStart, runEnd) of the text. */
  startRun(text: string, runStart: number, runEnd: number): void {
    this.text = text;
    this.runStart = runStart;
    this.runEnd = runEnd;
    if (this.crossingAsked.length <= runEnd - runStart) {
      this.crossingAsked = new Uint32Array((runEnd - runStart + 1) * 2);
      this.crossed = new Uint8Array((runEnd - runStart + 1) * 2);
    }
    if (++this.runNumber === 0xffffffff) {
      this.crossingAsked.fill(0);
      this.runNumber = 1;
    }
    this.describe(text, runStart, runEnd, this.pairs, this.crossingWords);
  }

  /** True when an official word of two to four characters of the run crosses the window [start, end)'s start or end. */
  crossWindow(start: number, end: number): boolean {
    return this.crossBoundary(start) || this.crossBoundary(end);
  }

  private crossBoundary(boundary: number): boolean {
    const offset = boundary - this.runStart;
    if (this.crossingAsked[offset] !== this.runNumber) {
      this.crossingAsked[offset] = this.runNumber;
      this.crossed[offset] = this.findWordAcross(boundary) ? 1 : 0;
    }
    return this.crossed[offset] === 1;
  }

  private findWordAcross(boundary: number): boolean {
    for (let length = 2; length <= 4; length++) {
      for (let wordStart = Math.max(this.runStart, boundary - length + 1); wordStart < boundary && wordStart + length <= this.runEnd; wordStart++) {
        if (this.targets.find(this.text, wordStart, wordStart + length) >= 0) return true;
      }
    }
    return false;
  }
}
