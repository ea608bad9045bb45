#!/usr/bin/env node
// Evaluates the character language-model check (src/language-model/) against the typos rule on ECSpell sets, and its
// false alarms on clean text. Three systems per set:
//   rule      — the typos rule alone, as bench/csc-eval.js runs it;
//   lm        — the language-model corrector alone;
//   combined  — the rule's findings, plus the corrector run with the rule's corrections applied first (and, in a
//               sentence where the rule found something, thresholds lowered by companionSlack).
// Metrics as bench/csc-eval.js: sentence detection/correction (flagged positions equal to the gold positions;
// corrected sentence equal to the target), character detection/correction, error-free sentences flagged.
// False alarms of `lm` on ../shared/corpus/clean/sentences (学习强国/人民日报 sentences, original_text) and on the law
// files held out of the model (every 20th in sorted order, as bench/build-char-lm.js splits them).
// Usage (after `npm run build` and `node bench/build-char-lm.js`):
//   node bench/lm-eval.js [--set ../shared/corpus/csc/ecspell/odw.train]... [--clean] [--laws]
//        [--lm key=value,...] [--grid key=v1|v2,key2=...] [--show fp|fn|all] [--limit n]
// Tune on *.train only; report on *.test once the settings are chosen.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Linter, resolveConfig } from '../dist/src/index.js';
import { createLanguageModelCorrector } from '../dist/src/language-model/corrector.js';
import { charLanguageModel } from '../dist/src/language-model/model.js';
import { countSentence, flaggedAndCorrected, newCounts } from './csc-scoring.js';
import { lawFiles } from './law-split.js';

const args = process.argv.slice(2);
const values = (name) => args.flatMap((arg, index) => (arg === `--${name}` && args[index + 1] ? [args[index + 1]] : []));
const value = (name, fallback) => values(name).at(-1) ?? fallback;
const flag = (name) => args.includes(`--${name}`);
const sets = values('set');
const show = value('show', '');
const showLimit = Number(value('limit', '20'));

const parseSettings = (text) =>
  Object.fromEntries((text ?? '').split(',').filter(Boolean).map((pair) => {
    const [key, raw] = pair.split('=');
    return [key, raw === 'Infinity' ? Infinity : Number(raw)];
  }));
const baseSettings = parseSettings(value('lm', ''));

/** Every combination of the grid's values, on top of the base settings. */
function gridSettings() {
  const grid = value('grid', '');
  let combos = [{ ...baseSettings }];
  for (const pair of grid.split(',').filter(Boolean)) {
    const [key, raw] = pair.split('=');
    const options = raw.split('|').map((x) => (x === 'Infinity' ? Infinity : Number(x)));
    combos = combos.flatMap((combo) => options.map((option) => ({ ...combo, [key]: option })));
  }
  return combos;
}

// ---- the typos rule, cached per set (it does not change while the corrector is tuned) ----
let linter;
async function ruleLinter() {
  if (linter) return linter;
  const config = await resolveConfig({}, { baseDir: process.cwd() });
  const rule = config.rules.get('typos');
  linter = new Linter({ rules: new Map([['typos', rule]]), settings: { typos: { ...config.settings.typos, severity: 'warning' } }, dictionaries: config.dictionaries, date: '2026-11-27' });
  return linter;
}

/** The rule's findings on one sentence as {start, end, replacement} in code-unit offsets (single-line sentences). */
async function ruleFindings(source) {
  const all = (await ruleLinter()).lintText(source, 'sentence.txt');
  const fatal = all.find((m) => m.fatal);
  if (fatal) throw new Error(`lm-eval: the typos rule failed (${fatal.message}); rebuild a working dist first`);
  const messages = all.filter((m) => m.ruleId === 'typos' && m.line === m.endLine);
  return messages.map((m) => ({ start: m.column - 1, end: m.endColumn - 1, replacement: m.suggestions[0] ?? m.fix?.text }));
}

function readSet(file) {
  const rows = [];
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim()) continue;
    const [count, source, target] = line.split('\t');
    if (source === undefined || target === undefined) continue;
    const s = Array.from(source);
    const t = Array.from(target);
    if (s.length !== t.length || s.length !== source.length) continue; // code units = code points keeps offsets simple
    const gold = new Set();
    for (let i = 0; i < s.length; i++) if (s[i] !== t[i]) gold.add(i);
    rows.push({ count: Number(count), source, target, chars: s, targetChars: t, gold });
  }
  return rows;
}


const ratio = (a, b) => (b === 0 ? 0 : a / b);
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function score(rows, findingsOf) {
  const counts = newCounts();
  const { sentence: s, character: c } = counts;
  const samples = [];
  rows.forEach((row, index) => {
    const findings = findingsOf(row, index);
    const { flagged, corrected } = flaggedAndCorrected(row.chars, findings);
    const hasErrors = row.gold.size > 0;
    const detected = countSentence(counts, row, flagged, corrected);
    const kind = flagged.size > 0 && !detected ? 'fp' : hasErrors && !detected ? 'fn' : '';
    if (show && kind && (show === 'all' || show === kind) && samples.length < showLimit) {
      samples.push(`  [${kind}] ${row.source}\n        gold ${[...row.gold].map((i) => `${row.chars[i]}→${row.targetChars[i]}@${i}`).join(' ') || '-'}` +
        `  found ${findings.map((f) => `${row.source.slice(f.start, f.end)}→${f.replacement ?? '?'}@${f.start}${f.score !== undefined ? `(${f.kind} ${f.score.toFixed(1)})` : ''}`).join(' ') || '-'}`);
    }
  });
  const m = (tp, predicted, gold) => {
    const p = ratio(tp, predicted);
    const r = ratio(tp, gold);
    return { p, r, f1: f1(p, r) };
  };
  return {
    sentenceDetection: m(s.detTP, s.flagged, s.withErrors),
    sentenceCorrection: m(s.corTP, s.flagged, s.withErrors),
    characterDetection: m(c.detTP, c.predicted, c.gold),
    characterCorrection: m(c.corTP, c.predicted, c.gold),
    counts: { ...s, ...Object.fromEntries(Object.entries(c).map(([k, v]) => [`char_${k}`, v])) },
    samples,
  };
}

const f = (x) => x.toFixed(3);
const row = (name, r) =>
  `| ${name} | ${f(r.sentenceDetection.p)} / ${f(r.sentenceDetection.r)} / ${f(r.sentenceDetection.f1)} | ${f(r.sentenceCorrection.p)} / ${f(r.sentenceCorrection.r)} / ${f(r.sentenceCorrection.f1)} | ` +
  `${f(r.characterDetection.p)} / ${f(r.characterDetection.r)} / ${f(r.characterDetection.f1)} | ${f(r.characterCorrection.p)} / ${f(r.characterCorrection.r)} | ${r.counts.cleanFlagged} / ${r.counts.clean} |`;
const HEAD = '| system | sentence detection P / R / F1 | sentence correction P / R / F1 | character detection P / R / F1 | character correction P / R | error-free flagged |\n|---|---|---|---|---|---|';

const loadStarted = performance.now();
const model = charLanguageModel();
const loadMs = performance.now() - loadStarted;
if (!model) {
  console.error('lm-eval: dictionaries/char-lm.bin is missing (node bench/build-char-lm.js)');
  process.exit(2);
}
console.log(`# character LM: ${model.header.source}; order ${model.order}, vocabulary ${model.header.vocabulary.length}, n-grams ${model.header.sizes.join(' / ')}; loaded in ${loadMs.toFixed(0)} ms`);

const combos = gridSettings();
for (const set of sets) {
  const rows = readSet(path.resolve(set));
  const cacheFile = path.join('/tmp', `lm-eval-rule-${path.basename(path.dirname(set))}-${path.basename(set)}.json`);
  let rule;
  if (fs.existsSync(cacheFile) && !flag('fresh-rule')) rule = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
  else {
    rule = [];
    for (const r of rows) rule.push(await ruleFindings(r.source));
    fs.writeFileSync(cacheFile, JSON.stringify(rule));
  }
  console.log(`\n## ${set} — ${rows.length} sentences, ${rows.filter((r) => r.gold.size).length} with errors`);
  console.log(HEAD);
  const ruleResult = score(rows, (_, i) => rule[i]);
  console.log(row('rule', ruleResult));
  for (const settings of combos) {
    const corrector = createLanguageModelCorrector(settings, model);
    const started = performance.now();
    const lmFindings = rows.map((r) => corrector.check(r.source));
    const ms = performance.now() - started;
    const cstarted = performance.now();
    const combined = rows.map((r, i) => {
      const fixed = rule[i].filter((x) => x.replacement !== undefined && x.replacement.length === x.end - x.start);
      const extra = corrector.check(r.source, { fixed }).filter((x) => !rule[i].some((y) => y.start < x.end && x.start < y.end));
      return [...rule[i], ...extra];
    });
    const cms = performance.now() - cstarted;
    const label = Object.keys(settings).length ? ` ${JSON.stringify(settings)}` : '';
    // complete: the corrector only in sentences where the rule already found something (never a sentence of its own).
    const completeResult = score(rows, (_, i) => {
      if (rule[i].length === 0) return [];
      const fixed = rule[i].filter((x) => x.replacement !== undefined && x.replacement.length === x.end - x.start);
      return [...rule[i], ...corrector.check(rows[i].source, { fixed }).filter((x) => !rule[i].some((y) => y.start < x.end && x.start < y.end))];
    });
    const lmResult = score(rows, (_, i) => lmFindings[i]);
    const combinedResult = score(rows, (_, i) => combined[i]);
    console.log(row(`lm${label}`, lmResult));
    console.log(row(`combined${label}`, combinedResult));
    console.log(row(`rule+complete${label}`, completeResult));
    if (combos.length === 1) {
      const chars = rows.reduce((sum, r) => sum + r.source.length, 0);
      console.log(`lm: ${(ms / rows.length).toFixed(2)} ms/sentence, ${((ms / chars) * 1e6 / 3 / 1000).toFixed(2)} s per MB of UTF-8 prose (${chars} characters)`);
      console.log(`combined: ${(cms / rows.length).toFixed(2)} ms/sentence for the corrector with the rule's corrections`);
      for (const sample of [...lmResult.samples.map((x) => `lm${x}`), ...combinedResult.samples.map((x) => `combined${x}`)]) console.log(sample);
    }
  }
}

/** False alarms of the corrector alone on clean sentences (one finding or more = a flagged sentence). */
function falseAlarms(name, sentences, corrector) {
  const started = performance.now();
  let flagged = 0;
  let characters = 0;
  const examples = [];
  for (const sentence of sentences) {
    characters += sentence.length;
    const findings = corrector.check(sentence);
    if (findings.length === 0) continue;
    flagged++;
    if (examples.length < showLimit) examples.push(`  ${findings.map((x) => `${x.written}→${x.replacement}(${x.kind} ${x.score.toFixed(1)})`).join(' ')}  ${sentence.slice(Math.max(0, findings[0].start - 15), findings[0].end + 15)}`);
  }
  const ms = performance.now() - started;
  console.log(`\n## false alarms on ${name}: ${flagged} of ${sentences.length} sentences flagged = ${((flagged / sentences.length) * 1000).toFixed(2)} per 1,000; ` +
    `${characters} characters, ${((flagged / characters) * 1e5).toFixed(2)} flagged sentences per 100k characters; ${(ms / 1000).toFixed(1)} s ` +
    `(${((ms / characters) * 1e6 / 3 / 1000).toFixed(2)} s per MB of UTF-8 prose)`);
  if (show) console.log(examples.join('\n'));
}

if (flag('clean') || flag('laws')) {
  const corrector = createLanguageModelCorrector(combos[0], model);
  if (flag('clean')) {
    const dir = '../shared/corpus/clean/sentences';
    const sentences = ['acc_rmrb.tet.json', 'acc_xxqg.tet.json'].flatMap((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')).map((x) => x.original_text));
    falseAlarms('clean/sentences (学习强国, 人民日报)', sentences, corrector);
  }
  if (flag('laws')) {
    const { heldOut } = lawFiles(path.resolve('../shared/corpus/clean'));
    const sentences = heldOut.flatMap((file) =>
      fs.readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').split(/(?<=[。！？；])|\n/).map((s) => s.replace(/^[#>\s*-]+/, '').trim()).filter((s) => /[\u4e00-\u9fff]/.test(s)));
    falseAlarms(`held-out laws (${heldOut.length} files)`, sentences, corrector);
  }
}
