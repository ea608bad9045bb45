#!/usr/bin/env node
// Chinese spelling check (CSC) evaluation of the typos rule on gold-labelled sets (ECSpell, SIGHAN).
// Each line of a set is `n_errors \t source \t target`, source and target of equal length: the errors are the
// positions where they differ. Every source sentence is linted on its own as a .txt with only the typos rule
// (dictionary entries plus whatever else the resolved config gives the rule, e.g. the homophone check), and the
// findings are scored with the standard CSC metrics:
//   sentence level — detection is right when the set of flagged character positions equals the gold set of
//   erroneous positions; correction is right when, in addition, the corrected sentence equals the target.
//   Precision is over the sentences the system flagged, recall over the sentences with errors.
//   character level — detection: flagged positions against gold positions; correction: flagged gold positions
//   whose suggested character is the target's.
// Also prints the false-positive rate on the error-free sentences (n_errors 0).
// Usage (after `npm run build`):
//   node bench/csc-eval.js [--set ../shared/corpus/csc/ecspell/odw.test] [--set ../shared/corpus/csc/sighan/test2015.txt]
//                          [--homophones on|off] [--lookalikes on|off]
//                          [--language-model off|complete|on] [--show fp|fn|all] [--limit n] [--json file]
// Tune on *.train only; report on *.test.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Linter, resolveConfig } from '../dist/src/index.js';
import { countSentence, flaggedAndCorrected, newCounts } from './csc-scoring.js';

const args = process.argv.slice(2);
const values = (name) => args.flatMap((arg, index) => (arg === `--${name}` && args[index + 1] ? [args[index + 1]] : []));
const value = (name, fallback) => values(name).at(-1) ?? fallback;

const DEFAULT_SETS = ['../shared/corpus/csc/ecspell/odw.test', '../shared/corpus/csc/sighan/test2015.txt'];
const sets = values('set').length ? values('set') : DEFAULT_SETS;
const show = value('show', '');
const showLimit = Number(value('limit', '20'));
const homophones = value('homophones', '');
const lookalikes = value('lookalikes', '');
const languageModel = value('language-model', '');

const config = await resolveConfig({}, { baseDir: process.cwd() });
const rule = config.rules.get('typos');
if (!rule) {
  console.error('csc-eval: the resolved config has no typos rule (run `npm run build` first)');
  process.exit(2);
}
const setting = { ...config.settings.typos, severity: 'warning' };
if (homophones && rule.meta.options) setting.options = { ...setting.options, homophones: homophones !== 'off' };
if (lookalikes && rule.meta.options) setting.options = { ...setting.options, lookalikes: lookalikes !== 'off' };
if (languageModel && rule.meta.options) setting.options = { ...setting.options, languageModel };
const linter = new Linter({
  rules: new Map([['typos', rule]]),
  settings: { typos: setting },
  dictionaries: config.dictionaries,
  date: '2026-11-27',
});
const typosEntries = config.dictionaries.filter((d) => d.rule === 'typos').reduce((sum, d) => sum + d.entries.length, 0);

/** Reads a CSC set; lines whose source and target differ in length (in code points) are skipped and counted. */
function readSet(file) {
  const rows = [];
  let skipped = 0;
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim()) continue;
    const [count, source, target] = line.split('\t');
    if (source === undefined || target === undefined) {
      skipped++;
      continue;
    }
    const s = Array.from(source);
    const t = Array.from(target);
    if (s.length !== t.length) {
      skipped++;
      continue;
    }
    const gold = new Set();
    for (let i = 0; i < s.length; i++) if (s[i] !== t[i]) gold.add(i);
    rows.push({ count: Number(count), source, target, chars: s, targetChars: t, gold });
  }
  return { rows, skipped };
}

/** Lints one sentence: its typos messages, the flagged positions (0-based code points) and the corrected sentence. */
function predict(chars, source) {
  const messages = linter.lintText(source, 'sentence.txt').filter((m) => m.ruleId === 'typos' && !m.fatal && m.line === m.endLine);
  const findings = messages.map((m) => ({ start: m.column - 1, end: m.endColumn - 1, replacement: m.suggestions[0] ?? m.fix?.text }));
  return { messages, ...flaggedAndCorrected(chars, findings) };
}

const ratio = (a, b) => (b === 0 ? 0 : a / b);
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function evaluate(file) {
  const { rows, skipped } = readSet(file);
  const started = performance.now();
  const counts = newCounts();
  const { sentence: s, character: c } = counts;
  const samples = [];
  for (const row of rows) {
    const { flagged, corrected, messages } = predict(row.chars, row.source);
    const hasErrors = row.gold.size > 0;
    const detected = countSentence(counts, row, flagged, corrected);
    const kind = flagged.size > 0 && !detected ? 'fp' : hasErrors && !detected ? 'fn' : '';
    if (show && kind && (show === 'all' || show === kind) && samples.length < showLimit) {
      samples.push(`  [${kind}] ${row.source}\n        gold ${[...row.gold].map((i) => `${row.chars[i]}→${row.targetChars[i]}@${i}`).join(' ') || '-'}` +
        `  found ${messages.map((m) => `${m.text}→${m.suggestions[0] ?? '?'}@${m.column - 1}`).join(' ') || '-'}`);
    }
  }
  const elapsed = performance.now() - started;
  const sentence = {
    detection: { p: ratio(s.detTP, s.flagged), r: ratio(s.detTP, s.withErrors) },
    correction: { p: ratio(s.corTP, s.flagged), r: ratio(s.corTP, s.withErrors) },
  };
  const character = {
    detection: { p: ratio(c.detTP, c.predicted), r: ratio(c.detTP, c.gold) },
    correction: { p: ratio(c.corTP, c.predicted), r: ratio(c.corTP, c.gold) },
  };
  for (const level of [sentence, character]) for (const m of Object.values(level)) m.f1 = f1(m.p, m.r);
  return { file, sentences: rows.length, skipped, counts: { sentence: s, character: c }, sentence, character, falsePositiveRate: ratio(s.cleanFlagged, s.clean), elapsedMs: elapsed, samples };
}

const pct = (x) => x.toFixed(4);
const results = [];
console.log(`# typos rule on CSC sets — ${typosEntries} typos dictionary entries; rule options ${JSON.stringify(setting.options)}`);
for (const set of sets) {
  const file = path.resolve(set);
  const result = evaluate(file);
  results.push(result);
  const { counts } = result;
  console.log(`\n## ${set}`);
  console.log(`${result.sentences} sentences (${counts.sentence.withErrors} with errors, ${counts.sentence.clean} error-free)` +
    `${result.skipped ? `, ${result.skipped} lines skipped (source and target differ in length)` : ''}; ` +
    `${(result.elapsedMs / 1000).toFixed(2)} s, ${(result.elapsedMs / Math.max(1, result.sentences)).toFixed(2)} ms/sentence`);
  console.log('| level | task | precision | recall | F1 |');
  console.log('|---|---|---|---|---|');
  for (const [level, data] of [['sentence', result.sentence], ['character', result.character]]) {
    for (const task of ['detection', 'correction']) console.log(`| ${level} | ${task} | ${pct(data[task].p)} | ${pct(data[task].r)} | ${pct(data[task].f1)} |`);
  }
  console.log(`sentences flagged ${counts.sentence.flagged}; detection right ${counts.sentence.detTP}, correction right ${counts.sentence.corTP}; ` +
    `characters flagged ${counts.character.predicted} of ${counts.character.gold} gold, ${counts.character.detTP} right`);
  console.log(`false-positive rate on error-free sentences: ${counts.sentence.cleanFlagged}/${counts.sentence.clean} = ${pct(result.falsePositiveRate)}`);
  if (result.samples.length) console.log(result.samples.join('\n'));
}
const jsonOut = value('json');
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(results.map(({ samples, ...rest }) => rest), null, 2));
