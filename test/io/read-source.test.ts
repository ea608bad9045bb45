import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSource, encodeSource, readSource, UnencodableTextError, UnreadableFileError, type SourceFile } from '../../src/io/read-source.js';
import { makeTempProject } from '../helpers/temp-dir.js';

const REPORTS = '/work/shared/corpus/clean/gov-reports-2025/text';
const PAGES = '/work/shared/corpus/clean/gov-pages';
/** A real government work report whose every character GBK can hold. */
const report = fs.readFileSync(path.join(REPORTS, '2025年黑龙江省政府工作报告.txt'), 'utf8');
const NOTICE = '关于做好2026年度城市供热工作的通知\n各镇（街道）、市直各有关部门：\n　　为确保我市供热工作平稳有序，现将有关事项通知如下。\n';

function unreadable(bytes: Uint8Array, options: Parameters<typeof decodeSource>[1] = {}): UnreadableFileError {
  try {
    decodeSource(bytes, options);
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableFileError);
    return error as UnreadableFileError;
  }
  throw new Error('decodeSource did not throw');
}

describe('decodeSource', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeSource(Buffer.from(NOTICE))).toEqual({ text: NOTICE, bom: false, encoding: 'utf-8' });
    expect(decodeSource(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NOTICE)]))).toEqual({ text: NOTICE, bom: true, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NOTICE, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(NOTICE, 'utf16le').swap16()]);
    expect(decodeSource(le)).toEqual({ text: NOTICE, bom: true, encoding: 'utf-16le' });
    expect(decodeSource(be)).toEqual({ text: NOTICE, bom: true, encoding: 'utf-16be' });
  });

  it('reads a real government report saved in GBK, and a short GBK line chardet cannot judge', () => {
    const bytes = iconv.encode(report, 'gbk');
    expect(bytes.length).toBeLessThan(Buffer.byteLength(report)); // really two bytes a character, not UTF-8
    expect(decodeSource(bytes)).toEqual({ text: report, bom: false, encoding: 'gbk' });
    expect(decodeSource(iconv.encode('负责人：张三', 'gbk'))).toEqual({ text: '负责人：张三', bom: false, encoding: 'gbk' });
  });

  it('reads GB18030 four-byte characters and keeps such a file GB18030', () => {
    const text = '居民姓名：王𠮷，户籍地：富锦市。\n';
    expect(decodeSource(iconv.encode(text, 'gb18030'))).toEqual({ text, bom: false, encoding: 'gb18030' });
  });

  it('does not take Big5, EUC-KR or Latin-1 bytes for GBK, and names the likely encoding', () => {
    const big5 = iconv.encode('各鎮（街道）、各部門：為切實做好今冬明春供暖保障工作，現將有關事項通知如下。', 'big5');
    expect(unreadable(big5).localized.zh).toContain('疑似 Big5');
    expect(unreadable(iconv.encode('서울특별시는 오늘 새로운 계획을 발표했습니다.', 'euc-kr')).localized.en).toContain('EUC-KR');
    expect(unreadable(iconv.encode('Grüße aus Köln, crème brûlée', 'latin1')).localized.zh).toContain('无法识别文件编码');
  });

  it('says what it tried, where the first bad byte is, and how to give the encoding', () => {
    const bytes = Buffer.concat([Buffer.from('第一行正常\n第二行'), Buffer.from([0xc4, 0xe3, 0xff]), Buffer.from('结束\n')]);
    const error = unreadable(bytes);
    expect(error.localized.zh).toMatch(/^无法识别文件编码：不是有效的 UTF-8（第 2 行第 4 列起），也不像 GB18030\/GBK 中文文本；已尝试 BOM、UTF-8、GB18030\/GBK。如已知文件编码，请用 --encoding 指定/);
    expect(error.localized.en).toContain('give it with --encoding (utf-8, utf-16le, utf-16be, gbk, gb2312, gb18030)');
    expect([error.line, error.column]).toEqual([2, 4]);
  });

  it('refuses NUL bytes (binary, or UTF-16 without a BOM) and invalid UTF-16 after a BOM', () => {
    expect(unreadable(Buffer.from(NOTICE, 'utf16le')).localized.zh).toContain('--encoding utf-16le');
    const lone = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('通知\n', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    const error = unreadable(lone);
    expect(error.localized.zh).toContain('UTF-16LE 的字节顺序标记');
    expect(error.line).toBe(2);
  });

  it('honours an HTML page’s GB charset declaration, and remembers it for an ASCII page', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>通知</title></head><body><p>${NOTICE}</p></body></html>`;
    expect(decodeSource(iconv.encode(page, 'gbk'), { filePath: 'site/notice.htm' })).toEqual({ text: page, bom: false, encoding: 'gbk' });
    const ascii = '<meta charset="GBK"><p>Contact: 0454-2345678</p>';
    expect(decodeSource(Buffer.from(ascii), { filePath: 'a.html' }).encoding).toBe('gbk');
    expect(decodeSource(Buffer.from(ascii), { filePath: 'a.txt' }).encoding).toBe('utf-8');
    // A stale declaration does not beat valid UTF-8.
    const utf8Page = `<meta charset="gbk"><p>${NOTICE}</p>`;
    expect(decodeSource(Buffer.from(utf8Page), { filePath: 'a.html' })).toEqual({ text: utf8Page, bom: false, encoding: 'utf-8' });
  });

  it('reports an HTML page whose bytes break its GB declaration, and one that declares a charset cuomin does not read', () => {
    const broken = Buffer.concat([iconv.encode('<meta charset="gbk"><p>通知\n正文', 'gbk'), Buffer.from([0xff]), iconv.encode('</p>', 'gbk')]);
    const error = unreadable(broken, { filePath: 'a.html' });
    expect(error.localized.zh).toBe('页面声明编码为 gbk，但含有不是 GBK/GB18030 的字节，无法检查');
    expect([error.line, error.column]).toEqual([2, 3]);
    const big5Page = Buffer.concat([Buffer.from('<meta charset="big5">'), iconv.encode('<p>各部門</p>', 'big5')]);
    expect(unreadable(big5Page, { filePath: 'a.html' }).localized.zh).toBe('页面声明的编码 big5 暂不支持，且内容不是有效的 UTF-8，无法检查；请先转换为 UTF-8 或 GBK');
  });

  it('decodes with --encoding instead of detecting, keeping that encoding’s BOM', () => {
    expect(decodeSource(Buffer.from(NOTICE, 'utf16le'), { encoding: 'utf-16le' })).toEqual({ text: NOTICE, bom: false, encoding: 'utf-16le' });
    expect(decodeSource(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NOTICE, 'utf16le')]), { encoding: 'utf-16le' }).bom).toBe(true);
    // Bytes valid both as UTF-8 (“涓枃”) and as GBK (“娑撴瀮”): detection says UTF-8, --encoding gbk says GBK.
    const ambiguous = Buffer.from([0xe6, 0xb6, 0x93, 0xe6, 0x9e, 0x83]);
    expect(decodeSource(ambiguous).encoding).toBe('utf-8');
    expect(decodeSource(ambiguous, { encoding: 'gbk' })).toEqual({ text: iconv.decode(ambiguous, 'gbk'), bom: false, encoding: 'gbk' });
    const error = unreadable(iconv.encode(NOTICE, 'gbk'), { encoding: 'utf-8' });
    expect(error.localized.zh).toBe('按 --encoding 指定的 UTF-8 无法解码此文件（第 1 行第 1 列有无效字节）');
  });
});

describe('GBK pages of the corpus', () => {
  // The corpus pages are UTF-8 (none is GBK); saved as GBK with their declaration changed, as older CMS exports are,
  // they must decode to exactly the same text, declared or not.
  const pages = ['cmse_1.html', 'gzggw_1.html', 'other_1.html'];
  for (const name of pages) {
    it(`decodes ${name} saved as GBK`, () => {
      const page = fs.readFileSync(path.join(PAGES, name), 'utf8').replace(/charset=["']?utf-8["']?/gi, 'charset="gbk"');
      const bytes = iconv.encode(page, 'gbk');
      expect(decodeSource(bytes, { filePath: name })).toEqual({ text: page, bom: false, encoding: 'gbk' });
      expect(decodeSource(bytes, { filePath: name.replace('.html', '.txt') }).text).toBe(page);
    });
  }
});

describe('encodeSource', () => {
  const roundTrip = (bytes: Buffer) => {
    const source = decodeSource(bytes);
    expect(encodeSource(source.text, source).equals(bytes)).toBe(true);
    return source;
  };

  it('writes every encoding back byte for byte', () => {
    roundTrip(Buffer.from(NOTICE));
    roundTrip(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NOTICE)]));
    roundTrip(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NOTICE, 'utf16le')]));
    roundTrip(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(NOTICE, 'utf16le').swap16()]));
    roundTrip(iconv.encode(report, 'gbk'));
    roundTrip(iconv.encode('王𠮷\n', 'gb18030'));
  });

  it('changes a GBK file only where the text changed', () => {
    const source: SourceFile = decodeSource(iconv.encode(NOTICE, 'gbk'));
    const fixed = source.text.replace('平稳有序,', '平稳有序，').replace('城市供热', '城镇供热');
    expect(encodeSource(fixed, source)).toEqual(iconv.encode(fixed, 'gbk'));
  });

  it('refuses characters GBK cannot hold in a GBK file, and writes them in a GB18030 one', () => {
    const gbk = decodeSource(iconv.encode(NOTICE, 'gbk'));
    expect(() => encodeSource(`${gbk.text}王𠮷`, gbk)).toThrow(UnencodableTextError);
    try {
      encodeSource(`${gbk.text}王𠮷\u00a0`, gbk);
    } catch (error) {
      expect((error as UnencodableTextError).characters).toEqual(['𠮷', '\u00a0']);
    }
    const gb18030: SourceFile = { ...gbk, encoding: 'gb18030' };
    expect(iconv.decode(encodeSource('王𠮷', gb18030), 'gb18030')).toBe('王𠮷');
  });

  it('accepts the old { bom } form as UTF-8', () => {
    expect(encodeSource('通知', { bom: true })).toEqual(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('通知')]));
  });
});

describe('readSource', () => {
  it('reads by path, honouring an HTML declaration, and turns a missing file into an UnreadableFileError', () => {
    const root = makeTempProject({ 'a.htm': iconv.encode(`<meta charset="gb18030"><p>${NOTICE}</p>`, 'gb18030') });
    expect(readSource(path.join(root, 'a.htm'))).toMatchObject({ encoding: 'gb18030', bom: false });
    expect(() => readSource(path.join(root, 'missing.txt'))).toThrow(/cannot be read \(ENOENT\)/);
  });
});
