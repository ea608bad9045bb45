import { describe, expect, it } from 'vitest';
import { WordPairSet, realWordPairs } from '../../src/homophones/word-pairs.js';
import { generalDictionary, WordModel } from '../../src/homophones/word-model.js';
import { officialVocabulary } from '../../src/homophones/official-vocabulary.js';
import { isRealWord } from '../../src/homophones/filters.js';

describe('WordPairSet', () => {
  it('holds what was added', () => {
    const pairs = new WordPairSet();
    pairs.add('生'.charCodeAt(0), '产'.charCodeAt(0));
    expect(pairs.mayBeWordAt('发展生产', 2)).toBe(true);
    expect(pairs.mayBeWordAt('发展牛产', 2)).toBe(false);
  });

  it('never misses a real two-character word, and rarely takes a typo for one', () => {
    const vocabulary = officialVocabulary();
    const model = new WordModel(generalDictionary(), vocabulary);
    const thresholds = { frequency: 10, idf: 11.5 };
    const pairs = realWordPairs(model, thresholds);
    for (const word of ['生产', '责任', '国务', '机制', '营商', '王继']) {
      expect(pairs.mayBeWordAt(word, 0), word).toBe(isRealWord(word, model.general, vocabulary, thresholds));
    }
    for (const typo of ['牛产', '贡任', '制渡', '环竟']) expect(pairs.mayBeWordAt(typo, 0), typo).toBe(false);
  });
});
