// Finds and reads a config file with cosmiconfig (cuomin.config.*, .cuominrc*, package.json#cuomin).
import path from 'node:path';
import fs from 'node:fs';
import { cosmiconfig } from 'cosmiconfig';
import { ConfigError } from './errors.js';

export const CONFIG_SEARCH_PLACES = [
  'package.json',
  '.cuominrc',
  '.cuominrc.json',
  '.cuominrc.yaml',
  '.cuominrc.yml',
  '.cuominrc.js',
  '.cuominrc.mjs',
  'cuomin.config.js',
  'cuomin.config.mjs',
  'cuomin.config.json',
  'cuomin.config.yaml',
  'cuomin.config.yml',
];

export interface LoadedConfigFile {
  config: unknown;
  /** Absent when no config file was found (defaults apply). */
  filePath?: string;
}

const explorer = cosmiconfig('cuomin', { searchPlaces: CONFIG_SEARCH_PLACES, searchStrategy: 'project', cache: false });

export async function loadConfigFile(options: { cwd: string; configPath?: string }): Promise<LoadedConfigFile> {
  if (options.configPath) {
    const filePath = path.resolve(options.cwd, options.configPath);
    if (!fs.existsSync(filePath)) {
      throw new ConfigError({ zh: `找不到配置文件 ${filePath}`, en: `Config file not found: ${filePath}` });
    }
    return loadExplicit(filePath);
  }
  try {
    const result = await explorer.search(options.cwd);
    if (!result || result.isEmpty) return result ? { config: {}, filePath: result.filepath } : { config: {} };
    return { config: result.config, filePath: result.filepath };
  } catch (error) {
    throw unreadable((error as { filepath?: string }).filepath ?? options.cwd, error);
  }
}

export async function loadExplicit(filePath: string): Promise<LoadedConfigFile> {
  try {
    const result = await explorer.load(filePath);
    return { config: result?.config ?? {}, filePath };
  } catch (error) {
    throw unreadable(filePath, error);
  }
}

function unreadable(filePath: string, error: unknown): ConfigError {
  // cosmiconfig says "YAML Error in <file>:" and the parser's own explanation on the following lines.
  const reason = (error as Error).message
    .replace(/^(?:YAML|JSON) Error in [^\n]*:\s*/u, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 3)
    .join(' ');
  return new ConfigError({
    zh: `配置文件 ${filePath} 无法读取或解析：${reason}`,
    en: `Config file ${filePath} cannot be read or parsed: ${reason}`,
  });
}
