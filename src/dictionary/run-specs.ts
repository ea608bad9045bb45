// Runs the specs of a dictionary's entries: each entry alone must flag its `flag` texts (and fix them as stated) and
// stay silent on its `pass` texts. Used by the test suite for the shipped dictionaries and by `cuomin dictionaries
// --check` for a unit's own.
import { Linter } from '../engine/linter.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { createDictionaryRule } from './dictionary-rule.js';
import type { Dictionary, DictionaryEntry } from './types.js';

export type SpecFailureKind = 'unknown-rule' | 'not-flagged' | 'wrong-fix' | 'flagged';

export interface SpecFailure {
  kind: SpecFailureKind;
  term: string;
  /** The spec's text (for unknown-rule: the rule id). */
  text: string;
  /** wrong-fix: the text the spec expects after --fix, and what the entry produced. */
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
 * Entries are checked through a plain dictionary rule carrying the real rule's id and meta, so that other checks of
 * the same rule (the typos rule's homophone check, say) neither help nor hinder an entry's specs.
 */
function entryRule(meta: RuleMeta): Rule<never> {
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

/** The failures of one entry's specs; `date` is the document date of specs that give none. */
export function checkEntrySpecs(dictionary: Dictionary, entry: DictionaryEntry, meta: RuleMeta | undefined, date: string): SpecFailure[] {
  if (!meta) return [{ kind: 'unknown-rule', term: entry.term, text: dictionary.rule }];
  const rule = entryRule(meta);
  const failures: SpecFailure[] = [];
  for (const spec of entry.specs.flag) {
    const linter = linterFor(rule, dictionary, entry, spec.date ?? date);
    const messages = linter.lintText(spec.text, 'spec.txt').filter((message) => !message.fatal);
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
    if (messages.length > 0) failures.push({ kind: 'flagged', term: entry.term, text: spec.text, actual: messages.map((m) => m.text).join('、') });
  }
  return failures;
}

/** Every entry's specs of one dictionary, with the rules' metas by id. */
export function checkDictionarySpecs(dictionary: Dictionary, metas: ReadonlyMap<string, RuleMeta>, date: string): DictionarySpecReport {
  const meta = metas.get(dictionary.rule);
  const failures = dictionary.entries.flatMap((entry) => checkEntrySpecs(dictionary, entry, meta, date));
  const specs = dictionary.entries.reduce((sum, entry) => sum + entry.specs.flag.length + entry.specs.pass.length, 0);
  return { dictionary, entries: dictionary.entries.length, specs, failures };
}
