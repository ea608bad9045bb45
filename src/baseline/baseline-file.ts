// Reads and writes a baseline file (`--baseline <file>`): a missing or corrupt file is a usage error, writes are atomic.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../usage-error.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { parseBaseline, serializeBaseline, type Baseline } from './format.js';

export interface ReadBaselineOptions {
  /**
   * True with `--update-baseline`: a missing file is an empty baseline (undefined). Without it a missing file is a
   * usage error: a mistyped path in a CI job must neither accept nothing nor everything without a word.
   */
  allowMissing?: boolean;
  /** How errors name the file; default the path. */
  label?: string;
}

export function readBaseline(filePath: string, options: ReadBaselineOptions & { allowMissing: true }): Baseline | undefined;
export function readBaseline(filePath: string, options?: ReadBaselineOptions): Baseline;
export function readBaseline(filePath: string, options: ReadBaselineOptions = {}): Baseline | undefined {
  const label = options.label ?? filePath;
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && options.allowMissing) return undefined;
    if (code === 'ENOENT') {
      throw new UsageError({
        zh: `找不到基线文件 ${label}：请检查路径；首次使用时加 --update-baseline 生成它`,
        en: `Baseline file ${label} not found: check the path; to create it, run once with --update-baseline`,
      });
    }
    throw new UsageError({ zh: `无法读取基线文件 ${label}（${code ?? (error as Error).message}）`, en: `Cannot read baseline file ${label} (${code ?? (error as Error).message})` });
  }
  return parseBaseline(text, label);
}

/**
 * Writes the baseline atomically (creating its folder), unless the file already holds exactly this text. Returns
 * whether the file changed.
 */
export function writeBaseline(filePath: string, baseline: Baseline, label = filePath): boolean {
  const text = serializeBaseline(baseline);
  try {
    if (fs.readFileSync(filePath, 'utf8') === text) return false;
  } catch {
    // Missing or unreadable: write it.
  }
  try {
    fs.mkdirSync(path.dirname(filePath), { recursive: true });
    writeFileAtomic(filePath, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError({ zh: `无法写入基线文件 ${label}（${code}）`, en: `Cannot write baseline file ${label} (${code})` });
  }
  return true;
}

/** For BaselineScope.fileExists: whether a result path (relative to `cwd`, as reports show it) names an existing file. */
export function fileExistsUnder(cwd: string): (filePath: string) => boolean {
  return (filePath) => fs.existsSync(path.resolve(cwd, filePath));
}
