// Reads a file into text, remembering what must be restored on write (BOM; encoding support grows here).
import fs from 'node:fs';
import type { LocalizedText } from '../engine/types.js';

export interface SourceFile {
  text: string;
  bom: boolean;
  encoding: 'utf-8';
}

export class UnreadableFileError extends Error {
  constructor(readonly localized: LocalizedText) {
    super(localized.en);
    this.name = 'UnreadableFileError';
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeSource(bytes: Uint8Array): SourceFile {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: utf8.decode(bom ? bytes.subarray(3) : bytes), bom, encoding: 'utf-8' };
  } catch {
    throw new UnreadableFileError({
      zh: '文件不是有效的 UTF-8 编码文本，无法检查',
      en: 'The file is not valid UTF-8 text and cannot be checked',
    });
  }
}

export function readSource(filePath: string): SourceFile {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new UnreadableFileError({ zh: `文件无法读取（${code}）`, en: `The file cannot be read (${code})` });
  }
  return decodeSource(bytes);
}

export function encodeSource(text: string, source: Pick<SourceFile, 'bom'>): Buffer {
  const body = Buffer.from(text, 'utf8');
  return source.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}
