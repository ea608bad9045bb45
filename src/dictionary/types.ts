// Dictionaries as data: entries with their category, severity, replacements, conditions, dates and specs.
import type { Category, Severity, Urgency } from '../engine/types.js';

export type NormalizeStrategy = 'width' | 'case' | 'traditional' | 'interference';

/** A context condition: a literal string, or a regular expression compiled anchored at the hit's start and end. */
export type ContextPattern = { literal: string } | { endingAtHit: RegExp; startingAtHit: RegExp };

export interface EntrySpecs {
  flag: Array<{ text: string; fixed?: string; date?: string }>;
  pass: Array<{ text: string; date?: string }>;
}

export interface DictionaryEntry {
  term: string;
  replacements: string[];
  reason?: string;
  reasonEn?: string;
  from?: string;
  until?: string;
  notPrecededBy: ContextPattern[];
  notFollowedBy: ContextPattern[];
  precededBy: ContextPattern[];
  followedBy: ContextPattern[];
  wholeWord: boolean;
  category: Category;
  severity: Severity;
  urgency: Urgency;
  /** --fix may replace the term by replacements[0]. */
  fix: boolean;
  specs: EntrySpecs;
}

export interface Dictionary {
  id: string;
  rule: string;
  description?: string;
  source?: string;
  normalize: NormalizeStrategy[];
  entries: DictionaryEntry[];
  /** Where it was loaded from (for messages). */
  filePath: string;
}

/** One occurrence of an entry in a document's prose, already checked against its conditions and dates. */
export interface DictionaryHit {
  dictionary: Dictionary;
  entry: DictionaryEntry;
  /** Prose offsets [start, end). */
  start: number;
  end: number;
}
