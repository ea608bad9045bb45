import { describe, expect, it } from 'vitest';
import { SubstitutionIndex, findSubstitutions } from '../../src/homophones/substitutions.js';
import { parseOfficialVocabulary } from '../../src/homophones/official-vocabulary.js';

const vocabulary = parseOfficialVocabulary('[target]\n生产\t100\n责任\t80\n委员会\t50\n国务院\t40\n[attested]\n牛产\t2\n');
const index = new SubstitutionIndex(vocabulary.targets.keys());
const anything = () => true;
const noWords = () => false;

function find(text: string, mayReplace: (written: number, official: number) => boolean = anything, pairIsWord: (position: number) => boolean = noWords) {
  return findSubstitutions(text, 0, text.length, index, vocabulary, mayReplace, pairIsWord).map(({ start, end, written, official }) => ({ start, end, written, official }));
}

describe('SubstitutionIndex', () => {
  it('finds the words that differ from a window in exactly the left-out position', () => {
    const found: string[] = [];
    index.eachMatch('贡任', 0, 2, 0, anything, (word) => found.push(word));
    expect(found).toEqual(['责任']);
    index.eachMatch('贡任', 0, 2, 1, anything, (word) => found.push(word));
    expect(found).toEqual(['责任']);
  });

  it('never matches the word itself, and asks whether the written character may stand for the official one', () => {
    const found: string[] = [];
    index.eachMatch('责任', 0, 2, 0, anything, (word) => found.push(word));
    expect(found).toEqual([]);
    index.eachMatch('贡任', 0, 2, 0, (written, official) => written === '贡'.charCodeAt(0) && official === '责'.charCodeAt(0), (word) => found.push(word));
    expect(found).toEqual(['责任']);
    index.eachMatch('贡任', 0, 2, 0, () => false, (word) => found.push(word));
    expect(found).toEqual(['责任']);
  });
});

describe('SubstitutionIndex, words of one key', () => {
  it('lists them the last one first', () => {
    const byKey = new SubstitutionIndex(['生产', '资产', '财产', '产品']);
    const found: string[] = [];
    byKey.eachMatch('牛产', 0, 2, 0, anything, (word) => found.push(word));
    expect(found).toEqual(['财产', '资产', '生产']);
  });
});

describe('findSubstitutions', () => {
  it('finds windows one character from an official word, of two to four characters', () => {
    expect(find('落实贡任')).toEqual([{ start: 2, end: 4, written: '贡任', official: ['责任'] }]);
    expect(find('常务禿员会')).toEqual([{ start: 2, end: 5, written: '禿员会', official: ['委员会'] }]);
    expect(find('国务完')).toEqual([{ start: 0, end: 3, written: '国务完', official: ['国务院'] }]);
  });

  it('skips words of the vocabulary (attested ones too)', () => {
    expect(find('牛产')).toEqual([]);
  });

  it('passes over a character that makes a word with a neighbour', () => {
    // 贡 at 2: the pair 实贡 is said to be a word.
    expect(find('落实贡任', anything, (position) => position === 1)).toEqual([]);
    expect(find('落实贡任', anything, (position) => position === 0)).toEqual([{ start: 2, end: 4, written: '贡任', official: ['责任'] }]);
  });

  it('passes over numerals and function characters written', () => {
    expect(find('的任')).toEqual([]);
    expect(find('三任')).toEqual([]);
  });

  it('keeps only the substitutions the caller allows', () => {
    expect(find('落实贡任', () => false)).toEqual([]);
  });
});
