// Runs every spec of every shipped dictionary: each entry alone must flag its `flag` texts (and fix them as stated)
// and stay silent on its `pass` texts. A wrong entry fails here, by file, term and text.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine/linter.js';
import { builtinRules } from '../../rules/index.js';
import { createDictionaryRule } from '../../src/dictionary/dictionary-rule.js';
import { builtinDictionaryFiles, loadDictionaryFile } from '../../src/io/load-dictionaries.js';
import type { Dictionary, DictionaryEntry } from '../../src/dictionary/types.js';
import type { Rule } from '../../src/engine/types.js';

const rulesById = new Map(builtinRules.map((rule) => [rule.meta.id, rule]));
const SPEC_DATE = '2026-11-27';

/**
 * Entries are checked through a plain dictionary rule, so that other checks of the same rule (the typos rule's
 * homophone check, say) neither help nor hinder an entry's specs.
 */
function entryRule(ruleId: string): Rule<never> {
  const meta = rulesById.get(ruleId)!.meta;
  const template = { zh: '“{{text}}”', en: '"{{text}}"' };
  return createDictionaryRule({ ...meta, id: ruleId, withReplacement: template, withoutReplacement: template });
}

function linterFor(dictionary: Dictionary, entry: DictionaryEntry, date: string): Linter {
  const rule = entryRule(dictionary.rule);
  return new Linter({
    rules: new Map([[dictionary.rule, rule]]),
    settings: { [dictionary.rule]: { severity: 'warning', explicit: false, options: {} } },
    dictionaries: [{ ...dictionary, entries: [entry] }],
    date,
  });
}

const files = builtinDictionaryFiles();

it('ships at least one dictionary', () => {
  expect(files.length).toBeGreaterThan(0);
});

for (const file of files) {
  const dictionary = loadDictionaryFile(file);
  describe(path.basename(file), () => {
    it('names a built-in rule', () => {
      expect(rulesById.has(dictionary.rule)).toBe(true);
    });

    it('has no duplicate terms', () => {
      const seen = new Set<string>();
      const duplicates = dictionary.entries.map((entry) => entry.term).filter((term) => (seen.has(term) ? true : (seen.add(term), false)));
      expect(duplicates).toEqual([]);
    });

    for (const entry of dictionary.entries) {
      it(`${entry.term}`, () => {
        for (const spec of entry.specs.flag) {
          const linter = linterFor(dictionary, entry, spec.date ?? SPEC_DATE);
          const messages = linter.lintText(spec.text, 'spec.txt').filter((message) => !message.fatal);
          expect(messages.length, `"${entry.term}" should flag: ${spec.text}`).toBeGreaterThan(0);
          if (spec.fixed !== undefined) {
            expect(linter.fixText(spec.text, 'spec.txt').output, `"${entry.term}" fix of: ${spec.text}`).toBe(spec.fixed);
          }
        }
        for (const spec of entry.specs.pass) {
          const messages = linterFor(dictionary, entry, spec.date ?? SPEC_DATE).lintText(spec.text, 'spec.txt');
          expect(messages.map((m) => m.text), `"${entry.term}" should not flag: ${spec.text}`).toEqual([]);
        }
      });
    }
  });
}
