// The sentences the language-model corrector is given around other checks' findings.
import { describe, expect, it } from 'vitest';
import { outsideRanges, sentencesAround } from '../../src/language-model/sentences.js';
import type { Block } from '../../src/document/types.js';

const paragraph = (start: number, end: number): Block => ({ kind: 'paragraph', start, end });
const at = (text: string, part: string, replacement?: string) => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, replacement };
};
const slices = (text: string, ranges: Array<{ start: number; end: number }>) => ranges.map((range) => text.slice(range.start, range.end));

describe('sentencesAround', () => {
  const text = '健全管理制渡，抓好落实。优化营商环境；激发市场活力！第二段没有错。\n加强监管';
  const blocks = [paragraph(0, 33), paragraph(34, text.length)];

  it('gives the whole sentence of an edit, with its closing punctuation', () => {
    expect(slices(text, sentencesAround(text, blocks, [at(text, '制渡', '制度')]))).toEqual(['健全管理制渡，抓好落实。']);
  });

  it('gives each sentence once, in order', () => {
    const edits = [at(text, '激发'), at(text, '管理'), at(text, '抓好')];
    expect(slices(text, sentencesAround(text, blocks, edits))).toEqual(['健全管理制渡，抓好落实。', '激发市场活力！']);
  });

  it('stops at the end of the block', () => {
    expect(slices(text, sentencesAround(text, blocks, [at(text, '监管')]))).toEqual(['加强监管']);
  });

  it('ignores edits outside every block', () => {
    expect(sentencesAround(text, blocks, [{ start: 33, end: 34 }])).toEqual([]);
  });

  it('takes an edit that ends on the closing punctuation as its own sentence', () => {
    expect(slices(text, sentencesAround(text, blocks, [at(text, '落实。')]))).toEqual(['健全管理制渡，抓好落实。']);
  });
});

describe('outsideRanges', () => {
  const blocks: Block[] = [paragraph(0, 10), paragraph(11, 20), paragraph(21, 30)];

  it('gives the parts of each block around the ranges', () => {
    expect(outsideRanges(blocks, [{ start: 3, end: 5 }, { start: 11, end: 20 }, { start: 25, end: 30 }])).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 10 },
      { start: 21, end: 25 },
    ]);
  });

  it('gives the blocks themselves when there is no range', () => {
    expect(outsideRanges(blocks, [])).toEqual([
      { start: 0, end: 10 },
      { start: 11, end: 20 },
      { start: 21, end: 30 },
    ]);
  });
});
