// The cuomin command line: commander wiring, error handling and exit codes (0 clean, 1 errors, 2 usage or crash).
import { Command, CommanderError, Option } from 'commander';
import { ConfigError } from '../config/errors.js';
import { loadConfigFile } from '../config/load-config-file.js';
import { resolveConfig } from '../config/resolve-config.js';
import type { Locale } from '../engine/types.js';
import { VERSION } from '../version.js';
import { runLintCommand, type CommandIO, type LintCommandOptions } from './lint-command.js';
import { formatRulesJson, formatRulesTable } from './rules-command.js';
import { runInitCommand } from './init-command.js';
import { UsageError } from '../usage-error.js';
import { parseLocaleOption } from './option-values.js';
import path from 'node:path';

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function defaultIO(): CommandIO {
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
    },
    stdoutIsTTY: Boolean(process.stdout.isTTY),
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
    .addOption(new Option('-f, --format <name>', '输出格式 stylish | json / output format').default('stylish'))
    .option('-o, --output-file <path>', '把报告写入文件 / write the report to a file')
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
    .command('init')
    .description('生成带注释的配置文件 cuomin.config.yaml / write a commented starter config')
    .option('--force', '覆盖已有文件 / overwrite an existing file')
    .option('--locale <zh|en>', '语言 / language')
    .action(async (options: { force?: boolean; locale?: string }) => {
      const config = await resolveConfig({}, { baseDir: io.cwd });
      io.stdout(runInitCommand(io.cwd, options, config.rules, parseLocaleOption(options.locale) ?? 'zh'));
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
