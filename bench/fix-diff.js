#!/usr/bin/env node
// After `cuomin --fix` on a copy of a corpus: which characters did the fixes remove and add?
// Usage: node bench/fix-diff.js <original-dir> <fixed-copy-dir>
import fs from 'node:fs';
import path from 'node:path';
import { diffChars } from 'diff';
import fg from 'fast-glob';

const [original, fixed] = process.argv.slice(2);
if (!original || !fixed) {
  console.error('usage: node bench/fix-diff.js <original-dir> <fixed-copy-dir>');
  process.exit(2);
}
const removed = new Map();
const added = new Map();
let files = 0;
let spans = 0;
for (const relative of await fg('**/*.{md,markdown,txt}', { cwd: fixed })) {
  const before = fs.readFileSync(path.join(original, relative), 'utf8');
  const after = fs.readFileSync(path.join(fixed, relative), 'utf8');
  if (before === after) continue;
  files++;
  for (const part of diffChars(before, after)) {
    if (!part.added && !part.removed) continue;
    spans++;
    const tally = part.added ? added : removed;
    tally.set(part.value, (tally.get(part.value) ?? 0) + 1);
  }
}
const top = (tally) => [...tally].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([text, count]) => `${JSON.stringify(text)}×${count}`).join(' ');
console.log(`${files} files changed, ${spans} changed spans`);
console.log(`removed: ${top(removed)}`);
console.log(`added:   ${top(added)}`);
