// Maps the decoded text of an HTML text node back to its source, character by character: entities (&amp;, &nbsp;,
// &#12288;, legacy ones without a semicolon) and CR LF line ends map to the whole source range they came from.

/** Source range [starts[i], ends[i]) of each UTF-16 unit of a decoded value. */
export interface AlignedText {
  value: string;
  starts: Int32Array;
  ends: Int32Array;
}

/** An entity-like run at a `&`: numeric, or a name, with or without its semicolon. */
const ENTITY_LIKE = /&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)/y;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Aligns `value` (the parser's decoded text of source[start, end)) with the source. The decoded text is the truth;
 * the source only tells where each character was written.
 */
export function alignDecodedText(source: string, start: number, end: number, value: string): AlignedText {
  if (end - start === value.length && source.startsWith(value, start)) {
    const starts = new Int32Array(value.length);
    const ends = new Int32Array(value.length);
    for (let i = 0; i < value.length; i++) {
      starts[i] = start + i;
      ends[i] = start + i + 1;
    }
    return { value, starts, ends };
  }
  const starts = new Int32Array(value.length);
  const ends = new Int32Array(value.length);
  let i = start;
  let j = 0;
  while (j < value.length) {
    const char = value[j];
    const sourceChar = source[i];
    if (i >= end) {
      // Nothing left to align with (should not happen): pin the rest to the end.
      starts[j] = end;
      ends[j] = end;
      j++;
      continue;
    }
    if (sourceChar === '&') {
      const consumed = alignEntity(source, i, end, value, j, starts, ends);
      i += consumed.source;
      j += consumed.value;
      continue;
    }
    if (sourceChar === '\r' && char === '\n') {
      // CR LF and a lone CR are read as one LF.
      const width = source[i + 1] === '\n' && i + 1 < end ? 2 : 1;
      starts[j] = i;
      ends[j] = i + width;
      i += width;
      j++;
      continue;
    }
    // The same character, or one the parser replaced (NUL → U+FFFD) or dropped (a NUL in the body): one for one.
    if (sourceChar !== char) {
      const found = source.indexOf(char, i + 1);
      if (found > i && found < Math.min(end, i + 4)) i = found;
    }
    starts[j] = i;
    ends[j] = i + 1;
    i++;
    j++;
  }
  return { value, starts, ends };
}

/** Aligns the text at a `&` in the source; returns how many source and value units it took. */
function alignEntity(
  source: string,
  at: number,
  end: number,
  value: string,
  j: number,
  starts: Int32Array,
  ends: Int32Array,
): { source: number; value: number } {
  ENTITY_LIKE.lastIndex = at;
  const match = ENTITY_LIKE.exec(source);
  const candidate = match && at + match[0].length <= end ? match[0] : undefined;
  // A literal `&` (no entity, or an unknown name the parser left as written).
  if (candidate === undefined || (value[j] === '&' && value.startsWith(candidate, j) && candidate !== '&amp;' && candidate !== '&amp')) {
    starts[j] = at;
    ends[j] = at + 1;
    return { source: 1, value: 1 };
  }
  let sourceWidth = candidate.length;
  let valueWidth = isHighSurrogate(value.charCodeAt(j)) ? 2 : 1;
  if (!candidate.endsWith(';') && candidate[1] !== '#') {
    // A legacy entity without its semicolon (&nbsp, &copy2019): the name ends where the source goes on as the value does.
    sourceWidth = legacyEntityWidth(source, at, at + candidate.length, value, j + valueWidth);
  } else if (valueWidth === 1 && j + 2 <= value.length && !continuesAt(source, at + sourceWidth, end, value, j + 1) && continuesAt(source, at + sourceWidth, end, value, j + 2)) {
    // One of the few entities that stand for two characters.
    valueWidth = 2;
  }
  for (let k = 0; k < valueWidth && j + k < value.length; k++) {
    starts[j + k] = at;
    ends[j + k] = at + sourceWidth;
  }
  return { source: sourceWidth, value: valueWidth };
}

/** Whether source from `at` reads like value from `j` for a few characters (or both end). */
function continuesAt(source: string, at: number, end: number, value: string, j: number): boolean {
  if (j >= value.length) return at >= end;
  if (at >= end) return false;
  const char = source[at];
  return char === value[j] || char === '&' || (char === '\r' && value[j] === '\n');
}

function legacyEntityWidth(source: string, at: number, candidateEnd: number, value: string, next: number): number {
  for (let nameEnd = at + 3; nameEnd < candidateEnd; nameEnd++) {
    if (source.slice(nameEnd, candidateEnd) === value.slice(next, next + (candidateEnd - nameEnd))) return nameEnd - at;
  }
  return candidateEnd - at;
}
