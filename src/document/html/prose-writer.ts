// Writes the prose of an HTML page block by block the way a browser shows it: runs of whitespace collapse to one
// space, a line break between two Chinese characters is no space at all, blocks are trimmed (also of the full-width
// and no-break spaces CMSs indent with), and URLs become placeholders. Every prose character keeps its source range.
import type { Block, BlockKind } from '../types.js';
import { OBJECT_PLACEHOLDER } from '../types.js';
import { NON_PROSE_PATTERN } from '../prose-builder.js';

/** A position in the prose that is known only once its block is written (trimming and URL masking move it). */
export interface ProseMark {
  offset: number;
}

interface PendingMark {
  mark: ProseMark;
  index: number;
  /** A start mark stays after a space written right where it was made (a link's text starts after the space). */
  start: boolean;
}

interface PendingSpace {
  start: number;
  end: number;
  newline: boolean;
}

/** Whitespace that HTML collapses (not U+00A0, U+3000: those are kept as written). */
function isCollapsible(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c;
}

/** Characters around which a line break in the source is no space: Chinese script and its punctuation. */
function isChineseContext(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    code === 0xfffc ||
    (code >= 0x2014 && code <= 0x2026) ||
    code === 0x00b7 ||
    (code >= 0xd840 && code <= 0xd87f) || // surrogates of the CJK extension planes
    (code >= 0xdc00 && code <= 0xdfff)
  );
}

/** Trimmed off both ends of a block (JavaScript's \s covers U+00A0, U+2002, U+3000 and the BOM). */
const TRIMMED = /\s/;

export class HtmlProseWriter {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private length = 0;
  readonly blocks: Block[] = [];

  // The block being written.
  private bufferText = '';
  private bufferStarts: number[] = [];
  private bufferEnds: number[] = [];
  private blockKind: BlockKind = 'paragraph';
  private blockDepth: number | undefined;
  private pendingSpace: PendingSpace | undefined;
  private pendingMarks: PendingMark[] = [];

  /** Kind and depth that a block starting now gets. */
  private nextKind: BlockKind = 'paragraph';
  private nextDepth: number | undefined;

  setKind(kind: BlockKind, depth?: number): void {
    this.nextKind = kind;
    this.nextDepth = depth;
  }

  /**
   * Appends decoded text whose unit i comes from source[starts[i], ends[i]) (or from source[offset + i] when `starts`
   * is a number: text written as it is); whitespace collapses as in a browser.
   */
  appendText(value: string, starts: ArrayLike<number> | number, ends?: ArrayLike<number>): void {
    let runStart = -1;
    for (let i = 0; i <= value.length; i++) {
      const code = i < value.length ? value.charCodeAt(i) : -1;
      if (code >= 0 && !isCollapsible(code)) {
        if (runStart < 0) runStart = i;
        continue;
      }
      if (runStart >= 0) {
        this.appendRun(value, runStart, i, starts, ends);
        runStart = -1;
      }
      if (code < 0) break;
      const start = typeof starts === 'number' ? starts + i : starts[i];
      const end = typeof starts === 'number' ? start + 1 : ends![i];
      if (this.pendingSpace) {
        if (code === 0x0a || code === 0x0d) this.pendingSpace.newline = true;
        this.pendingSpace.end = end;
      } else {
        this.pendingSpace = { start, end, newline: code === 0x0a || code === 0x0d };
      }
    }
  }

  /** Stands in for an image or other object: not a letter, but it keeps the words around it apart. */
  appendPlaceholder(sourceStart: number, sourceEnd: number): void {
    this.resolveSpace(OBJECT_PLACEHOLDER.charCodeAt(0));
    this.push(OBJECT_PLACEHOLDER, sourceStart, sourceEnd);
  }

  /** The prose offset of this point of the writing (of what comes next for a start mark), known once its block is written. */
  mark(start: boolean): ProseMark {
    const mark: ProseMark = { offset: -1 };
    this.pendingMarks.push({ mark, index: this.bufferText.length, start });
    return mark;
  }

  /** Ends the block being written (a block element starts or ends, or a <br>). */
  endBlock(): void {
    this.pendingSpace = undefined;
    const text = this.bufferText;
    let lead = 0;
    while (lead < text.length && TRIMMED.test(text[lead])) lead++;
    let tail = text.length;
    while (tail > lead && TRIMMED.test(text[tail - 1])) tail--;
    if (tail <= lead) {
      for (const pending of this.pendingMarks) pending.mark.offset = this.length;
    } else {
      this.writeBlock(text, lead, tail);
    }
    this.pendingMarks = [];
    this.bufferText = '';
    this.bufferStarts = [];
    this.bufferEnds = [];
  }

  finish(sourceLength: number): { text: string; offsets: Int32Array; ends: Int32Array; blocks: Block[] } {
    this.endBlock();
    const offsets = new Int32Array(this.starts.length + 1);
    offsets.set(this.starts);
    offsets[this.starts.length] = sourceLength;
    return { text: this.parts.join(''), offsets, ends: Int32Array.from(this.ends), blocks: this.blocks };
  }

  get position(): number {
    return this.length;
  }

  private appendRun(value: string, from: number, to: number, starts: ArrayLike<number> | number, ends: ArrayLike<number> | undefined): void {
    this.resolveSpace(value.charCodeAt(from));
    if (this.bufferText.length === 0) this.startBuffer();
    this.bufferText += value.slice(from, to);
    if (typeof starts === 'number') {
      for (let i = from; i < to; i++) {
        this.bufferStarts.push(starts + i);
        this.bufferEnds.push(starts + i + 1);
      }
    } else {
      for (let i = from; i < to; i++) {
        this.bufferStarts.push(starts[i]);
        this.bufferEnds.push(ends![i]);
      }
    }
  }

  /** Writes the pending space before a character, unless it is a line break between two Chinese characters. */
  private resolveSpace(nextCode: number): void {
    const space = this.pendingSpace;
    if (!space) return;
    this.pendingSpace = undefined;
    if (this.bufferText.length === 0) return;
    const previousCode = this.bufferText.charCodeAt(this.bufferText.length - 1);
    if (space.newline && isChineseContext(previousCode) && isChineseContext(nextCode)) return;
    const index = this.bufferText.length;
    for (const pending of this.pendingMarks) if (pending.start && pending.index === index) pending.index++;
    this.push(' ', space.start, space.start + 1);
  }

  private startBuffer(): void {
    this.blockKind = this.nextKind;
    this.blockDepth = this.nextDepth;
  }

  private push(char: string, start: number, end: number): void {
    if (this.bufferText.length === 0) this.startBuffer();
    this.bufferText += char;
    this.bufferStarts.push(start);
    this.bufferEnds.push(end);
  }

  private writeBlock(text: string, lead: number, tail: number): void {
    if (this.blocks.length > 0) this.emit('\n', this.bufferStarts[lead], this.bufferStarts[lead]);
    const blockStart = this.length;
    // Prose offset of each buffer index (for marks); indices inside a masked URL map to its placeholder.
    const offsetAt = new Int32Array(text.length + 1);
    for (let i = 0; i <= lead; i++) offsetAt[i] = blockStart;
    let cursor = lead;
    const kept = text.slice(lead, tail);
    const copy = (to: number): void => {
      for (; cursor < to; cursor++) {
        offsetAt[cursor] = this.length;
        this.emit(text[cursor], this.bufferStarts[cursor], this.bufferEnds[cursor]);
      }
    };
    for (const match of kept.matchAll(NON_PROSE_PATTERN)) {
      const from = lead + (match.index ?? 0);
      const to = from + match[0].length;
      copy(from);
      for (let i = from; i < to; i++) offsetAt[i] = this.length;
      this.emit(OBJECT_PLACEHOLDER, this.bufferStarts[from], this.bufferEnds[to - 1]);
      cursor = to;
    }
    copy(tail);
    for (let i = tail; i <= text.length; i++) offsetAt[i] = this.length;
    for (const pending of this.pendingMarks) pending.mark.offset = offsetAt[Math.min(pending.index, text.length)];
    const block: Block = { kind: this.blockKind, start: blockStart, end: this.length };
    if (this.blockDepth !== undefined) block.depth = this.blockDepth;
    this.blocks.push(block);
  }

  private emit(char: string, start: number, end: number): void {
    this.parts.push(char);
    this.starts.push(start);
    this.ends.push(end);
    this.length++;
  }
}
