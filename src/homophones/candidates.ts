// Candidate homophone typos: windows of 2–4 Han characters that sound exactly like an official word (toneless
// pinyin) but are written otherwise. Linear in the text: the walk from each character follows reading ids through
// the index and builds a string only when a whole word matches with few enough characters changed.
import { PAIR_IS_WORD, PAIR_STARTS_WORD, extendKey, type HomophoneIndex } from './homophone-index.js';
import { NO_READING, firstReadingOfCode, isHanCode, readingsOfCode } from './pinyin.js';
import type { OfficialVocabulary } from './official-vocabulary.js';

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

interface Scan {
  text: string;
  /** Asked before a candidate is built: may the window [start, end) be a typo at all? */
  accept: (text: string, start: number, end: number) => boolean;
  index: HomophoneIndex;
  vocabulary: OfficialVocabulary;
  maxChanged: number;
  wholePairs: boolean;
  candidates: Candidate[];
}

/** Adds the window [windowStart, windowEnd) with this syllable key as a candidate if it is one. */
function consider(scan: Scan, windowStart: number, windowEnd: number, key: number): void {
  const { index, text } = scan;
  const first = index.firstWordOf(key);
  if (first < 0) return;
  const length = windowEnd - windowStart;
  const maxChanged = length === 2 ? (scan.wholePairs ? 2 : 1) : scan.maxChanged;
  let close = false;
  for (let id = first; id >= 0; id = index.nextWordOf(id)) {
    const changed = index.changedCount(id, text, windowStart, length);
    if (changed === 0) return; // the window is an official word itself
    if (changed <= maxChanged) close = true;
  }
  if (!close || !scan.accept(text, windowStart, windowEnd)) return;
  const written = text.slice(windowStart, windowEnd);
  if (scan.vocabulary.words.has(written)) return;
  const official: string[] = [];
  for (let id = first; id >= 0; id = index.nextWordOf(id)) if (index.changedCount(id, text, windowStart, length) <= maxChanged) official.push(index.words[id]);
  scan.candidates.push({ start: windowStart, end: windowEnd, written, official });
}

/** Every reading id of the character at `position` under the options. */
function readingsAt(text: string, position: number, all: boolean): readonly number[] {
  const code = text.charCodeAt(position);
  if (all) return readingsOfCode(code);
  const id = firstReadingOfCode(code);
  return id === NO_READING ? [] : [id];
}

/** Every candidate in the run [start, end) of Han characters. */
export function findCandidates(
  text: string,
  start: number,
  end: number,
  index: HomophoneIndex,
  vocabulary: OfficialVocabulary,
  options: CandidateOptions,
  accept: (text: string, start: number, end: number) => boolean = () => true,
): Candidate[] {
  const scan: Scan = { text, accept, index, vocabulary, maxChanged: options.maxChanged, wholePairs: options.wholePairs ?? false, candidates: [] };
  const { prefixes } = index;
  if (options.writtenReadings === 'first') {
    // The common case, without arrays: one reading per character.
    let next = start < end ? firstReadingOfCode(text.charCodeAt(start)) : NO_READING;
    for (let windowStart = start; windowStart + 1 < end; windowStart++) {
      const first = next;
      next = firstReadingOfCode(text.charCodeAt(windowStart + 1));
      if (first === NO_READING || next === NO_READING) continue;
      const pair = extendKey(first, next);
      const flags = index.pair(pair);
      if (flags === 0) continue;
      if (flags & PAIR_IS_WORD) consider(scan, windowStart, windowStart + 2, pair);
      if (flags & PAIR_STARTS_WORD && windowStart + 2 < end) {
        const third = firstReadingOfCode(text.charCodeAt(windowStart + 2));
        if (third === NO_READING) continue;
        const triple = extendKey(pair, third);
        consider(scan, windowStart, windowStart + 3, triple);
        if (windowStart + 3 < end && prefixes.has(triple)) {
          const fourth = firstReadingOfCode(text.charCodeAt(windowStart + 3));
          if (fourth !== NO_READING) consider(scan, windowStart, windowStart + 4, extendKey(triple, fourth));
        }
      }
    }
    return scan.candidates;
  }
  for (let windowStart = start; windowStart + 1 < end; windowStart++) {
    for (const first of readingsAt(text, windowStart, true)) {
      for (const second of readingsAt(text, windowStart + 1, true)) {
        const pair = extendKey(first, second);
        const flags = index.pair(pair);
        if (flags === 0) continue;
        if (flags & PAIR_IS_WORD) consider(scan, windowStart, windowStart + 2, pair);
        if (!(flags & PAIR_STARTS_WORD) || windowStart + 2 >= end) continue;
        for (const third of readingsAt(text, windowStart + 2, true)) {
          const triple = extendKey(pair, third);
          consider(scan, windowStart, windowStart + 3, triple);
          if (windowStart + 3 >= end || !prefixes.has(triple)) continue;
          for (const fourth of readingsAt(text, windowStart + 3, true)) consider(scan, windowStart, windowStart + 4, extendKey(triple, fourth));
        }
      }
    }
  }
  return scan.candidates;
}
