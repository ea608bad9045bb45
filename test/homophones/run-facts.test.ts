import { describe, expect, it } from 'vitest';
import { OfficialWordsOfRun, describeRun, lengthBit, pairFactsFrom } from '../../src/homophones/run-facts.js';
import { MAY_BE_REAL_WORD, OFFICIAL_WORD_SHIFT, PairFacts, firstCharacterFacts } from '../../src/homophones/pair-facts.js';
import { buildHomophoneIndex } from '../../src/homophones/homophone-index.js';
import { parseOfficialVocabulary } from '../../src/homophones/official-vocabulary.js';
import { WordPairSet } from '../../src/homophones/word-pairs.js';

const vocabulary = parseOfficialVocabulary('[target]\n机制\t100\n危机\t80\n之中\t60\n国务院\t40\n营业执照\t30\n[attested]\n质权\t3\n');
const index = buildHomophoneIndex(vocabulary);

/** The lengths of the windows taken at each offset of the text, as a string per offset ('234', '34', '' …). */
function takenLengths(text: string, crossingWords: boolean): string[] {
  const facts = new OfficialWordsOfRun(vocabulary, index, { crossingWords, wholePairs: false });
  facts.startRun(text, 0, text.length);
  return [...text].map((_, offset) => [2, 3, 4].filter((length) => facts.windowLengths[offset] & lengthBit(length)).join(''));
}

/** The window lengths the rules give, worked out the plain way from which pairs are official words. */
function plainLengths(official: boolean[], crossingWords: boolean): number[] {
  const length = official.length + 1;
  return Array.from({ length }, (_, offset) => {
    if (crossingWords && offset > 0 && official[offset - 1]) return 0;
    let lengths = 0;
    for (let windowLength = 2; windowLength <= 4 && offset + windowLength <= length; windowLength++) {
      if (windowLength === 2 && official[offset]) continue;
      if (crossingWords && official[offset + windowLength - 1]) continue;
      lengths |= lengthBit(windowLength);
    }
    return lengths;
  });
}

describe('the windows of a run that may be candidates', () => {
  it('leaves out a window that is a two-character official word, and those it crosses', () => {
    // 危机 at 0 and 之中 at 2 are official words (机之 is none): 危机 is one, 危机之 ends inside 之中, windows from 机
    // start inside 危机, from 之 inside … only the whole 危机之中 is left.
    expect(takenLengths('危机之中', true)).toEqual(['4', '', '', '']);
    // Crossing words allowed, only the official words themselves are left out.
    expect(takenLengths('危机之中', false)).toEqual(['34', '23', '', '']);
  });

  it('takes windows only as long as the run allows', () => {
    expect(takenLengths('完善天天', true)).toEqual(['234', '23', '2', '']);
  });

  it('agrees with the plain rules on every pattern of official pairs', () => {
    for (const crossingWords of [true, false]) {
      for (let pairs = 1; pairs <= 7; pairs++) {
        for (let pattern = 0; pattern < 1 << pairs; pattern++) {
          const official = Array.from({ length: pairs }, (_, i) => ((pattern >> i) & 1) === 1);
          const source = pairFactsFrom((_text, position) => (official[position] ? 1 << OFFICIAL_WORD_SHIFT : 0));
          const facts = describeRun('天'.repeat(pairs + 1), 0, pairs + 1, source);
          const withCrossing = new OfficialWordsOfRun(vocabulary, index, { crossingWords, wholePairs: false });
          withCrossing.describe('天'.repeat(pairs + 1), 0, pairs + 1, source, crossingWords);
          const expected = plainLengths(official, crossingWords);
          expect([...withCrossing.windowLengths.subarray(0, pairs + 1)], `${crossingWords} ${pattern.toString(2)}`).toEqual(expected);
          if (!crossingWords) expect([...facts.windowLengths.subarray(0, pairs + 1)]).toEqual(expected);
        }
      }
    }
  });
});

describe('the loose characters of a run', () => {
  it('are those that make no word with a neighbour and are no numeral or function character', () => {
    const text = '落实贡任的三项';
    const words = new Set([0, 5]); // 落实, 三项 may be words
    const facts = describeRun(
      text,
      0,
      text.length,
      pairFactsFrom((_text, position) => firstCharacterFacts(text.charCodeAt(position)) | (words.has(position) ? MAY_BE_REAL_WORD : 0)),
    );
    expect([...facts.looseOffsets.subarray(0, facts.looseOffsetCount)].map((offset) => text[offset])).toEqual(['贡', '任']);
  });
});

describe('PairFacts', () => {
  it('gives the same facts from its cache as worked out afresh, whatever came between', () => {
    const wordPairs = new WordPairSet();
    wordPairs.add('机'.charCodeAt(0), '制'.charCodeAt(0));
    const text = '健全管理机制完善国务院营业执照机智危机之中质权';
    const cached = new PairFacts(index, vocabulary.targets.keys(), false, wordPairs);
    const first = [...text].slice(1).map((_, position) => cached.at(text, position));
    // Many other pairs, some of them in the same slots.
    for (let code = 0x4e00; code < 0x9f00; code++) cached.at(String.fromCharCode(code, code + 1), 0);
    const again = [...text].slice(1).map((_, position) => cached.at(text, position));
    const fresh = new PairFacts(index, vocabulary.targets.keys(), false, wordPairs);
    expect(again).toEqual(first);
    expect([...text].slice(1).map((_, position) => fresh.at(text, position))).toEqual(first);
    const filled = new Int32Array(text.length - 1);
    cached.fillRun(text, 0, text.length - 1, filled);
    expect([...filled]).toEqual(first);
  });

  it('tells official words and real ones apart', () => {
    const wordPairs = new WordPairSet();
    wordPairs.add('机'.charCodeAt(0), '制'.charCodeAt(0));
    wordPairs.add('管'.charCodeAt(0), '理'.charCodeAt(0));
    const facts = new PairFacts(index, vocabulary.targets.keys(), false, wordPairs);
    const official = (text: string) => (facts.at(text, 0) >>> OFFICIAL_WORD_SHIFT) & 1;
    const real = (text: string) => (facts.at(text, 0) & MAY_BE_REAL_WORD) !== 0;
    expect([official('机制'), official('管理'), official('机智')]).toEqual([1, 0, 0]);
    expect([real('机制'), real('管理'), real('机智')]).toEqual([true, true, false]);
  });
});
