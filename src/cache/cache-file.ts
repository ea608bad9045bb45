// The .cuomincache file: reads and writes it, and refuses anything that is not exactly what a cuomin of this cache
// format wrote for this run key (absent, unreadable, truncated, edited, another format: all just "nothing cached").
//
// Layout, one record per line (JSON.stringify never writes a raw newline or tab, so lines and fields split safely):
//   1  header   {"format":"cuomin-cache","version":1,"runKey":"…","entries":N,"sha256":"…"}
//   2  strings  ["…", …]             the string table (packed-values.ts)
//   3  shapes   [["ruleId", …], …]   the object shapes
//   4… entries  <sha256 of the file's bytes> TAB <path as a JSON string> TAB <packed LintResult as JSON>, by path
// `sha256` in the header covers every byte after the header line: a file cut short or changed by anything but cuomin
// is refused before a single entry is believed. A run key that differs is seen from the header alone, without reading
// the rest. An entry's result is parsed only when it is looked up (or the cache is rewritten): opening a cache of
// 35,000 results reads the paths and hashes, and keeps the rest as bytes.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../io/write-atomic.js';
import { PackTables, type PackedValue } from './packed-values.js';

export const CACHE_FORMAT = 'cuomin-cache';
/** Bumped whenever the layout or the packing changes; a cache of another version is discarded. */
export const CACHE_FORMAT_VERSION = 1;

const NEWLINE = 0x0a;
const TAB = 0x09;
const HASH_LENGTH = 64;
const SHA256_HEX = /^[0-9a-f]{64}$/;
/** Enough for the header line: a cache of another run key is dismissed without reading the rest (it may be 50 MB). */
const HEAD_BYTES = 4096;

/** Where an entry's packed result sits in the file, not yet parsed. */
export interface PackedSource {
  bytes: Buffer;
  start: number;
  end: number;
}

export interface CacheEntryRecord {
  /** The file's path relative to the working directory ('/'-separated), or absolute outside it. */
  key: string;
  /** SHA-256 (hex) of the file's bytes as they were linted. */
  hash: string;
  /** The LintResult packed against the file's tables: parsed, or still in the file's bytes. */
  result: PackedValue | PackedSource;
}

export interface CacheFileContents {
  tables: PackTables;
  entries: CacheEntryRecord[];
}

export type CacheReadOutcome =
  | { status: 'loaded'; contents: CacheFileContents }
  /** No cache file yet. */
  | { status: 'absent' }
  /** A cache of another run key (config, dictionaries, plugins, version, date …) or of another cache format. */
  | { status: 'stale' }
  /** The file exists but cannot be read (permissions, a directory). */
  | { status: 'unreadable'; code: string }
  /** The file is not a whole cache written by cuomin. */
  | { status: 'corrupt'; reason: string };

interface Header {
  format: string;
  version: number;
  runKey: string;
  entries: number;
  sha256: string;
}

function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export function isPackedSource(value: PackedValue | PackedSource): value is PackedSource {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses an entry's result; throws SyntaxError if the bytes are not JSON (not for a file whose checksum held). */
export function parsePacked(source: PackedSource): PackedValue {
  return JSON.parse(source.bytes.toString('utf8', source.start, source.end)) as PackedValue;
}

export function readCacheFile(location: string, runKey: string): CacheReadOutcome {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = fs.openSync(location, 'r');
    const head = Buffer.alloc(HEAD_BYTES);
    const headLength = fs.readSync(fd, head, 0, HEAD_BYTES, 0);
    const headerEnd = head.subarray(0, headLength).indexOf(NEWLINE);
    if (headerEnd >= 0 && isOtherRun(head.subarray(0, headerEnd), runKey)) return { status: 'stale' };
    // Positional reads leave the descriptor at the start: this reads the whole file.
    bytes = fs.readFileSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return code === 'ENOENT' ? { status: 'absent' } : { status: 'unreadable', code };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  return decodeCacheFile(bytes, runKey);
}

/** Reads a cache from its bytes; its entries' results stay in `bytes` until parsed. */
export function decodeCacheFile(bytes: Buffer, runKey: string): CacheReadOutcome {
  try {
    return parseCacheFile(bytes, runKey);
  } catch (error) {
    // JSON.parse on a damaged line.
    return { status: 'corrupt', reason: (error as Error).message };
  }
}

/** A well-formed cuomin header of another format version or run key. */
function isOtherRun(headerBytes: Buffer, runKey: string): boolean {
  try {
    const header = JSON.parse(headerBytes.toString('utf8')) as Partial<Header> | null;
    return typeof header === 'object' && header !== null && header.format === CACHE_FORMAT && (header.version !== CACHE_FORMAT_VERSION || header.runKey !== runKey);
  } catch {
    return false;
  }
}

function parseCacheFile(bytes: Buffer, runKey: string): CacheReadOutcome {
  const headerEnd = bytes.indexOf(NEWLINE);
  if (headerEnd < 0) return { status: 'corrupt', reason: 'no header line' };
  const header = JSON.parse(bytes.toString('utf8', 0, headerEnd)) as Partial<Header> | null;
  if (typeof header !== 'object' || header === null || header.format !== CACHE_FORMAT) return { status: 'corrupt', reason: 'not a cuomin cache' };
  if (header.version !== CACHE_FORMAT_VERSION || header.runKey !== runKey) return { status: 'stale' };
  if (typeof header.sha256 !== 'string' || typeof header.entries !== 'number') return { status: 'corrupt', reason: 'incomplete header' };
  if (sha256(bytes.subarray(headerEnd + 1)) !== header.sha256) return { status: 'corrupt', reason: 'checksum mismatch' };

  const stringsEnd = bytes.indexOf(NEWLINE, headerEnd + 1);
  const shapesEnd = stringsEnd < 0 ? -1 : bytes.indexOf(NEWLINE, stringsEnd + 1);
  if (shapesEnd < 0) return { status: 'corrupt', reason: 'no tables' };
  const strings = JSON.parse(bytes.toString('utf8', headerEnd + 1, stringsEnd)) as unknown;
  const shapes = JSON.parse(bytes.toString('utf8', stringsEnd + 1, shapesEnd)) as unknown;
  if (!Array.isArray(strings) || !strings.every((item) => typeof item === 'string')) return { status: 'corrupt', reason: 'string table' };
  if (!Array.isArray(shapes) || !shapes.every((shape) => Array.isArray(shape) && shape.every((key) => typeof key === 'string'))) {
    return { status: 'corrupt', reason: 'shape table' };
  }

  const entries: CacheEntryRecord[] = [];
  let start = shapesEnd + 1;
  while (start < bytes.length) {
    const end = bytes.indexOf(NEWLINE, start);
    const keyStart = start + HASH_LENGTH + 1;
    const keyEnd = end < 0 ? -1 : bytes.indexOf(TAB, keyStart);
    if (end < 0 || bytes[start + HASH_LENGTH] !== TAB || keyEnd < 0 || keyEnd > end) return { status: 'corrupt', reason: `entry ${entries.length + 1}` };
    const hash = bytes.toString('latin1', start, start + HASH_LENGTH);
    const key = JSON.parse(bytes.toString('utf8', keyStart, keyEnd)) as unknown;
    if (!SHA256_HEX.test(hash) || typeof key !== 'string') return { status: 'corrupt', reason: `entry ${entries.length + 1}` };
    entries.push({ key, hash, result: { bytes, start: keyEnd + 1, end } });
    start = end + 1;
  }
  if (entries.length !== header.entries) return { status: 'corrupt', reason: 'wrong number of entries' };
  return { status: 'loaded', contents: { tables: new PackTables(strings as string[], shapes as string[][]), entries } };
}

/** One entry's line (without its newline). */
export function encodeEntry(key: string, hash: string, result: PackedValue): string {
  return `${hash}\t${JSON.stringify(key)}\t${JSON.stringify(result)}`;
}

/** The file's bytes: the tables, then entry lines (encodeEntry) sorted by key and packed against the tables. */
export function encodeCacheFile(runKey: string, tables: PackTables, entryLines: readonly string[]): Buffer {
  const body = Buffer.from(`${[JSON.stringify(tables.strings), JSON.stringify(tables.shapes), ...entryLines].join('\n')}\n`);
  const header: Header = { format: CACHE_FORMAT, version: CACHE_FORMAT_VERSION, runKey, entries: entryLines.length, sha256: sha256(body) };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]);
}

/** Writes the cache atomically (a reader sees the old file or the new one, never half of one). */
export function writeCacheFile(location: string, bytes: Buffer): void {
  fs.mkdirSync(path.dirname(location), { recursive: true });
  writeFileAtomic(location, bytes);
}
