#!/usr/bin/env node
// Summarises a V8 CPU profile (`node --cpu-prof`): self time by function and by source file, and total (inclusive)
// time of chosen functions. Used by bench/scale.js when cuomin is slower than its target, to say where time goes.
// Usage: node bench/profile-summary.js <file.cpuprofile> [--top 25] [--inclusive name1,name2]
import fs from 'node:fs';
import path from 'node:path';
import { option } from './options.js';

const args = process.argv.slice(2);
const file = args[0];
if (!file || file.startsWith('--')) {
  console.error('usage: node bench/profile-summary.js <file.cpuprofile> [--top 25] [--inclusive a,b]');
  process.exit(2);
}
const top = Number(option('top', '25'));
const inclusiveNames = (option('inclusive', '') || '').split(',').filter(Boolean);
// --outer rules/: each sample is charged to the outermost frame whose file contains this text (a rule's own file),
// so that a rule's total includes the helpers it calls.
const outerPattern = option('outer', '');

export function summarise(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // Sample counts weighted by the time delta of each sample.
  const selfMicros = new Map();
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + Math.max(0, delta));
  });
  const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);
  const where = (frame) => {
    const url = frame.url.replace(/^file:\/\//, '');
    const short = url.includes('node_modules/') ? url.slice(url.lastIndexOf('node_modules/') + 13) : url.includes('/dist/') ? url.slice(url.indexOf('/dist/') + 6) : url || '(native)';
    return short;
  };
  const byFunction = new Map();
  const byFile = new Map();
  for (const [id, micros] of selfMicros) {
    const frame = nodes.get(id).callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${where(frame)}:${frame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
    const fileKey = frame.url ? where(frame) : frame.functionName || '(native)';
    byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + micros);
  }
  // Inclusive time of named functions: a sample counts once if any ancestor has the name.
  const inclusive = new Map(inclusiveNames.map((name) => [name, 0]));
  for (const [id, micros] of selfMicros) {
    const seen = new Set();
    for (let current = id; current !== undefined; current = parent.get(current)) {
      const name = nodes.get(current).callFrame.functionName;
      if (inclusive.has(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, inclusive.get(name) + micros);
      }
    }
  }
  const outer = new Map();
  if (outerPattern) {
    for (const [id, micros] of selfMicros) {
      let owner = '(outside)';
      for (let current = id; current !== undefined; current = parent.get(current)) {
        const frame = nodes.get(current).callFrame;
        if (frame.url.includes(outerPattern)) owner = where(frame);
      }
      outer.set(owner, (outer.get(owner) ?? 0) + micros);
    }
  }
  return { total, byFunction, byFile, inclusive, outer };
}

const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const { total, byFunction, byFile, inclusive, outer } = summarise(profile);
const ms = (micros) => `${(micros / 1000).toFixed(0)} ms`;
const pct = (micros) => `${((100 * micros) / total).toFixed(1)} %`;
const table = (title, map) => {
  console.log(`\n${title}\n`);
  console.log('| self time | share | where |');
  console.log('|---|---|---|');
  for (const [key, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`| ${ms(micros)} | ${pct(micros)} | \`${key}\` |`);
};
console.log(`Profile ${path.basename(file)}: ${ms(total)} sampled`);
table('By function (self time)', byFunction);
table('By file (self time)', byFile);
if (inclusive.size > 0) {
  console.log('\nInclusive (function and everything it calls)\n');
  console.log('| total time | share | function |');
  console.log('|---|---|---|');
  for (const [name, micros] of inclusive) console.log(`| ${ms(micros)} | ${pct(micros)} | \`${name}\` |`);
}
if (outer.size > 0) {
  console.log(`\nTotal time charged to the outermost frame in a file containing "${outerPattern}"\n`);
  console.log('| total time | share | file |');
  console.log('|---|---|---|');
  for (const [key, micros] of [...outer].sort((a, b) => b[1] - a[1])) console.log(`| ${ms(micros)} | ${pct(micros)} | \`${key}\` |`);
}
