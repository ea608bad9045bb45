// A unigram word model for judging a correction in its context: jieba's dictionary (word, frequency, part of
// speech), read from nodejieba's package on first use, plus the official vocabulary. The best segmentation of a
// short stretch of text, with and without the correction, says whether the correction makes it read better.
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';
import { createRequire } from 'node:module';
import type { OfficialVocabulary } from './official-vocabulary.js';
import { MAX_TABLE_WORD_LENGTH, WordTable } from './word-table.js';

const require = createRequire(import.meta.url);

export interface GeneralDictionary {
  /** jieba's words of up to four characters: count, idf (idf.utf8; low = common in real text), person or place name. */
  table: WordTable;
  /** Sum of the counts. */
  total: number;
}

/** Part-of-speech tags of person and place names. */
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns']);
/** Longest word read and segmented: windows and the model's words have at most four characters. */
export const MAX_WORD_LENGTH = MAX_TABLE_WORD_LENGTH;

let general: GeneralDictionary | undefined;

/** Calls back with the fields of every line (`word count tag` or `word idf`), without splitting the file into lines. */
function eachLine(text: string, onLine: (wordEnd: number, lineStart: number, fields: string[]) => void): void {
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const wordEnd = text.indexOf(' ', lineStart);
    if (wordEnd > lineStart && wordEnd - lineStart <= MAX_WORD_LENGTH && wordEnd < lineEnd) {
      onLine(wordEnd, lineStart, text.slice(wordEnd + 1, lineEnd).trim().split(' '));
    }
    lineStart = lineEnd + 1;
  }
}

/** Builds the table from jieba's text files (about 0.3 s). */
export function readGeneralDictionary(): GeneralDictionary {
  const { DEFAULT_DICT, DEFAULT_IDF_DICT } = require('nodejieba') as { DEFAULT_DICT: string; DEFAULT_IDF_DICT: string };
  const table = new WordTable(400_000);
  let total = 0;
  const words = fs.readFileSync(DEFAULT_DICT, 'utf8');
  eachLine(words, (wordEnd, lineStart, [count, tag]) => {
    const entry = table.entry(words, lineStart, wordEnd);
    const value = Number(count) || 0;
    table.addCount(entry, value);
    total += value;
    if (tag !== undefined && NAME_TAGS.has(tag)) table.markName(entry);
  });
  const idfs = fs.readFileSync(DEFAULT_IDF_DICT, 'utf8');
  eachLine(idfs, (wordEnd, lineStart, [idf]) => table.setIdf(table.entry(idfs, lineStart, wordEnd), Number(idf)));
  return { table, total };
}

/** Where the build keeps the table as bytes, read back in a few milliseconds. */
export function compiledGeneralDictionaryPath(): string {
  return path.join(packageRoot(), 'dist', 'homophones', 'general-dictionary.bin');
}

/** Writes the compiled table (run by `npm run build`). */
export function compileGeneralDictionary(): string {
  const { table, total } = readGeneralDictionary();
  const target = compiledGeneralDictionaryPath();
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, Buffer.concat([Buffer.from(new Float64Array([total]).buffer), table.toBytes()]));
  return target;
}

function readCompiledGeneralDictionary(): GeneralDictionary | undefined {
  try {
    const bytes = fs.readFileSync(compiledGeneralDictionaryPath());
    const total = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 8))[0];
    return { table: WordTable.fromBytes(bytes.subarray(8)), total };
  } catch {
    return undefined;
  }
}

/** jieba's dictionary and idf table, once per process: the build's compiled copy, else the text files. */
export function generalDictionary(): GeneralDictionary {
  general ??= readCompiledGeneralDictionary() ?? readGeneralDictionary();
  return general;
}

export function isGeneralDictionaryLoaded(): boolean {
  return general !== undefined;
}

export interface Segmentation {
  score: number;
  /** Word boundaries: words are [cuts[i], cuts[i + 1]). */
  cuts: number[];
}

export class WordModel {
  /** The official vocabulary's words, jieba's count added and the official count weighted. */
  private readonly official = new WordTable(16_000);
  private readonly logTotal: number;
  private readonly unknownCharacter: number;

  constructor(
    readonly general: GeneralDictionary,
    readonly vocabulary: OfficialVocabulary,
    /** Weight of an official-text count against a jieba count. */
    officialWeight = 1,
  ) {
    this.logTotal = Math.log(general.total);
    this.unknownCharacter = Math.log(0.5) - this.logTotal;
    for (const [word, count] of vocabulary.words) {
      this.official.addCount(this.official.entry(word), general.table.count(general.table.find(word)) + officialWeight * count);
    }
  }

  /** True when text[start, end) is a word of the official vocabulary. */
  isOfficialWord(text: string, start = 0, end = text.length): boolean {
    return this.official.find(text, start, end) >= 0;
  }

  /** Log-probability of text[start, end) as a word, or undefined when it is no word (single characters always are). */
  logProbability(text: string, start = 0, end = text.length): number | undefined {
    const official = this.official.find(text, start, end);
    const count = official >= 0 ? this.official.count(official) : this.general.table.count(this.general.table.find(text, start, end));
    if (count > 0) return Math.log(count) - this.logTotal;
    return end - start === 1 ? this.unknownCharacter : undefined;
  }

  /** Scores and back-pointers of segment, kept between calls (a judgement segments a few short stretches). */
  private best = new Float64Array(32);
  private from = new Int32Array(32);

  /** The most probable segmentation of the text into dictionary words and single characters. */
  segment(text: string): Segmentation {
    const n = text.length;
    if (this.best.length < n + 1) {
      this.best = new Float64Array(2 * (n + 1));
      this.from = new Int32Array(2 * (n + 1));
    }
    const { best, from } = this;
    best.fill(-Infinity, 0, n + 1);
    from.fill(0, 0, n + 1);
    best[0] = 0;
    for (let end = 1; end <= n; end++) {
      for (let start = Math.max(0, end - MAX_WORD_LENGTH); start < end; start++) {
        if (best[start] === -Infinity) continue;
        const score = this.logProbability(text, start, end);
        if (score === undefined) continue;
        if (best[start] + score > best[end]) {
          best[end] = best[start] + score;
          from[end] = start;
        }
      }
    }
    const cuts = [n];
    for (let position = n; position > 0; position = from[position]) cuts.push(from[position]);
    return { score: best[n], cuts: cuts.reverse() };
  }
}

/** The word of a segmentation that holds the character at `offset`: [start, end). */
export function wordAt(segmentation: Segmentation, offset: number): [number, number] {
  const { cuts } = segmentation;
  for (let i = 0; i + 1 < cuts.length; i++) if (cuts[i + 1] > offset) return [cuts[i], cuts[i + 1]];
  return [offset, offset + 1];
}
