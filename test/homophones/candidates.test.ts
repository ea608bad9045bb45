import { describe, expect, it } from 'vitest';
import { findCandidates, hanRuns } from '../../src/homophones/candidates.js';
import { buildHomophoneIndex } from '../../src/homophones/homophone-index.js';
import { parseOfficialVocabulary } from '../../src/homophones/official-vocabulary.js';

const vocabulary = parseOfficialVocabulary('[target]\n机制\t100\n地方\t50\n商务\t40\n营业执照\t30\n国务院\t30\n[attested]\n质权\t3\n');
const index = buildHomophoneIndex(vocabulary);
const first = { maxChanged: 2, writtenReadings: 'first' as const };

function candidates(text: string, options = first) {
  return findCandidates(text, 0, text.length, index, vocabulary, options).map(({ start, end, written, official }) => ({ start, end, written, official }));
}

describe('hanRuns', () => {
  it('splits a range at anything that is not a Han character', () => {
    expect(hanRuns('完善机制，2025年A计划', 0, 13)).toEqual([
      [0, 4],
      [9, 10],
      [11, 13],
    ]);
    expect(hanRuns('机制', 1, 2)).toEqual([[1, 2]]);
  });
});

describe('findCandidates', () => {
  it('finds a window that sounds like an official word (one pinyin step)', () => {
    expect(candidates('完善机智')).toEqual([{ start: 2, end: 4, written: '机智', official: ['机制'] }]);
  });

  it('skips the official word itself and attested words', () => {
    expect(candidates('完善机制')).toEqual([]);
    expect(candidates('设定质权')).toEqual([]);
  });

  it('finds longer words with up to maxChanged characters changed', () => {
    expect(candidates('营业支招')).toEqual([{ start: 0, end: 4, written: '营业支招', official: ['营业执照'] }]);
    expect(candidates('营业支招', { ...first, maxChanged: 1 })).toEqual([]);
    expect(candidates('国务园')).toEqual([{ start: 0, end: 3, written: '国务园', official: ['国务院'] }]);
  });

  it('never takes a two-character window with both characters changed (another word altogether)', () => {
    expect(candidates('上午')).toEqual([]);
  });

  it('tries only the first reading of a written character unless told otherwise', () => {
    // 的 is read de first; di only in 的确, 目的.
    expect(candidates('的方')).toEqual([]);
    expect(candidates('的方', { ...first, writtenReadings: 'all' })).toEqual([{ start: 0, end: 2, written: '的方', official: ['地方'] }]);
  });

  it('stays within the run', () => {
    expect(findCandidates('完善机智', 0, 3, index, vocabulary, first)).toEqual([]);
  });
});
