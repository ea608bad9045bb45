// The sentences of a document's prose that hold given edits, as ranges the language-model corrector checks.
import type { Block } from '../document/types.js';

/** A finding of another check as the corrector takes it: offsets in the prose and the replacement, if any. */
export interface TextEdit {
  start: number;
  end: number;
  replacement?: string;
}

/** What ends a sentence for the corrector (src/language-model/corrector.ts splits its ranges at the same characters). */
const SENTENCE_END = new Set(['。', '！', '？', '；', '\n']);

/**
 * The sentences, within their blocks, that overlap at least one edit: in order, each once, each ending after its
 * closing punctuation (or at the end of its block).
 */
export function sentencesAround(text: string, blocks: readonly Block[], edits: readonly TextEdit[]): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  for (const edit of edits) {
    const block = blocks.find((candidate) => candidate.start <= edit.start && edit.start < candidate.end);
    if (!block) continue;
    let start = edit.start;
    while (start > block.start && !SENTENCE_END.has(text[start - 1])) start--;
    let end = Math.max(edit.end, edit.start + 1);
    while (end < block.end && !SENTENCE_END.has(text[end - 1])) end++;
    ranges.push({ start, end: Math.min(end, block.end) });
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Array<{ start: number; end: number }> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** The parts of the blocks outside the given ranges (sorted, not overlapping), in order. */
export function outsideRanges(blocks: readonly Block[], ranges: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const outside: Array<{ start: number; end: number }> = [];
  let next = 0;
  for (const block of blocks) {
    let start = block.start;
    while (next < ranges.length && ranges[next].end <= block.start) next++;
    for (let r = next; r < ranges.length && ranges[r].start < block.end; r++) {
      if (ranges[r].start > start) outside.push({ start, end: ranges[r].start });
      start = Math.max(start, ranges[r].end);
    }
    if (start < block.end) outside.push({ start, end: block.end });
  }
  return outside;
}
