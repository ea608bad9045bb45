// Builds a Document's prose text together with a map from every prose offset back to a source offset.
import type { Block, BlockKind } from './types.js';
import { OBJECT_PLACEHOLDER } from './types.js';

/** How far ahead in the source to look for a prose character that escapes or entities moved. */
const ALIGN_LOOKAHEAD = 12;

/** URLs (with a scheme or www.) and e-mail addresses. */
export const NON_PROSE_PATTERN = /(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff01-\uff5e\u4e00-\u9fff"'<>]*[^\s\u3000-\u303f\uff01-\uff5e\u4e00-\u9fff"'<>.,;:!?)]|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[^\s\u3000-\u303f\uff01-\uff5e\u4e00-\u9fff"'<>]*[^\s\u3000-\u303f\uff01-\uff5e\u4e00-\u9fff"'<>.,;:!?)])?|[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;

interface AlignedOffsets {
  starts: number[];
  ends: number[];
}

export class ProseBuilder {
  private readonly parts: string[] = [];
  private readonly offsets: number[] = [];
  /** Source offset just after each prose character's own source (an entity or escape may be longer than one). */
  private readonly ends: number[] = [];
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
    const aligned = this.alignToSource(value, sourceStart, sourceEnd);
    let cursor = 0;
    for (const match of value.matchAll(NON_PROSE_PATTERN)) {
      const index = match.index ?? 0;
      this.appendAligned(value, aligned, cursor, index);
      const last = index + match[0].length - 1;
      this.pushChars(OBJECT_PLACEHOLDER, [aligned.starts[index]], [aligned.ends[last]]);
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

  private pushChars(value: string, starts: number[], ends: number[]): void {
    this.offsets.push(...starts);
    this.ends.push(...ends);
    this.parts.push(value);
    this.length += value.length;
  }

  /** Stands in for something that is not prose (inline code, an image, a URL) so that words around it stay apart. */
  appendPlaceholder(sourceStart: number, sourceEnd: number = sourceStart): void {
    this.pushChars(OBJECT_PLACEHOLDER, [sourceStart], [sourceEnd]);
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
    const offsets = new Int32Array(this.offsets.length + 1);
    offsets.set(this.offsets);
    offsets[this.offsets.length] = this.source.length;
    return { text: this.parts.join(''), offsets, ends: Int32Array.from(this.ends) };
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
