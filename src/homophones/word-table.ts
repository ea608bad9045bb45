// A compact table of short words (at most four UTF-16 units) with a count, an idf and a name flag each: typed
// arrays only, so that hundreds of thousands of entries cost the garbage collector nothing, and looked up by a range
// of a text without cutting a string out of it.

export const MAX_TABLE_WORD_LENGTH = 4;

/** FNV-1a over the char codes of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class WordTable {
  private slots: Int32Array;
  private mask: number;
  private characters: Uint16Array;
  private lengths: Uint8Array;
  private counts: Float64Array;
  private idfs: Float32Array;
  private names: Uint8Array;
  size = 0;

  constructor(expectedSize: number) {
    let capacity = 1024;
    while (capacity < expectedSize * 2) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    const entries = Math.max(16, expectedSize);
    this.characters = new Uint16Array(entries * MAX_TABLE_WORD_LENGTH);
    this.lengths = new Uint8Array(entries);
    this.counts = new Float64Array(entries);
    this.idfs = new Float32Array(entries).fill(Number.NaN);
    this.names = new Uint8Array(entries);
  }

  /** The entry of text[start, end), or -1. */
  find(text: string, start = 0, end = text.length): number {
    const length = end - start;
    if (length < 1 || length > MAX_TABLE_WORD_LENGTH) return -1;
    for (let slot = hashOf(text, start, end) & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot];
      if (entry < 0) return -1;
      if (this.lengths[entry] !== length) continue;
      let same = true;
      const base = entry * MAX_TABLE_WORD_LENGTH;
      for (let i = 0; i < length; i++) {
        if (this.characters[base + i] !== text.charCodeAt(start + i)) {
          same = false;
          break;
        }
      }
      if (same) return entry;
    }
  }

  /** The entry of text[start, end), added (count 0, no idf) when missing; -1 when it is too long to hold. */
  entry(text: string, start = 0, end = text.length): number {
    const length = end - start;
    if (length < 1 || length > MAX_TABLE_WORD_LENGTH) return -1;
    const found = this.find(text, start, end);
    if (found >= 0) return found;
    if (this.size * 2 >= this.slots.length) this.grow();
    if (this.size >= this.lengths.length) this.growEntries();
    const entry = this.size++;
    const base = entry * MAX_TABLE_WORD_LENGTH;
    for (let i = 0; i < length; i++) this.characters[base + i] = text.charCodeAt(start + i);
    this.lengths[entry] = length;
    this.place(entry, hashOf(text, start, end));
    return entry;
  }

  /** How many characters the entry's word has. */
  lengthOf(entry: number): number {
    return this.lengths[entry];
  }

  /** The char code of the entry's word at `index`. */
  charCodeOf(entry: number, index: number): number {
    return this.characters[entry * MAX_TABLE_WORD_LENGTH + index];
  }

  count(entry: number): number {
    return entry < 0 ? 0 : this.counts[entry];
  }

  addCount(entry: number, count: number): void {
    if (entry >= 0) this.counts[entry] += count;
  }

  /** The entry's idf, NaN when it has none. */
  idf(entry: number): number {
    return entry < 0 ? Number.NaN : this.idfs[entry];
  }

  setIdf(entry: number, idf: number): void {
    if (entry >= 0) this.idfs[entry] = idf;
  }

  isName(entry: number): boolean {
    return entry >= 0 && this.names[entry] === 1;
  }

  markName(entry: number): void {
    if (entry >= 0) this.names[entry] = 1;
  }

  /** The table as bytes, for the build to store (see `fromBytes`). */
  toBytes(): Buffer {
    const header = new Float64Array([this.slots.length, this.size]);
    const parts: ArrayBufferView[] = [
      header,
      this.slots,
      this.characters.subarray(0, this.size * MAX_TABLE_WORD_LENGTH),
      this.lengths.subarray(0, this.size),
      this.counts.subarray(0, this.size),
      this.idfs.subarray(0, this.size),
      this.names.subarray(0, this.size),
    ];
    // Each part starts on an 8-byte boundary so that it can be viewed in place when read back.
    const chunks: Buffer[] = [];
    for (const part of parts) {
      const bytes = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
      chunks.push(bytes, Buffer.alloc((8 - (bytes.length % 8)) % 8));
    }
    return Buffer.concat(chunks);
  }

  /** A table read back from `toBytes`, its arrays viewing a copy of the bytes (no parsing). */
  static fromBytes(source: Uint8Array): WordTable {
    const buffer = new ArrayBuffer(source.byteLength);
    new Uint8Array(buffer).set(source);
    const [slotCount, size] = new Float64Array(buffer, 0, 2);
    let offset = 16;
    const take = <T>(make: (start: number) => T, byteLength: number): T => {
      const view = make(offset);
      offset += byteLength + ((8 - (byteLength % 8)) % 8);
      return view;
    };
    const table = new WordTable(0);
    table.slots = take((start) => new Int32Array(buffer, start, slotCount), slotCount * 4);
    table.mask = slotCount - 1;
    table.characters = take((start) => new Uint16Array(buffer, start, size * MAX_TABLE_WORD_LENGTH), size * MAX_TABLE_WORD_LENGTH * 2);
    table.lengths = take((start) => new Uint8Array(buffer, start, size), size);
    table.counts = take((start) => new Float64Array(buffer, start, size), size * 8);
    table.idfs = take((start) => new Float32Array(buffer, start, size), size * 4);
    table.names = take((start) => new Uint8Array(buffer, start, size), size);
    table.size = size;
    return table;
  }

  private place(entry: number, hash: number): void {
    let slot = hash & this.mask;
    while (this.slots[slot] >= 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = entry;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.mask = this.slots.length - 1;
    for (let entry = 0; entry < this.size; entry++) {
      const base = entry * MAX_TABLE_WORD_LENGTH;
      const word = String.fromCharCode(...this.characters.subarray(base, base + this.lengths[entry]));
      this.place(entry, hashOf(word, 0, word.length));
    }
  }

  private growEntries(): void {
    const entries = this.lengths.length * 2;
    const characters = new Uint16Array(entries * MAX_TABLE_WORD_LENGTH);
    characters.set(this.characters);
    this.characters = characters;
    const lengths = new Uint8Array(entries);
    lengths.set(this.lengths);
    this.lengths = lengths;
    const counts = new Float64Array(entries);
    counts.set(this.counts);
    this.counts = counts;
    const idfs = new Float32Array(entries).fill(Number.NaN);
    idfs.set(this.idfs);
    this.idfs = idfs;
    const names = new Uint8Array(entries);
    names.set(this.names);
    this.names = names;
  }
}
