import { describe, expect, it } from 'vitest';
import { followsNumber, inParallelConstruction, isRealWord, lexicalReason, surfaceReason } from '../../src/homophones/filters.js';
import { generalDictionary } from '../../src/homophones/word-model.js';
import { officialVocabulary } from '../../src/homophones/official-vocabulary.js';

const thresholds = { frequency: 10, idf: 11.5 };

describe('surfaceReason', () => {
  const reason = (text: string, written: string, official: string) => surfaceReason(text, text.indexOf(written), written, official);

  it('keeps numerals and measure words', () => {
    expect(reason('实行一照一码', '一照', '依照')).toBe('numeral');
    expect(reason('生产建设兵团第八师', '第八师', '第八十')).toBe('numeral');
    expect(reason('关停15种小企业', '种小企业', '中小企业')).toBe('measure word');
  });

  it('keeps function characters', () => {
    expect(reason('辄置一粗瓷大茶壶', '置一', '之一')).toBe('numeral');
    expect(reason('把好事办好办实', '办实', '办事')).toBe('parallel construction');
    expect(reason('以己身育人', '以己', '以及')).toBe('function character');
    expect(reason('但未按照规定', '但未按照', '单位按照')).toBe('function character');
  });

  it('keeps provinces abbreviated and parallel constructions', () => {
    expect(reason('开展全闽乐购活动', '全闽', '全民')).toBe('place abbreviation');
    expect(reason('以商招商、以企引企', '引企', '引起')).toBe('parallel construction');
  });

  it('lets a plain typo through', () => {
    expect(reason('健全管理制渡', '制渡', '制度')).toBeUndefined();
  });
});

describe('followsNumber and inParallelConstruction', () => {
  it('sees a number right before the window', () => {
    expect(followsNumber('共15种小企业', 3)).toBe(true);
    expect(followsNumber('各种小企业', 1)).toBe(false);
  });

  it('sees a character recurring two places on', () => {
    expect(inParallelConstruction('推进优机优补', 2, 4)).toBe(true);
    expect(inParallelConstruction('应改尽改', 1, 3)).toBe(true);
    expect(inParallelConstruction('健全管理制渡', 4, 6)).toBe(false);
  });
});

describe('lexicalReason', () => {
  const general = generalDictionary();
  const vocabulary = officialVocabulary();

  it('knows real words, official or general', () => {
    expect(isRealWord('指定', general, vocabulary, thresholds)).toBe(true);
    expect(isRealWord('机智', general, vocabulary, thresholds)).toBe(true);
    expect(isRealWord('制渡', general, vocabulary, thresholds)).toBe(false);
    expect(lexicalReason('指定', '制定', general, vocabulary, thresholds)).toBe('real word');
  });

  it('keeps a window holding a real word around the changed character', () => {
    expect(lexicalReason('服务重心', '服务中心', general, vocabulary, thresholds)).toBe('real sub-word');
  });

  it('keeps a word with a productive affix', () => {
    expect(lexicalReason('战略型', '战略性', general, vocabulary, thresholds)).toBe('affix');
  });

  it('lets a non-word through', () => {
    expect(lexicalReason('制渡', '制度', general, vocabulary, thresholds)).toBeUndefined();
    expect(lexicalReason('国务园', '国务院', general, vocabulary, thresholds)).toBeUndefined();
  });
});
