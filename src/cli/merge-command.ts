// `cuomin merge <reports...>`: joins the JSON reports of a sharded scan into one report, sorted by path, in any format.
import fs from 'node:fs';
import path from 'node:path';
import type { LintResult, Locale } from '../engine/types.js';
import { readJsonReport } from '../reporters/read-json-report.js';
import { reporters } from '../reporters/index.js';
import { UsageError } from '../usage-error.js';
import { createChalk } from './color.js';
import { sourceLinesReader } from './source-lines.js';
import type { CommandIO } from './lint-command.js';

export interface MergeCommandOptions {
  format: string;
  outputFile?: string;
  locale?: string;
  color: boolean;
}

export function mergeReports(reports: Array<{ name: string; results: LintResult[] }>): LintResult[] {
  const byPath = new Map<string, { name: string; result: LintResult }>();
  for (const { name, results } of reports) {
    for (const result of results) {
      const earlier = byPath.get(result.filePath);
      if (earlier) {
        throw new UsageError({
          zh: `文件 ${result.filePath} 同时出现在 ${earlier.name} 和 ${name} 中：分片报告不应重叠`,
          en: `${result.filePath} is in both ${earlier.name} and ${name}: shard reports must not overlap`,
        });
      }
      byPath.set(result.filePath, { name, result });
    }
  }
  return [...byPath.values()].map(({ result }) => result).sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
}

function readReportFile(file: string, cwd: string): LintResult[] {
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new UsageError({ zh: `无法读取报告 ${file}（${code}）`, en: `Cannot read report ${file} (${code})` });
  }
  try {
    return readJsonReport(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UsageError({ zh: `${file} 不是 cuomin 的 JSON 报告（应由 --format json 生成）`, en: `${file} is not a cuomin JSON report (write one with --format json)` });
  }
}

export function runMergeCommand(files: string[], options: MergeCommandOptions, io: CommandIO, locale: Locale): number {
  const reporter = reporters[options.format];
  if (!reporter) {
    throw new UsageError({
      zh: `不支持的输出格式“${options.format}”（可用：${Object.keys(reporters).join('、')}）`,
      en: `Unknown format "${options.format}" (available: ${Object.keys(reporters).join(', ')})`,
    });
  }
  const results = mergeReports(files.map((file) => ({ name: file, results: readReportFile(file, io.cwd) })));
  const toFile = options.outputFile !== undefined;
  const chalk = createChalk({ color: options.color && !toFile, isTTY: io.stdoutIsTTY, env: io.env });
  const report = reporter(results, { locale, chalk, cwd: io.cwd, sourceLines: sourceLinesReader(io.cwd) });
  if (toFile) {
    const target = path.resolve(io.cwd, options.outputFile!);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, report);
  } else {
    io.stdout(report);
  }
  return results.some((result) => result.errorCount > 0) ? 1 : 0;
}
