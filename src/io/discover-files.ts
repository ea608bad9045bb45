// Expands the paths, directories and globs given on the command line into the sorted list of files to lint.
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { SUPPORTED_EXTENSIONS } from '../document/parse.js';
import { UsageError } from '../usage-error.js';

export const IGNORE_FILE = '.cuominignore';
/** Word's owner files (~$name.docx, a few bytes, present while a document is open) are not documents. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.*/**', '**/~$*'];

export interface DiscoverOptions {
  cwd: string;
  /** gitignore-style patterns from config `ignores`, relative to `ignoresBase`. */
  ignores?: string[];
  /** The folder config `ignores` are relative to (the config file's); default cwd. */
  ignoresBase?: string;
}

function toPosix(filePath: string): string {
  return filePath.split(path.sep).join('/');
}

/** A gitignore-style matcher for paths under `base`; paths outside it are never ignored by it. */
function ignoreUnder(base: string, patterns: string[]): (absolute: string) => boolean {
  const matcher: Ignore = ignore().add(patterns);
  return (absolute) => {
    const relative = toPosix(path.relative(base, absolute));
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && matcher.ignores(relative);
  };
}

function ignoreFilePatterns(cwd: string): string[] {
  const ignoreFile = path.join(cwd, IGNORE_FILE);
  return fs.existsSync(ignoreFile) ? fs.readFileSync(ignoreFile, 'utf8').split(/\r?\n/) : [];
}

function hasSupportedExtension(file: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

function isGlob(pattern: string): boolean {
  return fg.isDynamicPattern(toPosix(pattern));
}

/** Returns absolute paths, sorted, without duplicates. */
export async function discoverFiles(patterns: string[], options: DiscoverOptions): Promise<string[]> {
  const { cwd } = options;
  const ignoredByFile = ignoreUnder(cwd, ignoreFilePatterns(cwd));
  const ignoredByConfig = ignoreUnder(options.ignoresBase ?? cwd, options.ignores ?? []);
  const isIgnored = (absolute: string) => ignoredByFile(absolute) || ignoredByConfig(absolute);
  const extensionGlob = `**/*.{${SUPPORTED_EXTENSIONS.map((ext) => ext.slice(1)).join(',')}}`;
  const found = new Set<string>();
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    let matches: string[];
    if (fs.existsSync(absolute) && fs.statSync(absolute).isDirectory()) {
      matches = await fg(extensionGlob, { cwd: absolute, absolute: true, dot: false, ignore: ALWAYS_IGNORED, caseSensitiveMatch: false });
    } else if (fs.existsSync(absolute)) {
      if (!hasSupportedExtension(absolute)) {
        throw new UsageError({
          zh: `不支持的文件格式：${pattern}（支持 ${SUPPORTED_EXTENSIONS.join('、')}）`,
          en: `Unsupported file format: ${pattern} (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`,
        });
      }
      matches = [absolute];
    } else if (isGlob(pattern)) {
      matches = (await fg(toPosix(pattern), { cwd, absolute: true, dot: false, ignore: ALWAYS_IGNORED })).filter(hasSupportedExtension);
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
  if (found.size === 0) {
    throw new UsageError({
      zh: `没有找到可检查的文件（支持 ${SUPPORTED_EXTENSIONS.join('、')}；已排除被忽略的文件）`,
      en: `No files to lint (supported: ${SUPPORTED_EXTENSIONS.join(', ')}; ignored files excluded)`,
    });
  }
  return [...found].sort();
}
