import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { characterCount, officialVocabulary, officialVocabularyPath, parseOfficialVocabulary } from '../../src/homophones/official-vocabulary.js';

describe('parseOfficialVocabulary', () => {
  it('reads sections, counts and comments', () => {
    const vocabulary = parseOfficialVocabulary('# header\n[target]\n机制\t120\n制度\t80\n[phrase]\n产业体系\t12\n[attested]\n质权\t5\n');
    expect([...vocabulary.targets]).toEqual([
      ['机制', 120],
      ['制度', 80],
      ['产业体系', 12],
    ]);
    expect(vocabulary.words.get('质权')).toBe(5);
    expect(vocabulary.targets.has('质权')).toBe(false);
  });

  it('takes lines before any section for targets', () => {
    expect(parseOfficialVocabulary('机制\t3\n').targets.get('机制')).toBe(3);
  });

  it('reads the character table in half-decades', () => {
    const vocabulary = parseOfficialVocabulary('[target]\n机制\t10\n[characters]\n10\t的制\n2\t渡\n');
    expect(characterCount(vocabulary, '制')).toBe(Math.round(10 ** 5.25));
    expect(characterCount(vocabulary, '渡')).toBe(Math.round(10 ** 1.25));
    expect(characterCount(vocabulary, '竟')).toBe(0);
  });

  it('counts characters over the words, weighted, when there is no table', () => {
    const vocabulary = parseOfficialVocabulary('[target]\n机制\t10\n体制\t5\n');
    expect(characterCount(vocabulary, '制')).toBe(15);
    expect(characterCount(vocabulary, '机')).toBe(10);
    expect(characterCount(vocabulary, '智')).toBe(0);
  });
});

describe('the shipped official vocabulary', () => {
  const vocabulary = officialVocabulary();

  it('is small and says how it was made', () => {
    const text = fs.readFileSync(officialVocabularyPath(), 'utf8');
    expect(Buffer.byteLength(text)).toBeLessThan(200_000);
    expect(text).toMatch(/^# official-vocabulary/);
    expect(text).toContain('bench/build-official-vocabulary.js');
    expect(text).toContain('never a *.test split');
    expect(text).not.toMatch(/\.test\b(?! split)/);
  });

  it('holds the frequent words of official text as targets', () => {
    for (const word of ['机制', '制度', '贯彻', '落实', '人民政府', '营商环境', '监督']) expect(vocabulary.targets.has(word), word).toBe(true);
    expect(vocabulary.targets.size).toBeGreaterThan(5000);
    expect(vocabulary.targets.size).toBeLessThan(12000);
  });

  it('holds two-word phrases, attested homophones and character frequencies', () => {
    expect(vocabulary.targets.has('产业体系')).toBe(true);
    expect(vocabulary.words.size).toBeGreaterThan(vocabulary.targets.size);
    expect(characterCount(vocabulary, '的')).toBeGreaterThan(100_000);
    expect(characterCount(vocabulary, '竟')).toBeLessThan(characterCount(vocabulary, '境') / 100);
  });

  it('has only words of 2–4 Han characters', () => {
    for (const word of vocabulary.words.keys()) expect(word).toMatch(/^\p{Script=Han}{2,4}$/u);
  });
});
