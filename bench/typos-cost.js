#!/usr/bin/env node
// Time of the homophone / look-alike check of the typos rule alone (src/homophones/, without the dictionary matcher),
// one thread, over every parsed document of a corpus, and its findings for exact before/after comparisons.
// --settings loose drops every margin and the repeat limit, so that nearly every candidate that passes the filters
// becomes a finding; --settings wide also takes every reading, whole pairs, any substituted character and windows
// that cross words: both exercise far more of the code than the defaults, whose findings are few.
// --dist <folder> loads another build (a copy of dist/ taken before a change) to compare with.
// Usage: node bench/typos-cost.js [--corpus ../shared/corpus/clean/laws] [--limit 0] [--runs 1]
//                                 [--settings default|loose|wide] [--dump file] [--dist dist]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { option } from './options.js';

const corpus = path.resolve(option('corpus', '../shared/corpus/clean/laws'));
const limit = Number(option('limit', '0'));
const runs = Number(option('runs', '1'));
const settingsName = option('settings', 'default');
const dumpPath = option('dump', '');
const dist = path.resolve(option('dist', path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'dist')));

const load = (module) => import(pathToFileURL(path.join(dist, 'src', module)).href);
const { parseDocument } = await load('document/parse.js');
const { decodeSource, readBytes } = await load('io/read-source.js');
const { createHomophoneChecker } = await load('homophones/check-homophones.js');

const NO_MARGIN = -1e9;
const LOOSE = {
  minMargin: NO_MARGIN,
  minMarginSameTone: NO_MARGIN,
  minMarginRare: NO_MARGIN,
  minMarginLong: NO_MARGIN,
  minMarginWholePair: NO_MARGIN,
  minMarginLookalike: NO_MARGIN,
  minMarginNearSound: NO_MARGIN,
  minMarginLongSubstitution: NO_MARGIN,
  minMarginLongNearSound: NO_MARGIN,
  deliberateRepeats: 1e9,
};
const SETTINGS = {
  default: {},
  loose: LOOSE,
  wide: { ...LOOSE, minMarginOther: NO_MARGIN, writtenReadings: 'all', wholePairs: true, crossingWords: false, maxChanged: 3 },
};
if (!SETTINGS[settingsName]) {
  console.error(`typos-cost: unknown --settings ${settingsName} (default, loose, wide)`);
  process.exit(2);
}

const walk = (root) => fs.readdirSync(root, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(root, entry.name)) : /\.(md|txt)$/u.test(entry.name) && !/^README/u.test(entry.name) ? [path.join(root, entry.name)] : []));
let files = walk(corpus).sort();
if (limit > 0) files = files.slice(0, limit);
const documents = [];
for (const file of files) {
  try {
    documents.push(parseDocument(decodeSource(readBytes(file), { filePath: file }).text, file));
  } catch {
    // unparseable documents are not part of the check's cost
  }
}
const characters = documents.reduce((sum, document) => sum + document.text.length, 0);

const checker = createHomophoneChecker(SETTINGS[settingsName]);
const checkAll = () => documents.map((document) => checker.check(document.text, document.blocks));
const startedAt = process.hrtime.bigint();
checkAll(); // first run: loads the vocabulary, the word model and the tables, and warms up the code
const firstMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
const samples = [];
const cpuSamples = [];
let results = [];
for (let run = 0; run < runs; run++) {
  globalThis.gc?.();
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  results = checkAll();
  samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  const cpu = process.cpuUsage(cpuStarted);
  cpuSamples.push((cpu.user + cpu.system) / 1000);
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const findings = results.reduce((sum, each) => sum + each.length, 0);

if (dumpPath) {
  const lines = [];
  documents.forEach((document, index) => {
    for (const finding of results[index]) lines.push(JSON.stringify([path.relative(corpus, document.filePath), finding]));
  });
  fs.writeFileSync(dumpPath, lines.join('\n') + '\n');
}
console.log(`Corpus \`${path.relative(process.cwd(), corpus)}\`: ${documents.length} documents, ${(characters / 1e6).toFixed(1)} M prose characters; settings ${settingsName}; ${path.relative(process.cwd(), dist) || '.'}`);
console.log(`first run (loading included) ${firstMs.toFixed(0)} ms; median of ${runs} run(s) ${median(samples)?.toFixed(0)} ms [${samples.map((ms) => ms.toFixed(0)).join(', ')}], CPU median ${median(cpuSamples)?.toFixed(0)} ms, min ${Math.min(...cpuSamples).toFixed(0)} ms; ${findings} findings`);
