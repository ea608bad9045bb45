// Reads dictionary files: the shipped ones in dictionaries/ and any the config or plugins name.
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';
import { DictionaryError, parseDictionary } from '../dictionary/parse-dictionary.js';
import type { Dictionary } from '../dictionary/types.js';

export function builtinDictionaryFiles(): string[] {
  const directory = path.join(packageRoot(), 'dictionaries');
  return fs
    .readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
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

let builtin: Dictionary[] | undefined;

/** The shipped dictionaries, parsed once per process. */
export function loadBuiltinDictionaries(): Dictionary[] {
  builtin ??= builtinDictionaryFiles().map(loadDictionaryFile);
  return builtin;
}
