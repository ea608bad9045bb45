// How a correction is weighed in its context: how much better the text must read corrected (a margin that depends
// on the evidence: window length, tones, how rare the written character is in official text), and the shapes of
// segmentation that rule a window out.
import { characterCount, type OfficialVocabulary } from './official-vocabulary.js';
import { firstToneOf, wordTones } from './pinyin.js';
import { wordAt, type Segmentation } from './word-model.js';

export interface MarginSettings {
  /** Minimum gain in log-probability of the context's best segmentation, for a two-character window. */
  minMargin: number;
  /** The same when the changed characters also have the official word's tones. */
  minMarginSameTone: number;
  /** The same when the changed character is rare in official text … */
  minMarginRare: number;
  /** … at least 10^rareCharacterRatio times rarer than the official word's character. */
  rareCharacterRatio: number;
  /** The margin for windows of three or four characters (more evidence, hardly any false alarm on clean text). */
  minMarginLong: number;
}

/** True when every changed character's first reading has the tone the official word gives that character. */
export function sameTones(written: string, official: string): boolean {
  const tones = wordTones(official);
  for (let i = 0; i < written.length; i++) if (written[i] !== official[i] && firstToneOf(written[i]) !== tones[i]) return false;
  return true;
}

/** How much rarer in official text (log10 of the count ratio) the least rare changed character is than its replacement. */
export function rarity(written: string, official: string, vocabulary: OfficialVocabulary): number {
  let least = Infinity;
  for (let i = 0; i < written.length; i++) {
    if (written[i] === official[i]) continue;
    least = Math.min(least, Math.log10((characterCount(vocabulary, official[i]) + 1) / (characterCount(vocabulary, written[i]) + 1)));
  }
  return least;
}

export function requiredMargin(written: string, official: string, vocabulary: OfficialVocabulary, settings: MarginSettings): number {
  if (official.length > 2) return settings.minMarginLong;
  if (rarity(written, official, vocabulary) >= settings.rareCharacterRatio) return settings.minMarginRare;
  return sameTones(written, official) ? settings.minMarginSameTone : settings.minMargin;
}

/**
 * True when a word of two or more characters of the segmentation starts or ends strictly inside [start, end) and
 * reaches outside it (危机之中: 机之 is no typo of 机制, its characters belong to 危机 and 之中).
 */
export function crossesWord(segmentation: Segmentation, start: number, end: number): boolean {
  const { cuts } = segmentation;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const wordStart = cuts[i];
    const wordEnd = cuts[i + 1];
    if (wordEnd - wordStart < 2) continue;
    if ((wordStart < start && wordEnd > start) || (wordStart < end && wordEnd > end)) return true;
  }
  return false;
}

/** True when a changed character stands alone in the corrected text's segmentation: the correction made no word. */
export function changedCharactersStandAlone(original: string, corrected: string, segmentation: Segmentation, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (corrected[i] === original[i]) continue;
    const [wordStart, wordEnd] = wordAt(segmentation, i);
    if (wordEnd - wordStart < 2) return true;
  }
  return false;
}
