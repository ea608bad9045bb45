#!/usr/bin/env node
// Issue 5 at scale: whole-CLI wall time, CPU time and peak memory of cuomin on the laws corpus (1×) and a 10× copy,
// side by side with AutoCorrect (`autocorrect --lint`, npm autocorrect-node) on the same files in the same run; scaling
// with 1 and 2 workers; cold start on one 3 KB draft; pages per second of `cuomin scan` over an HTML export.
//
// Usage: node bench/scale.js [--runs 3] [--cold-runs 10] [--corpus ../shared/corpus/clean/laws] [--copies 10]
//                            [--work /tmp/cuomin-scale] [--only laws,ten,cold,scan] [--report <log.jsonl>]
// Needs `npm run build`, GNU time at /usr/bin/time (apt-get install time), optionally hyperfine. Everything it builds
// (the 10× copy as hard links, the HTML export, reports) goes under --work, never into the repository. Each measured
// command is run with /usr/bin/time; the 1-minute load average is read before and after it, because the machine is
// shared. Runs are interleaved (every variant once, then again), and the median of --runs is reported. Raw samples go
// to <work>/samples.jsonl as they are taken; `--report <that file>` prints the Markdown again without measuring.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { option } from './options.js';

const runs = Number(option('runs', '3'));
const coldRuns = Number(option('cold-runs', '10'));
const corpus = path.resolve(option('corpus', '../shared/corpus/clean/laws'));
const copies = Number(option('copies', '10'));
const work = path.resolve(option('work', '/tmp/cuomin-scale'));
const only = new Set(option('only', 'laws,ten,cold,scan').split(','));
const reportOnly = option('report', undefined);
// --wait-idle 0.25: before each measured command, wait (up to --max-wait seconds) until the other processes of the
// machine use less than this share of its cores, measured over one second from /proc/stat.
const waitIdle = Number(option('wait-idle', '0'));
const maxWait = Number(option('max-wait', '120'));
const policyHtml = path.resolve('../shared/corpus/clean/govcn-policy-html');
const govPages = path.resolve('../shared/corpus/clean/gov-pages');
const draft = 'fixtures/drafts/summary-website-work.md';
const cuomin = ['bin/cuomin.js'];
// Installed for the benchmark only (`npm install --no-save autocorrect-node@2.14.0`): not a devDependency, because its
// platform packages are missing from the registry for some platforms and `npm ci` would fail.
const autocorrect = ['node_modules/autocorrect-node/cli.js'];

if (path.resolve(work).startsWith(path.resolve('.') + path.sep)) throw new Error('--work must be outside the repository');

// ---------------------------------------------------------------------------------------------------------------
// Inputs

/** Every file under a folder (no symlinks followed). */
function walk(root) {
  const out = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** Hard-links every file of `source` into `target` (same tree); cheap and gives every copy its own paths. */
function linkTree(source, target) {
  for (const file of walk(source)) {
    const to = path.join(target, path.relative(source, file));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    if (!fs.existsSync(to)) fs.linkSync(file, to);
  }
}

function corpusFacts(root) {
  const files = walk(root);
  return { files: files.length, bytes: files.reduce((sum, file) => sum + fs.statSync(file).size, 0) };
}

/** <work>/laws10/copy-01 … copy-10, each a hard-linked copy of the corpus. */
function buildTenfold() {
  const target = path.join(work, `laws${copies}`);
  for (let copy = 1; copy <= copies; copy++) linkTree(corpus, path.join(target, `copy-${String(copy).padStart(2, '0')}`));
  return target;
}

/**
 * An HTML export as a CMS mirror would lay it out: the 60 State Council policy pages at their gov.cn paths
 * (zhengce/content/2019-02/content_N.htm, from meta.jsonl) and the 4 complete gov pages under pages/, replicated
 * into 20 sub-sites (site-01 … site-20): 1,280 pages.
 */
function buildExport(replicas = 20) {
  const target = path.join(work, 'export');
  const meta = fs.readFileSync(path.join(policyHtml, 'meta.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const pages = [];
  for (const entry of meta) pages.push([path.join(policyHtml, entry.file), new URL(entry.url).pathname.slice(1)]);
  for (const name of fs.readdirSync(govPages).filter((name) => name.endsWith('.html'))) pages.push([path.join(govPages, name), `pages/${name}`]);
  for (let replica = 1; replica <= replicas; replica++) {
    for (const [from, to] of pages) {
      const file = path.join(target, `site-${String(replica).padStart(2, '0')}`, to);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      if (!fs.existsSync(file)) fs.linkSync(from, file);
    }
  }
  return { dir: target, pages: pages.length * replicas };
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring

const samplesFile = path.join(work, 'samples.jsonl');

/** Busy CPU seconds of the whole machine so far (every core; user, nice, system, irq, softirq, steal). */
function machineBusySeconds() {
  const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = fields;
  return (user + nice + system + irq + softirq + steal) / 100;
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The other processes' CPU use over one second, in cores (nothing of ours runs meanwhile). */
function othersNow() {
  const before = machineBusySeconds();
  sleep(1000);
  return machineBusySeconds() - before;
}

function waitForIdle() {
  if (!waitIdle) return { waited: 0, othersBefore: othersNow() };
  const started = Date.now();
  let others = othersNow();
  while (others > waitIdle * os.cpus().length && Date.now() - started < maxWait * 1000) others = othersNow();
  return { waited: (Date.now() - started) / 1000, othersBefore: others };
}

/**
 * Runs a command under GNU time; stdout goes to `stdoutPath` (a report file or /dev/null). Records the 1-minute load
 * average, the other processes' CPU use just before, and the CPU the rest of the machine used during the run (machine
 * busy time from /proc/stat minus the command's own user+sys), in cores.
 */
function timed(label, command, commandArgs, { stdoutPath = '/dev/null', extra = {} } = {}) {
  const { waited, othersBefore } = waitForIdle();
  const loadBefore = os.loadavg()[0];
  const busyBefore = machineBusySeconds();
  const out = fs.openSync(stdoutPath, 'w');
  const result = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', command, ...commandArgs], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
  fs.closeSync(out);
  const busyDuring = machineBusySeconds() - busyBefore;
  const loadAfter = os.loadavg()[0];
  const line = result.stderr.split('\n').reverse().find((text) => text.startsWith('TIME '));
  if (!line) throw new Error(`${label}: no timing (${result.stderr.slice(-500)})`);
  const [wall, user, sys, maxRssKb] = line.slice(5).split(' ').map(Number);
  const exit = Number(/exited with non-zero status (\d+)/.exec(result.stderr)?.[1] ?? 0);
  if (exit !== 0 && exit !== 1) throw new Error(`${label}: exit ${exit}: ${result.stderr.slice(-2000)}`);
  const othersDuring = Math.max(0, busyDuring - (user + sys)) / wall;
  const sample = { label, command: [command, ...commandArgs].join(' '), wall, user, sys, cpu: user + sys, maxRssMb: maxRssKb / 1024, loadBefore, loadAfter, othersBefore, othersDuring, waited, exit, at: new Date().toISOString(), ...extra };
  fs.appendFileSync(samplesFile, `${JSON.stringify(sample)}\n`);
  console.error(`${label}: ${wall.toFixed(1)} s wall, ${(user + sys).toFixed(1)} s CPU, ${(maxRssKb / 1024).toFixed(0)} MB, load ${loadBefore.toFixed(2)}→${loadAfter.toFixed(2)}, others ${othersDuring.toFixed(2)} cores`);
  return sample;
}

function msSince(started) {
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Wall time of one short command in ms (for cold start), with the load before it. */
function quick(command, commandArgs) {
  const loadBefore = os.loadavg()[0];
  const started = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = msSince(started);
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${commandArgs.join(' ')}: exit ${result.status}: ${result.stderr}`);
  return { ms, loadBefore };
}

function countCuominReport(file) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byRule = {};
  let messages = 0;
  for (const result of report) {
    for (const message of result.messages) {
      byRule[message.ruleId ?? '(fatal)'] = (byRule[message.ruleId ?? '(fatal)'] ?? 0) + 1;
      messages++;
    }
  }
  return { files: report.length, messages, byRule };
}

function countAutocorrectReport(file) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const lines = report.messages.reduce((sum, entry) => sum + entry.lines.length, 0);
  return { filesWithFindings: report.messages.length, messages: lines };
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const fmt = (value, digits = 1) => value.toFixed(digits);

function summariseSamples(samples) {
  const groups = new Map();
  for (const sample of samples) {
    if (!groups.has(sample.label)) groups.set(sample.label, []);
    groups.get(sample.label).push(sample);
  }
  return groups;
}

function printReport(samples, facts) {
  const groups = summariseSamples(samples.filter((sample) => sample.wall !== undefined));
  const stat = (label, key) => (groups.has(label) ? median(groups.get(label).map((sample) => sample[key])) : undefined);
  const lines = [];
  const log = (text = '') => lines.push(text);
  if (facts) {
    log(`Machine: ${facts.cpus} × ${facts.cpuModel}, ${facts.memoryGb} GB, Node ${facts.node}, ${facts.autocorrect}; commit ${facts.commit}.`);
    log(`Inputs: 1× = \`${facts.corpus}\` (${facts.corpusFiles} files, ${fmt(facts.corpusBytes / 1e6)} MB); ${facts.copies}× = \`${facts.tenfold}\` (${facts.tenfoldFiles} files, hard links); scan export \`${facts.exportDir}\` (${facts.exportPages} pages).`);
    log();
  }
  log('| variant | command | runs | wall s (median; all) | CPU user+sys s (median) | peak RSS MB (median; all) | load before (1 min) | other processes during the run (cores) |');
  log('|---|---|---|---|---|---|---|---|');
  for (const [label, group] of groups) {
    const walls = group.map((sample) => fmt(sample.wall)).join(', ');
    const rss = group.map((sample) => fmt(sample.maxRssMb, 0)).join(', ');
    const loads = group.map((sample) => fmt(sample.loadBefore, 2)).join(', ');
    const others = group.map((sample) => (sample.othersDuring === undefined ? '—' : fmt(sample.othersDuring, 2))).join(', ');
    log(`| ${label} | \`${group[0].command.replaceAll(work, '<work>').replaceAll(process.cwd() + '/', '').replace(process.execPath, 'node')}\` | ${group.length} | **${fmt(stat(label, 'wall'))}**; ${walls} | ${fmt(stat(label, 'cpu'))} | **${fmt(stat(label, 'maxRssMb'), 0)}**; ${rss} | ${loads} | ${others} |`);
  }
  const ratio = (a, b) => (stat(a, 'wall') !== undefined && stat(b, 'wall') !== undefined ? stat(a, 'wall') / stat(b, 'wall') : undefined);
  log();
  const pairs = [
    ['cuomin 1× c2 json', 'autocorrect 1× json'],
    ['cuomin 1× c1 json', 'autocorrect 1× threads=1 json'],
    [`cuomin ${copies}× c2 json`, `autocorrect ${copies}× json`],
  ];
  for (const [a, b] of pairs) {
    const value = ratio(a, b);
    if (value !== undefined) log(`- wall ratio ${a} / ${b}: ${fmt(value, 2)} (target ≤ 2); CPU ratio ${fmt(stat(a, 'cpu') / stat(b, 'cpu'), 2)}`);
  }
  const rss1 = stat('cuomin 1× c2 json', 'maxRssMb');
  const rss10 = stat(`cuomin ${copies}× c2 json`, 'maxRssMb');
  if (rss1 && rss10) log(`- peak RSS ${copies}× / 1× at --concurrency 2: ${fmt(rss10, 0)} / ${fmt(rss1, 0)} MB = ${fmt(rss10 / rss1, 2)} (target ≤ 1.5)`);
  const c1 = stat('cuomin 1× c1 json', 'wall');
  const c2 = stat('cuomin 1× c2 json', 'wall');
  if (c1 && c2) log(`- speed-up from 1 to 2 workers (laws 1×): ${fmt(c1 / c2, 2)}×`);
  for (const concurrency of [1, 2]) {
    const label = `scan c${concurrency} json`;
    const wall = stat(label, 'wall');
    if (wall && facts) log(`- \`cuomin scan\` --concurrency ${concurrency}: ${facts.exportPages} pages in ${fmt(wall)} s = ${fmt(facts.exportPages / wall)} pages/s`);
  }
  const cold = samples.filter((sample) => sample.cold);
  for (const label of [...new Set(cold.map((sample) => sample.label))]) {
    const group = cold.filter((sample) => sample.label === label);
    const values = group.map((sample) => sample.ms);
    log(`- cold start ${label}: median ${fmt(median(values), 0)} ms over ${values.length} runs (min ${fmt(Math.min(...values), 0)}, max ${fmt(Math.max(...values), 0)}; load ${fmt(median(group.map((sample) => sample.loadBefore)), 2)})`);
  }
  for (const sample of samples.filter((entry) => entry.hyperfine)) {
    log(`- hyperfine \`${sample.command}\`: median ${fmt(sample.median * 1000, 0)} ms, mean ${fmt(sample.mean * 1000, 0)} ± ${fmt(sample.stddev * 1000, 0)} ms (${sample.runs} runs, load ${fmt(sample.loadBefore, 2)})`);
  }
  for (const sample of samples.filter((entry) => entry.findings)) log(`- findings, ${sample.label}: ${JSON.stringify(sample.findings)}`);
  console.log(lines.join('\n'));
}

if (reportOnly) {
  const samples = fs.readFileSync(reportOnly, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  printReport(samples.filter((sample) => !sample.facts), samples.find((sample) => sample.facts)?.facts);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------------------------
// The run

if (!fs.existsSync('/usr/bin/time')) throw new Error('GNU time is missing: apt-get install -y time');
fs.mkdirSync(work, { recursive: true });
fs.writeFileSync(samplesFile, '');
const node = process.execPath;
const tenfold = only.has('ten') ? buildTenfold() : path.join(work, `laws${copies}`);
const site = only.has('scan') ? buildExport() : { dir: path.join(work, 'export'), pages: 0 };
const corpusInfo = corpusFacts(corpus);
const facts = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0].model,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  autocorrect: spawnSync(node, [...autocorrect, '-V'], { encoding: 'utf8' }).stdout.trim(),
  commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim(),
  corpus: path.relative(process.cwd(), corpus),
  corpusFiles: corpusInfo.files,
  corpusBytes: corpusInfo.bytes,
  copies,
  tenfold: tenfold.replace(work, '<work>'),
  tenfoldFiles: fs.existsSync(tenfold) ? walk(tenfold).length : 0,
  exportDir: site.dir.replace(work, '<work>'),
  exportPages: site.pages,
};
fs.appendFileSync(samplesFile, `${JSON.stringify({ facts })}\n`);
console.error(`work folder ${work}; ${JSON.stringify(facts)}`);

const report = (name) => path.join(work, name);
const variants = [];
if (only.has('laws')) {
  variants.push(
    ['cuomin 1× c1 json', () => timed('cuomin 1× c1 json', node, [...cuomin, 'lint', corpus, '--concurrency', '1', '-f', 'json', '-o', report('c1.json')])],
    ['cuomin 1× c2 json', () => timed('cuomin 1× c2 json', node, [...cuomin, 'lint', corpus, '--concurrency', '2', '-f', 'json', '-o', report('c2.json')])],
    ['cuomin 1× c2 stylish', () => timed('cuomin 1× c2 stylish', node, [...cuomin, 'lint', corpus, '--concurrency', '2', '--no-color'])],
    ['cuomin 1× c2 json, approval off', () => timed('cuomin 1× c2 json, approval off', node, [...cuomin, 'lint', corpus, '--concurrency', '2', '--rule', 'approval:off', '-f', 'json', '-o', report('c2-noapproval.json')])],
    ['autocorrect 1× json', () => timed('autocorrect 1× json', node, [...autocorrect, '--lint', '--format', 'json', '-q', corpus], { stdoutPath: report('ac1.json') })],
    ['autocorrect 1× threads=1 json', () => timed('autocorrect 1× threads=1 json', node, [...autocorrect, '--lint', '--threads', '1', '--format', 'json', '-q', corpus], { stdoutPath: report('ac1-t1.json') })],
    ['autocorrect 1× diff', () => timed('autocorrect 1× diff', node, [...autocorrect, '--lint', '-q', corpus])],
  );
}
if (only.has('ten')) {
  variants.push(
    [`cuomin ${copies}× c2 json`, () => timed(`cuomin ${copies}× c2 json`, node, [...cuomin, 'lint', tenfold, '--concurrency', '2', '-f', 'json', '-o', report('c2-ten.json')])],
    [`autocorrect ${copies}× json`, () => timed(`autocorrect ${copies}× json`, node, [...autocorrect, '--lint', '--format', 'json', '-q', tenfold], { stdoutPath: report('ac-ten.json') })],
  );
}
if (only.has('scan')) {
  variants.push(
    ['scan c1 json', () => timed('scan c1 json', node, [...cuomin, 'scan', site.dir, '--concurrency', '1', '-f', 'json', '-o', report('scan-c1.json')])],
    ['scan c2 json', () => timed('scan c2 json', node, [...cuomin, 'scan', site.dir, '--concurrency', '2', '-f', 'json', '-o', report('scan-c2.json')])],
  );
}

if (only.has('cold')) {
  waitForIdle();
  // Warm the file cache once, then alternate the floor, cuomin and AutoCorrect so that load changes hit all three.
  quick(node, [...cuomin, draft]);
  for (let run = 0; run < coldRuns; run++) {
    for (const [label, commandArgs] of [
      ["`node -e ''` (floor)", ['-e', '']],
      [`\`cuomin ${draft}\``, [...cuomin, draft]],
      [`\`autocorrect --lint ${draft}\``, [...autocorrect, '--lint', draft]],
    ]) {
      const sample = { label, cold: true, ...quick(node, commandArgs) };
      fs.appendFileSync(samplesFile, `${JSON.stringify(sample)}\n`);
    }
  }
  const hyperfine = spawnSync('sh', ['-c', 'command -v hyperfine'], { encoding: 'utf8' }).stdout.trim();
  if (hyperfine) {
    for (const command of [`node ${cuomin[0]} ${draft}`, `node ${autocorrect[0]} --lint ${draft}`]) {
      const exportFile = report('hyperfine.json');
      const loadBefore = os.loadavg()[0];
      spawnSync(hyperfine, ['--warmup', '2', '--runs', String(coldRuns), '-i', '-N', '--export-json', exportFile, command], { stdio: 'ignore' });
      const [result] = JSON.parse(fs.readFileSync(exportFile, 'utf8')).results;
      const sample = { hyperfine: true, command, median: result.median, mean: result.mean, stddev: result.stddev, runs: result.times.length, loadBefore };
      fs.appendFileSync(samplesFile, `${JSON.stringify(sample)}\n`);
    }
  }
}

for (let run = 0; run < runs; run++) {
  for (const [, measure] of variants) measure();
}

// What each tool found (from the last run's reports), so that the comparison says what was checked.
const findings = [];
if (only.has('laws')) {
  findings.push({ label: 'cuomin 1× c2', findings: countCuominReport(report('c2.json')) });
  findings.push({ label: 'cuomin 1× c2, approval off', findings: countCuominReport(report('c2-noapproval.json')) });
  findings.push({ label: 'autocorrect 1×', findings: countAutocorrectReport(report('ac1.json')) });
}
if (only.has('ten')) {
  const ten = countCuominReport(report('c2-ten.json'));
  findings.push({ label: `cuomin ${copies}× c2`, findings: { files: ten.files, messages: ten.messages } });
  findings.push({ label: `autocorrect ${copies}×`, findings: countAutocorrectReport(report('ac-ten.json')) });
}
if (only.has('scan')) {
  const scan = countCuominReport(report('scan-c2.json'));
  findings.push({ label: 'scan c2', findings: scan });
}
for (const entry of findings) fs.appendFileSync(samplesFile, `${JSON.stringify(entry)}\n`);

const all = fs.readFileSync(samplesFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
printReport(all.filter((sample) => !sample.facts), facts);
