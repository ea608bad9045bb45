// Lints a list of files in file order, in a pool of worker threads when there are enough files to pay for them.
// Results come out in the order of the list whatever the number of workers; only a bounded window of results waits
// for an earlier, slower file, so memory does not grow with the number of files.
import { Piscina } from 'piscina';
import { lintFile, lintFileBytes, type FileOutcome } from '../cli/lint-files.js';
import type { LintSettings, LintSetup } from '../cli/lint-setup.js';
import { canStoreOutcome, canUseCachedResult } from '../cache/fix-policy.js';
import { contentHash, type LintCache } from '../cache/lint-cache.js';
import { readBytes } from '../io/read-source.js';
import type { LintTask } from './lint-worker.js';

/** Below this many files a pool costs more (each worker loads config and dictionaries) than it saves. */
export const MIN_FILES_FOR_WORKERS = 8;
/** Tasks in flight per worker: enough to keep every worker busy, few enough to bound waiting results. */
const TASKS_PER_WORKER = 4;
/**
 * Files sent to a worker in one task. Each task is a round trip between threads during which the worker would wait;
 * sending files one by one cost ~0.8 s per worker on the laws corpus (3,505 files).
 */
const FILES_PER_TASK = 8;
/**
 * Young-generation size of each worker's heap, in MB. Parsing allocates a great many short-lived objects (micromark
 * events, mdast nodes); with V8's default young generation garbage collection took ~19 % of a worker's time. 128 MB
 * brought it to ~6 % and the laws corpus at --concurrency 2 from 20.1 s to 15.1 s (CPU 36.9 s to 28.2 s) for ~250 MB
 * more peak memory (bench/RESULTS.md, "Scale (issue 5)"). It is a cap per worker: memory does not grow with the files.
 */
const WORKER_YOUNG_GENERATION_MB = 128;

export interface PoolOptions {
  concurrency: number;
  settings: LintSettings;
  /** The main thread's own setup, used when no pool is started. */
  setup: LintSetup;
  /** --cache: results of unchanged files are taken from it, new results stored in it. */
  cache?: LintCache;
}

type Prepared = { kind: 'cached'; outcome: FileOutcome } | { kind: 'lint'; file: string; bytes?: Uint8Array; hash?: string };

/**
 * With a cache, the main thread reads and hashes each file: an unchanged one is answered from the cache, a changed
 * one is linted from exactly the bytes that were hashed (re-reading could store a newer file's result under the old
 * hash). A file that cannot be read goes to the linter, which reports it.
 */
function prepare(file: string, options: PoolOptions): Prepared {
  const { cache } = options;
  if (!cache) return { kind: 'lint', file };
  let bytes: Buffer;
  try {
    bytes = readBytes(file);
  } catch {
    return { kind: 'lint', file };
  }
  const hash = contentHash(bytes);
  const cached = cache.lookup(file, hash);
  if (cached && canUseCachedResult(cached, options.settings.fixMode, file)) return { kind: 'cached', outcome: { result: cached, fixedCount: 0 } };
  return { kind: 'lint', file, bytes, hash };
}

function remember(prepared: Prepared, outcome: FileOutcome, options: PoolOptions): FileOutcome {
  if (prepared.kind === 'lint' && prepared.hash && options.cache && canStoreOutcome(outcome, options.settings.fixMode)) {
    options.cache.store(prepared.file, prepared.hash, outcome.result);
  }
  return outcome;
}

export async function* lintInOrder(files: readonly string[], options: PoolOptions): AsyncGenerator<FileOutcome> {
  const threads = Math.min(options.concurrency, files.length);
  if (threads <= 1 || files.length < MIN_FILES_FOR_WORKERS) {
    for (const file of files) {
      const prepared = prepare(file, options);
      if (prepared.kind === 'cached') yield prepared.outcome;
      else if (prepared.bytes) yield remember(prepared, await lintFileBytes(file, prepared.bytes, options.setup.fileOptions), options);
      else yield await lintFile(file, options.setup.fileOptions);
    }
    return;
  }
  // Started on the first file the cache cannot answer: a fully cached run loads no worker at all.
  let pool: Piscina | undefined;
  const startPool = () =>
    (pool ??= new Piscina({
      filename: new URL('./lint-worker.js', import.meta.url).href,
      workerData: { ...options.settings, configPath: options.setup.configFile ?? options.settings.configPath } satisfies LintSettings,
      minThreads: threads,
      maxThreads: threads,
      concurrentTasksPerWorker: 1,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    }));
  try {
    const window = threads * TASKS_PER_WORKER * FILES_PER_TASK;
    const pending = new Map<number, Promise<FileOutcome>>();
    let batch: Array<{ index: number; prepared: Prepared & { kind: 'lint' } }> = [];
    const sendBatch = () => {
      if (batch.length === 0) return;
      const members = batch;
      batch = [];
      const tasks: LintTask[] = members.map(({ prepared }) => (prepared.bytes ? { file: prepared.file, bytes: prepared.bytes } : prepared.file));
      const outcomes = startPool().run(tasks) as Promise<FileOutcome[]>;
      members.forEach(({ index, prepared }, position) => {
        const task = outcomes.then((results) => remember(prepared, results[position], options));
        // A rejection is handled when its turn comes; until then it must not count as unhandled.
        task.catch(() => undefined);
        pending.set(index, task);
      });
    };
    let next = 0;
    for (let index = 0; index < files.length; index++) {
      const prepared = prepare(files[index], options);
      if (prepared.kind === 'cached') pending.set(index, Promise.resolve(prepared.outcome));
      else batch.push({ index, prepared });
      if (batch.length >= FILES_PER_TASK) sendBatch();
      while (pending.size >= window) {
        if (!pending.has(next)) sendBatch(); // the next file waits in the batch being filled (the rest were cached)
        yield await pending.get(next)!;
        pending.delete(next++);
      }
    }
    sendBatch();
    while (next < files.length) {
      yield await pending.get(next)!;
      pending.delete(next++);
    }
  } finally {
    await pool?.destroy();
  }
}
