// Candidate homophone typos: windows of 2–4 Han characters that sound exactly like an official word (toneless
// pinyin) but are written otherwise. Linear in the text: the facts of the run (RunFacts) say where a window may be a
// candidate and what its pairs sound like, the walk follows reading ids through the index from there, and a string
// is built only when a whole word matches with few enough characters changed.
import { PAIR_IS_WORD, PAIR_STARTS_WORD, pairCodeAt, pairKey, type HomophoneIndex } from './homophone-index.js';
import { PairFacts, secondReadingOf, soundKeyOf } from './pair-facts.js';
import { isHanCode, readingsOfCode } from './pinyin.js';
import type { OfficialVocabulary } from './official-vocabulary.js';
import { describeRun, lengthBit, soundLengthsOf, type RunFacts } from './run-facts.js';

export interface Candidate {
  /** Offsets [start, end) in the scanned text. */
  start: number;
  end: number;
  written: string;
  /** Official words that sound the same, differing from the written form in at least one character. */
  official: string[];
}

export interface CandidateOptions {
  /** How many characters of a window of three or more may differ from the official word; a two-character window
   * may differ in one only (two would make it another word altogether). */
  maxChanged: number;
  /** Which readings of a written character to try: all, or only its first (most common) one. */
  writtenReadings: 'first' | 'all';
  /** Also take two-character windows with both characters changed (才聊 → 材料: a whole word mistyped by sound). */
  wholePairs?: boolean;
}

/** Runs of BMP Han characters within [start, end). */
export function hanRuns(text: string, start: number, end: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let runStart = -1;
  for (let i = start; i <= end; i++) {
    const han = i < end && isHanCode(text.charCodeAt(i));
    if (han && runStart < 0) runStart = i;
    else if (!han && runStart >= 0) {
      runs.push([runStart, i]);
      runStart = -1;
    }
  }
  return runs;
}

const acceptAll = () => true;

/** What findCandidates returns for a run without candidates (most runs): one shared empty list, never changed. */
const NO_CANDIDATES: Candidate[] = [];

/**
 * The candidate search over one index, vocabulary and set of options, for run after run: the walk keeps nothing
 * between runs, and a run without candidates allocates nothing.
 */
export class HomophoneCandidateFinder {
  private readonly maxChanged: number;
  private readonly wholePairs: boolean;
  private readonly allReadings: boolean;
  private found: Candidate[] | undefined;

  constructor(
    private readonly index: HomophoneIndex,
    private readonly vocabulary: OfficialVocabulary,
    options: CandidateOptions,
    /** Asked before a candidate is built: may the window [start, end) be a typo at all? */
    private readonly accept: (text: string, start: number, end: number) => boolean = acceptAll,
  ) {
    this.maxChanged = options.maxChanged;
    this.wholePairs = options.wholePairs ?? false;
    this.allReadings = options.writtenReadings === 'all';
  }

  /**
   * Every candidate in the run [start, end) of Han characters, in order of start, then of length, among the windows
   * that the run's facts let through.
   */
  find(text: string, start: number, end: number, facts: RunFacts): Candidate[] {
    this.found = undefined;
    if (this.allReadings) this.walkAllReadings(text, start, end, facts.windowLengths);
    else this.walkFirstReadings(start, text, facts);
    return this.found ?? NO_CANDIDATES;
  }

  /**
   * The common case, one reading per character: the run's facts list where to look, and the pairs' facts hold the
   * readings and whether a two-character window is close to an official word.
   */
  private walkFirstReadings(start: number, text: string, facts: RunFacts): void {
    const { index } = this;
    const { pairFacts, windowLengths, soundOffsets } = facts;
    for (let k = 0; k < facts.soundOffsetCount; k++) {
      const i = soundOffsets[k];
      const pair = pairFacts[i];
      const lengths = windowLengths[i] & soundLengthsOf(pair, pairFacts[i + 1], pairFacts[i + 2]);
      if (lengths & lengthBit(2)) this.addCandidate(text, start + i, 2, index.firstPairWord(soundKeyOf(pair)), this.wholePairs ? 2 : 1);
      if (!(lengths & (lengthBit(3) | lengthBit(4)))) continue;
      const third = secondReadingOf(pairFacts[i + 1]);
      if (third === 0) continue;
      const triple = index.triple(soundKeyOf(pair), third);
      if (triple < 0) continue;
      if (lengths & lengthBit(3)) this.consider(text, start + i, 3, index.firstTripleWord(triple));
      if (!(lengths & lengthBit(4)) || !index.startsQuad(triple)) continue;
      const fourth = secondReadingOf(pairFacts[i + 2]);
      if (fourth !== 0) this.consider(text, start + i, 4, index.firstQuadWord(triple, fourth));
    }
  }

  /** Every reading of every character: each window is walked once per combination of readings. */
  private walkAllReadings(text: string, start: number, end: number, windowLengths: Uint8Array): void {
    const { index } = this;
    for (let windowStart = start; windowStart + 1 < end; windowStart++) {
      const lengths = windowLengths[windowStart - start];
      if (lengths === 0) continue;
      for (const first of readingsOfCode(text.charCodeAt(windowStart))) {
        for (const second of readingsOfCode(text.charCodeAt(windowStart + 1))) {
          const pair = pairKey(first, second);
          const flags = index.pair(pair);
          if (flags & PAIR_IS_WORD && lengths & lengthBit(2)) this.considerPair(text, windowStart, index.firstPairWord(pair));
          if (!(flags & PAIR_STARTS_WORD) || !(lengths & (lengthBit(3) | lengthBit(4)))) continue;
          for (const third of readingsOfCode(text.charCodeAt(windowStart + 2))) {
            const triple = index.triple(pair, third);
            if (triple < 0) continue;
            if (lengths & lengthBit(3)) this.consider(text, windowStart, 3, index.firstTripleWord(triple));
            if (!(lengths & lengthBit(4)) || !index.startsQuad(triple)) continue;
            for (const fourth of readingsOfCode(text.charCodeAt(windowStart + 3))) this.consider(text, windowStart, 4, index.firstQuadWord(triple, fourth));
          }
        }
      }
    }
  }

  /** consider for a two-character window, both characters compared at once. */
  private considerPair(text: string, windowStart: number, first: number): void {
    if (first < 0) return;
    const { index } = this;
    const written = pairCodeAt(text, windowStart);
    let close = false;
    for (let id = first; id >= 0; id = index.nextWordOf(id)) {
      const official = index.pairCodeOf(id);
      if (official === written) return; // the window is an official word itself
      // One character changed, or both when whole pairs are taken.
      if (this.wholePairs || (official ^ written) >>> 16 === 0 || ((official ^ written) & 0xffff) === 0) close = true;
    }
    if (close) this.addCandidate(text, windowStart, 2, first, this.wholePairs ? 2 : 1);
  }

  /** Adds the window of `length` characters at `windowStart`, whose key's words start at `first`, if it is a candidate. */
  private consider(text: string, windowStart: number, length: number, first: number): void {
    if (first < 0) return;
    const { index, maxChanged } = this;
    let close = false;
    for (let id = first; id >= 0; id = index.nextWordOf(id)) {
      const changed = index.changedCount(id, text, windowStart, length);
      if (changed === 0) return; // the window is an official word itself
      if (changed <= maxChanged) close = true;
    }
    if (close) this.addCandidate(text, windowStart, length, first, maxChanged);
  }

  /** Adds the window, close to some of the words from `first` on and none of them, unless it may be no typo. */
  private addCandidate(text: string, windowStart: number, length: number, first: number, maxChanged: number): void {
    if (!this.accept(text, windowStart, windowStart + length)) return;
    const written = text.slice(windowStart, windowStart + length);
    if (this.vocabulary.words.has(written)) return;
    const { index } = this;
    const official: string[] = [];
    for (let id = first; id >= 0; id = index.nextWordOf(id)) if (index.changedCount(id, text, windowStart, length) <= maxChanged) official.push(index.words[id]);
    (this.found ??= []).push({ start: windowStart, end: windowStart + length, written, official });
  }
}

const pairSounds = new WeakMap<HomophoneIndex, PairFacts[]>();

/** The facts of pairs about their sound alone, kept for the index: findCandidates is called for word after word. */
function pairSoundsOf(index: HomophoneIndex, wholePairs: boolean): PairFacts {
  let byWholePairs = pairSounds.get(index);
  if (!byWholePairs) pairSounds.set(index, (byWholePairs = []));
  return (byWholePairs[Number(wholePairs)] ??= new PairFacts(index, undefined, wholePairs));
}

/** Every candidate in the run [start, end) of Han characters. */
export function findCandidates(
  text: string,
  start: number,
  end: number,
  index: HomophoneIndex,
  vocabulary: OfficialVocabulary,
  options: CandidateOptions,
  accept: (text: string, start: number, end: number) => boolean = acceptAll,
): Candidate[] {
  const facts = describeRun(text, start, end, pairSoundsOf(index, options.wholePairs ?? false));
  return [...new HomophoneCandidateFinder(index, vocabulary, options, accept).find(text, start, end, facts)];
}
