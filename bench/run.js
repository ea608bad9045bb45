#!/usr/bin/env node
// Benchmarks cuomin as users run it: cold start on one 3 KB draft, and throughput and peak memory on the laws corpus.
// Usage: node bench/run.js [--runs 15] [--corpus ../shared/corpus/clean/laws]
// Prints a Markdown section for bench/RESULTS.md. Needs a build (npm run build) and GNU time at /usr/bin/time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { option } from './options.js';

const runs = Number(option('runs', '15'));
const corpus = option('corpus', '../shared/corpus/clean/laws');
const draft = 'fixtures/drafts/summary-website-work.md';
const bin = 'bin/cuomin.js';

function timeMs(command, commandArgs) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${commandArgs.join(' ')} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1) };
}

const format = (ms) => `${ms.toFixed(0)} ms`;

// Warm the file-system cache once so both measurements start from the same state.
timeMs(process.execPath, [bin, 'lint', draft, '-f', 'json']);
const nodeOnly = stats(Array.from({ length: runs }, () => timeMs(process.execPath, ['-e', ''])));
const coldDraft = stats(Array.from({ length: runs }, () => timeMs(process.execPath, [bin, 'lint', draft, '-f', 'json'])));

fs.mkdirSync('bench/out', { recursive: true });
const reportFile = 'bench/out/laws.json';
const timed = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, bin, 'lint', corpus, '-f', 'json', '-o', reportFile], { encoding: 'utf8' });
const [seconds, maxRssKb] = timed.stderr.trim().split('\n').at(-1).split(' ').map(Number);
const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
let characters = 0;
const perRule = {};
for (const file of report) {
  characters += fs.readFileSync(file.filePath, 'utf8').length;
  for (const message of file.messages) perRule[message.ruleId ?? '(fatal)'] = (perRule[message.ruleId ?? '(fatal)'] ?? 0) + 1;
}
const bytes = report.reduce((sum, file) => sum + fs.statSync(file.filePath).size, 0);

console.log(`### ${new Date().toISOString().slice(0, 10)} — ${os.cpus().length} × ${os.cpus()[0].model}, Node ${process.version}`);
console.log('');
console.log(`Command: \`node bench/run.js --runs ${runs} --corpus ${corpus}\``);
console.log('');
console.log('| measurement | result |');
console.log('|---|---|');
console.log(`| \`node -e ''\` (floor), ${runs} runs | median ${format(nodeOnly.median)} (min ${format(nodeOnly.min)}, max ${format(nodeOnly.max)}) |`);
console.log(`| cold start: \`cuomin lint ${draft}\` (${fs.statSync(draft).size} bytes), ${runs} runs | median ${format(coldDraft.median)} (min ${format(coldDraft.min)}, max ${format(coldDraft.max)}) |`);
console.log(`| laws corpus: ${report.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${(characters / 1e6).toFixed(1)} M characters, one process | ${seconds.toFixed(1)} s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s, ${(characters / 1e6 / seconds).toFixed(2)} M chars/s, peak RSS ${(maxRssKb / 1024).toFixed(0)} MB |`);
console.log('');
console.log(`Findings on the laws corpus by rule: ${Object.entries(perRule).sort((a, b) => b[1] - a[1]).map(([rule, count]) => `${rule} ${count}`).join(', ')}`);
