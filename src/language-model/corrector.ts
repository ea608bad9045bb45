// The character language-model check: a Han character whose replacement by one that sounds or looks like it makes
// the text around it read much likelier by the character n-gram model (model.ts) is reported as a typo. Candidates
// come from the project's confusion sets (pinyin readings, near sounds, the look-alike table); a substitution is
// accepted when the log-probability gain over the n-grams that hold it exceeds a threshold that depends on how the
// two characters are related. Several errors in one sentence are found greedily, best first, each with the ones
// before it corrected. Names, numbers, Latin text and quoted titles are left alone.
import { blurSyllable, firstReadingOfCode, isHanCode, readingsOfCode, syllableOf } from '../homophones/pinyin.js';
import { lookalikes } from '../homophones/lookalikes.js';
import { COMMON_SURNAME_CHARACTERS, isCommonSurname } from '../text/surnames.js';
import { isFunctionCode, isNumeralOrFunctionCode } from '../homophones/filters.js';
import { generalDictionary } from '../homophones/word-model.js';
import type { WordTable } from '../homophones/word-table.js';
import { CharLanguageModel, FIRST_CHARACTER_ID, charLanguageModel, tokenize } from './model.js';

export type LanguageModelKind = 'homophone' | 'lookalike' | 'near-sound';

export interface LanguageModelFinding {
  /** Offsets [start, end) of the written character in the text. */
  start: number;
  end: number;
  written: string;
  replacement: string;
  /** Log-probability gain (natural log) of the corrected text over the n-grams around the character. */
  score: number;
  kind: LanguageModelKind;
}

export interface LanguageModelSettings {
  /** Least gain for a candidate that shares a reading with the written character. */
  minGainHomophone: number;
  /** Least gain for a look-alike candidate. */
  minGainLookalike: number;
  /** Least gain for a near-sound candidate (zh/z, n/l, -ng/-n); Infinity turns them off. */
  minGainNearSound: number;
  /** Subtracted from every threshold in a sentence that already has a finding (of this check or another). */
  companionSlack: number;
  /** A candidate character must have been seen at least this many times in the training text. */
  minCandidateCount: number;
  /** A written character seen at least this many times more often than the candidate keeps it unless the gain
   * beats the threshold by the log of the ratio (a rare candidate must earn its place). */
  rarePenalty: number;
  /** Least gain for replacing two adjacent characters at once by a frequent pair that sounds the same (墙画 → 强化);
   * Infinity turns them off. */
  minGainPair: number;
  /** A written character inside a jieba word (2–4 characters) at least this frequent, or a name, is a real word as
   * written: its correction must beat the threshold by realWordPenalty more (Infinity: never corrected). */
  realWordCount: number;
  realWordPenalty: number;
  /** The real-word penalty in a sentence that already has a finding. */
  companionRealWordPenalty: number;
  /** A function character (的, 不, 其, 该 …) is changed only in a sentence that already has a finding, and then only
   * when the gain beats the threshold by this much more (Infinity: never changed). */
  functionCharacterPenalty: number;
  /** At most this many findings per sentence. */
  maxPerSentence: number;
}

/** Chosen on ECSpell odw.train (with the dictionary pairs read from it left out, so that they do not flatter it) and
 * law.train, never a test split. */
export const DEFAULT_LANGUAGE_MODEL_SETTINGS: LanguageModelSettings = {
  minGainHomophone: 12,
  minGainLookalike: 14,
  minGainNearSound: 12,
  companionSlack: 2,
  minCandidateCount: 20,
  rarePenalty: 0,
  minGainPair: 18,
  realWordCount: 20,
  realWordPenalty: 4,
  companionRealWordPenalty: 2,
  functionCharacterPenalty: 2,
  maxPerSentence: 4,
};

/**
 * The settings with every threshold raised by `margin`: for sentences where no other check found anything, where a
 * typo is less likely and a false alarm costs more (a margin of 6 chosen on odw.train and the clean corpora). Once
 * the model has found a typo in such a sentence, the sentence has a finding like any other: the companion slack
 * grows by the margin, so that the rest of it is held to the thresholds of any sentence with a finding.
 */
export function raisedThresholds(margin: number, base: LanguageModelSettings = DEFAULT_LANGUAGE_MODEL_SETTINGS): LanguageModelSettings {
  return {
    ...base,
    companionSlack: base.companionSlack + margin,
    minGainHomophone: base.minGainHomophone + margin,
    minGainLookalike: base.minGainLookalike + margin,
    minGainNearSound: base.minGainNearSound + margin,
    minGainPair: base.minGainPair + margin,
  };
}

const NUMERALS = new Set('〇零一二两三四五六七八九十百千万亿第');
/** Pronouns: official text (the model's) hardly uses 她, 你, 我, so the model would "correct" them. */
const PRONOUNS = new Set('她他它你您我们咱');
const SENTENCE_END = new Set('。！？；\n');
const PLACE_SUFFIX = /村|乡|镇|县|旗|嘎查|苏木/g;
/** A jieba word seen this often, and not a name, is an ordinary word, not part of a name. */
const WORD_COUNT = 20;
const TRANSLITERATED_NAME = /\p{Script=Han}{1,4}(?:[·•・]\p{Script=Han}{1,4})+/gu;
const TITLE_THEN_SURNAME = new RegExp(
  `(?:总统|首相|国王|主席|书记|部长|局长|主任|委员|总理|省长|市长|县长|区长|厅长|处长|科长|院长|校长|秘书长|会长|董事长|总经理|大使|代表|同志|先生|女士|教授|记者|通讯员)[${COMMON_SURNAME_CHARACTERS}]`,
  'gu',
);

/** ASCII or full-width digits and Roman numerals (Ⅰ–ⅿ). */
function isNumberCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) || (code >= 0x2160 && code <= 0x217f);
}

interface Candidate {
  id: number;
  code: number;
  kind: LanguageModelKind;
}

const KIND_ORDER: Record<LanguageModelKind, number> = { homophone: 0, lookalike: 1, 'near-sound': 2 };

/** Confusion sets over the model's vocabulary, built on first use of each written character. */
class ConfusionSets {
  private readonly byReading = new Map<number, number[]>();
  private readonly byBlurred = new Map<string, number[]>();
  private readonly cache = new Map<number, Candidate[]>();

  constructor(private readonly model: CharLanguageModel, private readonly minCount: number) {
    const { vocabulary } = model.header;
    const minLog = Math.log(minCount);
    for (let i = 0; i < vocabulary.length; i++) {
      const code = vocabulary.charCodeAt(i);
      if (!isHanCode(code) || model.unigramLogCount(FIRST_CHARACTER_ID + i) < minLog) continue;
      for (const reading of readingsOfCode(code)) {
        let list = this.byReading.get(reading);
        if (!list) this.byReading.set(reading, (list = []));
        list.push(code);
        const blurred = blurSyllable(syllableOf(reading) ?? '');
        let blurredList = this.byBlurred.get(blurred);
        if (!blurredList) this.byBlurred.set(blurred, (blurredList = []));
        if (!blurredList.includes(code)) blurredList.push(code);
      }
    }
  }

  private pairIndex: Map<number, number[]> | undefined;

  /** Frequent character pairs (as code pairs a * 65536 + b) that read r1 r2, for any readings of the two. */
  pairsReading(r1: number, r2: number): readonly number[] {
    if (!this.pairIndex) {
      this.pairIndex = new Map();
      const pairs = this.model.header.pairs ?? '';
      for (let i = 0; i + 1 < pairs.length; i += 2) {
        const a = pairs.charCodeAt(i);
        const b = pairs.charCodeAt(i + 1);
        for (const x of readingsOfCode(a)) {
          for (const y of readingsOfCode(b)) {
            const key = x * 1024 + y;
            let list = this.pairIndex.get(key);
            if (!list) this.pairIndex.set(key, (list = []));
            list.push(a * 65536 + b);
          }
        }
      }
    }
    return this.pairIndex.get(r1 * 1024 + r2) ?? [];
  }

  of(written: number): Candidate[] {
    let candidates = this.cache.get(written);
    if (candidates) return candidates;
    const kinds = new Map<number, LanguageModelKind>();
    const add = (code: number, kind: LanguageModelKind) => {
      if (code === written || !this.model.knows(code) || NUMERALS.has(String.fromCharCode(code))) return;
      if (this.model.unigramLogCount(this.model.idOfCode(code)) < Math.log(this.minCount)) return;
      const known = kinds.get(code);
      if (known === undefined || KIND_ORDER[kind] < KIND_ORDER[known]) kinds.set(code, kind);
    };
    const first = firstReadingOfCode(written);
    for (const reading of readingsOfCode(written)) {
      for (const code of this.byReading.get(reading) ?? []) add(code, reading === first || readingsOfCode(code)[0] === reading ? 'homophone' : 'near-sound');
      for (const code of this.byBlurred.get(blurSyllable(syllableOf(reading) ?? '')) ?? []) add(code, 'near-sound');
    }
    const table = lookalikes();
    for (const code of table.byWritten[written] ?? []) add(code, 'lookalike');
    for (const code of table.byOfficial[written] ?? []) add(code, 'lookalike');
    candidates = [...kinds].map(([code, kind]) => ({ code, kind, id: this.model.idOfCode(code) }));
    this.cache.set(written, candidates);
    return candidates;
  }
}

/** For each offset of text[start, end): 1 when a frequent jieba word (or a name) of 2–4 Han characters covers it. */
function realWordOffsets(text: string, start: number, end: number, table: WordTable, minCount: number): Uint8Array {
  const covered = new Uint8Array(end - start);
  for (let a = start; a < end; a++) {
    if (!isHanCode(text.charCodeAt(a))) continue;
    for (let b = a + 2; b <= Math.min(end, a + 4); b++) {
      if (!isHanCode(text.charCodeAt(b - 1))) break;
      const entry = table.find(text, a, b);
      if (entry >= 0 && (table.count(entry) >= minCount || table.isName(entry))) covered.fill(1, a - start, b - start);
    }
  }
  return covered;
}

/**
 * Offsets of the text that are never changed: quoted titles (《…》), numerals, pronouns, function characters (unless
 * `functionCharacters` leaves them to a penalty), the given ranges (names the caller knows), names in lists (a run of
 * two or three Han characters on its own between punctuation that starts with a common surname: 李强、赵乐际、王沪宁),
 * names after a title, transliterated names, place names before 村/乡/镇/县/旗/嘎查/苏木, measure words after a
 * number, one-character items of a list and reduplicated characters.
 */
function protectedOffsets(text: string, start: number, end: number, keep: CorrectOptions['keep'], functionCharacters: boolean, words: WordTable): Uint8Array {
  const protect = new Uint8Array(end - start);
  let depth = 0;
  for (let i = start; i < end; i++) {
    const char = text[i];
    if (char === '《') depth++;
    else if (char === '》') depth = Math.max(0, depth - 1);
    else if (depth > 0) protect[i - start] = 1;
    const code = text.charCodeAt(i);
    if (NUMERALS.has(char) || PRONOUNS.has(char) || (isNumeralOrFunctionCode(code) && !(functionCharacters && isFunctionCode(code)))) protect[i - start] = 1;
  }
  for (const range of keep ?? []) {
    for (let i = Math.max(start, range.start); i < Math.min(end, range.end); i++) protect[i - start] = 1;
  }
  for (let i = start; i < end; ) {
    if (!isHanCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let runEnd = i + 1;
    while (runEnd < end && isHanCode(text.charCodeAt(runEnd))) runEnd++;
    if (runEnd - i <= 3 && runEnd - i >= 2 && isCommonSurname(text[i])) protect.fill(1, i - start, runEnd - start);
    // A one-character item of an enumeration (铀、钍; 省、市、县): an abbreviation the model has no context for.
    if (runEnd - i === 1 && (text[i - 1] === '、' || text[runEnd] === '、')) protect[i - start] = 1;
    // A measure word right after a number (Ⅲ级, 3类): the number, not the model, says which it is.
    if (i > start && isNumberCode(text.charCodeAt(i - 1))) protect[i - start] = 1;
    // Reduplication (坎坎坷坷, 层层压实): written twice on purpose.
    for (let k = i + 1; k < runEnd; k++) if (text.charCodeAt(k) === text.charCodeAt(k - 1)) protect.fill(1, k - 1 - start, k + 1 - start);
    i = runEnd;
  }
  const sentence = text.slice(start, end);
  const protectRange = (from: number, to: number) => {
    for (let i = Math.max(start, from); i < Math.min(end, to); i++) if (isHanCode(text.charCodeAt(i))) protect[i - start] = 1;
  };
  const isWord = (from: number, to: number) => {
    if (from < start || to > end) return false;
    const entry = words.find(text, from, to);
    return entry >= 0 && words.count(entry) >= WORD_COUNT && !words.isName(entry);
  };
  // The two characters before a village, township, county or banner suffix name the place (姜曹村, 吉日嘎岱嘎查) —
  // unless the suffix is part of an ordinary word (城乡, 城镇, 县域, 国旗).
  for (const match of sentence.matchAll(PLACE_SUFFIX)) {
    const at = start + match.index!;
    if (match[0].length === 1 && (isWord(at - 1, at + 1) || (text[at + 1] !== match[0] && isWord(at, at + 2)))) continue;
    protectRange(at - 2, at);
  }
  // Transliterated names: up to four Han characters on each side of a middle dot (马格坦戈尔·圭尼贡多).
  for (const match of sentence.matchAll(TRANSLITERATED_NAME)) protectRange(start + match.index!, start + match.index! + match[0].length);
  // A name right after a title (副主席贾亦斌, 书记李强): the surname and the one or two characters after it, and so on
  // along a list of names (副主席李赣骝、钮小明出席) — unless the "surname" starts an ordinary word (书记高度重视).
  for (const match of sentence.matchAll(TITLE_THEN_SURNAME)) {
    let at = start + match.index! + match[0].length - 1;
    while (at < end && !isWord(at, at + 2)) {
      protectRange(at, at + 3);
      const comma = text[at + 2] === '、' ? at + 2 : text[at + 3] === '、' ? at + 3 : -1;
      if (comma < 0 || comma + 1 >= end || !isCommonSurname(text[comma + 1])) break;
      at = comma + 1;
    }
  }
  return protect;
}

export interface CorrectOptions {
  /** Substitutions already made by another check: applied first, never changed, and they make the sentence one
   * "with a finding" (thresholds lowered by companionSlack). Offsets in the text; same-length replacements only. */
  fixed?: ReadonlyArray<{ start: number; end: number; replacement: string }>;
  /** Ranges (blocks) to check; the whole text by default. */
  ranges?: ReadonlyArray<{ start: number; end: number }>;
  /** Ranges never changed, such as the names of people the caller found. */
  keep?: ReadonlyArray<{ start: number; end: number }>;
}

export interface LanguageModelCorrector {
  readonly settings: LanguageModelSettings;
  check(text: string, options?: CorrectOptions): LanguageModelFinding[];
}

interface Best {
  gain: number;
  candidate: Candidate | undefined;
  /** The log-probability gain itself. */
  raw?: number;
  /** With a pair correction: the candidate for the next character. */
  second?: Candidate;
}

export function createLanguageModelCorrector(settings: Partial<LanguageModelSettings> = {}, model?: CharLanguageModel): LanguageModelCorrector {
  const full: LanguageModelSettings = { ...DEFAULT_LANGUAGE_MODEL_SETTINGS, ...settings };
  let sets: ConfusionSets | undefined;
  let resolved = model;
  const threshold = (kind: LanguageModelKind) =>
    kind === 'homophone' ? full.minGainHomophone : kind === 'lookalike' ? full.minGainLookalike : full.minGainNearSound;

  function checkSentence(text: string, start: number, end: number, lm: CharLanguageModel, options: CorrectOptions, out: LanguageModelFinding[]): void {
    const { fixed } = options;
    const tokens = tokenize(text, (code) => lm.idOfCode(code), start, end);
    const { ids, offsets, length } = tokens;
    const functionCharacters = full.functionCharacterPenalty !== Infinity;
    const protect = protectedOffsets(text, start, end, options.keep, functionCharacters, generalDictionary().table);
    const real = full.realWordPenalty > 0 || full.companionRealWordPenalty > 0 ? realWordOffsets(text, start, end, generalDictionary().table, full.realWordCount) : undefined;
    /** The findings the sentence has so far: the fixed edits of other checks, then this check's own. */
    let companions = 0;
    // Function characters are open to change only once the sentence has a finding (companions > 0).
    const penaltyAt = (offset: number) =>
      (real && real[offset - start] ? (companions > 0 ? full.companionRealWordPenalty : full.realWordPenalty) : 0) +
      (functionCharacters && isFunctionCode(text.charCodeAt(offset)) ? (companions > 0 ? full.functionCharacterPenalty : Infinity) : 0);
    const frozen = new Uint8Array(length);
    for (const edit of fixed ?? []) {
      if (edit.end <= start || edit.start >= end || edit.replacement.length !== edit.end - edit.start) continue;
      companions++;
      for (let t = 1; t < length - 1; t++) {
        const offset = offsets[t];
        if (offset >= edit.start && offset < edit.end) {
          ids[t] = lm.idOfCode(edit.replacement.charCodeAt(offset - edit.start));
          frozen[t] = 1;
        }
      }
      // The characters next to a fixed one stay as written: its correction already explains them.
    }
    const order = lm.order;
    // Each position's log score as the text stands (after the fixed edits and this check's findings so far): the
    // windows of the base text are sums of these, so that a position costs one model lookup, not one per window.
    const scores = new Float64Array(length);
    const rescore = (from: number, to: number) => {
      for (let i = Math.max(1, from); i < Math.min(length, to); i++) scores[i] = lm.logScore(ids, i, 0);
    };
    const scoreSum = (from: number, to: number) => {
      let sum = 0;
      for (let i = from; i < Math.min(length, to); i++) sum += scores[i];
      return sum;
    };
    rescore(1, length);
    const window = (t: number) => lm.logScoreRange(ids, t, Math.min(length, t + order), 0);
    const bestAt = (t: number): Best => {
      const best: Best = { gain: -Infinity, candidate: undefined };
      if (frozen[t]) return best;
      const offset = offsets[t];
      const code = text.charCodeAt(offset);
      if (!isHanCode(code) || protect[offset - start]) return best;
      // A one-character word after a common surname at the start of a clause is left alone (王继志, 李建社).
      if (offset > start && isCommonSurname(text[offset - 1]) && (offset - 1 === start || !isHanCode(text.charCodeAt(offset - 2)))) return best;
      const written = ids[t];
      const base = scoreSum(t, t + order);
      const slack = companions > 0 ? full.companionSlack : 0;
      const penalty = penaltyAt(offset);
      // No replacement scores above log 1 = 0 at any of the window's positions: the gain is at most -base, and a
      // candidate's at most its own position's score - base (the later positions can rise to 0 at best).
      const least = Math.min(full.minGainHomophone, full.minGainLookalike, full.minGainNearSound) + penalty - slack;
      for (const candidate of -base >= least ? sets!.of(code) : []) {
        const needed = threshold(candidate.kind) + penalty - slack;
        // Cheap tests first: the candidate must make a known pair with the character before or after it, and its
        // ceiling must beat both the threshold and the best so far; only then is its whole window scored.
        ids[t] = candidate.id;
        const pairs = lm.logCount(ids, t - 1, 2) !== -Infinity || lm.logCount(ids, t, 2) !== -Infinity;
        const ceiling = pairs ? lm.logScore(ids, t, 0) - base - needed : -Infinity;
        const gain = ceiling >= 0 && ceiling > best.gain ? window(t) - base : -Infinity;
        ids[t] = written;
        if (gain - needed > best.gain) {
          best.gain = gain - needed;
          best.raw = gain;
          best.candidate = candidate;
        }
      }
      if (full.minGainPair !== Infinity && t + 1 < length - 1 && !frozen[t + 1] && offsets[t + 1] === offset + 1) {
        const next = text.charCodeAt(offset + 1);
        if (isHanCode(next) && !protect[offset + 1 - start]) {
          const nextId = ids[t + 1];
          const pairBase = scoreSum(t, t + 1 + order);
          // As for one character: a pair's gain is at most its own two positions' score - pairBase.
          const needed = full.minGainPair + Math.max(penalty, penaltyAt(offset + 1)) - slack;
          const tried = new Set<number>();
          for (const r1 of -pairBase >= needed ? readingsOfCode(code) : []) {
            for (const r2 of readingsOfCode(next)) {
              for (const pair of sets!.pairsReading(r1, r2)) {
                const a = Math.floor(pair / 65536);
                const b = pair % 65536;
                if (a === code || b === next || tried.has(pair)) continue;
                tried.add(pair);
                ids[t] = lm.idOfCode(a);
                ids[t + 1] = lm.idOfCode(b);
                const ceiling = lm.logScoreRange(ids, t, t + 2, 0) - pairBase - needed;
                const gain = ceiling >= 0 && ceiling > best.gain ? lm.logScoreRange(ids, t, Math.min(length, t + 1 + order), 0) - pairBase : -Infinity;
                ids[t] = written;
                ids[t + 1] = nextId;
                if (gain - needed > best.gain) {
                  best.gain = gain - needed;
                  best.raw = gain;
                  best.candidate = { code: a, id: lm.idOfCode(a), kind: 'homophone' };
                  best.second = { code: b, id: lm.idOfCode(b), kind: 'homophone' };
                }
              }
            }
          }
        }
      }
      return best;
    };
    const bests: Best[] = new Array(length);
    for (let t = 1; t < length - 1; t++) bests[t] = bestAt(t);
    let found = 0;
    while (found < full.maxPerSentence) {
      let top = -1;
      for (let t = 1; t < length - 1; t++) if (bests[t].candidate && bests[t].gain >= 0 && (top < 0 || bests[t].gain > bests[top].gain)) top = t;
      if (top < 0) break;
      const { candidate, raw, second } = bests[top];
      const offset = offsets[top];
      out.push({
        start: offset,
        end: offset + (second ? 2 : 1),
        written: text.slice(offset, offset + (second ? 2 : 1)),
        replacement: String.fromCharCode(candidate!.code) + (second ? String.fromCharCode(second.code) : ''),
        score: raw!,
        kind: candidate!.kind,
      });
      found++;
      const firstInSentence = companions === 0;
      companions++;
      ids[top] = candidate!.id;
      frozen[top] = 1;
      if (second) {
        ids[top + 1] = second.id;
        frozen[top + 1] = 1;
      }
      rescore(top, top + 1 + order);
      // The first finding of a sentence changes every threshold (companion slack and penalties), not only those
      // around it.
      const [from, to] = firstInSentence ? [1, length - 1] : [Math.max(1, top - order), Math.min(length - 1, top + order + 1)];
      for (let t = from; t < to; t++) bests[t] = bestAt(t);
    }
  }

  return {
    settings: full,
    check(text, options = {}) {
      const out: LanguageModelFinding[] = [];
      let hasHan = false;
      for (let i = 0; i < text.length && !hasHan; i++) hasHan = isHanCode(text.charCodeAt(i));
      if (!hasHan) return out;
      resolved ??= charLanguageModel();
      if (!resolved) return out;
      sets ??= new ConfusionSets(resolved, full.minCandidateCount);
      for (const range of options.ranges ?? [{ start: 0, end: text.length }]) {
        let sentenceStart = range.start;
        for (let i = range.start; i <= range.end; i++) {
          if (i < range.end && !SENTENCE_END.has(text[i])) continue;
          const sentenceEnd = Math.min(range.end, i + 1);
          if (sentenceEnd > sentenceStart) checkSentence(text, sentenceStart, sentenceEnd, resolved, options, out);
          sentenceStart = sentenceEnd;
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}
