// The lint cache (--cache) on real findings. Lints a corpus twice as the CLI does with --cache (main thread: read,
// hash, look up, else lint and store; save) and checks the warm run reports exactly what the cold one did; then
// replicates the corpus's results to a cache of ~35,000 results (fingerprints made unique again) and times, each in a
// fresh process: open, look up every entry, save with nothing changed, save after one change.
//   node bench/cache.js [corpus] [--copies 10]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const script = fileURLToPath(import.meta.url);
const { values, positionals } = parseArgs({ allowPositionals: true, options: { copies: { type: 'string', default: '10' }, measure: { type: 'string' } } });
const { contentHash, openCache } = await import('../dist/src/cache/lint-cache.js');

if (values.measure) {
  // Child: one cache file, timings on a fresh heap.
  const location = values.measure;
  const keys = JSON.parse(fs.readFileSync(`${location}.keys.json`, 'utf8'));
  const cwd = path.dirname(location);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let start = performance.now();
  const cache = openCache(location, 'bench', { cwd });
  const open = performance.now() - start;
  global.gc?.();
  const heap = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  const buffers = process.memoryUsage().arrayBuffers / 1e6;
  start = performance.now();
  let hits = 0;
  let first;
  for (const [key, hash] of keys) {
    const result = cache.lookup(path.join(cwd, key), hash);
    if (result) hits++;
    first ??= result;
  }
  const lookup = performance.now() - start;
  start = performance.now();
  const unchanged = cache.save();
  const saveUnchanged = performance.now() - start;
  cache.store(path.join(cwd, keys[0][0]), contentHash(Buffer.from('changed')), first);
  start = performance.now();
  const changed = cache.save();
  const saveChanged = performance.now() - start;
  console.log(
    `  open ${open.toFixed(0)} ms (then held: heap ${heap.toFixed(1)} MB, the file's bytes ${buffers.toFixed(1)} MB); look up all ${lookup.toFixed(0)} ms, ${hits} hits; ` +
      `save, nothing changed ${saveUnchanged.toFixed(0)} ms (written: ${unchanged.written}); save after one change ${saveChanged.toFixed(0)} ms (written: ${changed.written})`,
  );
  process.exit(0);
}

const { resolveConfig } = await import('../dist/src/config/resolve-config.js');
const { Linter } = await import('../dist/src/engine/linter.js');
const { discoverFiles } = await import('../dist/src/io/discover-files.js');
const { readBytes } = await import('../dist/src/io/read-source.js');
const { createUnitResolver } = await import('../dist/src/io/units.js');
const { displayPath, lintBytes } = await import('../dist/src/cli/lint-files.js');
const { canStoreOutcome, canUseCachedResult } = await import('../dist/src/cache/fix-policy.js');
const { createRunKey, linterFallbackDate, runKeyParts } = await import('../dist/src/cache/run-key.js');

const corpus = path.resolve(positionals[0] ?? '../shared/corpus/clean/laws');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cuomin-cache-bench-'));
const location = path.join(work, '.cuomincache');
const cwd = corpus;
const date = linterFallbackDate(undefined);
const config = await resolveConfig({}, { baseDir: cwd });
const linter = new Linter({ rules: config.rules, settings: config.settings, locale: 'zh', date, allow: config.allow, dictionaries: config.dictionaries, parse: { html: config.html } });
const options = { linter, fixMode: 'none', locale: 'zh' };
const unitOf = createUnitResolver(config.units, config.baseDir);
const files = await discoverFiles(['.'], { cwd, ignores: config.ignores, ignoresBase: config.baseDir });

async function run(label) {
  const start = performance.now();
  const runKey = createRunKey(runKeyParts({ config, cwd, locale: 'zh', date }));
  const keyed = performance.now();
  const cache = openCache(location, runKey, { cwd });
  const opened = performance.now();
  const results = [];
  for (const file of files) {
    const bytes = readBytes(file);
    const hash = contentHash(bytes);
    const cached = cache.lookup(file, hash);
    if (cached && canUseCachedResult(cached, 'none', file)) {
      results.push(cached);
      continue;
    }
    const outcome = await lintBytes(bytes, { filePath: displayPath(file, cwd), lintPath: file, unit: unitOf(file) }, options);
    if (canStoreOutcome(outcome, 'none')) cache.store(file, hash, outcome.result);
    results.push(outcome.result);
  }
  const linted = performance.now();
  cache.save();
  const end = performance.now();
  const findings = results.reduce((sum, result) => sum + result.messages.length, 0);
  console.log(
    `${label}: ${files.length} files, ${findings} findings, ${JSON.stringify(cache.stats())}; ${((end - start) / 1000).toFixed(2)} s ` +
      `(run key ${(keyed - start).toFixed(0)} ms, open ${(opened - keyed).toFixed(0)} ms, read+hash+lint/look up ${((linted - opened) / 1000).toFixed(2)} s, save ${(end - linted).toFixed(0)} ms); ` +
      `cache ${(fs.statSync(location).size / 1e6).toFixed(1)} MB, JSON of the results ${(Buffer.byteLength(JSON.stringify(results)) / 1e6).toFixed(1)} MB`,
  );
  return results;
}

const cold = await run('cold');
const warm = await run('warm');
console.log(`warm run reports exactly what the cold run did: ${JSON.stringify(warm) === JSON.stringify(cold)}`);

const copies = Number(values.copies);
const scaledLocation = path.join(work, 'scaled', '.cuomincache');
const scaled = [];
for (let copy = 0; copy < copies; copy++) {
  for (const result of cold) {
    scaled.push({
      ...result,
      filePath: `copy${copy}/${result.filePath}`,
      messages: result.messages.map((message) => ({ ...message, fingerprint: contentHash(Buffer.from(`${copy}${message.fingerprint}`)).slice(0, 32) })),
    });
  }
}
const keys = scaled.map((result) => [result.filePath, contentHash(Buffer.from(result.filePath))]);
const scaledCwd = path.dirname(scaledLocation);
const cache = openCache(scaledLocation, 'bench', { cwd: scaledCwd });
let start = performance.now();
scaled.forEach((result, index) => cache.store(path.join(scaledCwd, result.filePath), keys[index][1], result));
const store = performance.now() - start;
start = performance.now();
cache.save();
const save = performance.now() - start;
fs.writeFileSync(`${scaledLocation}.keys.json`, JSON.stringify(keys));
const findings = scaled.reduce((sum, result) => sum + result.messages.length, 0);
start = performance.now();
const json = JSON.stringify(scaled);
const stringify = performance.now() - start;
start = performance.now();
JSON.parse(json);
const parse = performance.now() - start;
console.log(
  `${copies}x: ${scaled.length} results, ${findings} findings (${(findings / scaled.length).toFixed(1)} a file); cache ${(fs.statSync(scaledLocation).size / 1e6).toFixed(1)} MB, ` +
    `JSON ${(Buffer.byteLength(json) / 1e6).toFixed(1)} MB (plain JSON for reference: stringify ${stringify.toFixed(0)} ms, parse ${parse.toFixed(0)} ms)`,
);
console.log(`  store all ${store.toFixed(0)} ms (${((store / scaled.length) * 1000).toFixed(0)} µs a result), first save ${save.toFixed(0)} ms`);
for (let round = 0; round < 3; round++) {
  // Each round on a fresh copy of the file the first save wrote.
  const copy = path.join(scaledCwd, `round${round}.cuomincache`);
  fs.copyFileSync(scaledLocation, copy);
  fs.copyFileSync(`${scaledLocation}.keys.json`, `${copy}.keys.json`);
  process.stdout.write(execFileSync(process.execPath, ['--expose-gc', script, '--measure', copy], { encoding: 'utf8' }));
}
fs.rmSync(work, { recursive: true, force: true });
