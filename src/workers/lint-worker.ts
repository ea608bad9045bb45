// A worker thread of the lint pool: builds its Linter once from the run's settings, then lints file after file.
import { workerData } from 'piscina';
import { lintFile, lintFileBytes, type FileOutcome } from '../cli/lint-files.js';
import { setUpLint, type LintSettings } from '../cli/lint-setup.js';

const setup = await setUpLint(workerData as LintSettings);

/** A file to lint: its path, and its bytes when the main thread already read them (for the cache). */
export type LintTask = string | { file: string; bytes: Uint8Array };

/** Lints the files of one task in turn. */
export default async function lintInWorker(tasks: LintTask[]): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const task of tasks) {
    outcomes.push(typeof task === 'string' ? await lintFile(task, setup.fileOptions) : await lintFileBytes(task.file, task.bytes, setup.fileOptions));
  }
  return outcomes;
}
