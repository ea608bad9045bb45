// `--cache`: remembers each file's LintResult under the SHA-256 of its bytes, for one run key (version, config,
// dictionaries, plugins, date …; see run-key.ts), so that an unchanged file is not linted again. The main thread owns
// the cache: it hashes the bytes it reads, looks up before linting (or dispatching to a worker) and stores the result.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LintResult, LocalizedText } from '../engine/types.js';
import { decodeCacheFile, encodeCacheFile, encodeEntry, isPackedSource, parsePacked, readCacheFile, writeCacheFile, type CacheEntryRecord, type CacheReadOutcome, type PackedSource } from './cache-file.js';
import { MalformedPackedValueError, PackCompactor, PackTables, UnpackableValueError, type PackedValue } from './packed-values.js';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The cache file's name in the working directory (or in the folder `--cache-location` names). */
export const DEFAULT_CACHE_FILE = '.cuomincache';

/** SHA-256 (hex) of a file's bytes: what a cache entry is keyed on. */
export function contentHash(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/**
 * Where the cache lives: `.cuomincache` in `cwd`; with `--cache-location`, that file, or `.cuomincache` inside it when
 * it is an existing folder or ends with a path separator.
 */
export function resolveCacheLocation(cwd: string, location?: string): string {
  if (location === undefined || location === '') return path.join(cwd, DEFAULT_CACHE_FILE);
  const absolute = path.resolve(cwd, location);
  const namesFolder = /[\\/]$/.test(location) || isDirectory(absolute);
  return namesFolder ? path.join(absolute, DEFAULT_CACHE_FILE) : absolute;
}

function isDirectory(filePath: string): boolean {
  try {
    return fs.statSync(filePath).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The key of a file: its path as reports show it (relative to `cwd` with '/', absolute outside it; the same rule as
 * the CLI's displayPath), so a result's `filePath` and fingerprints, which are made from that path, fit the key.
 */
export function cacheKey(absolutePath: string, cwd: string): string {
  const relative = path.relative(cwd, absolutePath);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? absolutePath : relative).split(path.sep).join('/');
}

interface Entry {
  hash: string;
  /** Packed in memory when stored in this run (until saved); else still the cache file's bytes, parsed on lookup. */
  result: PackedValue | PackedSource;
  /** Looked up or stored in this run: the file exists (it was just read), so it is not checked when pruning. */
  seen: boolean;
}

export type CacheLoadStatus = CacheReadOutcome['status'];

export interface CacheCounts {
  hits: number;
  misses: number;
  stored: number;
}

export interface CacheSaveOutcome {
  written: boolean;
  entries: number;
  /** Entries dropped because their file no longer exists. */
  pruned: number;
  /** Why the cache could not be written: a one-line note for stderr. */
  note?: LocalizedText;
}

export interface OpenCacheOptions {
  /** The working directory: keys (and results' file paths) are relative to it. */
  cwd: string;
}

export class LintCache {
  private readonly entries = new Map<string, Entry>();
  private tables: PackTables;
  private changed: boolean;
  private readonly counts: CacheCounts = { hits: 0, misses: 0, stored: 0 };

  /** How the cache file was found: `loaded`; `absent`, `stale` (another run key), `unreadable` or `corrupt` (ignored). */
  readonly loadStatus: CacheLoadStatus;

  constructor(
    readonly location: string,
    readonly runKey: string,
    private readonly options: OpenCacheOptions,
  ) {
    const outcome = readCacheFile(location, runKey);
    this.loadStatus = outcome.status;
    this.tables = new PackTables();
    if (outcome.status === 'loaded') this.take(outcome.contents.tables, outcome.contents.entries);
    // Anything but a clean load is rewritten at the end of the run, even if nothing is stored (a stale or corrupt file
    // must not linger and cost every later run a read).
    this.changed = outcome.status !== 'loaded';
  }

  /**
   * The stored result for the file, when its bytes hash to `hash`; undefined otherwise. Each call returns a fresh
   * object that the caller may change.
   */
  lookup(absolutePath: string, hash: string): LintResult | undefined {
    const key = cacheKey(absolutePath, this.options.cwd);
    const entry = this.entries.get(key);
    if (entry) entry.seen = true;
    if (!entry || entry.hash !== hash) {
      this.counts.misses++;
      return undefined;
    }
    const result = this.decode(entry.result);
    if (!isLintResult(result) || result.filePath !== '') {
      // Cannot happen with a file this module wrote (its checksum was verified); never trust it if it does.
      this.entries.delete(key);
      this.changed = true;
      this.counts.misses++;
      return undefined;
    }
    result.filePath = key;
    this.counts.hits++;
    return result;
  }

  /**
   * Remembers the result of linting the file whose bytes hash to `hash`. Returns false, storing nothing, for a
   * result that must not be cached: one carrying fixed output, one whose path is not the file's display path, or one
   * holding a value JSON cannot keep (NaN, a class instance).
   */
  store(absolutePath: string, hash: string, result: LintResult): boolean {
    if (!SHA256_HEX.test(hash)) throw new TypeError(`LintCache.store: ${hash} is not a contentHash()`);
    const key = cacheKey(absolutePath, this.options.cwd);
    if (result.output !== undefined || result.filePath !== key) return false;
    let packed: PackedValue;
    try {
      // The path is the entry's key: not stored twice (35,000 paths would be most of the string table).
      packed = this.tables.pack({ ...result, filePath: '' });
    } catch (error) {
      if (error instanceof UnpackableValueError) return false;
      throw error;
    }
    this.entries.set(key, { hash, result: packed, seen: true });
    this.changed = true;
    this.counts.stored++;
    return true;
  }

  /** Hits, misses and stores so far in this run. */
  stats(): CacheCounts {
    return { ...this.counts };
  }

  /**
   * Drops the entries of files that no longer exist (entries of files this run did not look at are kept: a partial
   * run must not empty the cache) and writes the cache atomically, if anything changed. A cache that cannot be
   * written is not an error of the run: the outcome carries a note to print.
   */
  save(): CacheSaveOutcome {
    let pruned = 0;
    for (const [key, entry] of this.entries) {
      if (entry.seen || fs.existsSync(path.resolve(this.options.cwd, key))) continue;
      this.entries.delete(key);
      pruned++;
    }
    if (pruned > 0) this.changed = true;
    if (!this.changed) return { written: false, entries: this.entries.size, pruned };

    // Entry by entry in key order: parse, re-pack against fresh tables, write the line, let the arrays go.
    const compactor = new PackCompactor(this.tables);
    const lines: string[] = [];
    for (const key of [...this.entries.keys()].sort(compareKeys)) {
      const entry = this.entries.get(key)!;
      const packed = this.parsed(entry.result);
      const remapped = packed === undefined ? undefined : compactor.remap(packed);
      // Undefined only for an entry that does not decode (never written by this module): dropped.
      if (remapped === undefined) this.entries.delete(key);
      else lines.push(encodeEntry(key, entry.hash, remapped));
    }
    const bytes = encodeCacheFile(this.runKey, compactor.tables, lines);
    // From now on the cache is what a later run will read from these bytes, written or not (the stored values were
    // re-packed in place and belong to the new tables).
    this.adopt(bytes);
    try {
      writeCacheFile(this.location, bytes);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).name;
      return {
        written: false,
        entries: this.entries.size,
        pruned,
        note: {
          zh: `无法写入缓存文件 ${this.location}（${code}），本次检查结果未缓存`,
          en: `Cannot write the cache file ${this.location} (${code}); this run's results were not cached`,
        },
      };
    }
    this.changed = false;
    return { written: true, entries: this.entries.size, pruned };
  }

  /** Makes the cache the one these freshly encoded bytes hold (the entries' results stay in the bytes). */
  private adopt(bytes: Buffer): void {
    const outcome = decodeCacheFile(bytes, this.runKey);
    // A bug, not a user's error: what was just encoded must decode.
    if (outcome.status !== 'loaded') throw new Error(`cuomin: the cache just encoded does not decode (${outcome.status})`);
    const seen = new Set([...this.entries].filter(([, entry]) => entry.seen).map(([key]) => key));
    this.entries.clear();
    this.take(outcome.contents.tables, outcome.contents.entries, seen);
  }

  private take(tables: PackTables, records: CacheEntryRecord[], seen: ReadonlySet<string> = new Set()): void {
    this.tables = tables;
    for (const record of records) this.entries.set(record.key, { hash: record.hash, result: record.result, seen: seen.has(record.key) });
  }

  /** An entry's packed result, parsed from the file's bytes if need be; undefined if it does not parse. */
  private parsed(result: PackedValue | PackedSource): PackedValue | undefined {
    if (!isPackedSource(result)) return result;
    try {
      return parsePacked(result);
    } catch (error) {
      if (error instanceof SyntaxError) return undefined;
      throw error;
    }
  }

  private decode(result: PackedValue | PackedSource): unknown {
    const packed = this.parsed(result);
    if (packed === undefined) return undefined;
    try {
      return this.tables.unpack(packed);
    } catch (error) {
      if (error instanceof MalformedPackedValueError) return undefined;
      throw error;
    }
  }
}

/** Opens the cache at `location` for this run key: a cache of another run key, or a damaged one, starts empty. */
export function openCache(location: string, runKey: string, options: OpenCacheOptions): LintCache {
  return new LintCache(location, runKey, options);
}

/** Code-unit order: the same on every machine and locale (localeCompare is not). */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isLintResult(value: unknown): value is LintResult {
  const result = value as Partial<LintResult> | null;
  return (
    typeof result === 'object' && result !== null &&
    typeof result.filePath === 'string' &&
    Array.isArray(result.messages) &&
    typeof result.errorCount === 'number' && typeof result.warningCount === 'number' && typeof result.fixableCount === 'number'
  );
}
