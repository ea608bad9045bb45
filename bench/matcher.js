#!/usr/bin/env node
// Matcher throughput and build time, cuomin's dictionary matcher against mint-filter, on the same word list and text.
// Usage: node bench/matcher.js [--corpus ../shared/corpus/clean/laws] [--words ../shared/corpus/lexicons/houbb_sensitive-word/dict_v20240407.txt]
// The text is the prose of every law file (Markdown parsed as cuomin parses it). Word lists: all terms of the shipped
// dictionaries, and optionally a large public list (read by path, never copied) to stress both matchers.
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import mintFilter from 'mint-filter';

const Mint = mintFilter.default ?? mintFilter.Mint;
import { parseDocument } from '../dist/src/document/parse.js';
import { DictionaryMatcher } from '../dist/src/dictionary/matcher.js';
import { AhoCorasick } from '../dist/src/dictionary/aho-corasick.js';
import { loadBuiltinDictionaries } from '../dist/src/io/load-dictionaries.js';
import { option } from './options.js';

const corpus = option('corpus', '../shared/corpus/clean/laws');
const extraWords = option('words', '../shared/corpus/lexicons/houbb_sensitive-word/dict_v20240407.txt');

function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
function timeMs(fn, runs = 5) {
  const samples = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    result = fn();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { ms: median(samples), result };
}

const files = (await fg('**/*.md', { cwd: corpus, absolute: true })).filter((file) => !/(_index|法律法规模版)\.md$/.test(file)).sort();
const documents = files.map((file) => parseDocument(fs.readFileSync(file, 'utf8'), file));
const prose = documents.map((document) => document.text).join('\n');
const proseMB = Buffer.byteLength(prose, 'utf8') / 1e6;

const builtin = loadBuiltinDictionaries();
const lists = [{ name: `shipped dictionaries (${builtin.length} files)`, dictionaries: builtin }];
if (extraWords && fs.existsSync(extraWords)) {
  const words = [...new Set(fs.readFileSync(extraWords, 'utf8').split(/\r?\n/).map((w) => w.trim()).filter((w) => w.length >= 2))];
  const entries = words.map((term) => ({ term, replacements: [], notPrecededBy: [], notFollowedBy: [], precededBy: [], followedBy: [], wholeWord: false, category: 'sensitive', severity: 'error', urgency: 'urgent', fix: false, specs: { flag: [], pass: [] } }));
  lists.push({ name: `${path.basename(extraWords)} (public list, stress test)`, dictionaries: [{ id: 'stress', rule: 'sensitive-words', normalize: ['width', 'case'], entries, filePath: extraWords }] });
}

console.log(`Text: prose of ${documents.length} files from ${corpus}: ${(prose.length / 1e6).toFixed(1)} M characters, ${proseMB.toFixed(1)} MB (UTF-8)`);
console.log('');
console.log('| word list | terms | matcher | build | scan | throughput | matches |');
console.log('|---|---|---|---|---|---|---|');
for (const { name, dictionaries } of lists) {
  const terms = [...new Set(dictionaries.flatMap((dictionary) => dictionary.entries.map((entry) => entry.term)))];
  const ours = timeMs(() => new DictionaryMatcher(dictionaries), 3);
  const full = timeMs(() => documents.reduce((sum, document) => sum + ours.result.match(document, '2026-11-27').length, 0), 3);
  const rawBuild = timeMs(() => new AhoCorasick(terms), 3);
  const raw = timeMs(() => rawBuild.result.search(prose).length, 3);
  const mintBuild = timeMs(() => new Mint(terms), 3);
  const mint = timeMs(() => mintBuild.result.filter(prose, { replace: false }).words.length, 3);
  const row = (label, build, scan, matches) => console.log(`| ${name} | ${terms.length} | ${label} | ${build.toFixed(0)} ms | ${scan.toFixed(0)} ms | ${(proseMB / (scan / 1000)).toFixed(1)} MB/s | ${matches} |`);
  row('cuomin DictionaryMatcher (normalise + verify, per document)', ours.ms, full.ms, full.result);
  row('cuomin AhoCorasick alone (one string)', rawBuild.ms, raw.ms, raw.result);
  row('mint-filter 4 `filter(text, { replace: false })` (one string; distinct words)', mintBuild.ms, mint.ms, mint.result);
}
