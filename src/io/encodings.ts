// The text encodings cuomin reads and writes, their names, and strict decoding and encoding of each.
import iconv from 'iconv-lite';

/**
 * The encodings a source file can be in. GB files are decoded with the GB18030 decoder (a superset of GBK and
 * GB2312); `gbk` is kept apart from `gb18030` so that fixes are written only with characters GBK can hold.
 */
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk' | 'gb18030';

/** Names accepted by `--encoding`, case-insensitive. gb2312 is read and written as GBK, as browsers do. */
const OPTION_NAMES: Record<string, SourceEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gbk: 'gbk',
  gb2312: 'gbk',
  gb18030: 'gb18030',
};

export const ENCODING_OPTION_NAMES = ['utf-8', 'utf-16le', 'utf-16be', 'gbk', 'gb2312', 'gb18030'] as const;

/** The encoding an `--encoding` value names, or undefined for a name cuomin does not know. */
export function encodingFromOption(name: string): SourceEncoding | undefined {
  return OPTION_NAMES[name.trim().toLowerCase()];
}

/**
 * Labels an HTML page may declare (`<meta charset>`), per the WHATWG Encoding Standard: the GBK labels (gb2312, gbk,
 * cp936 …) and gb18030. UTF-8 labels are listed so that a UTF-8 declaration is known, not unsupported; a page that
 * declares UTF-16 is read as UTF-8 by browsers, so cuomin does not take that declaration either.
 */
const HTML_LABELS: Record<string, SourceEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  gbk: 'gbk',
  gb2312: 'gbk',
  gb_2312: 'gbk',
  'gb_2312-80': 'gbk',
  chinese: 'gbk',
  csgb2312: 'gbk',
  'iso-ir-58': 'gbk',
  'x-gbk': 'gbk',
  cp936: 'gbk',
  ms936: 'gbk',
  'windows-936': 'gbk',
  gb18030: 'gb18030',
};

export function encodingFromHtmlLabel(label: string): SourceEncoding | undefined {
  return HTML_LABELS[label.trim().toLowerCase()];
}

/** The name people know an encoding by, for messages. */
export function encodingDisplayName(encoding: SourceEncoding): string {
  return { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gbk: 'GBK', gb18030: 'GB18030' }[encoding];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF16LE = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const UTF16BE = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/** Decodes bytes (without BOM) strictly: undefined when they are not valid in that encoding. */
export function decodeStrict(bytes: Uint8Array, encoding: SourceEncoding): string | undefined {
  try {
    if (encoding === 'utf-8') return UTF8.decode(bytes);
    if (encoding === 'utf-16le') return UTF16LE.decode(bytes);
    if (encoding === 'utf-16be') return UTF16BE.decode(bytes);
  } catch {
    return undefined;
  }
  const text = decodeGb(bytes);
  return text.includes('\uFFFD') ? undefined : text;
}

/** GB18030 decoding (GBK and GB2312 are subsets); invalid bytes become U+FFFD. */
export function decodeGb(bytes: Uint8Array): string {
  return iconv.decode(bytes, 'gb18030', { stripBOM: false });
}

export const BOMS: Partial<Record<SourceEncoding, readonly number[]>> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
};

/** Encodes text (without BOM). GBK text should be checked with `unencodableInGbk` first: iconv writes `?` otherwise. */
export function encodeText(text: string, encoding: SourceEncoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-16le') return Buffer.from(text, 'utf16le');
  if (encoding === 'utf-16be') return Buffer.from(text, 'utf16le').swap16();
  return iconv.encode(text, encoding);
}

/** The distinct characters of `text` that GBK cannot hold (empty when all can). */
export function unencodableInGbk(text: string): string[] {
  if (iconv.decode(iconv.encode(text, 'gbk'), 'gbk') === text) return [];
  const missing = new Set<string>();
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80 || missing.has(char)) continue;
    if (iconv.decode(iconv.encode(char, 'gbk'), 'gbk') !== char) missing.add(char);
  }
  return [...missing];
}
