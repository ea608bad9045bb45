// One matcher for every enabled dictionary: one Aho–Corasick pass over normalised prose, then each hit is checked
// against its own dictionary's normalisation, its context conditions, its dates and (lazily) word boundaries.
import type { CuominDocument } from '../document/types.js';
import { AhoCorasick } from './aho-corasick.js';
import { normalizeTerm, normalizeText } from './normalize.js';
import { wordBoundaries } from './segmenter.js';
import type { ContextPattern, Dictionary, DictionaryEntry, DictionaryHit, NormalizeStrategy } from './types.js';

interface CompiledEntry {
  dictionary: Dictionary;
  entry: DictionaryEntry;
  strategies: ReadonlySet<NormalizeStrategy>;
  /** The term under its own dictionary's strategies. */
  ownForm: string;
}

function matchesBefore(text: string, blockStart: number, start: number, pattern: ContextPattern): boolean {
  if ('literal' in pattern) return start - pattern.literal.length >= blockStart && text.startsWith(pattern.literal, start - pattern.literal.length);
  return pattern.endingAtHit.test(text.slice(Math.max(blockStart, start - 40), start));
}

function matchesAfter(text: string, end: number, blockEnd: number, pattern: ContextPattern): boolean {
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
        this.byPattern[index].push({ dictionary, entry, strategies: own, ownForm: normalizeTerm(entry.term, own) });
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
    for (const found of this.automaton.search(normalized.text)) {
      const start = normalized.toProse[found.start];
      const end = normalized.toProse[found.end - 1] + 1;
      const original = text.slice(start, end);
      const blockStart = text.lastIndexOf('\n', start - 1) + 1;
      const nextBreak = text.indexOf('\n', end);
      const blockEnd = nextBreak < 0 ? text.length : nextBreak;
      for (const compiled of this.byPattern[found.pattern]) {
        const { entry } = compiled;
        if (entry.from && date < entry.from) continue;
        if (entry.until && date >= entry.until) continue;
        if (normalizeTerm(original, compiled.strategies) !== compiled.ownForm) continue;
        if (entry.notPrecededBy.some((pattern) => matchesBefore(text, blockStart, start, pattern))) continue;
        if (entry.notFollowedBy.some((pattern) => matchesAfter(text, end, blockEnd, pattern))) continue;
        if (entry.precededBy.length > 0 && !entry.precededBy.some((pattern) => matchesBefore(text, blockStart, start, pattern))) continue;
        if (entry.followedBy.length > 0 && !entry.followedBy.some((pattern) => matchesAfter(text, end, blockEnd, pattern))) continue;
        if (entry.wholeWord) {
          let boundaries = boundariesByBlock.get(blockStart);
          if (!boundaries) {
            boundaries = wordBoundaries(text.slice(blockStart, blockEnd));
            boundariesByBlock.set(blockStart, boundaries);
          }
          if (!boundaries.has(start - blockStart) || !boundaries.has(end - blockStart)) continue;
        }
        hits.push({ dictionary: compiled.dictionary, entry, start, end });
      }
    }
    return hits;
  }
}
