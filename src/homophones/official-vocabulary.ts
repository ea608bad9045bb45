// The words of clean official text (dictionaries/official-vocabulary.txt, built by bench/build-official-vocabulary.js):
// the frequent ones a homophone typo is corrected to, and the rarer attested ones that sound like them and are
// therefore known not to be typos (质权 is a legal term, not a typo of 职权).
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';

export interface OfficialVocabulary {
  /** Frequent official words, with their counts: what a homophone typo may be corrected to. */
  readonly targets: ReadonlyMap<string, number>;
  /** Every word of the vocabulary (targets and attested words), with its count. */
  readonly words: ReadonlyMap<string, number>;
  /** How often each Han character occurs in official text (roughly: to half a decade), when the file says. */
  readonly characters?: ReadonlyMap<string, number>;
}

/**
 * Parses the file format: `#` comment lines; section lines `[target]` (frequent words), `[phrase]` (frequent
 * two-word phrases, targets too) and `[attested]` (rarer words and phrases of clean text that sound like a target),
 * each followed by `word<TAB>count` lines; `[characters]` followed by `k<TAB>characters` lines (characters seen
 * between 10^(k/2) and 10^((k+1)/2) times). Lines before any section line are targets.
 */
export function parseOfficialVocabulary(text: string): OfficialVocabulary {
  const targets = new Map<string, number>();
  const words = new Map<string, number>();
  let characters: Map<string, number> | undefined;
  let section = 'target';
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('[')) {
      section = line.slice(1, line.indexOf(']'));
      continue;
    }
    const [first, second] = line.split('\t');
    if (section === 'characters') {
      const count = Math.round(10 ** ((Number(first) + 0.5) / 2));
      characters ??= new Map();
      for (const char of second ?? '') characters.set(char, count);
      continue;
    }
    const count = Number(second) || 1;
    words.set(first, count);
    if (section !== 'attested') targets.set(first, count);
  }
  return characters ? { targets, words, characters } : { targets, words };
}

const characterCounts = new WeakMap<OfficialVocabulary, Map<string, number>>();

/**
 * How often a character occurs in official text: from the vocabulary's character table, else from its words weighted
 * by their counts (computed once).
 */
export function characterCount(vocabulary: OfficialVocabulary, char: string): number {
  if (vocabulary.characters) return vocabulary.characters.get(char) ?? 0;
  let counts = characterCounts.get(vocabulary);
  if (!counts) {
    counts = new Map();
    for (const [word, count] of vocabulary.words) for (const each of word) counts.set(each, (counts.get(each) ?? 0) + count);
    characterCounts.set(vocabulary, counts);
  }
  return counts.get(char) ?? 0;
}

let shipped: OfficialVocabulary | undefined;

export function officialVocabularyPath(): string {
  return path.join(packageRoot(), 'dictionaries', 'official-vocabulary.txt');
}

/** The shipped vocabulary, read once per process. */
export function officialVocabulary(): OfficialVocabulary {
  shipped ??= parseOfficialVocabulary(fs.readFileSync(officialVocabularyPath(), 'utf8'));
  return shipped;
}
