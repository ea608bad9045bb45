// Stable fingerprints of findings: a finding keeps its fingerprint across runs, when lines above it move and when
// unrelated text changes; two identical mistakes in different sentences of one file get different fingerprints.
import { createHash } from 'node:crypto';
import type { LintMessage } from './types.js';

/** Hex characters kept of the SHA-256 (128 bits). */
export const FINGERPRINT_LENGTH = 32;
/** Bumped when the recipe changes, so old and new fingerprints never collide by accident. */
const RECIPE = 'cuomin/v1';
/** Non-blank characters of context kept on each side of a finding, at most (within its sentence and line). */
export const CONTEXT_CHARS = 20;

/** Ends a sentence: the context does not reach past one. */
const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';']);
const WHITESPACE = /\s/u;

/** The path as it goes into a fingerprint: forward slashes, no leading `./`, so Windows and POSIX agree. */
export function normalizeFingerprintPath(filePath: string): string {
  return filePath.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/**
 * The little context a finding's fingerprint keeps: up to CONTEXT_CHARS non-blank characters on each side of the
 * source range, never past the line or the sentence the finding sits in, with all whitespace removed.
 */
export function findingContext(source: string, start: number, end: number): string {
  let before = '';
  for (let index = start - 1, kept = 0; index >= 0 && kept < CONTEXT_CHARS; index--) {
    const char = source[index];
    if (char === '\n' || char === '\r' || SENTENCE_END.has(char)) break;
    if (WHITESPACE.test(char)) continue;
    before = char + before;
    kept++;
  }
  let after = '';
  for (let index = end, kept = 0; index < source.length && kept < CONTEXT_CHARS; index++) {
    const char = source[index];
    if (char === '\n' || char === '\r') break;
    if (WHITESPACE.test(char)) continue;
    after += char;
    kept++;
    if (SENTENCE_END.has(char)) break;
  }
  return `${before}\u0000${after}`;
}

function digest(parts: ReadonlyArray<string | number | null>): string {
  return createHash('sha256').update(JSON.stringify([RECIPE, ...parts])).digest('hex').slice(0, FINGERPRINT_LENGTH);
}

/** The fingerprint of a message that has no place in the text (a file that could not be read or parsed, a crashed rule). */
export function fatalFingerprint(filePath: string, message: Pick<LintMessage, 'ruleId' | 'message'>): string {
  return digest(['fatal', message.ruleId, normalizeFingerprintPath(filePath), message.message]);
}

/**
 * Gives every message its fingerprint: SHA-256 over the rule id, the path, the finding's text, its context and, when
 * the same (rule, text, context) occurs more than once in the file, its occurrence index in source order. Messages
 * without a source range (fatal ones) get the fatal fingerprint. Sets `fingerprint` on the messages in place.
 */
export function assignFingerprints(
  messages: readonly LintMessage[],
  source: string,
  filePath: string,
  rangeOf: (message: LintMessage) => [number, number] | undefined,
): void {
  const path = normalizeFingerprintPath(filePath);
  const placed: Array<{ message: LintMessage; range: [number, number]; order: number }> = [];
  messages.forEach((message, order) => {
    const range = rangeOf(message);
    if (message.fatal || !range) message.fingerprint = fatalFingerprint(path, message);
    else placed.push({ message, range, order });
  });
  placed.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.order - b.order);
  const occurrences = new Map<string, number>();
  for (const { message, range } of placed) {
    const text = source.slice(range[0], range[1]).replace(/\r\n?/g, '\n');
    const key = JSON.stringify([message.ruleId, text, findingContext(source, range[0], range[1])]);
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    message.fingerprint = digest([path, key, occurrence]);
  }
}

/** The message's fingerprint, or for a message built outside the linter (an unreadable file) its fatal fingerprint. */
export function fingerprintOf(filePath: string, message: LintMessage): string {
  return message.fingerprint ?? fatalFingerprint(filePath, message);
}
