// Where each report goes: `--format` and `--output-file` may be repeated, and `-o <format>=<path>` names a pair. Each
// output is a stream: streaming formats are written file by file as results arrive, the others at the end.
import fs from 'node:fs';
import path from 'node:path';
import type { LintResult, Locale, Rule, RuleMeta } from '../engine/types.js';
import type { SourceEncoding } from '../io/read-source.js';
import { reporters, reportStream } from '../reporters/index.js';
import type { ReporterContext, ReportStream } from '../reporters/types.js';
import { UsageError } from '../usage-error.js';
import { createChalk } from './color.js';
import { sourceLinesReader } from './source-lines.js';

export interface ReportOutput {
  format: string;
  /** A file path relative to cwd; undefined: the command's own output stream (stdout, or stderr with --stdin --fix). */
  path?: string;
}

function unknownFormat(format: string): UsageError {
  const names = Object.keys(reporters);
  return new UsageError({
    zh: `不支持的输出格式“${format}”（可用：${names.join('、')}）`,
    en: `Unknown format "${format}" (available: ${names.join(', ')})`,
  });
}

/**
 * `-o json=report.json` pairs a format with a file. Plain `--output-file` values pair in order with the `--format`s
 * not named in a pair; a format left without a file goes to standard output (one at most). With only pairs, the
 * stylish report still goes to standard output, so that a CI log shows what was found.
 */
export function parseReportOutputs(formats: readonly string[] = [], outputFiles: readonly string[] = []): ReportOutput[] {
  const pairs: ReportOutput[] = [];
  const plainFiles: string[] = [];
  for (const value of outputFiles) {
    const match = /^([a-z][\w-]*)=(.+)$/i.exec(value);
    if (!match) {
      plainFiles.push(value);
      continue;
    }
    if (!(match[1] in reporters)) throw unknownFormat(match[1]);
    pairs.push({ format: match[1], path: match[2] });
  }
  for (const format of formats) if (!(format in reporters)) throw unknownFormat(format);
  const listed = formats.length > 0 ? formats : ['stylish'];
  if (plainFiles.length > listed.length) {
    throw new UsageError({
      zh: `--output-file 比 --format 多：请用 -o <格式>=<路径> 指明每个文件的格式`,
      en: `More --output-file than --format values: name each file's format with -o <format>=<path>`,
    });
  }
  const outputs: ReportOutput[] = [...pairs];
  listed.forEach((format, index) => outputs.push(index < plainFiles.length ? { format, path: plainFiles[index] } : { format }));
  if (outputs.filter((output) => output.path === undefined).length > 1) {
    throw new UsageError({
      zh: '只能有一种格式输出到标准输出，其余请用 -o <格式>=<路径> 写入文件',
      en: 'Only one format can go to standard output; write the others with -o <format>=<path>',
    });
  }
  const seen = new Set<string>();
  for (const output of outputs) {
    if (output.path === undefined) continue;
    const key = path.resolve(output.path);
    if (seen.has(key)) throw new UsageError({ zh: `报告文件 ${output.path} 重复`, en: `Report file ${output.path} is given twice` });
    seen.add(key);
  }
  return outputs;
}

export interface OpenOutput {
  output: ReportOutput;
  stream: ReportStream;
  write(text: string): void;
  close(): void;
}

/** Opens every output: files are created (with their folders) before linting starts, so a bad path fails early. */
export function openOutputs(outputs: readonly ReportOutput[], options: { cwd: string; context: (output: ReportOutput) => ReporterContext; console: (text: string) => void }): OpenOutput[] {
  return outputs.map((output) => {
    const stream = reportStream(output.format, options.context(output));
    if (output.path === undefined) return { output, stream, write: options.console, close: () => undefined };
    const target = path.resolve(options.cwd, output.path);
    let fd: number;
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fd = fs.openSync(target, 'w');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      throw new UsageError({ zh: `无法写入报告文件 ${output.path}（${code}）`, en: `Cannot write report file ${output.path} (${code})` });
    }
    return {
      output,
      stream,
      write: (text) => {
        if (text) fs.writeSync(fd, text);
      },
      close: () => fs.closeSync(fd),
    };
  });
}

/** Every rule's metadata by id, for reporters that describe the rules (SARIF's tool driver). */
function ruleMetas(rules: ReadonlyMap<string, Rule<never>>): ReadonlyMap<string, RuleMeta> {
  return new Map([...rules].map(([id, rule]) => [id, rule.meta]));
}

export interface CommandOutputsOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** --color / --no-color. */
  color: boolean;
  locale: Locale;
  maxWarnings?: number;
  rules: ReadonlyMap<string, Rule<never>>;
  encoding?: SourceEncoding;
  /** Where a report without a file goes, and whether it is a terminal (colours, hyperlinks). */
  console: (text: string) => void;
  consoleIsTTY: boolean;
}

/** Opens the reports of a lint or scan command, each with the reporter context its destination calls for. */
export function openCommandOutputs(outputs: readonly ReportOutput[], options: CommandOutputsOptions): OpenOutput[] {
  const rules = ruleMetas(options.rules);
  const sourceLines = sourceLinesReader(options.cwd, options.encoding);
  return openOutputs(outputs, {
    cwd: options.cwd,
    context: (output) => ({
      locale: options.locale,
      chalk: createChalk({ color: options.color && output.path === undefined, isTTY: options.consoleIsTTY, env: options.env }),
      cwd: options.cwd,
      maxWarnings: options.maxWarnings,
      rules,
      sourceLines,
    }),
    console: (text) => {
      if (text) options.console(text);
    },
  });
}

export function writeResult(outputs: readonly OpenOutput[], result: LintResult): void {
  for (const open of outputs) open.write(open.stream.write(result));
}

export function finishOutputs(outputs: readonly OpenOutput[]): void {
  for (const open of outputs) {
    open.write(open.stream.end());
    open.close();
  }
}
