#!/usr/bin/env node
// Runs cuomin's rules over a corpus folder and prints findings per rule (with error-level findings per 100,000
// characters) and per message kind, with samples, so false alarms can be judged by reading them. Usage:
//   node bench/corpus-findings.js ../shared/corpus/clean/laws [--rules punctuation,numbers] [--samples 8] [--json out.json]
// Markdown and text files are linted as they are; a JSON file holding [{ original_text }] (the clean sentences) is
// linted sentence by sentence as plain text. A file name with a date, as the laws have (`…(2018-03-30).md`), gives the
// document its date (what a page's metadata does on a real site); other documents are dated 2026-11-27.
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { Linter, builtinRules, resolveConfig } from '../dist/src/index.js';
import { option } from './options.js';

const args = process.argv.slice(2);
const root = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
if (!root) {
  console.error('usage: node bench/corpus-findings.js <folder> [--rules a,b] [--samples n] [--json file] [--options rule=<json>]');
  process.exit(2);
}
const onlyRules = option('rules', '')?.split(',').filter(Boolean);
const sampleCount = Number(option('samples', '6'));

const config = await resolveConfig({}, { baseDir: process.cwd() });
const rules = new Map([...config.rules].filter(([id]) => !onlyRules?.length || onlyRules.includes(id)));
const settings = Object.fromEntries([...rules.keys()].map((id) => [id, { ...config.settings[id], severity: config.settings[id].severity === 'off' ? 'warning' : config.settings[id].severity }]));
// --options typos='{"languageModel":"on"}': rule options on top of the defaults (repeatable).
for (const [index, arg] of args.entries()) {
  if (arg !== '--options') continue;
  const [id, ...json] = args[index + 1].split('=');
  settings[id] = { ...settings[id], options: { ...settings[id]?.options, ...JSON.parse(json.join('=')) } };
}
const linter = new Linter({ rules, settings, date: '2026-11-27', dictionaries: config.dictionaries });

const files = fs.statSync(root).isFile()
  ? [path.resolve(root)]
  : (await fg('**/*.{md,txt,json}', { cwd: root, absolute: true })).filter((file) => !/(_index\.md|法律法规模版\.md|README\.(md|txt))$/.test(file)).sort();

/** The documents in a file: the file itself, or each sentence of a JSON sentence set. */
function documentsOf(file) {
  const source = fs.readFileSync(file, 'utf8');
  if (!file.endsWith('.json')) return [{ name: file, source }];
  return JSON.parse(source).map((item, index) => ({ name: `${file}#${index}.txt`, source: item.original_text }));
}
const byRule = new Map();
const errorsByRule = new Map();
const byKind = new Map();
const filesWith = new Map();
let characters = 0;
for (const file of files) for (const { name, source } of documentsOf(file)) {
  characters += source.length;
  const dated = /\((\d{4}-\d{2}-\d{2})\)\.[a-z]+$/.exec(name)?.[1];
  for (const message of linter.lintText(source, name, dated ? { date: dated } : {})) {
    const rule = message.ruleId ?? '(fatal)';
    byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
    if (message.severity === 'error') errorsByRule.set(rule, (errorsByRule.get(rule) ?? 0) + 1);
    (filesWith.get(rule) ?? filesWith.set(rule, new Set()).get(rule)).add(name);
    // The message with quoted parts removed names the kind of finding.
    const kind = `${rule}: ${message.message.replace(/“[^”]*”|"[^"]*"|\d+/g, '…')}`;
    const entry = byKind.get(kind) ?? byKind.set(kind, { count: 0, samples: [] }).get(kind);
    entry.count++;
    if (entry.samples.length < sampleCount && entry.count % Math.max(1, Math.floor(entry.count / sampleCount)) === 0) {
      const line = source.split(/\r?\n/)[message.line - 1] ?? '';
      const context = [...line].slice(Math.max(0, message.column - 15), message.column + 15).join('');
      entry.samples.push({ file: path.relative(root, name) || path.basename(name), line: message.line, text: message.text, context, suggestion: message.suggestions[0] });
    }
  }
}

console.log(`# ${root}: ${files.length} files, ${characters} characters`);
const per100k = (count) => ((count / characters) * 100_000).toFixed(3);
for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1])) {
  const errors = errorsByRule.get(rule) ?? 0;
  console.log(`${rule}\t${count} findings in ${filesWith.get(rule).size} documents; error-level ${errors} = ${per100k(errors)} per 100,000 characters`);
}
console.log('');
for (const [kind, entry] of [...byKind].sort((a, b) => b[1].count - a[1].count)) {
  console.log(`## ${kind} — ${entry.count}`);
  for (const sample of entry.samples) console.log(`  ${sample.file}:${sample.line}  «${sample.text}»  …${sample.context}…${sample.suggestion ? `  → ${sample.suggestion}` : ''}`);
}
const jsonOut = option('json');
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ files: files.length, characters, byRule: Object.fromEntries(byRule), byKind: Object.fromEntries(byKind) }, null, 2));
