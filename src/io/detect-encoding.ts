// Clues to a file's encoding: a byte order mark, an HTML page's charset declaration, and whether bytes that are not
// UTF-8 read as Chinese text in GB18030 (the encoding of many older government files, as GBK or GB2312).
import chardet from 'chardet';
import type { SourceEncoding } from './encodings.js';

/** The encoding a byte order mark names, and the mark's length. UTF-32 marks are not recognised. */
export function byteOrderMark(bytes: Uint8Array): { encoding: SourceEncoding; length: number } | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** How far into a page to look for its charset declaration (browsers look at the first 1024 bytes; CMS pages put long
 * comments and scripts first, so cuomin looks further). */
const DECLARATION_WINDOW = 4096;
const META_TAG = /<meta\b[^>]*>/gi;
const META_CHARSET = /charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;
const XML_DECLARATION = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']/i;

/**
 * The charset label an HTML page declares near its start: `<meta charset="gbk">`,
 * `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">` or an XML declaration's `encoding`.
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, DECLARATION_WINDOW)).toString('latin1');
  const xml = XML_DECLARATION.exec(head);
  if (xml) return xml[1];
  for (const meta of head.matchAll(META_TAG)) {
    const charset = META_CHARSET.exec(meta[0]);
    if (charset) return charset[1];
  }
  return undefined;
}

export function isAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return false;
  return true;
}

/** Control characters that never stand in text (NUL and the C0 controls other than tab, line feed, vertical tab, form feed, CR). */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000e-\u001f\u007f]/;

/** Other East Asian multi-byte encodings whose bytes GB18030 also decodes without error. */
const OTHER_CJK_ENCODINGS = new Set(['Big5', 'Shift_JIS', 'EUC-JP', 'EUC-KR', 'ISO-2022-JP', 'ISO-2022-KR', 'ISO-2022-CN']);

/** chardet's confidence (0–100) from which its judgement stands on its own. */
const CONFIDENT = 50;
/** Share of two-byte characters in GB2312's rows (A1–F7 × A1–FE) from which undeclared bytes read as Chinese text. */
const MIN_GB2312_SHARE = 0.8;

export interface GbJudgement {
  chinese: boolean;
  /** chardet's best guess, when it is confident and names another encoding (for the error message). */
  otherEncoding?: string;
}

/**
 * Whether bytes that GB18030 decoded cleanly into `text` are Chinese text rather than another encoding that happens to
 * decode: no control characters, chardet ranks GB18030 at least as high as Big5, Shift_JIS, EUC-JP and EUC-KR, and
 * either chardet is confident or most two-byte characters are common ones (GB2312's rows). Short texts, on which
 * chardet gives every CJK encoding the same low score, are judged by the second test.
 */
export function judgeGbText(bytes: Uint8Array, text: string): GbJudgement {
  const matches = chardet.analyse(sampleOf(bytes));
  const best = matches[0];
  const otherEncoding = best && best.name !== 'GB18030' && best.confidence >= CONFIDENT ? best.name : undefined;
  if (CONTROL_CHARACTER.test(text)) return { chinese: false, otherEncoding };
  const gbConfidence = matches.find((match) => match.name === 'GB18030')?.confidence ?? 0;
  const otherCjkConfidence = Math.max(0, ...matches.filter((match) => OTHER_CJK_ENCODINGS.has(match.name)).map((match) => match.confidence));
  if (gbConfidence === 0 || gbConfidence < otherCjkConfidence) return { chinese: false, otherEncoding };
  const chinese = gbConfidence >= CONFIDENT || gb2312Share(bytes) >= MIN_GB2312_SHARE;
  return chinese ? { chinese } : { chinese, otherEncoding };
}

/** Bytes chardet looks at: it is slow on whole pages (0.3 s for 400 KB). */
const SAMPLE_SIZE = 32 * 1024;

/** Up to SAMPLE_SIZE bytes from the first non-ASCII byte (a page's ASCII head tells chardet nothing). */
function sampleOf(bytes: Uint8Array): Uint8Array {
  const first = bytes.findIndex((byte) => byte >= 0x80);
  return first < 0 ? bytes.subarray(0, SAMPLE_SIZE) : bytes.subarray(first, first + SAMPLE_SIZE);
}

/** The share of GB18030's two-byte characters that lie in GB2312's rows (0 when there are none). */
export function gb2312Share(bytes: Uint8Array): number {
  let multiByte = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = bytes[i + 1] ?? 0;
    // Four-byte characters (rare ideographs of the extensions, other scripts) count neither way.
    if (trail >= 0x30 && trail <= 0x39) {
      i += 4;
      continue;
    }
    multiByte++;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) common++;
    i += 2;
  }
  return multiByte === 0 ? 0 : common / multiByte;
}
