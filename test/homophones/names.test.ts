import { describe, expect, it } from 'vitest';
import { changesPlaceAbbreviation, mayBeName } from '../../src/homophones/names.js';
import { generalDictionary, WordModel } from '../../src/homophones/word-model.js';
import { officialVocabulary } from '../../src/homophones/official-vocabulary.js';

const general = generalDictionary();
const model = new WordModel(general, officialVocabulary());
const name = (context: string, window: string) => {
  const start = context.indexOf(window);
  return mayBeName(context, model.segment(context), start, start + window.length, general);
};

describe('mayBeName', () => {
  it('protects a given name after a surname that stands alone', () => {
    expect(name('县长王继志出席', '继志')).toBe(true);
    expect(name('书记李建社讲话', '建社')).toBe(true);
    expect(name('书记李建社讲话', '李建')).toBe(true);
  });

  it('does not take a surname character inside a word for a name', () => {
    expect(name('建立监管机智', '机智')).toBe(false);
  });

  it('does not protect a window reaching beyond a three-character name', () => {
    expect(name('县长王继志同志出席', '志同')).toBe(false);
  });

  it('protects words jieba tags as names', () => {
    expect(name('来到海淀区调研', '海淀')).toBe(true);
  });
});

describe('changesPlaceAbbreviation', () => {
  it('sees a province abbreviation written where the official word has another character', () => {
    expect(changesPlaceAbbreviation('全闽', '全民')).toBe(true);
    expect(changesPlaceAbbreviation('制渡', '制度')).toBe(false);
  });
});
