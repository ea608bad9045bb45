// A character n-gram language model of official Chinese (laws, work reports, State Council documents): how likely a
// character is after the two or three before it. Stored compactly (dictionaries/char-lm.bin, built by
// bench/build-char-lm.js): a vocabulary of up to 8,191 characters, dense unigram counts, and for each higher order a
// sorted table of 32-bit n-gram fingerprints with log-quantised counts, looked up by binary search. Scored with
// stupid backoff (Brants et al. 2007), which is all a comparison of two readings of the same window needs.
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';

/** Token ids of the classes that are no character of the vocabulary. */
export const BOUNDARY = 0;
export const UNKNOWN = 1;
export const DIGIT = 2;
export const LATIN = 3;
/** Ids below this are classes; characters start here. */
export const FIRST_CHARACTER_ID = 4;
/** The vocabulary is capped so that four ids fit in the 53 bits of a double exactly (13 bits each). */
export const MAX_VOCABULARY = 8191;
export const ID_BITS = 13;

export const MAGIC = 0x314d4c43; // "CLM1"

/** Half-width punctuation read as its full-width form, so both count as the same token. */
const PUNCTUATION_ALIASES: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/** The token class of a character that is no vocabulary entry: a digit, a Latin letter, or a boundary. */
export function classOfCode(code: number): number {
  if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) return DIGIT;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return LATIN;
  return BOUNDARY;
}

/** The code a character is counted as (half-width punctuation as full-width). */
export function normalizedCode(code: number): number {
  if (code < 0x80) {
    const alias = PUNCTUATION_ALIASES[String.fromCharCode(code)];
    if (alias) return alias.charCodeAt(0);
  }
  return code;
}

/** True for a character worth a vocabulary entry: a BMP Han character or Chinese punctuation. */
export function isVocabularyCandidate(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || '，。、；：？！“”‘’《》（）〔〕【】—…·'.includes(String.fromCharCode(code));
}

/** 32-bit fingerprint of an n-gram of ids (murmur3-style mixing; order mixed in so that orders never collide). */
export function fingerprint(ids: ArrayLike<number>, start: number, length: number): number {
  let h = 0x9747b28c ^ length;
  for (let i = 0; i < length; i++) {
    let k = Math.imul(ids[start + i], 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export interface ModelHeader {
  order: number;
  /** The vocabulary, in id order from FIRST_CHARACTER_ID. */
  vocabulary: string;
  /** Sum of the unigram counts. */
  total: number;
  /** Quantisation: a stored byte q stands for the count exp(q / scale). */
  scale: number;
  /** Entries of each order's table, from order 2. */
  sizes: number[];
  /** Frequent pairs of Han characters (two characters each, concatenated): the words a two-character correction
   * may produce. */
  pairs?: string;
  /** What the model was built from, for the record. */
  source: string;
}

interface OrderTable {
  keys: Uint32Array;
  counts: Uint8Array;
}

/** Stupid backoff's factor for a shorter context (0.4 in the paper). */
const BACKOFF = Math.log(0.4);

export class CharLanguageModel {
  readonly header: ModelHeader;
  readonly order: number;
  private readonly idByCode = new Uint16Array(0x10000);
  private readonly unigramLog: Float64Array;
  private readonly tables: OrderTable[];
  private readonly logTotal: number;
  private readonly logOfByte: Float64Array;

  constructor(header: ModelHeader, unigrams: Uint32Array, tables: OrderTable[]) {
    this.header = header;
    this.order = header.order;
    for (let i = 0; i < header.vocabulary.length; i++) this.idByCode[header.vocabulary.charCodeAt(i)] = FIRST_CHARACTER_ID + i;
    this.logTotal = Math.log(header.total);
    this.unigramLog = new Float64Array(unigrams.length);
    // Unseen characters get the probability of a character seen half a time.
    for (let i = 0; i < unigrams.length; i++) this.unigramLog[i] = Math.log(Math.max(unigrams[i], 0.5));
    this.tables = tables;
    this.logOfByte = new Float64Array(256);
    for (let q = 0; q < 256; q++) this.logOfByte[q] = q / header.scale;
  }

  /** The id of a character code (normalised): a vocabulary id, or its class. */
  idOfCode(code: number): number {
    const normal = normalizedCode(code);
    const id = this.idByCode[normal];
    if (id !== 0) return id;
    const cls = classOfCode(normal);
    if (cls !== BOUNDARY) return cls;
    return isVocabularyCandidate(normal) ? UNKNOWN : BOUNDARY;
  }

  /** True when the character (code) is in the vocabulary. */
  knows(code: number): boolean {
    return this.idByCode[normalizedCode(code)] !== 0;
  }

  /** Natural log of the unigram count of an id (the count of a seen-half-a-time character when unseen). */
  unigramLogCount(id: number): number {
    return this.unigramLog[id] ?? Math.log(0.5);
  }

  /** The natural log of the count of the n-gram ids[start, start + length), or -Infinity when it is not stored. */
  logCount(ids: ArrayLike<number>, start: number, length: number): number {
    if (length === 1) return this.unigramLog[ids[start]] ?? Math.log(0.5);
    const table = this.tables[length - 2];
    if (!table) return -Infinity;
    const key = fingerprint(ids, start, length);
    const { keys } = table;
    let low = 0;
    let high = keys.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = keys[middle];
      if (value < key) low = middle + 1;
      else if (value > key) high = middle - 1;
      else return this.logOfByte[table.counts[middle]];
    }
    return -Infinity;
  }

  /**
   * The stupid-backoff log score of ids[position] after the up to order-1 ids before it (not before `floor`, where
   * the text starts).
   */
  logScore(ids: ArrayLike<number>, position: number, floor = 0): number {
    let penalty = 0;
    for (let context = Math.min(this.order - 1, position - floor); context > 0; context--) {
      const full = this.logCount(ids, position - context, context + 1);
      if (full !== -Infinity) {
        const history = this.logCount(ids, position - context, context);
        if (history !== -Infinity) return penalty + Math.min(0, full - history);
      }
      penalty += BACKOFF;
    }
    return penalty + this.unigramLogCount(ids[position]) - this.logTotal;
  }

  /** Sum of the log scores of ids[from, to) (each after its context from `floor` on). */
  logScoreRange(ids: ArrayLike<number>, from: number, to: number, floor = 0): number {
    let sum = 0;
    for (let i = from; i < to; i++) sum += this.logScore(ids, i, floor);
    return sum;
  }
}

/** Reads a model from the bytes of a model file. */
export function parseModel(bytes: Uint8Array): CharLanguageModel {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const view = new DataView(buffer);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('cuomin: not a character language model file');
  const headerLength = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, headerLength))) as ModelHeader;
  let offset = align4(8 + headerLength);
  const vocabularySize = FIRST_CHARACTER_ID + header.vocabulary.length;
  const unigrams = new Uint32Array(buffer, offset, vocabularySize);
  offset += vocabularySize * 4;
  const tables: OrderTable[] = [];
  for (const size of header.sizes) {
    const keys = new Uint32Array(buffer, offset, size);
    offset += size * 4;
    const counts = new Uint8Array(buffer, offset, size);
    offset = align4(offset + size);
    tables.push({ keys, counts });
  }
  return new CharLanguageModel(header, unigrams, tables);
}

export function align4(offset: number): number {
  return (offset + 3) & ~3;
}

/** Serialises a model: header, unigram counts, then each order's fingerprints and quantised counts. */
export function serializeModel(header: ModelHeader, unigrams: Uint32Array, tables: OrderTable[]): Uint8Array {
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  let size = align4(8 + headerBytes.length) + unigrams.length * 4;
  for (const table of tables) size = align4(size + table.keys.length * 5);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  let offset = align4(8 + headerBytes.length);
  out.set(new Uint8Array(unigrams.buffer, unigrams.byteOffset, unigrams.byteLength), offset);
  offset += unigrams.byteLength;
  for (const table of tables) {
    out.set(new Uint8Array(table.keys.buffer, table.keys.byteOffset, table.keys.byteLength), offset);
    offset += table.keys.byteLength;
    out.set(table.counts, offset);
    offset = align4(offset + table.counts.length);
  }
  return out;
}

export function charModelPath(): string {
  return path.join(packageRoot(), 'dictionaries', 'char-lm.bin');
}

let shipped: CharLanguageModel | undefined | null;

/** The shipped model, read once per process on first use; undefined when the file is missing. */
export function charLanguageModel(): CharLanguageModel | undefined {
  if (shipped === undefined) {
    const file = charModelPath();
    shipped = fs.existsSync(file) ? parseModel(fs.readFileSync(file)) : null;
  }
  return shipped ?? undefined;
}

export function isCharLanguageModelLoaded(): boolean {
  return shipped !== undefined && shipped !== null;
}

export interface TokenizedText {
  /** Token ids; runs of digits, of Latin letters and of boundaries (anything else) collapse to one token. */
  ids: Uint16Array;
  /** For each token, the offset in the text of its first character. */
  offsets: Int32Array;
  length: number;
}

/**
 * Tokenises text[start, end) as the model was trained: one token per vocabulary character, one per run of digits,
 * Latin letters or other characters (boundaries); the first and last tokens are boundaries.
 */
export function tokenize(text: string, idOf: (code: number) => number, start = 0, end = text.length): TokenizedText {
  const ids = new Uint16Array(end - start + 2);
  const offsets = new Int32Array(end - start + 2);
  let length = 0;
  ids[length] = BOUNDARY;
  offsets[length++] = start;
  for (let i = start; i < end; i++) {
    const id = idOf(text.charCodeAt(i));
    if (id < FIRST_CHARACTER_ID && id !== UNKNOWN && ids[length - 1] === id) continue;
    ids[length] = id;
    offsets[length++] = i;
  }
  if (ids[length - 1] !== BOUNDARY) {
    ids[length] = BOUNDARY;
    offsets[length++] = end;
  }
  return { ids, offsets, length };
}
