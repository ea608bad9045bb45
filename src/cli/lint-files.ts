// Lints (and optionally fixes) files on disk: read and decode, lint or fix, write back atomically in the file's own
// encoding, collect results. A .docx is read through mammoth, linted by paragraph and never written.
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { Linter } from '../engine/linter.js';
import { fatalMessage, summarize } from '../engine/linter.js';
import { documentUnit } from '../engine/document-unit.js';
import type { LintMessage, LintResult, Locale } from '../engine/types.js';
import { formatOf } from '../document/parse.js';
import { parseDocx } from '../document/parse-docx.js';
import { decodeSource, encodeSource, readBytes, UnencodableTextError, UnreadableFileError, type SourceEncoding, type SourceFile } from '../io/read-source.js';
import { ENCODING_OPTION_NAMES, encodingDisplayName, encodingFromOption } from '../io/encodings.js';
import { UsageError } from '../usage-error.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import type { UnitResolver } from '../io/units.js';
import { t } from '../i18n/labels.js';
import type { CuominDocument } from '../document/types.js';
import { pageFacts, type PageFacts } from '../site/page-facts.js';

export type FixMode = 'none' | 'write' | 'dry-run';

export interface LintFilesOptions {
  linter: Linter;
  cwd: string;
  fixMode: FixMode;
  locale: Locale;
  unitOf: UnitResolver;
  /** `--encoding`: decode every text file with it instead of detecting. */
  encoding?: SourceEncoding;
  /** Keep each page's date, links and images for the site rules (`cuomin scan`). */
  collectPageFacts?: boolean;
}

export interface FileOutcome {
  result: LintResult;
  /** Unified diff of the fixes, for --fix-dry-run. */
  diff?: string;
  fixedCount: number;
  /** Findings that had a fix which was not applied because the format cannot be written (.docx). */
  notFixableCount?: number;
  /** The page's date and references, when asked for (`collectPageFacts`). */
  page?: PageFacts;
}

export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative).split(path.sep).join('/');
}

export interface SourceOutcome extends FileOutcome {
  /** The fixed text, when fixing changed it. */
  output?: string;
}

function withUnit(documentUnitName: string | undefined, configUnit: string | undefined): { unit?: string } {
  const resolved = documentUnitName ?? configUnit;
  return resolved === undefined ? {} : { unit: resolved };
}

/**
 * Lints or fixes one decoded text; writes nothing. The responsible unit is the one the document names (front matter,
 * page metadata), else the one config `units` gives its path.
 */
export function lintSource(text: string, names: FileNames, options: Pick<LintFilesOptions, 'linter' | 'fixMode' | 'collectPageFacts'>): SourceOutcome {
  if (options.fixMode === 'none') {
    let page: PageFacts | undefined;
    const inspect = options.collectPageFacts ? (document: CuominDocument) => (page = pageFacts(document)) : undefined;
    const linted = options.linter.lintSource(text, names.lintPath, { fingerprintPath: names.filePath, inspect });
    if (page) return { result: summarize(names.filePath, linted.messages, withUnit(linted.unit, names.unit)), fixedCount: 0, page };
    return { result: summarize(names.filePath, linted.messages, withUnit(linted.unit, names.unit)), fixedCount: 0 };
  }
  const fixed = options.linter.fixText(text, names.lintPath, { fingerprintPath: names.filePath });
  const result = summarize(names.filePath, fixed.messages, withUnit(fixed.unit, names.unit));
  if (fixed.output === text) return { result, fixedCount: 0 };
  const outcome: SourceOutcome = { result, fixedCount: fixed.fixedCount, output: fixed.output };
  if (options.fixMode === 'dry-run') {
    outcome.diff = createTwoFilesPatch(`a/${names.filePath}`, `b/${names.filePath}`, text, fixed.output, '', '', { context: 2 });
  }
  return outcome;
}

export interface FileNames {
  /** The path shown in reports. */
  filePath: string;
  /** The path the linter parses by (its extension chooses the format). */
  lintPath: string;
  /** The unit config `units` gives the path. */
  unit?: string;
}

export async function lintFile(absolutePath: string, options: LintFilesOptions): Promise<FileOutcome> {
  let bytes: Buffer;
  try {
    bytes = readBytes(absolutePath);
  } catch (error) {
    if (error instanceof UnreadableFileError) return unreadableOutcome(error, fileNames(absolutePath, options), options.locale);
    throw error;
  }
  return lintFileBytes(absolutePath, bytes, options);
}

function fileNames(absolutePath: string, options: LintFilesOptions): FileNames {
  return { filePath: displayPath(absolutePath, options.cwd), lintPath: absolutePath, unit: options.unitOf(absolutePath) };
}

/** Lints (and with --fix writes back) a file whose bytes the caller already read (e.g. to look them up in the cache). */
export async function lintFileBytes(absolutePath: string, bytes: Uint8Array, options: LintFilesOptions): Promise<FileOutcome> {
  const { outputBytes, ...outcome } = await lintBytes(bytes, fileNames(absolutePath, options), options);
  if (outputBytes !== undefined && options.fixMode === 'write') writeFileAtomic(absolutePath, outputBytes);
  return outcome;
}

export interface BytesOutcome extends FileOutcome {
  /** The fixed file in its own encoding, when fixing changed it and the encoding can hold the fixes. */
  outputBytes?: Buffer;
}

/**
 * Decodes (or, for .docx, extracts) and lints or fixes one file's bytes; writes nothing. An undecodable file is one
 * fatal message. Used for files on disk and for standard input.
 */
export async function lintBytes(bytes: Uint8Array, names: FileNames, options: Omit<LintFilesOptions, 'cwd' | 'unitOf'>): Promise<BytesOutcome> {
  let source: SourceFile;
  try {
    if (formatOf(names.lintPath) === 'docx') return await lintDocxBytes(bytes, names, options);
    source = decodeSource(bytes, { encoding: options.encoding, filePath: names.lintPath });
  } catch (error) {
    if (error instanceof UnreadableFileError) return unreadableOutcome(error, names, options.locale);
    throw error;
  }
  const outcome = lintSource(source.text, names, options);
  if (outcome.output === undefined) {
    const { output: _output, ...unchanged } = outcome;
    return unchanged;
  }
  const encoded = encodeFixed(outcome.output, source, bytes, options.locale);
  if ('refusal' in encoded) {
    // Nothing is written: report the findings of the file as it stands, and why its fixes were not written.
    const linted = lintSource(source.text, names, { linter: options.linter, fixMode: 'none' });
    return { result: summarize(names.filePath, [encoded.refusal, ...linted.result.messages], withUnit(linted.result.unit, undefined)), fixedCount: 0 };
  }
  return { result: outcome.result, diff: outcome.diff, fixedCount: outcome.fixedCount, outputBytes: encoded.bytes };
}

function unreadableOutcome(error: UnreadableFileError, names: FileNames, locale: Locale): FileOutcome {
  const fatal = fatalMessage(error.localized[locale], error.line, error.column);
  return { result: summarize(names.filePath, [fatal], names.unit === undefined ? {} : { unit: names.unit }), fixedCount: 0 };
}

/**
 * The fixed text in the file's own encoding and BOM. Refused when the encoding cannot hold a character the fixes
 * brought in (a file in GBK), or when the file's bytes do not come back from its decoded text (then bytes outside
 * the fixes could change).
 */
export function encodeFixed(output: string, source: SourceFile, original: Uint8Array, locale: Locale): { bytes: Buffer } | { refusal: LintMessage } {
  const name = encodingDisplayName(source.encoding);
  if (!roundTrips(source, original)) {
    return {
      refusal: noteMessage(
        t(locale, `文件的 ${name} 编码不能逐字节还原，为免改动修复以外的内容，未写入修复`, `The file's ${name} bytes do not survive decoding and re-encoding; to change nothing but the fixes, no fix was written`),
      ),
    };
  }
  try {
    return { bytes: encodeSource(output, source) };
  } catch (error) {
    if (!(error instanceof UnencodableTextError)) throw error;
    const characters = error.characters.map((char) => `“${char}”`).join(locale === 'zh' ? '、' : ', ');
    return {
      refusal: noteMessage(
        t(locale, `修复会写入 ${name} 无法表示的字符 ${characters}，文件未修改；请手动修改或把文件转换为 UTF-8`, `The fixes would write ${characters}, which ${name} cannot hold; the file was not changed: fix it by hand or convert the file to UTF-8`),
      ),
    };
  }
}

/** Whether the file's decoded text encodes back to exactly its bytes (then a fix changes only its own span). */
function roundTrips(source: SourceFile, original: Uint8Array): boolean {
  try {
    return encodeSource(source.text, source).equals(original);
  } catch (error) {
    if (error instanceof UnencodableTextError) return false;
    throw error;
  }
}

/** A message about the file, not a finding of a rule: an error at 1:1 that is not fatal (the file was linted). */
function noteMessage(text: string): LintMessage {
  const message = fatalMessage(text);
  delete message.fatal;
  return message;
}

/**
 * Lints a .docx: its paragraphs become lines (line = paragraph number, column = character in the paragraph, and each
 * message says which paragraph); fixes are dropped, since cuomin does not write .docx.
 */
export async function lintDocxBytes(bytes: Uint8Array, names: FileNames, options: Pick<LintFilesOptions, 'linter' | 'locale'>): Promise<FileOutcome> {
  // mammoth and jszip load only when a .docx is linted: a run of Markdown and text files does not pay for them.
  const { readDocx } = await import('../io/read-docx.js');
  const content = await readDocx(bytes);
  const document = parseDocx(content, names.lintPath);
  const messages = options.linter.lintDocument(document, { fingerprintPath: names.filePath });
  let notFixableCount = 0;
  const paragraphMessages = messages.map((message) => {
    const { fix, ...rest } = message;
    if (fix) notFixableCount++;
    return { ...rest, message: `${message.message}${paragraphSuffix(message.line, options.locale)}` };
  });
  const result = summarize(names.filePath, paragraphMessages, withUnit(documentUnit(document.metadata), names.unit));
  return notFixableCount > 0 ? { result, fixedCount: 0, notFixableCount } : { result, fixedCount: 0 };
}

/** How a .docx finding says where it is: its line number is the paragraph's. */
export function paragraphSuffix(paragraph: number, locale: Locale): string {
  return t(locale, `（第${paragraph}段）`, ` (paragraph ${paragraph})`);
}

/** The note `--fix` prints when .docx files had fixable findings: cuomin never writes .docx. */
export function docxNotFixableNote(files: Array<{ filePath: string; count: number }>, locale: Locale): string {
  const list = files.map((file) => t(locale, `${file.filePath}（${file.count} 处）`, `${file.filePath} (${file.count})`)).join(t(locale, '、', ', '));
  return t(
    locale,
    `注意：cuomin 不修改 .docx 文件，其中可修复的问题需在 Word 中手动修改：${list}\n`,
    `Note: cuomin does not write .docx files; fix these findings by hand in Word: ${list}\n`,
  );
}

/** Validates `--encoding`: one of the names cuomin reads, else a usage error (exit 2). */
export function parseEncodingOption(value: string | undefined): SourceEncoding | undefined {
  if (value === undefined) return undefined;
  const encoding = encodingFromOption(value);
  if (encoding) return encoding;
  throw new UsageError({
    zh: `--encoding 不支持“${value}”（可用：${ENCODING_OPTION_NAMES.join('、')}）`,
    en: `--encoding does not support "${value}" (available: ${ENCODING_OPTION_NAMES.join(', ')})`,
  });
}
