// Reads the shipped leaders table (dictionaries/leaders.yaml), or the JSON copy the build made of it when that copy
// was made from exactly this YAML text.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { packageRoot } from '../package-root.js';
import { DictionaryError } from '../dictionary/parse-dictionary.js';
import { describeIssues } from '../config/describe-issues.js';
import { leaderTableSchema, type LeaderTableFile } from './schema.js';
import { nationalTable, type LeaderTable } from './leader-table.js';

export const LEADERS_FILE_NAME = 'leaders.yaml';

export function leadersFilePath(): string {
  return path.join(packageRoot(), 'dictionaries', LEADERS_FILE_NAME);
}

export function compiledLeadersPath(): string {
  return path.join(packageRoot(), 'dist', 'dictionaries', 'leaders.json');
}

function hashOf(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

/** Validates table data (parsed YAML or its JSON copy). */
export function leaderTableFromData(raw: unknown, filePath: string): LeaderTableFile {
  const result = leaderTableSchema.safeParse(raw);
  if (!result.success) {
    throw new DictionaryError({
      zh: `领导人职务表 ${filePath} 有误：\n  ${describeIssues(result.error.issues, '', 'zh').slice(0, 10).join('\n  ')}`,
      en: `Leaders table ${filePath} is invalid:\n  ${describeIssues(result.error.issues, '', 'en').slice(0, 10).join('\n  ')}`,
    });
  }
  return result.data;
}

export function parseLeaderTableYaml(yamlText: string, filePath: string): LeaderTableFile {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (error) {
    throw new DictionaryError({
      zh: `领导人职务表 ${filePath} 无法解析（YAML）：${(error as Error).message.split('\n')[0]}`,
      en: `Leaders table ${filePath} cannot be parsed (YAML): ${(error as Error).message.split('\n')[0]}`,
    });
  }
  return leaderTableFromData(raw, filePath);
}

/** The table as a LeaderTable; a reference to an unknown post or a reversed period is an error in the file. */
export function buildLeaderTable(file: LeaderTableFile, filePath: string): LeaderTable {
  try {
    return nationalTable(file, filePath);
  } catch (error) {
    throw new DictionaryError({ zh: `领导人职务表有误：${(error as Error).message}`, en: `Leaders table is invalid: ${(error as Error).message}` });
  }
}

/** Reads and validates the shipped table file (the compiled copy when it matches the YAML). */
export function loadLeaderTableFile(filePath = leadersFilePath()): LeaderTableFile {
  const yamlText = fs.readFileSync(filePath, 'utf8');
  if (filePath === leadersFilePath()) {
    try {
      const compiled = JSON.parse(fs.readFileSync(compiledLeadersPath(), 'utf8')) as { sha256?: string; data?: unknown };
      if (compiled.sha256 === hashOf(yamlText)) return leaderTableFromData(compiled.data, filePath);
    } catch {
      // No compiled copy (running from source): read the YAML.
    }
  }
  return parseLeaderTableYaml(yamlText, filePath);
}

/** Writes the JSON copy of the shipped table (run by `npm run build`); throws when the table is invalid. */
export function compileLeaderTable(): string {
  const filePath = leadersFilePath();
  const yamlText = fs.readFileSync(filePath, 'utf8');
  const data = parseLeaderTableYaml(yamlText, filePath);
  buildLeaderTable(data, filePath);
  const target = compiledLeadersPath();
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, JSON.stringify({ sha256: hashOf(yamlText), data }));
  return target;
}

let national: LeaderTable | undefined;

/** The shipped national table, read once per process on first use. */
export function nationalLeaders(): LeaderTable {
  national ??= buildLeaderTable(loadLeaderTableFile(), leadersFilePath());
  return national;
}
