// Toneless pinyin as small integers: every syllable gets an id, every Han character the ids of all its readings.
// pinyin-pro is loaded on first use; a character's readings are looked up once and kept in a table by char code.
import { createRequire } from 'node:module';

type PinyinFunction = (text: string, options: { type: 'array'; toneType: 'none' | 'num'; multiple?: boolean }) => string[];

const require = createRequire(import.meta.url);
let pinyinFunction: PinyinFunction | undefined;

function pinyin(): PinyinFunction {
  pinyinFunction ??= (require('pinyin-pro') as { pinyin: PinyinFunction }).pinyin;
  return pinyinFunction;
}

/** Syllable ids stay below this bound (about 410 toneless syllables are in use). */
export const SYLLABLE_LIMIT = 512;
const syllableIds = new Map<string, number>();
const syllables: string[] = [''];

function syllableId(syllable: string): number {
  let id = syllableIds.get(syllable);
  if (id === undefined) {
    id = syllableIds.size + 1;
    if (id >= SYLLABLE_LIMIT) throw new Error(`cuomin: too many pinyin syllables (${syllable})`);
    syllableIds.set(syllable, id);
    syllables.push(syllable);
  }
  return id;
}

const NO_READINGS: readonly number[] = [];
/** By char code: undefined = not looked up yet. */
const readingTable: Array<readonly number[] | undefined> = new Array(0x10000);

/** True for a BMP Han character (CJK unified ideographs and extension A). */
export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** Ids of every toneless reading of the character with this code (empty for anything but a BMP Han character). */
export function readingsOfCode(code: number): readonly number[] {
  let readings = readingTable[code];
  if (readings === undefined) {
    if (!isHanCode(code)) readings = NO_READINGS;
    else {
      const found = pinyin()(String.fromCharCode(code), { type: 'array', toneType: 'none', multiple: true });
      const ids = [...new Set(found.filter((syllable) => /^[a-zü]+$/.test(syllable)).map(syllableId))];
      readings = ids.length > 0 ? ids : NO_READINGS;
    }
    readingTable[code] = readings;
  }
  return readings;
}

/** The syllable of an id (toneless pinyin). */
export function syllableOf(id: number): string | undefined {
  return syllables[id];
}

/**
 * A syllable with the distinctions that speakers of many dialects (and pinyin typists) blur folded away: zh/z, ch/c,
 * sh/s, n/l, r/l initials and -ng/-n finals (执/资, 乐/热, 能/仍).
 */
export function blurSyllable(syllable: string): string {
  return syllable
    .replace(/^([zcs])h/, '$1')
    .replace(/^[nr]/, 'l')
    .replace(/([aei])ng$/, '$1n');
}

const blurredIds = new Map<string, number>();
const blurredTable: Array<readonly number[] | undefined> = new Array(0x10000);

/** Ids of the blurred syllables of every reading of the character with this code. */
function blurredReadingsOfCode(code: number): readonly number[] {
  let blurred = blurredTable[code];
  if (blurred === undefined) {
    const ids = new Set<number>();
    for (const id of readingsOfCode(code)) {
      const syllable = blurSyllable(syllableOf(id) ?? '');
      let blurredId = blurredIds.get(syllable);
      if (blurredId === undefined) blurredIds.set(syllable, (blurredId = blurredIds.size));
      ids.add(blurredId);
    }
    blurred = [...ids];
    blurredTable[code] = blurred;
  }
  return blurred;
}

/** By char code: one bit per blurred reading (its id modulo 31), and bit 31 once computed. */
const blurredSignatures = new Uint32Array(0x10000);
const COMPUTED = 0x80000000;

/** A 31-bit summary of the character's blurred readings: two characters whose summaries share no bit sound apart. */
function blurredSignatureOf(code: number): number {
  let signature = blurredSignatures[code];
  if (signature === 0) {
    signature = COMPUTED;
    for (const id of blurredReadingsOfCode(code)) signature |= 1 << id % 31;
    blurredSignatures[code] = signature;
  }
  return signature;
}

/** True when the two characters (codes) share a reading once the dialect distinctions are blurred (see blurSyllable). */
export function soundNearlyAlike(a: number, b: number): boolean {
  // Most pairs asked about sound apart: the summaries say so without a look at the readings.
  if ((blurredSignatureOf(a) & blurredSignatureOf(b) & ~COMPUTED) === 0) return false;
  const readings = blurredReadingsOfCode(b);
  for (const id of blurredReadingsOfCode(a)) if (readings.includes(id)) return true;
  return false;
}

/** By char code: 0 = not looked up yet, NO_READING = none. */
const firstReadingTable = new Uint16Array(0x10000);
export const NO_READING = 0xffff;

/** The id of the character's first (most common) reading (pinyin-pro lists it first), or NO_READING. */
export function firstReadingOfCode(code: number): number {
  let id = firstReadingTable[code];
  if (id === 0) {
    const all = readingsOfCode(code);
    id = all.length > 0 ? all[0] : NO_READING;
    firstReadingTable[code] = id;
  }
  return id;
}

/** Ids of the readings of a word's characters as the word is read (pinyin-pro resolves polyphones in context). */
export function wordReadings(word: string): number[] {
  return pinyin()(word, { type: 'array', toneType: 'none' }).map(syllableId);
}

const firstTones = new Map<string, number>();

/** Tone (1–4, 0 for neutral) of the character's first reading, as pinyin-pro gives it (kept: pinyin-pro is slow). */
export function firstToneOf(char: string): number {
  let tone = firstTones.get(char);
  if (tone === undefined) {
    const [reading = ''] = pinyin()(char, { type: 'array', toneType: 'num', multiple: true });
    firstTones.set(char, (tone = Number(reading.slice(-1)) || 0));
  }
  return tone;
}

/** Tones of the official words asked about, which are few. */
const tonesOfWords = new Map<string, readonly number[]>();

/** Tones of a word's characters as the word is read. */
export function wordTones(word: string): readonly number[] {
  let tones = tonesOfWords.get(word);
  if (!tones) tonesOfWords.set(word, (tones = pinyin()(word, { type: 'array', toneType: 'num' }).map((reading) => Number(reading.slice(-1)) || 0)));
  return tones;
}
