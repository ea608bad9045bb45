// Expands the paths, directories and globs given on the command line into the sorted list of files to lint.
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { SUPPORTED_EXTENSIONS } from '../document/parse.js';
import { UsageError } from '../cli/usage-error.js';

export const IGNORE_FILE = '.cuominignore';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.*/**'];

export interface DiscoverOptions {
  cwd: string;
  /** gitignore-style patterns from config `ignores`, relative to cwd. */
  ignores?: string[];
}

function toPosix(filePath: string): string {
  return filePath.split(path.sep).join('/');
}

function loadIgnore(cwd: string, patterns: string[]): Ignore {
  const matcher = ignore().add(patterns);
  const ignoreFile = path.join(cwd, IGNORE_FILE);
  if (fs.existsSync(ignoreFile)) matcher.add(fs.readFileSync(ignoreFile, 'utf8'));
  return matcher;
}

function isGlob(pattern: string): boolean {
  return fg.isDynamicPattern(toPosix(pattern));
}

/** Returns absolute paths, sorted, without duplicates. */
export async function discoverFiles(patterns: string[], options: DiscoverOptions): Promise<string[]> {
  const { cwd } = options;
  const matcher = loadIgnore(cwd, options.ignores ?? []);
  const isIgnored = (absolute: string) => {
    const relative = toPosix(path.relative(cwd, absolute));
    return relative !== '' && !relative.startsWith('..') && matcher.ignores(relative);
  };
  const extensionGlob = `**/*.{${SUPPORTED_EXTENSIONS.map((ext) => ext.slice(1)).join(',')}}`;
  const found = new Set<string>();
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    let matches: string[];
    if (fs.existsSync(absolute) && fs.statSync(absolute).isDirectory()) {
      matches = await fg(extensionGlob, { cwd: absolute, absolute: true, dot: false, ignore: ALWAYS_IGNORED, caseSensitiveMatch: false });
    } else if (fs.existsSync(absolute)) {
      matches = [absolute];
    } else if (isGlob(pattern)) {
      matches = await fg(toPosix(pattern), { cwd, absolute: true, dot: false, ignore: ALWAYS_IGNORED });
    } else {
      throw new UsageError({ zh: `找不到文件或目录：${pattern}`, en: `No such file or directory: ${pattern}` });
    }
    if (matches.length === 0 && !fs.existsSync(absolute)) {
      throw new UsageError({ zh: `没有与“${pattern}”匹配的文件`, en: `No files match "${pattern}"` });
    }
    for (const match of matches) {
      const normalized = path.normalize(match);
      if (!isIgnored(normalized)) found.add(normalized);
    }
  }
  return [...found].sort();
}
