// The cuomin command line: commander wiring, error handling and exit codes (0 clean, 1 errors, 2 usage or crash).
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/errors.js';
import { loadConfigFile } from '../config/load-config-file.js';
import { resolveConfig } from '../config/resolve-config.js';
import type { Locale } from '../engine/types.js';
import { VERSION } from '../version.js';
import { runLintCommand, type CommandIO, type LintCommandOptions } from './lint-command.js';
import { formatRulesJson, formatRulesTable } from './rules-command.js';
import { runInitCommand } from './init-command.js';
import type { CrawlCommandOptions } from './crawl-command.js';
import type { MergeCommandOptions } from './merge-command.js';
import type { ScanCommandOptions } from './scan-command.js';
import type { WorklistCommandOptions } from './worklist-command.js';
import type { VerifyCommandOptions } from './verify-command.js';
import { UsageError } from '../usage-error.js';
import type { DictionariesCommandOptions } from './dictionaries-command.js';
import { parseLocaleOption } from './option-values.js';
import path from 'node:path';

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Exit status of a program stopped by SIGPIPE, as shells report it. */
const BROKEN_PIPE_EXIT_CODE = 141;

function defaultIO(): CommandIO {
  // A reader that stops early (`cuomin … | head`) closes the pipe: stop quietly, as a program killed by SIGPIPE would.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(BROKEN_PIPE_EXIT_CODE);
  });
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      // Bytes: lint decodes them like a file (BOM, UTF-8, GB18030 or --encoding).
      return Buffer.concat(chunks);
    },
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
  };
}

const COMMANDER_ERRORS_ZH: Record<string, string> = {
  'commander.unknownOption': '未知选项',
  'commander.unknownCommand': '未知命令',
  'commander.optionMissingArgument': '选项缺少参数',
  'commander.missingArgument': '缺少参数',
  'commander.missingMandatoryOptionValue': '缺少必需的选项',
  'commander.excessArguments': '参数过多',
  'commander.conflictingOption': '选项互相冲突',
  'commander.invalidArgument': '参数无效',
};

/** Commander's messages are English; in Chinese, say what went wrong first and keep the original for the details. */
function describeCommanderError(error: CommanderError, locale: Locale): string {
  const original = error.message.replace(/^error:\s*/, '');
  const zh = COMMANDER_ERRORS_ZH[error.code];
  const help = locale === 'zh' ? '（运行 cuomin --help 查看用法）' : ' (run cuomin --help for usage)';
  return locale === 'zh' && zh ? `${zh}：${original}${help}` : `${original}${help}`;
}

/** Guesses the locale for error messages before options are fully parsed. */
function localeFromArgv(argv: string[]): Locale {
  const index = argv.findIndex((arg) => arg === '--locale' || arg.startsWith('--locale='));
  const value = index < 0 ? undefined : argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  return value === 'en' ? 'en' : 'zh';
}

// Subcommands other than lint load on demand: their dependencies (exceljs, the crawler) would slow every lint's start.
export async function main(argv: string[], io: CommandIO = defaultIO()): Promise<number> {
  let exitCode = 0;
  const program = new Command('cuomin')
    .description('错敏：政府网站内容错敏信息检查工具 / a linter for Chinese government-website content')
    .version(VERSION, '-v, --version', '显示版本 / show the version')
    .helpOption('-h, --help', '显示帮助 / show help')
    .exitOverride()
    // Commander's own error lines are replaced by localized ones in the catch below.
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });

  program
    .command('lint', { isDefault: true })
    .description('检查文件、目录或通配符（默认命令） / lint files, directories or globs (default command)')
    .argument('[paths...]', '要检查的文件、目录或通配符 / files, directories or globs')
    .option('-f, --format <name>', '输出格式 stylish | json | sarif | junit | github | html，可重复 / output format (repeatable)', collect)
    .option('-o, --output-file <path>', '把报告写入文件；可写 <格式>=<路径>，可重复 / write a report to a file; <format>=<path> pairs, repeatable', collect)
    .option('-c, --config <path>', '使用指定的配置文件 / use this config file')
    .option('--fix', '自动修复确定无误的问题 / apply certain fixes')
    .option('--fix-dry-run', '只显示修复的差异，不写文件 / print the fixes as a unified diff, write nothing')
    .option('--quiet', '只报告错误 / report errors only')
    .option('--max-warnings <n>', '警告超过此数时以 1 退出 / exit 1 when warnings exceed n')
    .option('--rule <id:severity>', '覆盖规则级别，可重复 / override a rule severity (repeatable)', collect)
    .option('--stdin', '从标准输入读取文本 / lint text from standard input')
    .option('--stdin-filename <name>', '标准输入的文件名（决定格式） / file name for stdin (decides the format)')
    .option('--no-color', '不使用颜色 / no colours')
    .option('--locale <zh|en>', '消息语言 / message language')
    .option('--date <YYYY-MM-DD>', '文档无日期时规则比较用的日期（默认今天） / date rules compare against when a document has none')
    .option('--encoding <name>', '文本文件的编码，不自动识别：utf-8 | utf-16le | utf-16be | gbk | gb2312 | gb18030 / decode text files with this encoding instead of detecting it')
    .option('--concurrency <n>', '工作线程数（默认为 CPU 核数；文件很少时不启用线程） / worker threads (default: the number of cores)')
    .option('--shard <i/n>', '只检查第 i 份（共 n 份，按路径稳定划分） / lint only share i of n (stable by path)')
    .option('--baseline <file>', '基线文件：其中的问题不再报告，只对新问题报错 / findings in this baseline are accepted; only new ones count')
    .option('--update-baseline', '把当前全部问题写入基线文件 / write the current findings to the baseline file')
    .option('--cache', '只检查内容有变化的文件，结果保存在 .cuomincache / lint only files whose content changed (results kept in .cuomincache)')
    .option('--cache-location <path>', '缓存文件的位置（默认 ./.cuomincache） / where the cache file lives (default ./.cuomincache)')
    .action(async (paths: string[], options: LintCommandOptions) => {
      exitCode = await runLintCommand(paths, options, io);
    });

  program
    .command('rules')
    .description('列出全部规则 / list every rule')
    .option('-c, --config <path>', '包含配置中插件的规则 / include rules of the config’s plugins')
    .option('--json', '以 JSON 输出 / print JSON')
    .option('--locale <zh|en>', '语言 / language')
    .action(async (options: { config?: string; json?: boolean; locale?: string }) => {
      const loaded = await loadConfigFile({ cwd: io.cwd, configPath: options.config });
      const config = await resolveConfig(loaded.config, { configFile: loaded.filePath, baseDir: loaded.filePath ? path.dirname(loaded.filePath) : io.cwd });
      const locale = parseLocaleOption(options.locale) ?? config.locale ?? 'zh';
      io.stdout(options.json ? formatRulesJson(config.rules) : formatRulesTable(config.rules, locale));
    });

  program
    .command('dictionaries')
    .description('列出生效的词典；--check 运行每条词条的示例（specs），有未通过的以 1 退出 / list the dictionaries in effect; --check runs every entry\'s specs and exits 1 when one fails')
    .argument('[files...]', '只看这些词典文件（默认：配置、插件和内置的全部词典） / only these dictionary files (default: the config\'s, the plugins\' and the shipped ones)')
    .option('-c, --config <path>', '使用指定的配置文件 / use this config file')
    .option('--check', '运行词条示例：应检出的须检出（并按 fixed 修复），不应检出的不得检出 / run the entries\' specs')
    .option('--date <YYYY-MM-DD>', '示例未写 date 时按此日期检查（默认今天） / the document date of specs without one (default today)')
    .option('--json', '以 JSON 输出 / print JSON')
    .option('--locale <zh|en>', '语言 / language')
    .action(async (files: string[], options: DictionariesCommandOptions) => {
      const { runDictionariesCommand } = await import('./dictionaries-command.js');
      exitCode = await runDictionariesCommand(files, options, io);
    });

  program
    .command('init')
    .description('生成带注释的配置文件 cuomin.config.yaml / write a commented starter config')
    .option('--force', '覆盖已有文件 / overwrite an existing file')
    .option('--locale <zh|en>', '语言 / language')
    .action(async (options: { force?: boolean; locale?: string }) => {
      const config = await resolveConfig({}, { baseDir: io.cwd });
      io.stdout(runInitCommand(io.cwd, options, config.rules, parseLocaleOption(options.locale) ?? 'zh'));
    });

  program
    .command('scan')
    .description('检查整站导出目录：全部页面规则，再加死链、栏目更新、页面日期等全站检查 / lint a whole site export: every page rule plus dead links, stale and empty columns, page dates')
    .argument('<export-dir>', '网站导出目录（wget --mirror 或 cuomin crawl 的结果） / the site export (a wget mirror or a cuomin crawl)')
    .option('-f, --format <name>', '输出格式，可重复 / output format (repeatable)', collect)
    .option('-o, --output-file <path>', '把报告写入文件；可写 <格式>=<路径>，可重复 / write a report to a file; <format>=<path> pairs, repeatable', collect)
    .option('-c, --config <path>', '使用指定的配置文件 / use this config file')
    .option('--rule <id:severity>', '覆盖规则级别，可重复 / override a rule severity (repeatable)', collect)
    .option('--now <ISO 时间>', '以此时间判断栏目是否按时更新（默认现在） / judge column freshness as of this time (default now)')
    .option('--quiet', '只报告错误 / report errors only')
    .option('--max-warnings <n>', '警告超过此数时以 1 退出 / exit 1 when warnings exceed n')
    .option('--encoding <name>', '页面编码，不自动识别 / decode pages with this encoding instead of detecting it')
    .option('--concurrency <n>', '工作线程数（默认为 CPU 核数） / worker threads (default: the number of cores)')
    .option('--no-color', '不使用颜色 / no colours')
    .option('--locale <zh|en>', '消息语言 / message language')
    .action(async (exportDir: string, options: ScanCommandOptions) => {
      const { runScanCommand } = await import('./scan-command.js');
      exitCode = await runScanCommand(exportDir, options, io);
    });

  program
    .command('merge')
    .description('合并分片检查得到的多个 JSON 报告 / join the JSON reports of a sharded run')
    .argument('<reports...>', 'JSON 报告文件 / JSON report files')
    .option('-f, --format <name>', '输出格式（默认 json） / output format (default json)', 'json')
    .option('-o, --output-file <path>', '把合并后的报告写入文件 / write the merged report to a file')
    .option('--no-color', '不使用颜色 / no colours')
    .option('--locale <zh|en>', '语言 / language')
    .action(async (files: string[], options: MergeCommandOptions) => {
      const { runMergeCommand } = await import('./merge-command.js');
      exitCode = runMergeCommand(files, options, io, parseLocaleOption(options.locale) ?? 'zh');
    });

  program
    .command('crawl')
    .description('礼貌地抓取网站，保存为可供 scan 检查的导出目录 / crawl the live site politely into an export folder for scan')
    .argument('<url>', '起始地址 / start address')
    .option('--out <dir>', '保存目录（必填） / folder to save into (required)')
    .option('--host <name>', '同属本站的其他主机名，可重复 / another host name of the same site (repeatable)', collect)
    .option('--concurrency <n>', '同时进行的请求数（默认 2） / parallel requests (default 2)')
    .option('--delay <ms>', '两次请求之间的间隔毫秒数（默认 500；robots.txt 的 Crawl-delay 更长时从之） / milliseconds between requests (default 500, or robots.txt Crawl-delay)')
    .option('--max-pages <n>', '最多抓取的页面数（默认 5000） / page limit (default 5000)')
    .option('--max-bytes <n>', '单个页面的最大字节数（默认 5242880） / byte limit per page (default 5242880)')
    .option('--timeout <ms>', '单次请求超时毫秒数（默认 15000） / request timeout in milliseconds (default 15000)')
    .option('--download-attachments', '同时下载附件（默认只记录） / download attachments too (default: list them only)')
    .option('--locale <zh|en>', '语言 / language')
    .action(async (url: string, options: CrawlCommandOptions) => {
      const { runCrawlCommand } = await import('./crawl-command.js');
      exitCode = await runCrawlCommand(url, options, io, parseLocaleOption(options.locale) ?? 'zh');
    });

  program
    .command('worklist')
    .description('按责任单位生成错敏整改清单（xlsx、csv 与 worklist.json） / write per-unit correction worklists from JSON reports')
    .argument('<reports...>', 'cuomin lint -f json 生成的报告 / JSON reports written by cuomin lint -f json')
    .option('--out <dir>', '输出目录（必填） / output folder (required)')
    .option('--now <time>', '发现时间，ISO 8601（默认现在） / when the findings count as found, ISO 8601 (default now)')
    .option('-c, --config <path>', '使用指定的配置文件（workday 工作时间） / use this config file (workday hours)')
    .option('--locale <zh|en>', '语言 / language')
    .action(async (reports: string[], options: WorklistCommandOptions) => {
      const { runWorklistCommand } = await import('./worklist-command.js');
      exitCode = await runWorklistCommand(reports, options, io);
    });

  program
    .command('verify')
    .description('复查整改清单，更新状态并生成反馈汇总；紧急事项逾期时以 1 退出 / re-check a worklist, update statuses, write the feedback summary; exit 1 when urgent items are overdue')
    .argument('<worklist>', 'cuomin worklist 生成的 worklist.json / the worklist.json written by cuomin worklist')
    .option('--now <time>', '复查时间，ISO 8601（默认现在） / time of the re-check, ISO 8601 (default now)')
    .option('-c, --config <path>', '使用指定的配置文件 / use this config file')
    .option('--locale <zh|en>', '语言 / language')
    .action(async (worklist: string, options: VerifyCommandOptions) => {
      const { runVerifyCommand } = await import('./verify-command.js');
      exitCode = await runVerifyCommand(worklist, options, io);
    });

  const locale = localeFromArgv(argv);
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      io.stderr(`cuomin: ${describeCommanderError(error, locale)}\n`);
      return 2;
    }
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`cuomin: ${error.localized[locale]}\n`);
      return 2;
    }
    io.stderr(`cuomin: ${locale === 'zh' ? '内部错误' : 'internal error'}: ${(error as Error).message}\n`);
    if (io.env.DEBUG?.includes('cuomin')) io.stderr(`${(error as Error).stack}\n`);
    return 2;
  }
}
