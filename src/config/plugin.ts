// Plugins: npm packages or local files exporting rules, dictionaries and presets. Their rule ids get the plugin's prefix.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Rule } from '../engine/types.js';
import type { CuominConfig } from './schema.js';
import { ConfigError } from './errors.js';

export interface CuominPlugin {
  /** Prefix of the plugin's rule ids; default: derived from the package or file name. */
  name?: string;
  rules?: Record<string, Rule<never>>;
  /** Presets a config can extend as `<plugin>:<preset>`. */
  presets?: Record<string, CuominConfig>;
  /** Dictionary files, absolute or relative to the plugin's own file. */
  dictionaries?: string[];
}

export interface LoadedPlugin {
  name: string;
  specifier: string;
  filePath: string;
  plugin: CuominPlugin;
}

/** `./rules/fujin.js` and `/abs/x.js` are files; anything else is an npm package name. */
export function isPathSpecifier(specifier: string): boolean {
  return specifier.startsWith('.') || path.isAbsolute(specifier);
}

/** `cuomin-plugin-fujin` → `fujin`; `@city/cuomin-plugin-x` → `@city/x`; `./rules/fujin.js` → `fujin`. */
export function pluginNameFromSpecifier(specifier: string): string {
  const isPath = isPathSpecifier(specifier);
  const base = isPath ? path.basename(specifier).replace(/\.(c|m)?[jt]s$/, '') : specifier;
  return base.replace(/(^|\/)cuomin-plugin-/, '$1');
}

/** Node's resolution for CommonJS-capable packages; for ESM-only ones (exports with `import` only), their `exports`. */
function resolvePackage(specifier: string, baseDir: string): string {
  try {
    return createRequire(path.join(baseDir, 'noop.js')).resolve(specifier);
  } catch (error) {
    for (let directory = baseDir; ; directory = path.dirname(directory)) {
      const packageDir = path.join(directory, 'node_modules', specifier);
      const manifest = path.join(packageDir, 'package.json');
      if (fs.existsSync(manifest)) {
        const { exports, main } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { exports?: unknown; main?: string };
        const entry = esmEntry(exports) ?? main ?? 'index.js';
        return path.join(packageDir, entry);
      }
      if (path.dirname(directory) === directory) throw error;
    }
  }
}

function esmEntry(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (typeof exports !== 'object' || exports === null) return undefined;
  const conditions = exports as Record<string, unknown>;
  const root = '.' in conditions ? conditions['.'] : conditions;
  if (typeof root === 'string') return root;
  if (typeof root !== 'object' || root === null) return undefined;
  const rootConditions = root as Record<string, unknown>;
  for (const key of ['import', 'node', 'default']) {
    const value = rootConditions[key];
    if (typeof value === 'string') return value;
    const nested = esmEntry(value);
    if (nested) return nested;
  }
  return undefined;
}

export async function loadPlugin(specifier: string, baseDir: string, configFile: string): Promise<LoadedPlugin> {
  const isPath = isPathSpecifier(specifier);
  let filePath: string;
  try {
    filePath = isPath ? path.resolve(baseDir, specifier) : resolvePackage(specifier, baseDir);
  } catch {
    throw new ConfigError({
      zh: `配置文件 ${configFile}：plugins 中的插件“${specifier}”找不到（请确认已安装或路径正确）`,
      en: `Config ${configFile}: plugin "${specifier}" in plugins cannot be found (is it installed, is the path right?)`,
    });
  }
  let loaded: unknown;
  try {
    const module = (await import(pathToFileURL(filePath).href)) as { default?: unknown };
    loaded = module.default ?? module;
  } catch (error) {
    throw new ConfigError({
      zh: `配置文件 ${configFile}：插件“${specifier}”加载失败：${(error as Error).message}`,
      en: `Config ${configFile}: plugin "${specifier}" failed to load: ${(error as Error).message}`,
    });
  }
  if (typeof loaded !== 'object' || loaded === null) {
    throw new ConfigError({
      zh: `配置文件 ${configFile}：插件“${specifier}”应导出一个对象 { rules, presets, dictionaries }`,
      en: `Config ${configFile}: plugin "${specifier}" must export an object { rules, presets, dictionaries }`,
    });
  }
  const plugin = loaded as CuominPlugin;
  for (const [key, rule] of Object.entries(plugin.rules ?? {})) {
    if (!isRule(rule)) {
      throw new ConfigError({
        zh: `配置文件 ${configFile}：插件“${specifier}”的 rules.${key} 不是有效规则（应为 { meta: { id, description, category, urgency, defaultSeverity, fixable, messages }, check(context) }）`,
        en: `Config ${configFile}: rules.${key} of plugin "${specifier}" is not a rule (expected { meta: { id, description, category, urgency, defaultSeverity, fixable, messages }, check(context) })`,
      });
    }
  }
  return { name: plugin.name ?? pluginNameFromSpecifier(specifier), specifier, filePath, plugin };
}

function isRule(value: unknown): value is Rule<never> {
  const rule = value as Partial<Rule<never>> | undefined;
  const meta = rule?.meta;
  return (
    typeof rule?.check === 'function' &&
    typeof meta === 'object' && meta !== null &&
    typeof meta.description === 'object' &&
    (meta.category === 'mistake' || meta.category === 'sensitive') &&
    (meta.urgency === 'urgent' || meta.urgency === 'general') &&
    ['off', 'info', 'warning', 'error'].includes(meta.defaultSeverity as string) &&
    typeof meta.messages === 'object' && meta.messages !== null
  );
}
