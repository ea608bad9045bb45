// The official words by their toneless pinyin, keyed by numbers so that scanning a text costs no string building:
// a window of characters is looked up by the ids of its readings. A two-syllable key indexes flat tables directly
// (flags that say whether and where to look further, the first word, the list of third syllables); a third and a
// fourth syllable are found in short lists. Words with the same syllables are chained.
import { SYLLABLE_LIMIT, wordReadings } from './pinyin.js';
import type { OfficialVocabulary } from './official-vocabulary.js';

/** Key of two syllables: ids are ≥ 1 and below SYLLABLE_LIMIT. */
export function pairKey(first: number, second: number): number {
  return first * SYLLABLE_LIMIT + second;
}

/** Flags of a two-syllable key: a two-character official word sounds like this … */
export const PAIR_IS_WORD = 1;
/** … a longer one starts like this … */
export const PAIR_STARTS_WORD = 2;
/** … or ends like this, a three-character one … */
export const PAIR_ENDS_TRIPLE = 4;
/** … or a four-character one has this in the middle … */
export const PAIR_IN_QUAD_MIDDLE = 8;
/** … or at its end. */
export const PAIR_ENDS_QUAD = 16;

const MAX_LENGTH = 4;

/** The char codes of text[start, start + 2) in one number, to compare two characters at once. */
export function pairCodeAt(text: string, start: number): number {
  return (text.charCodeAt(start) << 16) | text.charCodeAt(start + 1);
}

const NONE = -1;

/** Ends each list of syllables (ids are ≥ 1). */
const END_OF_LIST = 0;

export class HomophoneIndex {
  /** The words, by id. */
  readonly words: string[] = [];
  /** By two-syllable key: its flags (PAIR_IS_WORD …). */
  private readonly pairFlags = new Uint8Array(SYLLABLE_LIMIT * SYLLABLE_LIMIT);
  /**
   * By two-syllable key, two numbers side by side: the first two-character word, and where the third syllables of
   * longer words that start so are listed in `syllableLists` (each -1 for none).
   */
  private readonly pairs = new Int32Array(2 * SYLLABLE_LIMIT * SYLLABLE_LIMIT).fill(NONE);
  /**
   * Short lists of syllables, each ended by END_OF_LIST: the third syllables after a pair, the fourth ones after a
   * triple. Walking a list reads memory in order, where a hash look-up would jump.
   */
  private readonly syllableLists: Uint16Array;
  /** Beside each listed syllable: for a third one, its triple number; for a fourth one, the first four-character word. */
  private readonly listed: Int32Array;
  /** By triple number: the first three-character word, and where its fourth syllables are listed (each -1 for none). */
  private readonly tripleWords: Int32Array;
  private readonly tripleFourths: Int32Array;
  private readonly wordCharacters: Uint16Array;
  /** By id, for two-character words: pairCodeAt of the word. */
  private readonly pairCodes: Int32Array;
  private readonly nextWord: Int32Array;

  constructor(words: readonly string[]) {
    this.wordCharacters = new Uint16Array(words.length * MAX_LENGTH);
    this.pairCodes = new Int32Array(words.length);
    this.nextWord = new Int32Array(words.length).fill(NONE);
    // Built in maps first, then laid out in lists.
    const thirdsByPair = new Map<number, Map<number, number>>();
    const tripleWords: number[] = [];
    const fourthsByTriple = new Map<number, Map<number, number>>();
    for (const word of words) {
      const readings = wordReadings(word);
      if (readings.length !== word.length || readings.length < 2 || readings.length > MAX_LENGTH) continue;
      const id = this.words.length;
      this.words.push(word);
      for (let i = 0; i < word.length; i++) this.wordCharacters[id * MAX_LENGTH + i] = word.charCodeAt(i);
      const pair = pairKey(readings[0], readings[1]);
      this.pairFlags[pair] |= readings.length === 2 ? PAIR_IS_WORD : PAIR_STARTS_WORD;
      // Each new word heads its chain, as the words of a key have always been listed.
      if (readings.length === 2) {
        this.pairCodes[id] = pairCodeAt(word, 0);
        this.nextWord[id] = this.pairs[2 * pair];
        this.pairs[2 * pair] = id;
        continue;
      }
      if (readings.length === 3) this.pairFlags[pairKey(readings[1], readings[2])] |= PAIR_ENDS_TRIPLE;
      else {
        this.pairFlags[pairKey(readings[1], readings[2])] |= PAIR_IN_QUAD_MIDDLE;
        this.pairFlags[pairKey(readings[2], readings[3])] |= PAIR_ENDS_QUAD;
      }
      let thirds = thirdsByPair.get(pair);
      if (!thirds) thirdsByPair.set(pair, (thirds = new Map()));
      let triple = thirds.get(readings[2]);
      if (triple === undefined) {
        thirds.set(readings[2], (triple = tripleWords.length));
        tripleWords.push(NONE);
      }
      if (readings.length === 3) {
        this.nextWord[id] = tripleWords[triple];
        tripleWords[triple] = id;
        continue;
      }
      let fourths = fourthsByTriple.get(triple);
      if (!fourths) fourthsByTriple.set(triple, (fourths = new Map()));
      this.nextWord[id] = fourths.get(readings[3]) ?? NONE;
      fourths.set(readings[3], id);
    }
    this.tripleWords = Int32Array.from(tripleWords);
    this.tripleFourths = new Int32Array(tripleWords.length).fill(NONE);
    let listLength = 0;
    for (const lists of [thirdsByPair, fourthsByTriple]) for (const list of lists.values()) listLength += list.size + 1;
    this.syllableLists = new Uint16Array(listLength);
    this.listed = new Int32Array(listLength);
    let at = 0;
    const layOut = (list: Map<number, number>): number => {
      const start = at;
      for (const [syllable, target] of list) {
        this.syllableLists[at] = syllable;
        this.listed[at++] = target;
      }
      this.syllableLists[at++] = END_OF_LIST;
      return start;
    };
    for (const [pair, thirds] of thirdsByPair) this.pairs[2 * pair + 1] = layOut(thirds);
    for (const [triple, fourths] of fourthsByTriple) this.tripleFourths[triple] = layOut(fourths);
  }

  /** The flags of a two-syllable key (PAIR_IS_WORD …). */
  pair(key: number): number {
    return this.pairFlags[key];
  }

  /** The first two-character word that sounds like the pair key, or -1; more through nextWordOf. */
  firstPairWord(key: number): number {
    return this.pairs[2 * key];
  }

  /** The triple number of the pair key followed by a third syllable, or -1 when no longer word starts so. */
  triple(key: number, third: number): number {
    return this.findListed(this.pairs[2 * key + 1], third);
  }

  /** The first three-character word of a triple number, or -1. */
  firstTripleWord(triple: number): number {
    return this.tripleWords[triple];
  }

  /** True when a four-character word starts with the triple. */
  startsQuad(triple: number): boolean {
    return this.tripleFourths[triple] >= 0;
  }

  /** The first four-character word of the triple followed by a fourth syllable, or -1. */
  firstQuadWord(triple: number, fourth: number): number {
    return this.findListed(this.tripleFourths[triple], fourth);
  }

  /** pairCodeAt of a two-character word. */
  pairCodeOf(id: number): number {
    return this.pairCodes[id];
  }

  nextWordOf(id: number): number {
    return this.nextWord[id];
  }

  /** How many of the characters of text[start, start + length) differ from word `id` (of that length). */
  changedCount(id: number, text: string, start: number, length: number): number {
    let count = 0;
    const base = id * MAX_LENGTH;
    for (let i = 0; i < length; i++) if (text.charCodeAt(start + i) !== this.wordCharacters[base + i]) count++;
    return count;
  }

  /** What is listed beside the syllable in the list that starts at `at` (-1: no list), or -1. */
  private findListed(at: number, syllable: number): number {
    if (at < 0) return NONE;
    for (let each = this.syllableLists[at]; each !== END_OF_LIST; each = this.syllableLists[++at]) if (each === syllable) return this.listed[at];
    return NONE;
  }
}

export function buildHomophoneIndex(vocabulary: OfficialVocabulary): HomophoneIndex {
  return new HomophoneIndex([...vocabulary.targets.keys()]);
}
