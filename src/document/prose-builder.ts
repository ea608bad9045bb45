// Builds a Document's prose text together with a map from every prose offset back to a source offset.
import type { Block, BlockKind } from './types.js';
import { OBJECT_PLACEHOLDER } from './types.js';

/** How far ahead in the source to look for a prose character that escapes or entities moved. */
const ALIGN_LOOKAHEAD = 12;

/** URLs (with a scheme or www.) and e-mail addresses. */
export const NON_PROSE_PATTERN = /(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff01-\uff5e\u4e00-\u9fff"'<>]*[^\s\u3000-\u303f\uff01-\uff5e\u4e00-\u9fff"'<>.,;:!?)]|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[^\s\u3000-\u303f\uff01-\uff5e\u4e00-\u9fff"'<>]*[^\s\u3000-\u303f\uff01-\uff5e\u4e00-\u9fff"'<>.,;:!?)])?|[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;

const HAS_NON_PROSE = new RegExp(NON_PROSE_PATTERN.source, 'i');

interface AlignedOffsets {
  starts: number[];
  ends: number[];
}

/** Source offsets of the prose characters, in a typed array that grows as prose is appended. */
class OffsetColumn {
  private values = new Int32Array(1024);
  length = 0;

  reserve(extra: number): void {
    if (this.length + extra <= this.values.length) return;
    let capacity = this.values.length * 2;
    while (capacity < this.length + extra) capacity *= 2;
    const grown = new Int32Array(capacity);
    grown.set(this.values.subarray(0, this.length));
    this.values = grown;
  }

  push(value: number): void {
    this.reserve(1);
    this.values[this.length++] = value;
  }

  /** For writes after reserve(): no bounds growth. */
  set(index: number, value: number): void {
    this.values[index] = value;
  }

  /** A copy with `extra` more slots at the end. */
  toArray(extra = 0): Int32Array {
    const copy = new Int32Array(this.length + extra);
    copy.set(this.values.subarray(0, this.length));
    return copy;
  }
}

export class ProseBuilder {
  private readonly parts: string[] = [];
  private readonly offsets = new OffsetColumn();
  /** Source offset just after each prose character's own source (an entity or escape may be longer than one). */
  private readonly ends = new OffsetColumn();
  private length = 0;
  readonly blocks: Block[] = [];
  private openBlock: { kind: BlockKind; start: number; depth?: number; listMarker?: string } | undefined;

  constructor(private readonly source: string) {}

  get position(): number {
    return this.length;
  }

  /**
   * Appends text whose characters come, in order, from source[sourceStart, sourceEnd) (escapes and entities allowed).
   * URLs and e-mail addresses in it become placeholders: they are not prose.
   */
  appendFromSource(value: string, sourceStart: number, sourceEnd: number): void {
    if (!HAS_NON_PROSE.test(value)) {
      this.appendAlignedDirectly(value, sourceStart, sourceEnd);
      return;
    }
    const aligned = this.alignToSource(value, sourceStart, sourceEnd);
    let cursor = 0;
    for (const match of value.matchAll(NON_PROSE_PATTERN)) {
      const index = match.index ?? 0;
      this.appendAligned(value, aligned, cursor, index);
      const last = index + match[0].length - 1;
      this.pushChar(OBJECT_PLACEHOLDER, aligned.starts[index], aligned.ends[last]);
      cursor = index + match[0].length;
    }
    this.appendAligned(value, aligned, cursor, value.length);
  }

  /** Appends characters that have no source of their own (separators), all mapped to one source offset. */
  appendSynthetic(value: string, sourceOffset: number): void {
    for (let i = 0; i < value.length; i++) {
      this.offsets.push(sourceOffset);
      this.ends.push(sourceOffset);
    }
    this.parts.push(value);
    this.length += value.length;
  }

  private pushChar(value: string, start: number, end: number): void {
    this.offsets.push(start);
    this.ends.push(end);
    this.parts.push(value);
    this.length += value.length;
  }

  /** Stands in for something that is not prose (inline code, an image, a URL) so that words around it stay apart. */
  appendPlaceholder(sourceStart: number, sourceEnd: number = sourceStart): void {
    this.pushChar(OBJECT_PLACEHOLDER, sourceStart, sourceEnd);
  }

  startBlock(kind: BlockKind, sourceOffset: number, extra: { depth?: number; listMarker?: string } = {}): void {
    this.endBlock();
    if (this.blocks.length > 0) this.appendSynthetic('\n', sourceOffset);
    this.openBlock = { kind, start: this.length, ...extra };
  }

  endBlock(): void {
    if (!this.openBlock) return;
    const block: Block = { kind: this.openBlock.kind, start: this.openBlock.start, end: this.length };
    if (this.openBlock.depth !== undefined) block.depth = this.openBlock.depth;
    if (this.openBlock.listMarker !== undefined) block.listMarker = this.openBlock.listMarker;
    this.blocks.push(block);
    this.openBlock = undefined;
  }

  finish(): { text: string; offsets: Int32Array; ends: Int32Array } {
    this.endBlock();
    const offsets = this.offsets.toArray(1);
    offsets[this.offsets.length] = this.source.length;
    return { text: this.parts.join(''), offsets, ends: this.ends.toArray() };
  }

  private appendAligned(value: string, aligned: AlignedOffsets, from: number, to: number): void {
    if (to <= from) return;
    for (let i = from; i < to; i++) {
      this.offsets.push(aligned.starts[i]);
      this.ends.push(aligned.ends[i]);
    }
    this.parts.push(value.slice(from, to));
    this.length += to - from;
  }

  /** alignToSource written straight into the offset columns (the common case: no URL to mask). */
  private appendAlignedDirectly(value: string, sourceStart: number, sourceEnd: number): void {
    if (value.length === 0) return;
    this.offsets.reserve(value.length);
    this.ends.reserve(value.length);
    const base = this.offsets.length;
    let sourceIndex = sourceStart;
    for (let i = 0; i < value.length; i++) {
      let start: number;
      if (sourceIndex < sourceEnd && this.source.charCodeAt(sourceIndex) === value.charCodeAt(i)) {
        start = sourceIndex++;
      } else {
        const found = this.findAhead(value[i], sourceIndex, sourceEnd);
        if (found >= 0) {
          start = found;
          sourceIndex = found + 1;
        } else {
          start = Math.min(sourceIndex, sourceEnd);
          sourceIndex = this.skipEntity(sourceIndex, sourceEnd);
        }
      }
      this.offsets.set(base + i, start);
      this.ends.set(base + i, Math.max(sourceIndex, start));
    }
    this.offsets.length += value.length;
    this.ends.length += value.length;
    this.parts.push(value);
    this.length += value.length;
  }

  private alignToSource(value: string, sourceStart: number, sourceEnd: number): AlignedOffsets {
    const starts = new Array<number>(value.length);
    const ends = new Array<number>(value.length);
    let sourceIndex = sourceStart;
    for (let i = 0; i < value.length; i++) {
      const found = this.findAhead(value[i], sourceIndex, sourceEnd);
      if (found >= 0) {
        starts[i] = found;
        sourceIndex = found + 1;
      } else {
        starts[i] = Math.min(sourceIndex, sourceEnd);
        sourceIndex = this.skipEntity(sourceIndex, sourceEnd);
      }
      ends[i] = Math.max(sourceIndex, starts[i]);
    }
    return { starts, ends };
  }

  private findAhead(char: string, from: number, limit: number): number {
    const end = Math.min(limit, from + ALIGN_LOOKAHEAD);
    for (let offset = from; offset < end; offset++) {
      if (this.source[offset] === char) return offset;
    }
    return -1;
  }

  private skipEntity(from: number, limit: number): number {
    if (this.source[from] === '&') {
      const semicolon = this.source.indexOf(';', from);
      if (semicolon > from && semicolon < limit && semicolon - from <= 10) return semicolon + 1;
    }
    return Math.min(from + 1, limit);
  }
}
