// One matcher for every enabled dictionary: one Aho–Corasick pass over normalised prose, then each hit is checked
// against its own dictionary's normalisation, its context conditions, its dates and (lazily) word boundaries.
import type { CuominDocument } from '../document/types.js';
import { blockEnd, blockStart } from '../document/blocks.js';
import { AhoCorasick } from './aho-corasick.js';
import { type NormalizedText, normalizeTerm, normalizeText } from './normalize.js';
import { wordBoundaries } from './segmenter.js';
import type { ContextPattern, Dictionary, DictionaryEntry, DictionaryHit, NormalizeStrategy } from './types.js';

/** Index in the normalised text of the first character at or after prose offset `proseOffset` (its length if none). */
function foldedOffset(toProse: Int32Array, proseOffset: number): number {
  let low = 0;
  let high = toProse.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (toProse[middle] < proseOffset) low = middle + 1;
    else high = middle;
  }
  return low;
}

interface CompiledEntry {
  dictionary: Dictionary;
  entry: DictionaryEntry;
  strategies: ReadonlySet<NormalizeStrategy>;
  /** The term under its own dictionary's strategies. */
  ownForm: string;
  /** Context conditions with literals normalised like the text they are compared with (破獲 must match 破获). */
  notPrecededBy: ContextPattern[];
  notFollowedBy: ContextPattern[];
  precededBy: ContextPattern[];
  followedBy: ContextPattern[];
}

function matchesBefore(text: NormalizedText, blockStart: number, start: number, pattern: ContextPattern): boolean {
  if ('literal' in pattern) return start - pattern.literal.length >= blockStart && text.startsWith(pattern.literal, start - pattern.literal.length);
  return pattern.endingAtHit.test(text.slice(Math.max(blockStart, start - 40), start));
}

function matchesAfter(text: NormalizedText, end: number, blockEnd: number, pattern: ContextPattern): boolean {
  if ('literal' in pattern) return end + pattern.literal.length <= blockEnd && text.startsWith(pattern.literal, end);
  return pattern.startingAtHit.test(text.slice(end, Math.min(blockEnd, end + 40)));
}

export class DictionaryMatcher {
  private readonly automaton: AhoCorasick;
  /** Compiled entries for each automaton pattern. */
  private readonly byPattern: CompiledEntry[][] = [];
  private readonly strategies: ReadonlySet<NormalizeStrategy>;
  readonly entryCount: number;

  constructor(readonly dictionaries: readonly Dictionary[]) {
    this.strategies = new Set(dictionaries.flatMap((dictionary) => dictionary.normalize));
    const patternIndex = new Map<string, number>();
    const patterns: string[] = [];
    let entryCount = 0;
    for (const dictionary of dictionaries) {
      const own = new Set(dictionary.normalize);
      for (const entry of dictionary.entries) {
        const key = normalizeTerm(entry.term, this.strategies);
        let index = patternIndex.get(key);
        if (index === undefined) {
          index = patterns.length;
          patternIndex.set(key, index);
          patterns.push(key);
          this.byPattern.push([]);
        }
        const normalizeCondition = (pattern: ContextPattern): ContextPattern =>
          'literal' in pattern ? { literal: normalizeTerm(pattern.literal, this.strategies) } : pattern;
        this.byPattern[index].push({
          dictionary,
          entry,
          strategies: own,
          ownForm: normalizeTerm(entry.term, own),
          notPrecededBy: entry.notPrecededBy.map(normalizeCondition),
          notFollowedBy: entry.notFollowedBy.map(normalizeCondition),
          precededBy: entry.precededBy.map(normalizeCondition),
          followedBy: entry.followedBy.map(normalizeCondition),
        });
        entryCount++;
      }
    }
    this.entryCount = entryCount;
    this.automaton = new AhoCorasick(patterns);
  }

  /** Every hit in the document whose entry applies on `date` (YYYY-MM-DD). */
  match(document: CuominDocument, date: string): DictionaryHit[] {
    const { text } = document;
    const normalized = normalizeText(text, this.strategies);
    const hits: DictionaryHit[] = [];
    const boundariesByBlock = new Map<number, Set<number>>();
    for (const found of this.automaton.searchCodes(normalized)) {
      const start = normalized.toProse[found.start];
      const end = normalized.toProse[found.end - 1] + 1;
      const original = text.slice(start, end);
      const blockStartOffset = blockStart(document, start);
      const blockEndOffset = blockEnd(document, start);
      // Conditions read the normalised text, so that 破獲網上賭場 and 破获网上赌场 are judged alike.
      const foldedBlockStart = foldedOffset(normalized.toProse, blockStartOffset);
      const foldedBlockEnd = foldedOffset(normalized.toProse, blockEndOffset);
      for (const compiled of this.byPattern[found.pattern]) {
        const { entry } = compiled;
        if (entry.from && date < entry.from) continue;
        if (entry.until && date >= entry.until) continue;
        if (normalizeTerm(original, compiled.strategies) !== compiled.ownForm) continue;
        if (compiled.notPrecededBy.some((pattern) => matchesBefore(normalized, foldedBlockStart, found.start, pattern))) continue;
        if (compiled.notFollowedBy.some((pattern) => matchesAfter(normalized, found.end, foldedBlockEnd, pattern))) continue;
        if (compiled.precededBy.length > 0 && !compiled.precededBy.some((pattern) => matchesBefore(normalized, foldedBlockStart, found.start, pattern))) continue;
        if (compiled.followedBy.length > 0 && !compiled.followedBy.some((pattern) => matchesAfter(normalized, found.end, foldedBlockEnd, pattern))) continue;
        if (entry.wholeWord) {
          let boundaries = boundariesByBlock.get(blockStartOffset);
          if (!boundaries) {
            boundaries = wordBoundaries(text.slice(blockStartOffset, blockEndOffset));
            boundariesByBlock.set(blockStartOffset, boundaries);
          }
          if (!boundaries.has(start - blockStartOffset) || !boundaries.has(end - blockStartOffset)) continue;
        }
        hits.push({ dictionary: compiled.dictionary, entry, start, end });
      }
    }
    return hits;
  }
}
