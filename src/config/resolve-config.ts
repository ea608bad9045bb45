// Turns a raw config (file, presets, plugins, --rule flags) into the resolved rules and settings the linter runs with.
import fs from 'node:fs';
import path from 'node:path';
import type { Locale, ResolvedRuleSetting, Rule, SeveritySetting } from '../engine/types.js';
import { builtinRules } from '../../rules/index.js';
import { configSchema, ruleEntrySchema, severitySettingSchema, type CuominConfig, type RuleEntry } from './schema.js';
import { ConfigError } from './errors.js';
import { describeIssues } from './describe-issues.js';
import { isPathSpecifier, loadPlugin, type LoadedPlugin } from './plugin.js';
import { loadExplicit } from './load-config-file.js';
import type { Dictionary } from '../dictionary/types.js';
import { DictionaryError } from '../dictionary/parse-dictionary.js';
import { loadBuiltinDictionaries, loadDictionaryFile } from '../io/load-dictionaries.js';
import type { WorkdayConfig } from '../worklist/workday-config.js';
import type { SiteConfig } from '../site/site-config.js';
import type { HtmlOptions } from '../document/html/main-content.js';

export interface ResolvedConfig {
  /** The config file that was used, if any. */
  configFile?: string;
  baseDir: string;
  rules: Map<string, Rule<never>>;
  settings: Record<string, ResolvedRuleSetting>;
  allow: string[];
  ignores: string[];
  /** Absolute paths of extra dictionary files (from config and plugins). */
  dictionaryFiles: string[];
  /** Every loaded dictionary: the shipped ones, then the plugins' and the config's. */
  dictionaries: Dictionary[];
  units: Array<{ pattern: string; unit: string }>;
  locale?: Locale;
  /** How HTML pages are read: a later config's contentSelectors replace an extended one's, the other lists add up. */
  html?: HtmlOptions;
  /** Working hours for worklist deadlines; a later config's keys override an extended one's. */
  workday?: WorkdayConfig;
  /** The `site` key, for `cuomin scan`; a later config replaces an earlier one's keys. */
  site?: SiteConfig;
  plugins: LoadedPlugin[];
}

export interface ResolveOptions {
  configFile?: string;
  baseDir: string;
  /** `--rule id:severity` flags, applied last. */
  ruleFlags?: string[];
}

const BUILTIN_PRESETS = ['cuomin:recommended', 'cuomin:strict'];

export async function resolveConfig(raw: unknown, options: ResolveOptions): Promise<ResolvedConfig> {
  const label = options.configFile ?? '(默认配置)';
  const resolved: ResolvedConfig = {
    configFile: options.configFile,
    baseDir: options.baseDir,
    rules: new Map(builtinRules.map((rule) => [rule.meta.id, rule])),
    settings: {},
    allow: [],
    ignores: [],
    dictionaryFiles: [],
    dictionaries: [],
    units: [],
    plugins: [],
  };
  const config = validate(raw, label);
  await loadPlugins(config, resolved, label, options.baseDir);
  for (const [id, rule] of resolved.rules) {
    resolved.settings[id] = { severity: rule.meta.defaultSeverity, explicit: false, options: parseRuleOptions(rule, {}, id, label) };
  }
  await applyConfig(config, resolved, label, new Set(options.configFile ? [options.configFile] : []), options.baseDir);
  for (const flag of options.ruleFlags ?? []) applyRuleFlag(flag, resolved);
  resolved.dictionaries = loadDictionaries(resolved, label);
  return resolved;
}

function loadDictionaries(resolved: ResolvedConfig, label: string): Dictionary[] {
  const dictionaries: Dictionary[] = [];
  try {
    // The user's and plugins' dictionaries first: where one of their entries and a shipped one find the same text, theirs wins.
    dictionaries.push(...resolved.dictionaryFiles.map(loadDictionaryFile), ...loadBuiltinDictionaries());
  } catch (error) {
    if (error instanceof DictionaryError) throw new ConfigError(error.localized);
    throw error;
  }
  const seen = new Map<string, string>();
  for (const dictionary of dictionaries) {
    const previous = seen.get(dictionary.id);
    if (previous !== undefined) {
      throw new ConfigError({
        zh: `词典 ${dictionary.filePath} 的 dictionary 名称“${dictionary.id}”与 ${previous} 重复，请换一个名称`,
        en: `Dictionary ${dictionary.filePath}: id "${dictionary.id}" is already used by ${previous}; choose another`,
      });
    }
    seen.set(dictionary.id, dictionary.filePath);
    if (!resolved.rules.has(dictionary.rule)) {
      throw new ConfigError({
        zh: `词典 ${dictionary.filePath}：rule“${dictionary.rule}”不是已知规则（配置 ${label}）`,
        en: `Dictionary ${dictionary.filePath}: rule "${dictionary.rule}" is not a known rule (config ${label})`,
      });
    }
  }
  return dictionaries;
}

function validate(raw: unknown, label: string): CuominConfig {
  const result = configSchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  throw new ConfigError({
    zh: `配置文件 ${label} 有误：\n  ${describeIssues(result.error.issues, '', 'zh').join('\n  ')}`,
    en: `Invalid config ${label}:\n  ${describeIssues(result.error.issues, '', 'en').join('\n  ')}`,
  });
}

async function loadPlugins(config: CuominConfig, resolved: ResolvedConfig, label: string, baseDir: string): Promise<void> {
  for (const specifier of config.plugins ?? []) {
    if (resolved.plugins.some((loaded) => loaded.specifier === specifier)) continue;
    const loaded = await loadPlugin(specifier, baseDir, label);
    resolved.plugins.push(loaded);
    for (const [localId, rule] of Object.entries(loaded.plugin.rules ?? {})) {
      resolved.rules.set(`${loaded.name}/${localId}`, rule);
    }
    for (const dictionary of loaded.plugin.dictionaries ?? []) {
      resolved.dictionaryFiles.push(path.resolve(path.dirname(loaded.filePath), dictionary));
    }
  }
}

/** Applies one config object; its relative paths (extends, dictionaries) are relative to `baseDir`, its own folder. */
async function applyConfig(config: CuominConfig, resolved: ResolvedConfig, label: string, seen: Set<string>, baseDir: string): Promise<void> {
  const presets = typeof config.extends === 'string' ? [config.extends] : (config.extends ?? []);
  for (const preset of presets) await applyPreset(preset, resolved, label, seen, baseDir);
  for (const [ruleId, entry] of Object.entries(config.rules ?? {})) applyRuleEntry(ruleId, entry, resolved, label);
  resolved.allow.push(...(config.allow ?? []));
  resolved.ignores.push(...(config.ignores ?? []));
  for (const file of config.dictionaries ?? []) {
    const absolute = path.resolve(baseDir, file);
    if (!fs.existsSync(absolute)) {
      throw new ConfigError({
        zh: `配置文件 ${label}：dictionaries 中的词典文件“${file}”不存在（${absolute}）`,
        en: `Config ${label}: dictionary file "${file}" in dictionaries does not exist (${absolute})`,
      });
    }
    resolved.dictionaryFiles.push(absolute);
  }
  for (const [pattern, unit] of Object.entries(config.units ?? {})) resolved.units.push({ pattern, unit });
  if (config.locale) resolved.locale = config.locale;
  if (config.workday) resolved.workday = { ...resolved.workday, ...config.workday };
  if (config.html) resolved.html = mergeHtmlOptions(resolved.html, config.html);
  if (config.site) resolved.site = { ...resolved.site, ...config.site };
}

function mergeHtmlOptions(base: HtmlOptions | undefined, added: HtmlOptions): HtmlOptions {
  const merged: HtmlOptions = { ...base };
  if (added.contentSelectors) merged.contentSelectors = [...added.contentSelectors];
  if (added.excludeSelectors) merged.excludeSelectors = [...(base?.excludeSelectors ?? []), ...added.excludeSelectors];
  if (added.hiddenClasses) merged.hiddenClasses = [...(base?.hiddenClasses ?? []), ...added.hiddenClasses];
  return merged;
}

async function applyPreset(preset: string, resolved: ResolvedConfig, label: string, seen: Set<string>, baseDir: string): Promise<void> {
  if (preset === 'cuomin:recommended') return;
  if (preset === 'cuomin:strict') {
    for (const [id, setting] of Object.entries(resolved.settings)) resolved.settings[id] = { ...setting, severity: 'error', explicit: true };
    return;
  }
  if (isPathSpecifier(preset)) {
    const filePath = path.resolve(baseDir, preset);
    if (seen.has(filePath)) return;
    seen.add(filePath);
    if (!fs.existsSync(filePath)) {
      throw new ConfigError({
        zh: `配置文件 ${label}：extends 中的配置文件“${preset}”不存在（${filePath}）`,
        en: `Config ${label}: config file "${preset}" in extends does not exist (${filePath})`,
      });
    }
    const loaded = await loadExplicit(filePath);
    const config = validate(loaded.config, filePath);
    const ownDir = path.dirname(filePath);
    await loadPlugins(config, resolved, filePath, ownDir);
    for (const [id, rule] of resolved.rules) {
      resolved.settings[id] ??= { severity: rule.meta.defaultSeverity, explicit: false, options: parseRuleOptions(rule, {}, id, filePath) };
    }
    await applyConfig(config, resolved, filePath, seen, ownDir);
    return;
  }
  const separator = preset.lastIndexOf(':');
  const pluginName = preset.slice(0, separator);
  const presetName = preset.slice(separator + 1);
  const plugin = resolved.plugins.find((loaded) => loaded.name === pluginName);
  const presetConfig = plugin?.plugin.presets?.[presetName];
  if (separator <= 0 || !presetConfig) {
    const known = [...BUILTIN_PRESETS, ...resolved.plugins.flatMap((p) => Object.keys(p.plugin.presets ?? {}).map((name) => `${p.name}:${name}`))];
    throw new ConfigError({
      zh: `配置文件 ${label}：extends 中的预设“${preset}”不存在（可用：${known.join('、')}）`,
      en: `Config ${label}: preset "${preset}" in extends does not exist (available: ${known.join(', ')})`,
    });
  }
  await applyConfig(validate(presetConfig, `${label} → ${preset}`), resolved, `${label} → ${preset}`, seen, baseDir);
}

function applyRuleEntry(ruleId: string, entry: RuleEntry, resolved: ResolvedConfig, label: string): void {
  const rule = resolved.rules.get(ruleId);
  if (!rule) throw unknownRule(ruleId, `${label}：rules.${ruleId}`, `${label}: rules.${ruleId}`, resolved);
  const parsed = ruleEntrySchema.parse(entry);
  const severity: SeveritySetting = typeof parsed === 'string' ? parsed : parsed[0];
  const rawOptions = typeof parsed === 'string' ? undefined : parsed[1];
  const previous = resolved.settings[ruleId];
  resolved.settings[ruleId] = {
    severity,
    explicit: true,
    options: rawOptions === undefined ? previous.options : parseRuleOptions(rule, rawOptions, ruleId, label),
  };
}

function parseRuleOptions(rule: Rule<never>, options: Record<string, unknown>, ruleId: string, label: string): Record<string, unknown> {
  if (!rule.meta.options) {
    if (Object.keys(options).length === 0) return options;
    throw new ConfigError({
      zh: `配置文件 ${label}：规则 ${ruleId} 不接受选项（rules.${ruleId}[1]）`,
      en: `Config ${label}: rule ${ruleId} takes no options (rules.${ruleId}[1])`,
    });
  }
  const result = rule.meta.options.safeParse(options);
  if (result.success) return result.data as Record<string, unknown>;
  throw new ConfigError({
    zh: `配置文件 ${label}：规则 ${ruleId} 的选项有误：\n  ${describeIssues(result.error.issues, `rules.${ruleId}[1]`, 'zh').join('\n  ')}`,
    en: `Config ${label}: invalid options for rule ${ruleId}:\n  ${describeIssues(result.error.issues, `rules.${ruleId}[1]`, 'en').join('\n  ')}`,
  });
}

/** `--rule punctuation:off`, `--rule fujin/column-names:error`. */
function applyRuleFlag(flag: string, resolved: ResolvedConfig): void {
  const separator = flag.lastIndexOf(':');
  const ruleId = separator > 0 ? flag.slice(0, separator) : flag;
  const severity = severitySettingSchema.safeParse(separator > 0 ? flag.slice(separator + 1) : '');
  if (!severity.success) {
    throw new ConfigError({
      zh: `--rule ${flag}：格式应为 规则:级别，级别为 off、info、warning 或 error`,
      en: `--rule ${flag}: expected rule:severity with severity off, info, warning or error`,
    });
  }
  if (!resolved.rules.has(ruleId)) throw unknownRule(ruleId, `--rule ${flag}`, `--rule ${flag}`, resolved);
  resolved.settings[ruleId] = { ...resolved.settings[ruleId], severity: severity.data, explicit: true };
}

function unknownRule(ruleId: string, whereZh: string, whereEn: string, resolved: ResolvedConfig): ConfigError {
  const close = [...resolved.rules.keys()].filter((id) => id.includes(ruleId) || ruleId.includes(id));
  const hintZh = close.length ? `，是否想用 ${close.join('、')}？` : '；运行 cuomin rules 查看全部规则';
  const hintEn = close.length ? `; did you mean ${close.join(', ')}?` : '; run `cuomin rules` to list them';
  return new ConfigError({ zh: `${whereZh}：未知规则“${ruleId}”${hintZh}`, en: `${whereEn}: unknown rule "${ruleId}"${hintEn}` });
}
