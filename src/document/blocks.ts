// Finds the block a prose offset lies in, by binary search over `document.blocks`, so that rules need not look for
// line breaks by hand.
import type { Block, CuominDocument } from './types.js';

/**
 * Index of the block that holds prose offset `offset`: the last block starting at or before it. An offset on the
 * "\n" between two blocks belongs to the block before it, as does the end of the text to the last block. -1 when the
 * document has no blocks or the offset lies before the first one.
 */
export function blockIndexAt(document: CuominDocument, offset: number): number {
  const { blocks } = document;
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (blocks[middle].start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The block that holds prose offset `offset` (see blockIndexAt), or undefined. */
export function blockAt(document: CuominDocument, offset: number): Block | undefined {
  const index = blockIndexAt(document, offset);
  return index < 0 ? undefined : document.blocks[index];
}

/**
 * Start of the block that holds `offset`. A document without blocks (built by hand, say) counts its "\n"-separated
 * lines as blocks.
 */
export function blockStart(document: CuominDocument, offset: number): number {
  const block = blockAt(document, offset);
  if (block) return block.start;
  return document.blocks.length === 0 ? document.text.lastIndexOf('\n', offset - 1) + 1 : 0;
}

/** End (exclusive) of the block that holds `offset`; for a document without blocks, the end of its line. */
export function blockEnd(document: CuominDocument, offset: number): number {
  const block = blockAt(document, offset);
  if (block) return Math.max(block.end, Math.min(offset, document.text.length));
  if (document.blocks.length > 0) return document.blocks[0].start;
  const lineBreak = document.text.indexOf('\n', offset);
  return lineBreak < 0 ? document.text.length : lineBreak;
}
