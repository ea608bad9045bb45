#!/usr/bin/env node
// Builds dictionaries/char-lm.bin, the character n-gram language model of official Chinese used by
// src/language-model/ (see model.ts for the format), from official documents of state organs, which Chinese
// copyright law (Art. 5) does not protect:
//   ../shared/corpus/clean/laws (every law file but every 20th in sorted order, held out for the false-alarm
//   measurement of bench/lm-eval.js), ../shared/corpus/clean/gov-reports-2025/text, ../shared/corpus/clean/govcn-policy-html.
// Never from clean/sentences or any spelling-check (csc) split.
// Usage (after `npm run build`): node bench/build-char-lm.js [--order 4] [--min 2,3,4] [--policy-weight 3] [--out dictionaries/char-lm.bin]
//   --min: the least count kept for orders 2, 3, 4 (rarer n-grams are pruned so the file stays small).
//   --policy-weight: how many times the work reports and policy pages are counted; the laws, twenty times their
//   size, would otherwise drown the language of government work (weight 3 chosen on odw.train: 0.822 → 0.828
//   sentence detection precision, 0.323 → 0.337 recall, with the dictionary's pairs from odw.train left out).
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { HOLD_OUT_EVERY, lawFiles } from './law-split.js';
import {
  BOUNDARY, FIRST_CHARACTER_ID, ID_BITS, MAX_VOCABULARY, UNKNOWN, classOfCode, fingerprint, isVocabularyCandidate,
  normalizedCode, serializeModel, tokenize,
} from '../dist/src/language-model/model.js';

const args = process.argv.slice(2);
const value = (name, fallback) => {
  const index = args.lastIndexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const ORDER = Number(value('order', '4'));
const MIN = value('min', '2,3,4').split(',').map(Number);
const OUT = value('out', 'dictionaries/char-lm.bin');
const CORPUS = path.resolve(value('corpus', '../shared/corpus/clean'));
/** Pairs of Han characters seen at least this often are listed as words for two-character corrections. */
const PAIR_MIN = Number(value('pair-min', '10'));
/**
 * The work reports and policy pages (the language of government work, not of statutes) are counted this many times,
 * before pruning: their n-grams seen once are kept too, which is most of the file's growth (7.95 → 9.22 MB at 3).
 */
const POLICY_WEIGHT = Number(value('policy-weight', '3'));
if (!Number.isInteger(POLICY_WEIGHT) || POLICY_WEIGHT < 1) {
  console.error(`build-char-lm: --policy-weight must be a whole number of at least 1, got "${value('policy-weight', '3')}"`);
  process.exit(2);
}

const started = performance.now();


function stripFrontMatter(text) {
  return text.startsWith('---') ? text.replace(/^---\n[\s\S]*?\n---\n/, '') : text;
}

function htmlText(html) {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/(p|div|tr|td|h\d|li|br)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)));
}

function* documents() {
  for (const file of lawFiles(CORPUS).training) yield stripFrontMatter(fs.readFileSync(file, 'utf8'));
  for (let copy = 0; copy < POLICY_WEIGHT; copy++) {
    const reports = path.join(CORPUS, 'gov-reports-2025', 'text');
    for (const name of fs.readdirSync(reports).sort()) if (name.endsWith('.txt') && name !== 'README.txt') yield fs.readFileSync(path.join(reports, name), 'utf8');
    const html = path.join(CORPUS, 'govcn-policy-html', 'html');
    for (const name of fs.readdirSync(html).sort()) if (name.endsWith('.html')) yield htmlText(fs.readFileSync(path.join(html, name), 'utf8'));
  }
}

// Pass 1: the vocabulary (characters seen at least twice, most frequent first, at most MAX_VOCABULARY).
const characterCounts = new Float64Array(0x10000);
let documentCount = 0;
let characterTotal = 0;
for (const text of documents()) {
  documentCount++;
  characterTotal += text.length;
  for (let i = 0; i < text.length; i++) {
    const code = normalizedCode(text.charCodeAt(i));
    if (isVocabularyCandidate(code)) characterCounts[code]++;
  }
}
const vocabularyCodes = [];
for (let code = 0; code < 0x10000; code++) if (characterCounts[code] >= 2) vocabularyCodes.push(code);
vocabularyCodes.sort((a, b) => characterCounts[b] - characterCounts[a] || a - b);
vocabularyCodes.length = Math.min(vocabularyCodes.length, MAX_VOCABULARY - FIRST_CHARACTER_ID);
const vocabulary = String.fromCharCode(...vocabularyCodes);
const idByCode = new Uint16Array(0x10000);
vocabularyCodes.forEach((code, i) => (idByCode[code] = FIRST_CHARACTER_ID + i));
const idOf = (code) => {
  const normal = normalizedCode(code);
  if (idByCode[normal]) return idByCode[normal];
  const cls = classOfCode(normal);
  if (cls !== BOUNDARY) return cls;
  return isVocabularyCandidate(normal) ? UNKNOWN : BOUNDARY;
};

// Pass 2: the token stream of every document, boundaries between them.
const stream = new Uint16Array(characterTotal + 2 * documentCount + 2);
let streamLength = 0;
for (const text of documents()) {
  const { ids, length } = tokenize(text, idOf);
  const from = streamLength > 0 && stream[streamLength - 1] === BOUNDARY ? 1 : 0;
  stream.set(ids.subarray(from, length), streamLength);
  streamLength += length - from;
}
const unigrams = new Uint32Array(FIRST_CHARACTER_ID + vocabulary.length);
for (let i = 0; i < streamLength; i++) unigrams[stream[i]]++;
const total = unigrams.reduce((a, b) => a + b, 0);
console.log(`${documentCount} documents, ${(characterTotal / 1e6).toFixed(1)} M characters, ${streamLength} tokens, vocabulary ${vocabulary.length}`);

// Pass 3: each order's n-grams counted exactly (ids packed in a double, sorted), pruned, then fingerprinted.
const SHIFT = 2 ** ID_BITS;
const tables = [];
const sizes = [];
let scale = 0;
const counted = [];
const pairs = [];
const isHan = (code) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
for (let n = 2; n <= ORDER; n++) {
  const codes = new Float64Array(streamLength - n + 1);
  let count = 0;
  for (let i = 0; i + n <= streamLength; i++) {
    let code = 0;
    for (let k = 0; k < n; k++) code = code * SHIFT + stream[i + k];
    codes[count++] = code;
  }
  const sorted = codes.subarray(0, count).sort();
  const kept = [];
  let distinct = 0;
  const min = MIN[n - 2] ?? MIN.at(-1);
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    distinct++;
    if (j - i >= min) kept.push(sorted[i], j - i);
    i = j;
  }
  counted.push({ n, kept });
  if (n === 2) {
    for (let i = 0; i < kept.length; i += 2) {
      if (kept[i + 1] < PAIR_MIN) continue;
      const a = Math.floor(kept[i] / SHIFT);
      const b = kept[i] % SHIFT;
      if (a < FIRST_CHARACTER_ID || b < FIRST_CHARACTER_ID) continue;
      const first = vocabulary.charCodeAt(a - FIRST_CHARACTER_ID);
      const second = vocabulary.charCodeAt(b - FIRST_CHARACTER_ID);
      if (isHan(first) && isHan(second)) pairs.push(String.fromCharCode(first, second));
    }
    console.log(`${pairs.length} Han pairs seen at least ${PAIR_MIN} times`);
  }
  console.log(`order ${n}: ${distinct} distinct, ${kept.length / 2} kept (count >= ${min})`);
  for (let i = 1; i < kept.length; i += 2) scale = Math.max(scale, Math.log(kept[i]));
}
scale = 255 / scale;
for (const { n, kept } of counted) {
  const ids = new Uint16Array(n);
  const packed = new Float64Array(kept.length / 2);
  for (let i = 0; i < kept.length; i += 2) {
    let code = kept[i];
    for (let k = n - 1; k >= 0; k--) {
      ids[k] = code % SHIFT;
      code = Math.floor(code / SHIFT);
    }
    const q = Math.min(255, Math.round(Math.log(kept[i + 1]) * scale));
    packed[i / 2] = fingerprint(ids, 0, n) * 256 + q;
  }
  packed.sort();
  const keys = [];
  const counts = [];
  let collisions = 0;
  for (const value of packed) {
    const key = Math.floor(value / 256);
    const q = value % 256;
    if (keys.length > 0 && keys[keys.length - 1] === key) {
      collisions++;
      counts[counts.length - 1] = Math.max(counts[counts.length - 1], q);
    } else {
      keys.push(key);
      counts.push(q);
    }
  }
  tables.push({ keys: Uint32Array.from(keys), counts: Uint8Array.from(counts) });
  sizes.push(keys.length);
  if (collisions) console.log(`order ${n}: ${collisions} fingerprint collisions merged`);
}

const header = {
  order: ORDER,
  vocabulary,
  total,
  scale,
  sizes,
  pairs: pairs.join(''),
  source: `laws (all but every ${HOLD_OUT_EVERY}th file), gov-reports-2025 and govcn-policy-html (counted ${POLICY_WEIGHT} times); min counts ${MIN.join(',')}, pairs seen ${PAIR_MIN}+ times`,
};
const bytes = serializeModel(header, unigrams, tables);
fs.writeFileSync(OUT, bytes);
console.log(`wrote ${OUT}: ${(bytes.length / 1e6).toFixed(2)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
