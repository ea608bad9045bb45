// Traditional → simplified folding with opencc-js, loaded only when a dictionary or rule needs it.
import { createRequire } from 'node:module';

type Convert = (text: string) => string;

const require = createRequire(import.meta.url);
let converter: Convert | undefined;
let traditionalFlags: Uint8Array | undefined;

function convert(): Convert {
  if (!converter) {
    const opencc = require('opencc-js') as { Converter: (options: { from: string; to: string }) => Convert };
    converter = opencc.Converter({ from: 't', to: 'cn' });
  }
  return converter;
}

const RANGES: Array<[number, number]> = [
  [0x3400, 0x9fff],
  [0xf900, 0xfaff],
];

/** Flags every BMP character that OpenCC would change on its own (a traditional or variant form). */
function flags(): Uint8Array {
  if (!traditionalFlags) {
    traditionalFlags = new Uint8Array(0x10000);
    // One conversion of every character, one per line, is four times faster than a call per character.
    const codes: number[] = [];
    let lines = '';
    for (const [first, last] of RANGES) {
      for (let code = first; code <= last; code++) {
        codes.push(code);
        lines += `${String.fromCharCode(code)}\n`;
      }
    }
    const converted = convert()(lines).split('\n');
    codes.forEach((code, index) => {
      if (converted[index] !== String.fromCharCode(code)) traditionalFlags![code] = 1;
    });
  }
  return traditionalFlags;
}

/** 1 for each code unit that may be traditional (what mayContainTraditional looks for), for loops that read charCodeAt. */
export function traditionalCodeUnits(): Uint8Array {
  return flags();
}

/** True when the text holds a character that may be traditional (cheap pre-check before phrase conversion). */
export function mayContainTraditional(text: string): boolean {
  const table = flags();
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * The simplified form of the text, character for character (same length), using OpenCC's phrase tables so that
 * 乾隆 and 瞭望 stay as they are. Where a phrase conversion would change the length, characters are converted alone.
 */
export function toSimplifiedSameLength(text: string): string {
  if (!mayContainTraditional(text)) return text;
  const toSimplified = convert();
  const converted = toSimplified(text);
  if (converted.length === text.length) return converted;
  // A phrase conversion changed the length somewhere: keep phrase handling for the other lines.
  if (text.includes('\n')) return text.split('\n').map(toSimplifiedSameLength).join('\n');
  let result = '';
  for (const char of text) {
    const single = char.length === 1 && traditionalFlags![char.charCodeAt(0)] === 1 ? toSimplified(char) : char;
    result += single.length === char.length ? single : char;
  }
  return result;
}
