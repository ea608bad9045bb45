// Normalises prose for matching (width, case, traditional, interference) and keeps a map back to prose offsets.
// One pass over char codes into typed arrays, driven by tables over all code units; the normalised text is only made
// a string when someone asks for it.
import type { NormalizeStrategy } from './types.js';
import { toSimplifiedSameLength, traditionalCodeUnits } from './traditional.js';
import { hanCodeUnits } from '../text/chars.js';

/** Noise that obfuscators put between Han characters: 百*家*乐, 赌 场, 赌-场. Never a line break. */
const INTERFERENCE = [' ', '\t', '\u3000', '*', '＊', '-', '－', '_', '＿', '.', '·', '•', '・', '|', '｜', '/', '／', '\\', '~', '～', '^', '#', '@', '+', '=', '\u200b', '\u200c', '\u200d', '\ufeff'];

/** Bits of a code unit's kind. */
const HAN = 1;
const NOISE = 2;
/** May be traditional: the text must be converted to simplified first (only in the tables for that strategy). */
const TRADITIONAL = 4;
const kindTables: Array<Uint8Array | undefined> = [undefined, undefined];
const foldTables: Array<Uint16Array | undefined> = [undefined, undefined, undefined, undefined];

/** The kind of every code unit (HAN, NOISE and, when traditional forms are folded, TRADITIONAL). */
function kindsOfCodeUnits(traditional: boolean): Uint8Array {
  const index = traditional ? 1 : 0;
  let kinds = kindTables[index];
  if (!kinds) {
    kinds = Uint8Array.from(hanCodeUnits(), (han) => (han === 1 ? HAN : 0));
    for (const char of INTERFERENCE) kinds[char.charCodeAt(0)] |= NOISE;
    if (traditional) traditionalCodeUnits().forEach((flag, code) => (kinds![code] |= flag === 1 ? TRADITIONAL : 0));
    kindTables[index] = kinds;
  }
  return kinds;
}

/** What every code unit becomes under width and case folding. */
function foldingOfCodeUnits(width: boolean, lowerCase: boolean): Uint16Array {
  const index = (width ? 1 : 0) + (lowerCase ? 2 : 0);
  let fold = foldTables[index];
  if (!fold) {
    fold = new Uint16Array(0x10000);
    for (let code = 0; code < 0x10000; code++) fold[code] = foldChar(code, width, lowerCase);
    foldTables[index] = fold;
  }
  return fold;
}

function foldChar(code: number, width: boolean, lowerCase: boolean): number {
  let folded = code;
  if (width) {
    if (folded >= 0xff01 && folded <= 0xff5e) folded -= 0xfee0;
    else if (folded === 0x3000) folded = 0x20;
  }
  if (lowerCase && folded >= 0x41 && folded <= 0x5a) folded += 0x20;
  return folded;
}

const decoder = new TextDecoder('utf-16le', { ignoreBOM: true });
/** Up to this length (terms, mostly) a string is built directly: TextDecoder pays off on long texts. */
const SHORT_TEXT = 64;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** True when every surrogate in `codes` is part of a pair. */
function isWellFormed(codes: Uint16Array): boolean {
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code < 0xd800 || code > 0xdfff) continue;
    if (code >= 0xdc00 || i + 1 >= codes.length || codes[i + 1] < 0xdc00 || codes[i + 1] > 0xdfff) return false;
    i++;
  }
  return true;
}

/**
 * The string of `codes`. TextDecoder is the fast way, but it would replace lone surrogates (and reads the bytes
 * little-endian): otherwise the string is built code by code.
 */
function stringOfCodes(codes: Uint16Array): string {
  if (codes.length <= SHORT_TEXT) return String.fromCharCode(...codes);
  if (LITTLE_ENDIAN && isWellFormed(codes)) return decoder.decode(codes);
  let text = '';
  for (let start = 0; start < codes.length; start += 8192) text += String.fromCharCode(...codes.subarray(start, start + 8192));
  return text;
}

/** Prose after normalisation, as code units, with the prose offset of each. */
export class NormalizedText {
  private cachedText: string | undefined;

  constructor(
    /** The normalised code units (only the first `length` count). */
    readonly codes: Uint16Array,
    readonly length: number,
    /** Prose offset of each normalised character. */
    readonly toProse: Int32Array,
  ) {}

  get text(): string {
    this.cachedText ??= stringOfCodes(this.codes.subarray(0, this.length));
    return this.cachedText;
  }

  /** The normalised characters [start, end), without building the whole string. */
  slice(start: number, end: number): string {
    if (this.cachedText !== undefined) return this.cachedText.slice(start, end);
    return String.fromCharCode(...this.codes.subarray(Math.max(0, start), Math.min(this.length, end)));
  }

  /** True when `literal` occurs at normalised offset `at`. */
  startsWith(literal: string, at: number): boolean {
    if (at < 0 || at + literal.length > this.length) return false;
    for (let i = 0; i < literal.length; i++) if (this.codes[at + i] !== literal.charCodeAt(i)) return false;
    return true;
  }
}

/**
 * Index of the first character after the run of interference characters starting at `from` when a Han character
 * follows the run (the run is noise between Han characters), else -1.
 */
function endOfNoiseBeforeHan(text: string, from: number, kinds: Uint8Array): number {
  let next = from + 1;
  while (next < text.length && (kinds[text.charCodeAt(next)] & NOISE) !== 0) next++;
  return next < text.length && (kinds[text.charCodeAt(next)] & HAN) !== 0 ? next : -1;
}

/**
 * Folds `text` code unit by code unit and drops noise between Han characters (with `interference`). Returns
 * undefined, having stopped early, when `stopAtTraditional` and the text holds a character that may be traditional.
 */
function foldCodeUnits(text: string, kinds: Uint8Array, fold: Uint16Array, interference: boolean, stopAtTraditional: boolean): NormalizedText | undefined {
  const codes = new Uint16Array(text.length);
  const toProse = new Int32Array(text.length);
  let length = 0;
  let lastKeptIsHan = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = kinds[code];
    if ((kind & TRADITIONAL) !== 0 && stopAtTraditional) return undefined;
    if ((kind & NOISE) !== 0 && interference && lastKeptIsHan) {
      const next = endOfNoiseBeforeHan(text, i, kinds);
      if (next >= 0) {
        i = next - 1;
        continue;
      }
    }
    codes[length] = fold[code];
    toProse[length++] = i;
    lastKeptIsHan = (kind & HAN) !== 0;
  }
  return new NormalizedText(codes, length, toProse.subarray(0, length));
}

export function normalizeText(prose: string, strategies: ReadonlySet<NormalizeStrategy>): NormalizedText {
  const traditional = strategies.has('traditional');
  const kinds = kindsOfCodeUnits(traditional);
  const fold = foldingOfCodeUnits(strategies.has('width'), strategies.has('case'));
  const interference = strategies.has('interference');
  // Most texts have no traditional character: they are folded as they are, in one pass.
  const folded = foldCodeUnits(prose, kinds, fold, interference, traditional);
  return folded ?? foldCodeUnits(toSimplifiedSameLength(prose), kinds, fold, interference, false)!;
}

/** A term as the matcher stores it under the given strategies. */
export function normalizeTerm(term: string, strategies: ReadonlySet<NormalizeStrategy>): string {
  return normalizeText(term, strategies).text;
}
