// `cuomin dictionaries [files...]`: the dictionaries in effect (the config's own, its plugins', the shipped ones) or the
// files named, with their rule and entry count; with --check, every entry's specs are run and each failure is named,
// so that a unit's own dictionary fails loudly on a wrong entry, as the shipped ones do in the test suite.
import path from 'node:path';
import { loadConfigFile } from '../config/load-config-file.js';
import { resolveConfig } from '../config/resolve-config.js';
import { DictionaryError } from '../dictionary/parse-dictionary.js';
import { checkDictionarySpecs, specRule, type DictionarySpecReport, type SpecFailure } from '../dictionary/run-specs.js';
import type { Dictionary } from '../dictionary/types.js';
import type { Locale } from '../engine/types.js';
import { builtinRules } from '../../rules/index.js';
import { t } from '../i18n/labels.js';
import { loadDictionaryFile } from '../io/load-dictionaries.js';
import { UsageError } from '../usage-error.js';
import { formatColumns } from './columns.js';
import type { CommandIO } from './lint-command.js';
import { parseDateOption, parseLocaleOption } from './option-values.js';

export interface DictionariesCommandOptions {
  config?: string;
  check?: boolean;
  date?: string;
  json?: boolean;
  locale?: string;
}

function loadNamedFiles(files: string[], cwd: string): Dictionary[] {
  return files.map((file) => {
    try {
      return loadDictionaryFile(path.resolve(cwd, file));
    } catch (error) {
      if (error instanceof DictionaryError) throw new UsageError(error.localized);
      throw error;
    }
  });
}

function describeFailure(failure: SpecFailure, locale: Locale): string {
  const term = t(locale, `“${failure.term}”`, `"${failure.term}"`);
  switch (failure.kind) {
    case 'unknown-rule':
      return t(locale, `词典所属的规则 ${failure.text} 不存在，示例无法运行`, `the dictionary's rule ${failure.text} does not exist: its specs cannot run`);
    case 'rule-failed':
      return t(locale, `${term} 运行示例时规则出错（${failure.actual}）：${failure.text}`, `${term}: the rule failed on the spec (${failure.actual}): ${failure.text}`);
    case 'not-flagged':
      return t(locale, `${term} 应检出而未检出：${failure.text}`, `${term} should flag but does not: ${failure.text}`);
    case 'wrong-fix':
      return t(
        locale,
        `${term} 修复结果不符：${failure.text}\n      应为：${failure.expected}\n      实为：${failure.actual}`,
        `${term} fixes wrongly: ${failure.text}\n      expected: ${failure.expected}\n      got:      ${failure.actual}`,
      );
    case 'flagged':
      return t(locale, `${term} 不应检出而检出了“${failure.actual}”：${failure.text}`, `${term} should not flag but flags "${failure.actual}": ${failure.text}`);
  }
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function relativeFile(dictionary: Dictionary, cwd: string): string {
  const relative = path.relative(cwd, dictionary.filePath);
  return relative.startsWith('..') ? dictionary.filePath : relative;
}

function formatTable(dictionaries: Dictionary[], cwd: string, locale: Locale): string {
  const header = [t(locale, '词典', 'dictionary'), t(locale, '规则', 'rule'), t(locale, '词条', 'entries'), t(locale, '文件', 'file')];
  const rows = dictionaries.map((d) => [d.id, d.rule, String(d.entries.length), relativeFile(d, cwd)]);
  return formatColumns(header, rows);
}

function formatCheck(reports: DictionarySpecReport[], cwd: string, locale: Locale): string {
  const lines: string[] = [];
  for (const report of reports) {
    const file = relativeFile(report.dictionary, cwd);
    if (report.failures.length === 0) {
      lines.push(t(locale, `✓ ${file}：${report.entries} 条词条、${report.specs} 个示例全部通过`, `✓ ${file}: ${count(report.entries, 'entry', 'entries')}, ${count(report.specs, 'spec', 'specs')}, all pass`));
      continue;
    }
    const failing = report.failures.filter((failure) => failure.kind !== 'unknown-rule').length;
    lines.push(
      failing === 0
        ? `✗ ${file}`
        : t(locale, `✗ ${file}：${failing} 个示例未通过`, `✗ ${file}: ${count(failing, 'failing spec', 'failing specs')}`),
    );
    for (const failure of report.failures) lines.push(`    ${describeFailure(failure, locale)}`);
  }
  const failed = reports.reduce((sum, report) => sum + report.failures.filter((failure) => failure.kind !== 'unknown-rule').length, 0);
  const unrunnable = reports.filter((report) => report.failures.some((failure) => failure.kind === 'unknown-rule')).length;
  const specs = reports.reduce((sum, report) => sum + report.specs, 0);
  const counted = `${count(reports.length, 'dictionary', 'dictionaries')}, ${count(specs, 'spec', 'specs')}`;
  let summary =
    failed === 0 && unrunnable === 0
      ? t(locale, `共 ${reports.length} 个词典、${specs} 个示例，全部通过`, `${counted}, all pass`)
      : t(locale, `共 ${reports.length} 个词典、${specs} 个示例，${failed} 个未通过`, `${counted}, ${failed} failing`);
  if (unrunnable > 0) summary += t(locale, `；${unrunnable} 个词典的规则不存在`, `; ${count(unrunnable, 'dictionary names', 'dictionaries name')} no existing rule`);
  lines.push(summary);
  return `${lines.join('\n')}\n`;
}

function formatJson(dictionaries: Dictionary[], reports: DictionarySpecReport[] | undefined, cwd: string): string {
  const list = dictionaries.map((dictionary, index) => ({
    id: dictionary.id,
    rule: dictionary.rule,
    entries: dictionary.entries.length,
    file: relativeFile(dictionary, cwd),
    ...(reports ? { specs: reports[index].specs, failures: reports[index].failures } : {}),
  }));
  return `${JSON.stringify(list, null, 2)}\n`;
}

/** Exit code: 1 when --check finds a failing spec, else 0. */
export async function runDictionariesCommand(files: string[], options: DictionariesCommandOptions, io: CommandIO): Promise<number> {
  const date = parseDateOption(options.date) ?? new Date().toISOString().slice(0, 10);
  const loaded = await loadConfigFile({ cwd: io.cwd, configPath: options.config });
  const config = await resolveConfig(loaded.config, { configFile: loaded.filePath, baseDir: loaded.filePath ? path.dirname(loaded.filePath) : io.cwd });
  const locale = parseLocaleOption(options.locale) ?? config.locale ?? 'zh';
  const dictionaries = files.length > 0 ? loadNamedFiles(files, io.cwd) : config.dictionaries;
  const builtinIds = new Set(builtinRules.map((rule) => rule.meta.id));
  const ruleOf = (dictionary: Dictionary) => {
    const rule = config.rules.get(dictionary.rule);
    return rule && specRule(rule, builtinIds.has(dictionary.rule));
  };
  const reports = options.check ? dictionaries.map((dictionary) => checkDictionarySpecs(dictionary, ruleOf(dictionary), date)) : undefined;
  if (options.json) io.stdout(formatJson(dictionaries, reports, io.cwd));
  else io.stdout(reports ? formatCheck(reports, io.cwd, locale) : formatTable(dictionaries, io.cwd, locale));
  return reports?.some((report) => report.failures.length > 0) ? 1 : 0;
}
