import { describe, expect, it } from 'vitest';
import { blockAt, blockEnd, blockIndexAt, blockStart } from '../../src/document/blocks.js';
import { parseText } from '../../src/document/parse-text.js';
import { parseMarkdown } from '../../src/document/parse-markdown.js';
import type { CuominDocument } from '../../src/document/types.js';

/** What the rules computed by hand before: the line around an offset. */
function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}
function lineEnd(text: string, offset: number): number {
  const next = text.indexOf('\n', offset);
  return next < 0 ? text.length : next;
}

describe('block lookup', () => {
  const document = parseText('关于开展安全检查的通知\n\n各镇（街道）、各部门：\n　　现将有关事项通知如下。\n', 'n.txt');

  it('finds the block of every offset, the separator belonging to the block before it', () => {
    expect(document.blocks).toHaveLength(3);
    for (let offset = 0; offset <= document.text.length; offset++) {
      expect(blockStart(document, offset), `start at ${offset}`).toBe(lineStart(document.text, offset));
      expect(blockEnd(document, offset), `end at ${offset}`).toBe(lineEnd(document.text, offset));
    }
    const separator = document.blocks[0].end;
    expect(document.text[separator]).toBe('\n');
    expect(blockIndexAt(document, separator)).toBe(0);
    expect(blockIndexAt(document, separator + 1)).toBe(1);
    expect(blockAt(document, document.text.length)).toBe(document.blocks[2]);
  });

  it('keeps a line broken inside a Markdown paragraph in one block', () => {
    const markdown = parseMarkdown('# 标题\n\nPart one\nand part two.\n\n正文。\n', 'a.md');
    const offset = markdown.text.indexOf('and');
    expect(markdown.text.slice(blockStart(markdown, offset), blockEnd(markdown, offset))).toBe('Part one\nand part two.');
  });

  it('falls back to lines for a document without blocks', () => {
    const bare = { ...document, blocks: [] } as CuominDocument;
    const offset = document.text.indexOf('现将');
    expect(blockAt(bare, offset)).toBeUndefined();
    expect(blockStart(bare, offset)).toBe(lineStart(document.text, offset));
    expect(blockEnd(bare, offset)).toBe(document.text.length);
  });
});
