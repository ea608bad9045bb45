// Runs every spec of every shipped dictionary (src/dictionary/run-specs.ts): each entry alone must flag its `flag`
// texts (and fix them as stated) and stay silent on its `pass` texts. A wrong entry fails here, by file, term and text.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { checkEntrySpecs, plainSpecRule } from '../../src/dictionary/run-specs.js';
import { builtinDictionaryFiles, loadDictionaryFile } from '../../src/io/load-dictionaries.js';

const metas = new Map(builtinRules.map((rule) => [rule.meta.id, rule.meta]));
/** The document date of specs that give none: the shipped specs were written as of this day. */
const SPEC_DATE = '2026-11-27';

const files = builtinDictionaryFiles();

it('ships at least one dictionary', () => {
  expect(files.length).toBeGreaterThan(0);
});

for (const file of files) {
  const dictionary = loadDictionaryFile(file);
  describe(path.basename(file), () => {
    it('names a built-in rule', () => {
      expect(metas.has(dictionary.rule)).toBe(true);
    });

    it('has no duplicate terms', () => {
      const seen = new Set<string>();
      const duplicates = dictionary.entries.map((entry) => entry.term).filter((term) => (seen.has(term) ? true : (seen.add(term), false)));
      expect(duplicates).toEqual([]);
    });

    for (const entry of dictionary.entries) {
      it(`${entry.term}`, () => {
        expect(checkEntrySpecs(dictionary, entry, plainSpecRule(metas.get(dictionary.rule)!), SPEC_DATE)).toEqual([]);
      });
    }
  });
}
