// Where the national leaders' names (dictionaries/leaders.yaml) occur in prose, so that checks which rewrite
// characters (the typos rule's language model) leave them alone.
import { nationalLeaders } from './load-leaders.js';

let names: readonly string[] | undefined;

/** Every occurrence of a national leader's name inside the given ranges of the text, in no particular order. */
export function leaderNameRanges(text: string, ranges: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  names ??= [...new Set(nationalLeaders().people.map((person) => person.name))];
  const found: Array<{ start: number; end: number }> = [];
  for (const range of ranges) {
    const slice = text.slice(range.start, range.end);
    for (const name of names) {
      for (let at = slice.indexOf(name); at >= 0; at = slice.indexOf(name, at + name.length)) {
        found.push({ start: range.start + at, end: range.start + at + name.length });
      }
    }
  }
  return found;
}
