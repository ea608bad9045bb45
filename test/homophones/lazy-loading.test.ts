// Runs in its own worker: nothing else has loaded jieba's dictionary yet.
import { describe, expect, it } from 'vitest';
import { createHomophoneChecker } from '../../src/homophones/check-homophones.js';
import { isGeneralDictionaryLoaded } from '../../src/homophones/word-model.js';
import { isSegmenterLoaded } from '../../src/dictionary/segmenter.js';

describe('loading', () => {
  // The look-alike check needs jieba's word table for every text with Han characters (see findSubstitutions); the
  // homophone check alone reads it only for a candidate.
  const checker = createHomophoneChecker({ substitutions: false });
  const check = (text: string) => checker.check(text, [{ start: 0, end: text.length }]);

  it('does not read jieba\'s dictionary for a draft without candidates', () => {
    expect(check('本条例自公布之日起施行。')).toEqual([]);
    expect(isGeneralDictionaryLoaded()).toBe(false);
  });

  it('nor for one whose candidates all fail the surface tests', () => {
    expect(check('推行一照一码。')).toEqual([]);
    expect(isGeneralDictionaryLoaded()).toBe(false);
  });

  it('reads it when a candidate needs it, and never loads nodejieba\'s segmenter', () => {
    expect(check('健全管理制渡。')).toHaveLength(1);
    expect(isGeneralDictionaryLoaded()).toBe(true);
    expect(isSegmenterLoaded()).toBe(false);
  });

  it('with the look-alike check, reads the word table but still never loads nodejieba\'s segmenter', () => {
    const withLookalikes = createHomophoneChecker();
    const text = '鼓励保捡公司为物流企业提供融资支持。';
    expect(withLookalikes.check(text, [{ start: 0, end: text.length }])).toHaveLength(1);
    expect(isSegmenterLoaded()).toBe(false);
  });
});
