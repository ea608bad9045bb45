// The homophone check: finds windows written with characters that sound like those of a frequent official word
// (营商环竟 → 营商环境, 发展思相 → 发展思想) and keeps only those that are no real word or name as written and whose
// correction makes the surrounding text read clearly better by a unigram word model.
import { mayContainTraditional } from '../dictionary/traditional.js';
import { buildHomophoneIndex, type HomophoneIndex } from './homophone-index.js';
import { HomophoneCandidateFinder, type Candidate } from './candidates.js';
import { officialVocabulary, type OfficialVocabulary } from './official-vocabulary.js';
import { generalDictionary, WordModel } from './word-model.js';
import { lexicalReason, surfaceReason, windowReason } from './filters.js';
import { changedCharactersStandAlone, crossesWord, requiredMargin, type MarginSettings } from './judge.js';
import { OfficialWordsOfRun } from './run-facts.js';
import { mayBeName } from './names.js';
import { SubstitutionFinder, buildSubstitutionIndex, type SubstitutionIndex } from './substitutions.js';
import { lookalikes, looksAlike } from './lookalikes.js';
import { realWordPairs } from './word-pairs.js';
import { firstReadingOfCode, isHanCode, readingsOfCode, soundNearlyAlike } from './pinyin.js';

/** How the written window differs from the official word: by sound (any number of characters), or one character
 * that looks like the official one, nearly sounds like it (zh/z, n/l, -ng/-n) or neither. */
export type SubstitutionKind = 'homophone' | 'lookalike' | 'near-sound' | 'other';

export interface HomophoneFinding {
  /** Offsets [start, end) in the checked text. */
  start: number;
  end: number;
  written: string;
  official: string;
  /** How much better (natural log of the probability ratio) the context reads corrected. */
  margin: number;
  kind: SubstitutionKind;
}

export interface HomophoneSettings extends MarginSettings {
  /** Characters of a three- or four-character window that may differ from the official word (a two-character
   * window: always one, a single pinyin step). */
  maxChanged: number;
  /** Which readings of a written character to try: all, or only its first (most common) one. */
  writtenReadings: 'first' | 'all';
  /** A written form with at least this jieba frequency is a real word, not a typo. */
  realWordFrequency: number;
  /** A written form with a jieba idf below this is a real word, not a typo. */
  realWordIdf: number;
  /** Characters of context on each side. */
  contextChars: number;
  /** Weight of official-text counts against jieba counts in the word model. */
  officialWeight: number;
  /** Skip windows that cut through a word of the text as written (危机之中 is not 危机制中). */
  crossingWords: boolean;
  /** Also take two-character windows with both characters changed (才聊 → 材料), judged by minMarginWholePair. */
  wholePairs: boolean;
  minMarginWholePair: number;
  /** Also look for windows one character away from an official word, whatever that character sounds like. */
  substitutions: boolean;
  /** Margins for a two-character window whose changed character looks like the official one, nearly sounds like it,
   * or neither. */
  minMarginLookalike: number;
  minMarginNearSound: number;
  minMarginOther: number;
  /** The margins for a window of three or four characters with one character changed that looks like the official
   * one, or nearly sounds like it. */
  minMarginLongSubstitution: number;
  minMarginLongNearSound: number;
  /** A window written the same way this many times in the document is taken to be written on purpose. */
  deliberateRepeats: number;
  /** In a sentence with a finding, other corrections may fall this much short of their margin. */
  companionSlack: number;
}

/**
 * Tuned on ECSpell odw.train (never a test split) for precision first: on clean official text the check raises
 * well under one warning per 100,000 characters; two-character windows, the weakest evidence, need the largest gain.
 */
export const DEFAULT_HOMOPHONE_SETTINGS: HomophoneSettings = {
  maxChanged: 2,
  writtenReadings: 'first',
  realWordFrequency: 10,
  realWordIdf: 11.5,
  contextChars: 3,
  officialWeight: 1,
  crossingWords: true,
  minMargin: 12,
  minMarginSameTone: 11,
  minMarginRare: 8,
  rareCharacterRatio: 2.5,
  minMarginLong: 7,
  substitutions: true,
  wholePairs: false,
  minMarginWholePair: 16,
  minMarginLookalike: 13,
  minMarginNearSound: Infinity,
  minMarginOther: Infinity,
  minMarginLongSubstitution: 12,
  minMarginLongNearSound: 14,
  deliberateRepeats: 3,
  companionSlack: 7,
};

export interface HomophoneChecker {
  /** Findings in the given ranges (blocks) of the text, in order, never overlapping. */
  check(text: string, ranges: ReadonlyArray<{ start: number; end: number }>): HomophoneFinding[];
}

interface Resources {
  vocabulary: OfficialVocabulary;
  index: HomophoneIndex;
  substitutions: SubstitutionIndex;
}

let shippedResources: Resources | undefined;

function shipped(): Resources {
  if (!shippedResources) {
    const vocabulary = officialVocabulary();
    shippedResources = resourcesOf(vocabulary);
  }
  return shippedResources;
}

function resourcesOf(vocabulary: OfficialVocabulary): Resources {
  return { vocabulary, index: buildHomophoneIndex(vocabulary), substitutions: buildSubstitutionIndex(vocabulary) };
}

/** The kind of one substituted character: written for official (char codes). */
export function characterSubstitutionKind(written: number, official: number): SubstitutionKind {
  if (readingsOfCode(official).includes(firstReadingOfCode(written))) return 'homophone';
  if (looksAlike(lookalikes(), written, official)) return 'lookalike';
  return soundNearlyAlike(written, official) ? 'near-sound' : 'other';
}

const KIND_ORDER: readonly SubstitutionKind[] = ['homophone', 'lookalike', 'near-sound', 'other'];

/** The kind of difference between the written window and the official word: that of its weakest changed character. */
export function substitutionKind(written: string, official: string): SubstitutionKind {
  let kind: SubstitutionKind = 'homophone';
  for (let i = 0; i < written.length; i++) {
    if (written[i] === official[i]) continue;
    const each = characterSubstitutionKind(written.charCodeAt(i), official.charCodeAt(i));
    if (KIND_ORDER.indexOf(each) > KIND_ORDER.indexOf(kind)) kind = each;
  }
  return kind;
}

function marginFor(kind: SubstitutionKind, written: string, official: string, vocabulary: OfficialVocabulary, settings: HomophoneSettings): number {
  if (kind === 'homophone') {
    if (official.length === 2 && written[0] !== official[0] && written[1] !== official[1]) return settings.minMarginWholePair;
    return requiredMargin(written, official, vocabulary, settings);
  }
  if (kind === 'other') return settings.minMarginOther;
  if (official.length > 2) return kind === 'lookalike' ? settings.minMarginLongSubstitution : settings.minMarginLongNearSound;
  return kind === 'lookalike' ? settings.minMarginLookalike : kind === 'near-sound' ? settings.minMarginNearSound : settings.minMarginOther;
}

/**
 * A test of written × official char codes: look-alike or near sound. The substitution finder asks about one written
 * character many times in a row, so the official characters it looks like are stamped in a table once per character.
 */
function lookalikeOrNearSound(): (written: number, official: number) => boolean {
  const stamps = new Uint32Array(0x10000);
  let stamp = 0;
  let current = -1;
  return (written, official) => {
    if (written !== current) {
      current = written;
      stamp++;
      for (const each of lookalikes().byWritten[written] ?? []) stamps[each] = stamp;
    }
    return stamps[official] === stamp || soundNearlyAlike(written, official);
  };
}

/** Candidates of both finders, one per window, their official words together. */
function mergeCandidates(first: Candidate[], second: Candidate[]): Candidate[] {
  if (second.length === 0) return first;
  const byWindow = new Map<number, Candidate>();
  for (const candidate of [...first, ...second]) {
    const key = candidate.start * 8 + (candidate.end - candidate.start);
    const known = byWindow.get(key);
    if (!known) byWindow.set(key, { ...candidate, official: [...candidate.official] });
    else for (const word of candidate.official) if (!known.official.includes(word)) known.official.push(word);
  }
  return [...byWindow.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

const sharedModels = new WeakMap<OfficialVocabulary, Map<number, WordModel>>();

/** One word model per vocabulary and weight: building it takes a moment. */
function wordModelFor(vocabulary: OfficialVocabulary, officialWeight: number): WordModel {
  let byWeight = sharedModels.get(vocabulary);
  if (!byWeight) sharedModels.set(vocabulary, (byWeight = new Map()));
  let model = byWeight.get(officialWeight);
  if (!model) byWeight.set(officialWeight, (model = new WordModel(generalDictionary(), vocabulary, officialWeight)));
  return model;
}

/** A checker with the shipped vocabulary (or another one, for experiments) and the given settings. */
export function createHomophoneChecker(overrides: Partial<HomophoneSettings> = {}, vocabulary?: OfficialVocabulary): HomophoneChecker {
  const settings = { ...DEFAULT_HOMOPHONE_SETTINGS, ...overrides };
  let resources: Resources | undefined = vocabulary ? resourcesOf(vocabulary) : undefined;
  const thresholds = { frequency: settings.realWordFrequency, idf: settings.realWordIdf };
  /**
   * Which substituted characters the substitution finder considers: look-alikes and near sounds (exact homophones by
   * the first reading are the homophone finder's), and any other only when its margin can be met.
   */
  const mayReplace = Number.isFinite(settings.minMarginOther)
    ? () => true
    : lookalikeOrNearSound();
  let searches: Searches | undefined;
  /**
   * Asked by both finders before they take a window, which judge would turn down otherwise: may it be a typo at all
   * (cheap tests of its characters), and does no official word of its run cross its edges?
   */
  const mayBeTypoInRun = (text: string, start: number, end: number): boolean =>
    mayBeTypo(text, start, end) && !(settings.crossingWords && searches!.wordsOfRun.crossWindow(start, end));

  /**
   * The best correction of the candidate whose margin comes within `slack` of the margin it needs, with that need.
   * The candidate has passed mayBeTypoInRun.
   */
  function judge(text: string, runStart: number, runEnd: number, candidate: Candidate, slack: number): Judged | undefined {
    const { written } = candidate;
    // A function character changed, or a window that may be a name, is left alone unless it keeps company (see
    // withCompanions): then the sentence has shown itself careless.
    let companionOnly = false;
    let officialWords = candidate.official.filter((official) => {
      const reason = surfaceReason(text, candidate.start, written, official);
      if (reason === 'function character' && slack > 0) companionOnly = true;
      return reason === undefined || (reason === 'function character' && slack > 0);
    });
    if (officialWords.length === 0) return undefined;
    const { vocabulary } = resources!;
    // Only now is jieba's dictionary needed (read on first use).
    const model = wordModelFor(vocabulary, settings.officialWeight);
    officialWords = officialWords.filter((official) => lexicalReason(written, official, model.general, vocabulary, thresholds) === undefined);
    if (officialWords.length === 0) return undefined;

    const contextStart = Math.max(runStart, candidate.start - settings.contextChars);
    const context = text.slice(contextStart, Math.min(runEnd, candidate.end + settings.contextChars));
    const start = candidate.start - contextStart;
    const end = candidate.end - contextStart;
    const original = model.segment(context);
    if (mayBeName(context, original, start, end, model.general)) {
      if (slack === 0) return undefined;
      companionOnly = true;
    }
    if (settings.crossingWords && crossesWord(original, start, end)) return undefined;
    let best: Judged | undefined;
    for (const official of officialWords) {
      const corrected = context.slice(0, start) + official + context.slice(end);
      const segmentation = model.segment(corrected);
      if (changedCharactersStandAlone(context, corrected, segmentation, start, end)) continue;
      const margin = segmentation.score - original.score;
      const kind = substitutionKind(written, official);
      const required = marginFor(kind, written, official, vocabulary, settings);
      if (margin >= required - slack && (!best || margin - required > best.margin - best.required)) {
        best = { start: candidate.start, end: candidate.end, written, official, margin, kind, required, companionOnly };
      }
    }
    return best;
  }

  /** The candidate searches, made on first use; the look-alike one's test of real-word pairs reads jieba's dictionary. */
  function searchesOf({ index, substitutions, vocabulary }: Resources): Searches {
    if (!searches) {
      // The look-alike search passes over characters that make a real word with a neighbour.
      const wordPairs = settings.substitutions ? realWordPairs(wordModelFor(vocabulary, settings.officialWeight), thresholds) : undefined;
      searches = {
        wordsOfRun: new OfficialWordsOfRun(vocabulary, index, { crossingWords: settings.crossingWords, wholePairs: settings.wholePairs, wordPairs }),
        homophones: new HomophoneCandidateFinder(index, vocabulary, settings, mayBeTypoInRun),
        ...(settings.substitutions ? { substitutions: new SubstitutionFinder(substitutions, vocabulary, mayReplace, mayBeTypoInRun) } : {}),
      };
    }
    return searches;
  }

  /** Adds to the sentence the corrections of the run [runStart, runEnd) of Han characters that pass judgement, in order. */
  function judgedInRun(text: string, runStart: number, runEnd: number, slack: number, repeats: Map<string, number>, sentence: Judged[]): void {
    const { wordsOfRun: facts, homophones: homophoneSearch, substitutions: substitutionSearch } = searchesOf(resources!);
    facts.startRun(text, runStart, runEnd);
    const homophones = homophoneSearch.find(text, runStart, runEnd, facts);
    const substitutions = substitutionSearch ? substitutionSearch.find(text, runStart, runEnd, facts) : [];
    if (homophones.length === 0 && substitutions.length === 0) return;
    for (const candidate of mergeCandidates(homophones, substitutions)) {
      // Traditional characters are the traditional-chars rule's, not homophone typos: 加強監管機制.
      if (mayContainTraditional(candidate.written)) continue;
      const judged = judge(text, runStart, runEnd, candidate, slack);
      if (judged && !writtenOnPurpose(text, changedCore(judged.written, judged.official), settings.deliberateRepeats, repeats)) sentence.push(judged);
    }
  }

  return {
    check(text, ranges) {
      resources ??= shipped();
      const findings: HomophoneFinding[] = [];
      const repeats = new Map<string, number>();
      const slack = Math.max(0, settings.companionSlack);
      // The corrections of the current sentence (see withCompanions).
      const sentence: Judged[] = [];
      for (const range of ranges) {
        let previousRunEnd = range.start;
        // The runs of Han characters, found here rather than through a callback: a document has thousands of ranges.
        let runStart = -1;
        for (let i = range.start; i <= range.end; i++) {
          if (i < range.end && isHanCode(text.charCodeAt(i))) {
            if (runStart < 0) runStart = i;
            continue;
          }
          if (runStart < 0) continue;
          if (containsSentenceEnd(text, previousRunEnd, runStart)) closeSentence(sentence, findings);
          previousRunEnd = i;
          if (i - runStart >= 2) judgedInRun(text, runStart, i, slack, repeats, sentence);
          runStart = -1;
        }
        closeSentence(sentence, findings);
      }
      return findings;
    },
  };
}

/** The candidate searches of a checker and what they share. */
interface Searches {
  wordsOfRun: OfficialWordsOfRun;
  homophones: HomophoneCandidateFinder;
  substitutions?: SubstitutionFinder;
}

/** By char code, 1 for punctuation that ends a sentence (or a clause that stands as one), or a line break. */
const SENTENCE_END = new Uint8Array(0x10000);
for (const char of '。！？!?；;\n') SENTENCE_END[char.charCodeAt(0)] = 1;

function containsSentenceEnd(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (SENTENCE_END[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** A correction with the margin it needed. */
interface Judged extends HomophoneFinding {
  required: number;
  /** Passed a filter only because companions may: never a finding alone. */
  companionOnly: boolean;
}

const meetsMargin = (each: Judged) => each.margin >= each.required && !each.companionOnly;

/** Adds the findings of the sentence's corrections (see withCompanions) and empties it for the next. */
function closeSentence(sentence: Judged[], findings: HomophoneFinding[]): void {
  if (sentence.length === 0) return;
  findings.push(...withCompanions(sentence));
  sentence.length = 0;
}

/**
 * The findings of one sentence: the corrections that met their margin and, when there is at least one, those that
 * came within the slack of theirs (a sentence with one typo more often has another: 联席悔意办公室设在民政不); the
 * strongest of overlapping ones.
 */
function withCompanions(judged: Judged[]): HomophoneFinding[] {
  if (!judged.some(meetsMargin)) return [];
  return strongestOfOverlapping(judged).map(({ required: _required, companionOnly: _companionOnly, ...finding }) => finding);
}

/** The written characters from the first changed one to the last, with a neighbour when only one changed (餐品质量 → 餐品). */
function changedCore(written: string, official: string): string {
  let first = 0;
  while (first < written.length && written[first] === official[first]) first++;
  let last = written.length - 1;
  while (last > first && written[last] === official[last]) last--;
  if (first === last) return first + 1 < written.length ? written.slice(first, first + 2) : written.slice(first - 1, first + 1);
  return written.slice(first, last + 1);
}

/**
 * True when the document writes the changed characters the same way at least `limit` times: a term used on purpose
 * (餐品, 记明, 投贷联动), not a slip of the keyboard, which seldom repeats itself word for word.
 */
function writtenOnPurpose(text: string, written: string, limit: number, repeats: Map<string, number>): boolean {
  let count = repeats.get(written);
  if (count === undefined) {
    count = 0;
    for (let at = text.indexOf(written); at >= 0 && count < limit; at = text.indexOf(written, at + written.length)) count++;
    repeats.set(written, count);
  }
  return count >= limit;
}

const mayBeTypo = (text: string, start: number, end: number): boolean => windowReason(text, start, end) === undefined;

/**
 * Among overlapping corrections keeps one: one that met its margin before one that did not, then the one with the
 * largest margin, then the longest.
 */
function strongestOfOverlapping(judged: Judged[]): Judged[] {
  const met = (each: Judged) => (meetsMargin(each) ? 1 : 0);
  const ordered = [...judged].sort((a, b) => met(b) - met(a) || b.margin - a.margin || b.end - b.start - (a.end - a.start));
  const kept: Judged[] = [];
  for (const finding of ordered) {
    if (kept.some((other) => other.start < finding.end && finding.start < other.end)) continue;
    kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start);
}
