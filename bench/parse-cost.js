#!/usr/bin/env node
// Where one thread's time goes per stage on a Markdown corpus, measured stage by stage in one process (no workers):
// reading and decoding, micromark's tokenizer alone (events, no tree), remark's parse (mdast tree), cuomin's
// parseMarkdown (tree + prose model), and the whole lint of the parsed document (every default rule). Each stage runs
// over every file in turn, after one warm-up pass over the first files, so the JIT is warm for all of them.
// Usage: node bench/parse-cost.js [--corpus ../shared/corpus/clean/laws] [--limit 0]
import fs from 'node:fs';
import path from 'node:path';
import { parse, postprocess, preprocess } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { Linter, resolveConfig } from '../dist/src/index.js';
import { parseMarkdown } from '../dist/src/document/parse-markdown.js';
import { decodeSource, readBytes } from '../dist/src/io/read-source.js';
import { option } from './options.js';

const corpus = path.resolve(option('corpus', '../shared/corpus/clean/laws'));
const limit = Number(option('limit', '0'));

const walk = (root) => fs.readdirSync(root, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(root, entry.name)) : entry.name.endsWith('.md') ? [path.join(root, entry.name)] : []));
let files = walk(corpus).sort();
if (limit > 0) files = files.slice(0, limit);

const texts = files.map((file) => decodeSource(readBytes(file), { filePath: file }).text);
const characters = texts.reduce((sum, text) => sum + text.length, 0);

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const micromarkOptions = { extensions: [gfm(), frontmatter(['yaml'])] };
const config = await resolveConfig({}, { baseDir: process.cwd() });
const linter = new Linter({ rules: config.rules, settings: config.settings, dictionaries: config.dictionaries, date: '2026-11-27' });

const stages = {
  'read + decode (readBytes, decodeSource)': (_text, index) => decodeSource(readBytes(files[index]), { filePath: files[index] }),
  'micromark events only, CommonMark without extensions': (text) => postprocess(parse().document().write(preprocess()(text, undefined, true))),
  'micromark events only (preprocess, parse, postprocess; GFM + front matter)': (text) => postprocess(parse(micromarkOptions).document().write(preprocess()(text, undefined, true))),
  'remark parse to mdast (what cuomin calls)': (text) => processor.parse(text),
  'cuomin parseMarkdown (mdast + prose model)': (text, index) => parseMarkdown(text, files[index]),
  'cuomin lintSource (parse + every default rule + fingerprints)': (text, index) => linter.lintSource(text, files[index]),
};

const results = [];
for (const [name, run] of Object.entries(stages)) {
  for (let index = 0; index < Math.min(200, texts.length); index++) run(texts[index], index); // warm-up
  globalThis.gc?.();
  const started = process.hrtime.bigint();
  for (let index = 0; index < texts.length; index++) run(texts[index], index);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  results.push([name, ms]);
  console.error(`${name}: ${ms.toFixed(0)} ms`);
}

console.log(`Corpus \`${path.relative(process.cwd(), corpus)}\`: ${files.length} Markdown files, ${(characters / 1e6).toFixed(1)} M characters; one thread, Node ${process.version}.`);
console.log('');
console.log('| stage | time | M chars/s |');
console.log('|---|---|---|');
for (const [name, ms] of results) console.log(`| ${name} | ${(ms / 1000).toFixed(2)} s | ${(characters / 1e6 / (ms / 1000)).toFixed(2)} |`);
