// A worker thread of the lint pool: builds its Linter once from the run's settings, then lints file after file.
import { workerData } from 'piscina';
import { lintFile, lintFileBytes, type FileOutcome } from '../cli/lint-files.js';
import { setUpLint, type LintSettings } from '../cli/lint-setup.js';

const setup = await setUpLint(workerData as LintSettings);

/** A file to lint: its path, and its bytes when the main thread already read them (for the cache). */
export type LintTask = string | { file: string; bytes: Uint8Array };

export default async function lintInWorker(task: LintTask): Promise<FileOutcome> {
  if (typeof task === 'string') return lintFile(task, setup.fileOptions);
  return lintFileBytes(task.file, task.bytes, setup.fileOptions);
}
