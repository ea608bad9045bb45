// Reads a file into text, remembering what must be restored on write: its encoding and BOM. Encoding: `--encoding`
// if given; else a BOM (UTF-8, UTF-16LE/BE); else UTF-8 when the bytes are valid UTF-8; else the GB charset an HTML
// page declares; else GB18030 when the bytes read as Chinese text. Anything else is an UnreadableFileError.
import fs from 'node:fs';
import path from 'node:path';
import type { LocalizedText } from '../engine/types.js';
import { makeSourcePosition } from '../document/source-map.js';
import { BOMS, decodeGb, decodeStrict, ENCODING_OPTION_NAMES, encodeText, encodingDisplayName, encodingFromHtmlLabel, unencodableInGbk, type SourceEncoding } from './encodings.js';
import { byteOrderMark, declaredHtmlCharset, isAscii, judgeGbText, type GbJudgement } from './detect-encoding.js';

export type { SourceEncoding } from './encodings.js';

export interface SourceFile {
  /** The decoded text, without BOM. */
  text: string;
  bom: boolean;
  encoding: SourceEncoding;
}

export class UnreadableFileError extends Error {
  constructor(
    readonly localized: LocalizedText,
    /** Where the first undecodable bytes are, when known. */
    readonly line = 1,
    readonly column = 1,
  ) {
    super(localized.en);
    this.name = 'UnreadableFileError';
  }
}

export interface DecodeOptions {
  /** `--encoding`: decode with this encoding, no detection. */
  encoding?: SourceEncoding;
  /** The file's path: HTML pages' charset declarations are honoured. */
  filePath?: string;
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.shtml', '.xhtml']);

const ENCODING_HINT: LocalizedText = {
  zh: `如已知文件编码，请用 --encoding 指定（可用：${ENCODING_OPTION_NAMES.join('、')}）`,
  en: `if you know the file's encoding, give it with --encoding (${ENCODING_OPTION_NAMES.join(', ')})`,
};

export function decodeSource(bytes: Uint8Array, options: DecodeOptions = {}): SourceFile {
  if (options.encoding) return decodeAs(bytes, options.encoding);
  const bom = byteOrderMark(bytes);
  if (bom) {
    const text = decodeStrict(bytes.subarray(bom.length), bom.encoding);
    if (text === undefined) {
      const name = encodingDisplayName(bom.encoding);
      throw new UnreadableFileError(
        { zh: `文件以 ${name} 的字节顺序标记（BOM）开头，但内容不是有效的 ${name} 文本，无法检查`, en: `The file starts with a ${name} byte order mark but is not valid ${name} text and cannot be checked` },
        ...firstInvalidPosition(bytes.subarray(bom.length), bom.encoding),
      );
    }
    return { text, bom: true, encoding: bom.encoding };
  }
  if (bytes.includes(0)) {
    throw new UnreadableFileError({
      zh: `文件含有空字节（NUL），可能是二进制文件，或没有 BOM 的 UTF-16 文本，无法检查；如是 UTF-16，请用 --encoding utf-16le 或 --encoding utf-16be 指定`,
      en: 'The file contains NUL bytes: it may be binary, or UTF-16 text without a BOM, and cannot be checked; for UTF-16 give --encoding utf-16le or --encoding utf-16be',
    });
  }
  const label = options.filePath && HTML_EXTENSIONS.has(path.extname(options.filePath).toLowerCase()) ? declaredHtmlCharset(bytes) : undefined;
  const declared = label === undefined ? undefined : encodingFromHtmlLabel(label);
  const declaresGb = declared === 'gbk' || declared === 'gb18030';
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== undefined) {
    // An ASCII page that declares GBK reads the same either way; remember GBK so that fixes are written in it.
    return { text: utf8, bom: false, encoding: declaresGb && isAscii(bytes) ? declared : 'utf-8' };
  }
  if (declaresGb) {
    const text = decodeStrict(bytes, 'gb18030');
    if (text === undefined) {
      throw new UnreadableFileError(
        { zh: `页面声明编码为 ${label}，但含有不是 GBK/GB18030 的字节，无法检查`, en: `The page declares charset ${label} but contains bytes that are not GBK/GB18030, and cannot be checked` },
        ...firstInvalidPosition(bytes, 'gb18030'),
      );
    }
    return { text, bom: false, encoding: declared };
  }
  if (label !== undefined && declared === undefined) {
    throw new UnreadableFileError({
      zh: `页面声明的编码 ${label} 暂不支持，且内容不是有效的 UTF-8，无法检查；请先转换为 UTF-8 或 GBK`,
      en: `The page declares charset ${label}, which cuomin does not read, and is not valid UTF-8; convert it to UTF-8 or GBK first`,
    });
  }
  const gb = decodeGb(bytes);
  const judgement: GbJudgement = gb.includes('\uFFFD') ? { chinese: false } : judgeGbText(bytes, gb);
  if (judgement.chinese) return { text: gb, bom: false, encoding: encodeText(gb, 'gbk').equals(bytes) ? 'gbk' : 'gb18030' };
  const guess = judgement.otherEncoding;
  const [line, column] = firstInvalidPosition(bytes, 'utf-8');
  throw new UnreadableFileError(
    {
      zh: `无法识别文件编码：不是有效的 UTF-8（第 ${line} 行第 ${column} 列起），也不像 GB18030/GBK 中文文本${guess ? `（疑似 ${guess}）` : ''}；已尝试 BOM、UTF-8、GB18030/GBK。${ENCODING_HINT.zh}`,
      en: `Cannot tell the file's encoding: it is not valid UTF-8 (from line ${line}, column ${column}) and does not read as GB18030/GBK Chinese text${guess ? ` (it looks like ${guess})` : ''}; tried a BOM, UTF-8 and GB18030/GBK. ${capitalize(ENCODING_HINT.en)}`,
    },
    line,
    column,
  );
}

function decodeAs(bytes: Uint8Array, encoding: SourceEncoding): SourceFile {
  const bom = BOMS[encoding];
  const hasBom = bom !== undefined && bom.every((byte, index) => bytes[index] === byte);
  const body = hasBom ? bytes.subarray(bom.length) : bytes;
  const text = decodeStrict(body, encoding === 'gbk' ? 'gb18030' : encoding);
  if (text === undefined) {
    const name = encodingDisplayName(encoding);
    const [line, column] = firstInvalidPosition(body, encoding);
    throw new UnreadableFileError(
      { zh: `按 --encoding 指定的 ${name} 无法解码此文件（第 ${line} 行第 ${column} 列有无效字节）`, en: `The file cannot be decoded as ${name}, the --encoding given (invalid bytes at line ${line}, column ${column})` },
      line,
      column,
    );
  }
  return { text, bom: hasBom, encoding };
}

/** Line and column of the first bytes that do not decode in `encoding` (1:1 when none is found). */
function firstInvalidPosition(bytes: Uint8Array, encoding: SourceEncoding): [number, number] {
  const lenient =
    encoding === 'gbk' || encoding === 'gb18030' ? decodeGb(bytes) : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const index = lenient.indexOf('\uFFFD');
  if (index < 0) return [1, 1];
  const position = makeSourcePosition(lenient)(index);
  return [position.line, position.column];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function readSource(filePath: string, options: Omit<DecodeOptions, 'filePath'> = {}): SourceFile {
  return decodeSource(readBytes(filePath), { ...options, filePath });
}

export function readBytes(filePath: string): Buffer {
  try {
    return fs.readFileSync(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new UnreadableFileError({ zh: `文件无法读取（${code}）`, en: `The file cannot be read (${code})` });
  }
}

/** The fixed text holds characters the file's encoding cannot: nothing may be written. */
export class UnencodableTextError extends Error {
  constructor(
    readonly characters: string[],
    readonly encoding: SourceEncoding,
  ) {
    super(`Characters not encodable in ${encodingDisplayName(encoding)}: ${characters.join(' ')}`);
    this.name = 'UnencodableTextError';
  }
}

/** Encodes text in the file's own encoding, with its BOM. Throws UnencodableTextError when GBK cannot hold the text. */
export function encodeSource(text: string, source: Pick<SourceFile, 'bom'> & Partial<Pick<SourceFile, 'encoding'>>): Buffer {
  const encoding = source.encoding ?? 'utf-8';
  if (encoding === 'gbk') {
    const missing = unencodableInGbk(text);
    if (missing.length > 0) throw new UnencodableTextError(missing, encoding);
  }
  const body = encodeText(text, encoding);
  const bom = source.bom ? BOMS[encoding] : undefined;
  return bom ? Buffer.concat([Buffer.from(bom), body]) : body;
}
