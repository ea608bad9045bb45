#!/usr/bin/env node
// Builds dictionaries/official-vocabulary.txt: the frequent 2–4-character words of clean published official text,
// the targets of the `typos` rule's homophone check. Usage:
//   node bench/build-official-vocabulary.js [--corpus ../shared/corpus] [--out dictionaries/official-vocabulary.txt]
// Sources (public official texts; only the derived word list is shipped):
//   clean/gov-reports-2025/text/*.txt       31 provincial government work reports (2025)
//   clean/govcn-policy-html/html/*.html     60 State Council policy documents (tags stripped)
//   clean/laws/**/*.md                      laws, regulations and judicial interpretations (not the 案例 cases,
//                                           which name private persons)
//   csc/ecspell/odw.train, target side      corrected official-document sentences (never a *.test split)
// Each text is segmented with nodejieba (HMM on); words of 2–4 Han characters are counted with the number of
// documents they occur in. Two families are weighed separately, because the laws are 20 times larger than the
// rest and speak a narrower language: "policy" (reports, policy pages, odw.train) and "laws". A word is a `target`
// when it is frequent in either family and spread over several documents; its count in the file is the sum. A rarer
// word of the same texts (in at least 2 documents) that sounds exactly like a target is kept as `attested`: it is
// real official language (质权, 止付, 智造), so the homophone check must not "correct" it.
// The script reads the compiled checker: run `npx tsc -p .` first. `--exclude REGEX` leaves out the files whose
// path matches (for held-out false-alarm measurements; write those builds elsewhere with --out).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import fg from 'fast-glob';
import { option } from './options.js';

const require = createRequire(import.meta.url);
const jieba = require('nodejieba');

const args = process.argv.slice(2);
const corpus = path.resolve(option('corpus', path.join(import.meta.dirname, '../../shared/corpus')));
const out = path.resolve(option('out', path.join(import.meta.dirname, '../dictionaries/official-vocabulary.txt')));
const exclude = option('exclude') ? new RegExp(option('exclude')) : undefined;
const withoutOdw = args.includes('--without-odw');
const { buildHomophoneIndex } = await import('../dist/src/homophones/homophone-index.js');
const { findCandidates } = await import('../dist/src/homophones/candidates.js');

/** Thresholds: per family, minimum count and minimum number of documents. */
const THRESHOLDS = {
  policy: { count: 12, documents: 4 },
  laws: { count: 150, documents: 20 },
};
/** At most this many target words (the most frequent by share of their family), to keep the file small. */
const MAX_WORDS = 9000;
/** Two-word phrases of four characters (产业体系): thresholds per family, and at most this many. */
const PHRASE_THRESHOLDS = {
  policy: { count: 8, documents: 4 },
  laws: { count: 100, documents: 15 },
};
const MAX_PHRASES = Number(option('max-phrases', '4000'));
/** An attested word occurs in at least this many documents. */
const ATTESTED_DOCUMENTS = 2;

const HAN_WORD = /^\p{Script=Han}{2,4}$/u;

function stripHtml(html) {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|td|tr|li|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

function stripMarkdown(markdown) {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/[#>*_`|[\]()-]/g, ' ');
}

/** family → Map(word or phrase → count * 65536 + number of documents) */
const counts = { policy: new Map(), laws: new Map() };
const phraseCounts = { policy: new Map(), laws: new Map() };
const sizes = { policy: { documents: 0, characters: 0 }, laws: { documents: 0, characters: 0 } };
const DOCUMENTS = 65536;
const countOf = (packed) => Math.floor((packed ?? 0) / DOCUMENTS);
const documentsOf = (packed) => (packed ?? 0) % DOCUMENTS;

function add(table, key, seen) {
  table.set(key, (table.get(key) ?? 0) + DOCUMENTS + (seen.has(key) ? 0 : 1));
  seen.add(key);
}

/** How often each Han character occurs in all the texts. */
const characterCounts = new Map();

function countDocument(family, text) {
  const seen = new Set();
  sizes[family].documents++;
  sizes[family].characters += text.length;
  for (const char of text.matchAll(/\p{Script=Han}/gu)) characterCounts.set(char[0], (characterCounts.get(char[0]) ?? 0) + 1);
  for (const line of text.split('\n')) {
    if (!/\p{Script=Han}/u.test(line)) continue;
    let previous = '';
    for (const word of jieba.cut(line, true)) {
      const han = HAN_WORD.test(word);
      if (han) add(counts[family], word, seen);
      // Two two-character words in a row make a phrase (产业/体系, 防汛/抗旱).
      if (han && word.length === 2 && previous.length === 2) add(phraseCounts[family], previous + word, seen);
      previous = han ? word : '';
    }
  }
}

jieba.load();
const included = (files) => files.filter((file) => !exclude?.test(file));
const reports = included(await fg('clean/gov-reports-2025/text/*.txt', { cwd: corpus, absolute: true }));
for (const file of reports.sort()) countDocument('policy', fs.readFileSync(file, 'utf8'));
const policies = included(await fg('clean/govcn-policy-html/html/*.html', { cwd: corpus, absolute: true }));
for (const file of policies.sort()) countDocument('policy', stripHtml(fs.readFileSync(file, 'utf8')));
// odw.train: each sentence is one "document" for the document count, which its 1,720 short sentences would
// otherwise inflate; they are grouped by 40 sentences.
const odwTargets = withoutOdw
  ? []
  : fs
      .readFileSync(path.join(corpus, 'csc/ecspell/odw.train'), 'utf8')
      .split('\n')
      .map((line) => line.split('\t')[2])
      .filter(Boolean);
for (let i = 0; i < odwTargets.length; i += 40) countDocument('policy', odwTargets.slice(i, i + 40).join('\n'));
const laws = included(await fg('clean/laws/**/*.md', { cwd: corpus, absolute: true })).filter(
  (file) => !file.includes(`${path.sep}案例${path.sep}`) && !/(_index|README|法律法规模版)\.md$/.test(file),
);
for (const file of laws.sort()) countDocument('laws', stripMarkdown(fs.readFileSync(file, 'utf8')));

const total = (table, key) => countOf(table.policy.get(key)) + countOf(table.laws.get(key));

/** The entries above a family's thresholds, the most frequent (by share of their family) first, at most `max`. */
function frequent(table, thresholds, max, skip = () => false) {
  const kept = new Map();
  for (const family of ['policy', 'laws']) {
    const { count: minCount, documents: minDocuments } = thresholds[family];
    let sum = 0;
    for (const packed of table[family].values()) sum += countOf(packed);
    for (const [key, packed] of table[family]) {
      if (countOf(packed) < minCount || documentsOf(packed) < minDocuments || skip(key)) continue;
      const score = (countOf(packed) / sum) * 1e6;
      if (!kept.has(key) || kept.get(key) < score) kept.set(key, score);
    }
  }
  return [...kept]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([key]) => ({ word: key, count: total(table, key) }))
    .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1));
}

const words = frequent(counts, THRESHOLDS, MAX_WORDS);
const wordSet = new Set(words.map(({ word }) => word));
const phrases = frequent(phraseCounts, PHRASE_THRESHOLDS, MAX_PHRASES, (phrase) => wordSet.has(phrase));

// Attested words and phrases: every other word or two-word phrase of the texts, in enough documents, that the
// checker would take for a homophone of a target (any reading of its characters, any number of them changed).
const targets = new Map([...words, ...phrases].map(({ word, count }) => [word, count]));
const vocabulary = { targets, words: targets };
const index = buildHomophoneIndex(vocabulary);
const soundsLikeTarget = (word) =>
  findCandidates(word, 0, word.length, index, vocabulary, { maxChanged: word.length, writtenReadings: 'all' }).some(
    (candidate) => candidate.start === 0 && candidate.end === word.length,
  );
const attested = [];
for (const table of [counts, phraseCounts]) {
  for (const word of new Set([...table.policy.keys(), ...table.laws.keys()])) {
    if (targets.has(word) || documentsOf(table.policy.get(word)) + documentsOf(table.laws.get(word)) < ATTESTED_DOCUMENTS) continue;
    if (soundsLikeTarget(word)) attested.push({ word, count: total(table, word) });
  }
}
attested.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1));

const header = [
  '# official-vocabulary: frequent words and two-word phrases of clean published official text, with their counts.',
  "# Read by the `typos` rule's homophone check (src/homophones/). Not a dictionary of findings: the loader",
  '# reads only *.yaml. Generated by bench/build-official-vocabulary.js; do not edit by hand, rebuild instead.',
  `# Sources, segmented with nodejieba ${require('nodejieba/package.json').version} (HMM on):`,
  `#   policy family: clean/gov-reports-2025/text (${reports.length} reports), clean/govcn-policy-html (${policies.length} pages, tags stripped),`,
  withoutOdw
    ? '#     (csc/ecspell/odw.train left out)'
    : `#     target side of csc/ecspell/odw.train (${odwTargets.length} sentences; never a *.test split)`,
  `#     = ${sizes.policy.documents} documents, ${sizes.policy.characters} characters;`,
  `#   laws family: clean/laws/**/*.md except 案例 = ${sizes.laws.documents} documents, ${sizes.laws.characters} characters.`,
  `# [target] words of 2–4 Han characters with count >= ${THRESHOLDS.policy.count} in >= ${THRESHOLDS.policy.documents} documents of the policy family,`,
  `#   or count >= ${THRESHOLDS.laws.count} in >= ${THRESHOLDS.laws.documents} documents of the laws family; at most ${MAX_WORDS}, by share of family.`,
  `# [phrase] two two-character words in a row, count >= ${PHRASE_THRESHOLDS.policy.count} in >= ${PHRASE_THRESHOLDS.policy.documents} policy documents or`,
  `#   >= ${PHRASE_THRESHOLDS.laws.count} in >= ${PHRASE_THRESHOLDS.laws.documents} laws; at most ${MAX_PHRASES}. Targets too.`,
  `# [attested] every other word or phrase of those texts, in >= ${ATTESTED_DOCUMENTS} documents, that sounds exactly like a target`,
  '#   (toneless pinyin): real official language, never to be "corrected".',
  ...(exclude ? [`# Held-out build: files matching /${exclude.source}/ left out.`] : []),
  '# [characters] how often each Han character occurs in those texts, in half-decades: a line "k<TAB>characters" lists',
  '#   the characters seen between 10^(k/2) and 10^((k+1)/2) times (for how rare a written character is).',
  '# Format: a section line [target], [phrase], [attested] or [characters], then word<TAB>count lines (both families',
  '#   together) or, under [characters], the half-decade lines.',
];
const section = (name, list) => [`[${name}]`, ...list.map(({ word, count }) => `${word}\t${count}`)];
const byHalfDecade = new Map();
for (const [char, count] of [...characterCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
  const bucket = Math.floor(2 * Math.log10(count));
  byHalfDecade.set(bucket, (byHalfDecade.get(bucket) ?? '') + char);
}
const characterLines = ['[characters]', ...[...byHalfDecade].sort((a, b) => b[0] - a[0]).map(([bucket, chars]) => `${bucket}\t${chars}`)];
const lines = [...section('target', words), ...section('phrase', phrases), ...section('attested', attested), ...characterLines];
fs.writeFileSync(out, `${header.join('\n')}\n${lines.join('\n')}\n`);
console.log(
  `${words.length} target words, ${phrases.length} phrases, ${attested.length} attested → ${path.relative(process.cwd(), out)} (${fs.statSync(out).size} bytes)`,
);
