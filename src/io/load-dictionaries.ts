// Reads dictionary files: the shipped ones in dictionaries/ and any the config or plugins name.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';
import { DictionaryError, dictionaryFromData, parseDictionary, parseDictionaryYaml } from '../dictionary/parse-dictionary.js';
import type { Dictionary } from '../dictionary/types.js';
import { LEADERS_FILE_NAME } from '../leaders/load-leaders.js';

/** Data files in dictionaries/ that are not dictionaries (the leaders table has a format of its own). */
const NOT_DICTIONARIES = new Set([LEADERS_FILE_NAME]);

export function builtinDictionaryFiles(): string[] {
  const directory = path.join(packageRoot(), 'dictionaries');
  return fs
    .readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name) && !NOT_DICTIONARIES.has(name))
    .sort()
    .map((name) => path.join(directory, name));
}

export function loadDictionaryFile(filePath: string): Dictionary {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new DictionaryError({ zh: `词典文件 ${filePath} 无法读取（${code}）`, en: `Dictionary file ${filePath} cannot be read (${code})` });
  }
  return parseDictionary(text, filePath);
}

/** Where the build keeps a shipped dictionary as JSON: parsing YAML takes ~300 ms per run, JSON a few. */
export function compiledDictionaryPath(yamlPath: string): string {
  return path.join(packageRoot(), 'dist', 'dictionaries', `${path.basename(yamlPath).replace(/\.ya?ml$/, '')}.json`);
}

function hashOf(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

/** The compiled copy is used only when it was made from exactly this YAML text (times can lie after a copy). */
function loadBuiltinDictionary(yamlPath: string): Dictionary {
  const yamlText = fs.readFileSync(yamlPath, 'utf8');
  try {
    const compiled = JSON.parse(fs.readFileSync(compiledDictionaryPath(yamlPath), 'utf8')) as { sha256?: string; data?: unknown };
    if (compiled.sha256 === hashOf(yamlText)) return dictionaryFromData(compiled.data, yamlPath);
  } catch {
    // No compiled copy (running from source): read the YAML.
  }
  return parseDictionary(yamlText, yamlPath);
}

/** Writes the JSON copies of the shipped dictionaries (run by `npm run build`). */
export function compileBuiltinDictionaries(): string[] {
  return builtinDictionaryFiles().map((yamlPath) => {
    const yamlText = fs.readFileSync(yamlPath, 'utf8');
    const data = parseDictionaryYaml(yamlText, yamlPath);
    dictionaryFromData(data, yamlPath);
    const target = compiledDictionaryPath(yamlPath);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, JSON.stringify({ sha256: hashOf(yamlText), data }));
    return target;
  });
}

let builtin: Dictionary[] | undefined;

/** The shipped dictionaries, parsed once per process. */
export function loadBuiltinDictionaries(): Dictionary[] {
  builtin ??= builtinDictionaryFiles().map(loadBuiltinDictionary);
  return builtin;
}
