// Turns the text of a dictionary file into a validated Dictionary; errors name the file, the entry and the key.
import { parse as parseYaml } from 'yaml';
import type { ContextPattern, Dictionary, DictionaryEntry } from './types.js';
import { dictionaryFileSchema, type DictionaryFile } from './schema.js';
import { describeIssues } from '../config/describe-issues.js';
import type { LocalizedText } from '../engine/types.js';

export class DictionaryError extends Error {
  constructor(readonly localized: LocalizedText) {
    super(localized.en);
    this.name = 'DictionaryError';
  }
}

function contextPatterns(values: string[] | undefined, filePath: string, where: string): ContextPattern[] {
  return (values ?? []).map((value) => {
    if (value.length > 2 && value.startsWith('/') && value.endsWith('/')) {
      try {
        const source = value.slice(1, -1);
        return { endingAtHit: new RegExp(`(?:${source})$`, 'u'), startingAtHit: new RegExp(`^(?:${source})`, 'u') };
      } catch (error) {
        throw new DictionaryError({
          zh: `词典 ${filePath}：${where} 的正则表达式 ${value} 无效：${(error as Error).message}`,
          en: `Dictionary ${filePath}: invalid regular expression ${value} in ${where}: ${(error as Error).message}`,
        });
      }
    }
    return { literal: value };
  });
}

function toEntry(raw: DictionaryFile['entries'][number], file: DictionaryFile, filePath: string, index: number): DictionaryEntry {
  const defaults = file.defaults ?? {};
  const where = `entries[${index}]（${raw.term}）`;
  const replacements = raw.replacements ?? [];
  const entry: DictionaryEntry = {
    term: raw.term,
    replacements,
    notPrecededBy: contextPatterns(raw.notPrecededBy, filePath, `${where}.notPrecededBy`),
    notFollowedBy: contextPatterns(raw.notFollowedBy, filePath, `${where}.notFollowedBy`),
    precededBy: contextPatterns(raw.precededBy, filePath, `${where}.precededBy`),
    followedBy: contextPatterns(raw.followedBy, filePath, `${where}.followedBy`),
    wholeWord: raw.wholeWord ?? false,
    category: raw.category ?? defaults.category ?? 'mistake',
    severity: raw.severity ?? defaults.severity ?? 'warning',
    urgency: raw.urgency ?? defaults.urgency ?? 'general',
    fix: (raw.fix ?? defaults.fix ?? false) && replacements.length === 1,
    specs: {
      flag: raw.specs.flag.map((spec) => (typeof spec === 'string' ? { text: spec } : spec)),
      pass: (raw.specs.pass ?? []).map((spec) => (typeof spec === 'string' ? { text: spec } : spec)),
    },
  };
  for (const key of ['reason', 'reasonEn', 'from', 'until'] as const) {
    if (raw[key] !== undefined) entry[key] = raw[key];
  }
  return entry;
}

export function parseDictionary(yamlText: string, filePath: string): Dictionary {
  return dictionaryFromData(parseDictionaryYaml(yamlText, filePath), filePath);
}

/** The YAML text as plain data (what the build stores as JSON for a fast start). */
export function parseDictionaryYaml(yamlText: string, filePath: string): unknown {
  try {
    return parseYaml(yamlText);
  } catch (error) {
    throw new DictionaryError({
      zh: `词典 ${filePath} 无法解析（YAML）：${(error as Error).message.split('\n')[0]}`,
      en: `Dictionary ${filePath} cannot be parsed (YAML): ${(error as Error).message.split('\n')[0]}`,
    });
  }
}

/** Validates dictionary data and compiles its entries. */
export function dictionaryFromData(raw: unknown, filePath: string): Dictionary {
  const result = dictionaryFileSchema.safeParse(raw);
  if (!result.success) {
    throw new DictionaryError({
      zh: `词典 ${filePath} 有误：\n  ${describeIssues(result.error.issues, '', 'zh').slice(0, 10).join('\n  ')}`,
      en: `Invalid dictionary ${filePath}:\n  ${describeIssues(result.error.issues, '', 'en').slice(0, 10).join('\n  ')}`,
    });
  }
  const file = result.data;
  return {
    id: file.dictionary,
    rule: file.rule,
    ...(file.description ? { description: file.description } : {}),
    ...(file.source ? { source: file.source } : {}),
    normalize: file.normalize ?? ['width', 'case'],
    entries: file.entries.map((entry, index) => toEntry(entry, file, filePath, index)),
    filePath,
  };
}
