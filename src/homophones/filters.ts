// Reasons a homophone candidate is no typo, each from a kind of false alarm seen on clean text. The surface ones
// need no dictionary, so a draft whose candidates all fail them never loads jieba's dictionary: a numeral with a
// measure word (一照一码, 第八师, 15种小企业), a function character next to a word or changed (置一 → 之一,
// 以己 → 以及, 但未按照 → 单位按照), a province's abbreviation (全闽乐购), a parallel construction (以企引企).
// The lexical ones do: the written form is a real word, or holds one around the changed character, or is a word
// plus an affix (普惠型 → 普惠性).
import type { GeneralDictionary, WordModel } from './word-model.js';
import type { OfficialVocabulary } from './official-vocabulary.js';
import { changesPlaceAbbreviation } from './names.js';

/** Characters that attach to any word to make a new one: suffixes at the end, prefixes at the start. */
const SUFFIXES = new Set('型性化式率度者家员类级界');
const PREFIXES = new Set('非超准副总反泛微亚次半单双');
const NUMERALS = new Set('〇零一二两三四五六七八九十百千万亿第几每半');
/** Characters that stand alone as words (particles, prepositions, pronouns, adverbs, conjunctions). */
const FUNCTION_CHARACTERS = new Set('的地得了着过是在有和与及或而并且以于为对由从向到给把被将使让之其此该各每这那所不没无非也都就还又再更最很已曾约近共多少均即乃则若如因经按据依自至比同但仍只才当');
const NUMBER_BEFORE = '0123456789０１２３４５６７８９〇零一二两三四五六七八九十百千万';

/** Flags by char code, so that the scan tests characters without making strings of them. */
const IS_NUMERAL = 1;
const IS_FUNCTION = 2;
const IS_NUMBER_BEFORE = 4;
const FLAGS = new Uint8Array(0x10000);
for (const char of NUMERALS) FLAGS[char.charCodeAt(0)] |= IS_NUMERAL;
for (const char of FUNCTION_CHARACTERS) FLAGS[char.charCodeAt(0)] |= IS_FUNCTION;
for (const char of NUMBER_BEFORE) FLAGS[char.charCodeAt(0)] |= IS_NUMBER_BEFORE;

export interface RealWordThresholds {
  /** A jieba frequency at least this high makes a real word. */
  frequency: number;
  /** An idf below this makes a real word. */
  idf: number;
}

function changedPositions(written: string, official: string): number[] {
  const changed: number[] = [];
  for (let i = 0; i < written.length; i++) if (written[i] !== official[i]) changed.push(i);
  return changed;
}

/** True when the character (code) is a function character (a particle, preposition, pronoun, adverb, conjunction). */
export function isFunctionCode(code: number): boolean {
  return (FLAGS[code] & IS_FUNCTION) !== 0;
}

/** True when the character (code) is a numeral or a function character: never the changed one of a typo found here. */
export function isNumeralOrFunctionCode(code: number): boolean {
  return (FLAGS[code] & (IS_NUMERAL | IS_FUNCTION)) !== 0;
}

/** True when the window starts right after a number (15种小企业, 三岐两缺): its first character is a measure word. */
export function followsNumber(text: string, start: number): boolean {
  return start > 0 && (FLAGS[text.charCodeAt(start - 1)] & IS_NUMBER_BEFORE) !== 0;
}

/**
 * True when the window [start, end) of the text sits in a parallel construction of one-character abbreviations,
 * where a character recurs two places on (以企引企, 优机优补, 应改尽改): coined on purpose, not mistyped.
 */
export function inParallelConstruction(text: string, start: number, end: number): boolean {
  for (let i = Math.max(0, start - 2); i < end && i + 2 < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === text.charCodeAt(i + 2) && code !== text.charCodeAt(i + 1)) return true;
  }
  return false;
}

/**
 * Why the window [start, end) of the text, whatever official word it sounds like, is no typo; undefined when
 * nothing says so. Cheap (char codes only): the scan asks before it builds a candidate.
 */
export function windowReason(text: string, start: number, end: number): string | undefined {
  for (let i = start; i < end; i++) {
    const flags = FLAGS[text.charCodeAt(i)];
    if (flags & IS_NUMERAL) return 'numeral';
    if (end - start === 2 && flags & IS_FUNCTION) return 'function character';
  }
  if (followsNumber(text, start)) return 'measure word';
  if (inParallelConstruction(text, start, end)) return 'parallel construction';
  return undefined;
}

/** Why the written form, read without a dictionary, is no typo of this official word; undefined when nothing says so. */
export function surfaceReason(text: string, start: number, written: string, official: string): string | undefined {
  const reason = windowReason(text, start, start + written.length);
  if (reason) return reason;
  if (changesPlaceAbbreviation(written, official)) return 'place abbreviation';
  for (const i of changedPositions(written, official)) {
    if (NUMERALS.has(official[i])) return 'numeral';
    // 但未按照 is not 单位按照, 应当与已 is not 应当予以: a changed function character is most often right.
    if (FUNCTION_CHARACTERS.has(written[i])) return 'function character';
  }
  return undefined;
}

/** True when the text is a word of real language as written (or a name jieba knows). */
export function isRealWord(text: string, general: GeneralDictionary, vocabulary: OfficialVocabulary, thresholds: RealWordThresholds): boolean {
  if (vocabulary.words.has(text)) return true;
  const entry = general.table.find(text);
  if (entry < 0) return false;
  return general.table.isName(entry) || general.table.count(entry) >= thresholds.frequency || general.table.idf(entry) < thresholds.idf;
}

/** isRealWord for text[start, end), without cutting a string out of the text. */
export function isRealWordAt(text: string, start: number, end: number, model: WordModel, thresholds: RealWordThresholds): boolean {
  if (model.isOfficialWord(text, start, end)) return true;
  const { table } = model.general;
  const entry = table.find(text, start, end);
  if (entry < 0) return false;
  return table.isName(entry) || table.count(entry) >= thresholds.frequency || table.idf(entry) < thresholds.idf;
}

/** Why the written form is, by the dictionaries, no typo of this official word; undefined when nothing says so. */
export function lexicalReason(
  written: string,
  official: string,
  general: GeneralDictionary,
  vocabulary: OfficialVocabulary,
  thresholds: RealWordThresholds,
): string | undefined {
  const real = (text: string) => isRealWord(text, general, vocabulary, thresholds);
  if (real(written)) return 'real word';
  const changed = changedPositions(written, official);
  // A changed character inside a shorter real word of the window: a real-word error (服务重心, 懂事会) needs
  // context this check does not have.
  for (const position of changed) {
    for (let start = 0; start <= position; start++) {
      for (let end = Math.max(position + 1, start + 2); end <= written.length; end++) {
        if (end - start < written.length && real(written.slice(start, end))) return 'real sub-word';
      }
    }
  }
  // Only the first or only the last character changed, it is an affix or a function word and the rest is a word:
  // 普惠型 is not 普惠性, 又利于 is not 有利于.
  if (written.length >= 3 && changed.length === 1) {
    const [position] = changed;
    const edge = written[position];
    const attaches =
      (position === 0 && (PREFIXES.has(edge) || FUNCTION_CHARACTERS.has(edge))) ||
      (position === written.length - 1 && (SUFFIXES.has(edge) || FUNCTION_CHARACTERS.has(edge)));
    if (attaches && real(position === 0 ? written.slice(1) : written.slice(0, -1))) return 'affix';
  }
  return undefined;
}
