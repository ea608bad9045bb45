// The official words by their toneless pinyin, keyed by numbers so that scanning a text costs no string building:
// a window of characters is looked up by the ids of its readings. Two-syllable keys have a flag table (one byte
// each) that says whether to look further; words live in typed arrays, found through an open-addressing table.
import { SYLLABLE_LIMIT, wordReadings } from './pinyin.js';
import type { OfficialVocabulary } from './official-vocabulary.js';

/** Key of a syllable sequence: ids are ≥ 1, so sequences of different lengths never share a key. */
export function extendKey(key: number, syllable: number): number {
  return key * SYLLABLE_LIMIT + syllable;
}

/** Flags of a two-syllable key: a two-character official word sounds like this … */
export const PAIR_IS_WORD = 1;
/** … and a longer one starts like this. */
export const PAIR_STARTS_WORD = 2;

const MAX_LENGTH = 4;

function slotOf(key: number, mask: number): number {
  return (Math.imul(key | 0, 0x9e3779b1) ^ Math.imul((key / 4294967296) | 0, 0x85ebca6b)) & mask;
}

export class HomophoneIndex {
  /** Two bits per two-syllable key, PAIR_IS_WORD | PAIR_STARTS_WORD (64 KB: stays in the processor's cache). */
  private readonly pairFlags = new Uint8Array((SYLLABLE_LIMIT * SYLLABLE_LIMIT) / 4);
  /** Keys of the three-syllable prefixes of four-character official words. */
  readonly prefixes = new Set<number>();
  /** The words, by id. */
  readonly words: string[] = [];
  private readonly wordCharacters: Uint16Array;
  private readonly nextWord: Int32Array;
  private readonly slotKeys: Float64Array;
  private readonly slotWords: Int32Array;
  private readonly mask: number;

  constructor(words: readonly string[]) {
    let capacity = 1024;
    while (capacity < words.length * 3) capacity *= 2;
    this.mask = capacity - 1;
    this.slotKeys = new Float64Array(capacity);
    this.slotWords = new Int32Array(capacity).fill(-1);
    this.wordCharacters = new Uint16Array(words.length * MAX_LENGTH);
    this.nextWord = new Int32Array(words.length).fill(-1);
    for (const word of words) {
      const readings = wordReadings(word);
      if (readings.length !== word.length || readings.length < 2 || readings.length > MAX_LENGTH) continue;
      let key = 0;
      readings.forEach((syllable, index) => {
        key = extendKey(key, syllable);
        if (index === 1) this.pairFlags[key >> 2] |= (readings.length === 2 ? PAIR_IS_WORD : PAIR_STARTS_WORD) << ((key & 3) * 2);
        if (index === 2 && readings.length === 4) this.prefixes.add(key);
      });
      const id = this.words.length;
      this.words.push(word);
      for (let i = 0; i < word.length; i++) this.wordCharacters[id * MAX_LENGTH + i] = word.charCodeAt(i);
      let slot = slotOf(key, this.mask);
      while (this.slotWords[slot] >= 0 && this.slotKeys[slot] !== key) slot = (slot + 1) & this.mask;
      if (this.slotWords[slot] >= 0) this.nextWord[id] = this.slotWords[slot];
      this.slotKeys[slot] = key;
      this.slotWords[slot] = id;
    }
  }

  /** PAIR_IS_WORD | PAIR_STARTS_WORD for a two-syllable key. */
  pair(key: number): number {
    return (this.pairFlags[key >> 2] >> ((key & 3) * 2)) & 3;
  }

  /** The id of the first official word with this syllable key, or -1; more through nextWordOf. */
  firstWordOf(key: number): number {
    for (let slot = slotOf(key, this.mask); ; slot = (slot + 1) & this.mask) {
      const id = this.slotWords[slot];
      if (id < 0 || this.slotKeys[slot] === key) return id;
    }
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

  /** The official words with this syllable key. */
  wordsOf(key: number): string[] {
    const found: string[] = [];
    for (let id = this.firstWordOf(key); id >= 0; id = this.nextWordOf(id)) found.push(this.words[id]);
    return found;
  }
}

export function buildHomophoneIndex(vocabulary: OfficialVocabulary): HomophoneIndex {
  return new HomophoneIndex([...vocabulary.targets.keys()]);
}
