// Lints a list of files in file order, in a pool of worker threads when there are enough files to pay for them.
// Results come out in the order of the list whatever the number of workers; only a bounded window of results waits
// for an earlier, slower file, so memory does not grow with the number of files.
import { Piscina } from 'piscina';
import { lintFile, type FileOutcome } from '../cli/lint-files.js';
import type { LintSettings, LintSetup } from '../cli/lint-setup.js';

/** Below this many files a pool costs more (each worker loads config and dictionaries) than it saves. */
export const MIN_FILES_FOR_WORKERS = 8;
/** Tasks in flight per worker: enough to keep every worker busy, few enough to bound waiting results. */
const TASKS_PER_WORKER = 4;

export interface PoolOptions {
  concurrency: number;
  settings: LintSettings;
  /** The main thread's own setup, used when no pool is started. */
  setup: LintSetup;
}

export async function* lintInOrder(files: readonly string[], options: PoolOptions): AsyncGenerator<FileOutcome> {
  const threads = Math.min(options.concurrency, files.length);
  if (threads <= 1 || files.length < MIN_FILES_FOR_WORKERS) {
    for (const file of files) yield await lintFile(file, options.setup.fileOptions);
    return;
  }
  const pool = new Piscina({
    filename: new URL('./lint-worker.js', import.meta.url).href,
    workerData: { ...options.settings, configPath: options.setup.configFile ?? options.settings.configPath } satisfies LintSettings,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: 1,
  });
  try {
    const window = threads * TASKS_PER_WORKER;
    const pending = new Map<number, Promise<FileOutcome>>();
    let next = 0;
    for (let index = 0; index < files.length; index++) {
      const task = pool.run(files[index]) as Promise<FileOutcome>;
      // A rejection is handled when its turn comes; until then it must not count as unhandled.
      task.catch(() => undefined);
      pending.set(index, task);
      while (pending.size >= window) {
        yield await pending.get(next)!;
        pending.delete(next++);
      }
    }
    while (next < files.length) {
      yield await pending.get(next)!;
      pending.delete(next++);
    }
  } finally {
    await pool.destroy();
  }
}
