#!/usr/bin/env node
// Time per rule, one thread: every document of a corpus is parsed once, then each enabled rule lints all of them on
// its own (a Linter with only that rule on). Dictionary rules each pay for the shared dictionary match here, which a
// full run pays once: the row `dictionary matcher (shared)` gives that cost alone. Also `post-process` (fingerprints,
// directives, sorting), measured as a Linter with every rule off. Findings per rule are printed so that a faster
// version can be checked to find the same.
// --dump <file> writes every finding of every rule's own run, one JSON line each, to compare two versions exactly.
// Usage: node bench/rule-cost.js [--corpus ../shared/corpus/clean/laws] [--limit 0] [--rules a,b] [--runs 1] [--dump f]
import fs from 'node:fs';
import path from 'node:path';
import { Linter, resolveConfig } from '../dist/src/index.js';
import { parseDocument } from '../dist/src/document/parse.js';
import { decodeSource, readBytes } from '../dist/src/io/read-source.js';
import { option } from './options.js';

const corpus = path.resolve(option('corpus', '../shared/corpus/clean/laws'));
const limit = Number(option('limit', '0'));
const runs = Number(option('runs', '1'));
const only = (option('rules', '') || '').split(',').filter(Boolean);
const dumpPath = option('dump', '');
const dumped = [];

const walk = (root) => fs.readdirSync(root, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(root, entry.name)) : /\.(md|txt)$/u.test(entry.name) && !/^README/u.test(entry.name) ? [path.join(root, entry.name)] : []));
let files = walk(corpus).sort();
if (limit > 0) files = files.slice(0, limit);

const config = await resolveConfig({}, { baseDir: process.cwd() });
const documents = [];
const parseStarted = process.hrtime.bigint();
for (const file of files) {
  try {
    documents.push(parseDocument(decodeSource(readBytes(file), { filePath: file }).text, file));
  } catch {
    // unparseable documents (front matter errors) are not part of a rule's cost
  }
}
const parseMs = Number(process.hrtime.bigint() - parseStarted) / 1e6;
const characters = documents.reduce((sum, document) => sum + document.text.length, 0);

function linterWith(enabled) {
  const settings = {};
  for (const [id, setting] of Object.entries(config.settings)) settings[id] = enabled.includes(id) ? setting : { ...setting, severity: 'off' };
  return new Linter({ rules: config.rules, settings, dictionaries: config.dictionaries, date: '2026-11-27' });
}

function time(linter, run) {
  for (let index = 0; index < Math.min(100, documents.length); index++) run(linter, documents[index]); // warm-up
  globalThis.gc?.();
  const samples = [];
  let findings = 0;
  for (let r = 0; r < runs; r++) {
    findings = 0;
    const started = process.hrtime.bigint();
    for (const document of documents) findings += run(linter, document);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)], findings };
}

const lint = (linter, document) => linter.lintDocument(document).length;
const enabledIds = Object.entries(config.settings).filter(([, setting]) => setting.severity !== 'off').map(([id]) => id)
  .filter((id) => config.rules.get(id)?.meta.formats?.length !== 0);
const rows = [];
const base = time(linterWith([]), lint);
rows.push(['post-process (no rule on)', base.ms, 0]);
const matcherLinter = linterWith(enabledIds);
rows.push(['dictionary matcher (shared)', time(matcherLinter, (linter, document) => linter.dictionaryMatcher().match(document, '2026-11-27').length).ms, 0]);
for (const id of enabledIds) {
  if (only.length > 0 && !only.includes(id)) continue;
  const linter = linterWith([id]);
  const result = time(linter, lint);
  if (dumpPath) {
    for (const document of documents) {
      for (const m of linter.lintDocument(document)) dumped.push(JSON.stringify([document.filePath, m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.severity, m.message, m.suggestions, m.fix ?? null]));
    }
  }
  rows.push([id, result.ms - base.ms, result.findings]);
}
if (only.length === 0) {
  const all = time(linterWith(enabledIds), lint);
  rows.push(['all rules together', all.ms, all.findings]);
}

if (dumpPath) fs.writeFileSync(dumpPath, dumped.join('\n') + '\n');
console.log(`Corpus \`${path.relative(process.cwd(), corpus)}\`: ${documents.length} documents, ${(characters / 1e6).toFixed(1)} M prose characters, parsed in ${(parseMs / 1000).toFixed(1)} s; one thread, Node ${process.version}, median of ${runs} run(s).\n`);
console.log('| rule | ms (minus post-process) | findings |');
console.log('|---|---|---|');
for (const [name, ms, findings] of rows) console.log(`| ${name} | ${ms.toFixed(0)} | ${findings} |`);
