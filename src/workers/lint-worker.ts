// A worker thread of the lint pool: builds its Linter once from the run's settings, then lints file after file.
import { workerData } from 'piscina';
import { lintFile, type FileOutcome } from '../cli/lint-files.js';
import { setUpLint, type LintSettings } from '../cli/lint-setup.js';

const setup = await setUpLint(workerData as LintSettings);

export default async function lintInWorker(file: string): Promise<FileOutcome> {
  return lintFile(file, setup.fileOptions);
}
