// Runs the specs of a dictionary's entries: each entry alone must flag its `flag` texts (and fix them as stated) and
// stay silent on its `pass` texts. Used by the test suite for the shipped dictionaries and by `cuomin dictionaries
// --check` for a unit's own.
import { Linter } from '../engine/linter.js';
import type { LintMessage, Rule, RuleMeta } from '../engine/types.js';
import { createDictionaryRule } from './dictionary-rule.js';
import type { Dictionary, DictionaryEntry } from './types.js';

export type SpecFailureKind = 'unknown-rule' | 'not-flagged' | 'wrong-fix' | 'flagged' | 'rule-failed';

export interface SpecFailure {
  kind: SpecFailureKind;
  /** The entry's term (empty for unknown-rule, which concerns the whole dictionary). */
  term: string;
  /** The spec's text (for unknown-rule: the rule id). */
  text: string;
  /** wrong-fix: the text the spec expects after --fix; flagged: the text it flagged; rule-failed: the error. */
  expected?: string;
  actual?: string;
}

export interface DictionarySpecReport {
  dictionary: Dictionary;
  entries: number;
  specs: number;
  failures: SpecFailure[];
}

/**
 * A built-in rule's entries are checked through a plain dictionary rule carrying its id and meta, so that the rule's
 * other checks (the typos rule's homophone check, say) neither help nor hinder an entry's specs. A plugin's rule is
 * run as it is: its own conditions are part of what its entries mean.
 */
export function specRule(rule: Rule<never>, builtin: boolean): Rule<never> {
  return builtin ? plainSpecRule(rule.meta) : rule;
}

/** The plain dictionary rule for a rule's meta (the shipped dictionaries' specs). */
export function plainSpecRule(meta: RuleMeta): Rule<never> {
  const template = { zh: '“{{text}}”', en: '"{{text}}"' };
  return createDictionaryRule({ ...meta, withReplacement: template, withoutReplacement: template });
}

function linterFor(rule: Rule<never>, dictionary: Dictionary, entry: DictionaryEntry, date: string): Linter {
  return new Linter({
    rules: new Map([[dictionary.rule, rule]]),
    settings: { [dictionary.rule]: { severity: 'warning', explicit: false, options: {} } },
    dictionaries: [{ ...dictionary, entries: [entry] }],
    date,
  });
}

function ruleFailure(entry: DictionaryEntry, text: string, messages: LintMessage[]): SpecFailure | undefined {
  const fatal = messages.find((message) => message.fatal);
  return fatal ? { kind: 'rule-failed', term: entry.term, text, actual: fatal.message } : undefined;
}

/** The failures of one entry's specs, run through `rule`; `date` is the document date of specs that give none. */
export function checkEntrySpecs(dictionary: Dictionary, entry: DictionaryEntry, rule: Rule<never>, date: string): SpecFailure[] {
  const failures: SpecFailure[] = [];
  for (const spec of entry.specs.flag) {
    const linter = linterFor(rule, dictionary, entry, spec.date ?? date);
    const messages = linter.lintText(spec.text, 'spec.txt');
    const failed = ruleFailure(entry, spec.text, messages);
    if (failed) {
      failures.push(failed);
      continue;
    }
    if (messages.length === 0) {
      failures.push({ kind: 'not-flagged', term: entry.term, text: spec.text });
      continue;
    }
    if (spec.fixed !== undefined) {
      const actual = linter.fixText(spec.text, 'spec.txt').output;
      if (actual !== spec.fixed) failures.push({ kind: 'wrong-fix', term: entry.term, text: spec.text, expected: spec.fixed, actual });
    }
  }
  for (const spec of entry.specs.pass) {
    const messages = linterFor(rule, dictionary, entry, spec.date ?? date).lintText(spec.text, 'spec.txt');
    const failed = ruleFailure(entry, spec.text, messages);
    if (failed) failures.push(failed);
    else if (messages.length > 0) failures.push({ kind: 'flagged', term: entry.term, text: spec.text, actual: messages.map((m) => m.text).join('、') });
  }
  return failures;
}

/** Every entry's specs of one dictionary, run through `rule` (undefined: the dictionary names no known rule). */
export function checkDictionarySpecs(dictionary: Dictionary, rule: Rule<never> | undefined, date: string): DictionarySpecReport {
  const specs = dictionary.entries.reduce((sum, entry) => sum + entry.specs.flag.length + entry.specs.pass.length, 0);
  const failures: SpecFailure[] = rule
    ? dictionary.entries.flatMap((entry) => checkEntrySpecs(dictionary, entry, rule, date))
    : [{ kind: 'unknown-rule', term: '', text: dictionary.rule }];
  return { dictionary, entries: dictionary.entries.length, specs, failures };
}
