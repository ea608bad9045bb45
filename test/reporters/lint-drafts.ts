// Lints real drafts with real rules through the Linter, as the CLI does, for the reporter tests.
import fs from 'node:fs';
import path from 'node:path';
import { Chalk } from 'chalk';
import { Linter, summarize } from '../../src/engine/linter.js';
import type { LintResult, Locale, ResolvedRuleSetting, Rule, RuleMeta, Severity } from '../../src/engine/types.js';
import type { ReporterContext } from '../../src/reporters/types.js';
import { builtinRules } from '../../rules/index.js';
import { readSource } from '../../src/io/read-source.js';

/** Rules whose findings on the sample drafts depend neither on dictionaries nor on site lists. */
export const STABLE_RULES = ['placeholders', 'punctuation', 'doc-number', 'numbers', 'numbering', 'approval'];

export interface DraftLinter {
  linter: Linter;
  rules: Map<string, RuleMeta>;
  context: ReporterContext;
}

export function linterFor(ruleIds: readonly string[] | 'all', options: { locale?: Locale; severities?: Record<string, Severity>; cwd?: string } = {}): DraftLinter {
  const locale = options.locale ?? 'zh';
  const chosen = builtinRules.filter((rule) => ruleIds === 'all' || ruleIds.includes(rule.meta.id));
  const rules = new Map<string, Rule<never>>(chosen.map((rule) => [rule.meta.id, rule]));
  const settings: Record<string, ResolvedRuleSetting> = {};
  for (const [id, rule] of rules) {
    const severity = options.severities?.[id];
    settings[id] = {
      severity: severity ?? rule.meta.defaultSeverity,
      explicit: severity !== undefined,
      options: (rule.meta.options?.parse({}) ?? {}) as Record<string, unknown>,
    };
  }
  const linter = new Linter({ rules, settings, locale, date: '2026-11-25' });
  const metas = new Map([...rules].map(([id, rule]) => [id, rule.meta]));
  return { linter, rules: metas, context: { locale, chalk: new Chalk({ level: 0 }), cwd: options.cwd ?? process.cwd(), rules: metas } };
}

/** Lints files given relative to `cwd` (as the CLI shows them): fingerprints from that relative path. */
export function lintFiles(linter: Linter, files: readonly string[], cwd = process.cwd()): LintResult[] {
  return files.map((file) => {
    const { text } = readSource(path.join(cwd, file));
    const { messages, unit } = linter.lintSource(text, path.join(cwd, file), { fingerprintPath: file });
    return summarize(file, messages, unit === undefined ? {} : { unit });
  });
}

export function draftFiles(): string[] {
  return fs.readdirSync('fixtures/drafts').sort().map((name) => `fixtures/drafts/${name}`);
}
