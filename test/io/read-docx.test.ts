import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docxContentFromHtml, parseCoreProperties, readDocx } from '../../src/io/read-docx.js';
import { UnreadableFileError } from '../../src/io/read-source.js';
import type { DocxParagraph } from '../../src/document/parse-docx.js';
// @ts-expect-error -- a plain JavaScript fixture builder
import { buildDocx, footnoteReference, hyperlink, paragraph, run, table } from '../../fixtures/docx/build-docx.mjs';

const REPORTS = '/work/shared/corpus/clean/gov-reports-2025';
const FIXTURE = path.resolve('fixtures/docx/notice-medical-insurance.docx');

/** A paragraph's text split at its soft line breaks (the corpus's text files put each such line on its own). */
function linesOf(paragraph: DocxParagraph): string[] {
  const lines: string[] = [];
  let from = 0;
  for (const offset of paragraph.breaks ?? []) {
    lines.push(paragraph.text.slice(from, offset));
    from = offset + 1;
  }
  lines.push(paragraph.text.slice(from));
  return lines;
}

describe('readDocx on real government work reports', () => {
  it('extracts the 31 provincial reports of 2025 paragraph for paragraph as the corpus text has them', async () => {
    // The archive's member names are GBK, as zip files made on Chinese Windows have them.
    const archive = await JSZip.loadAsync(fs.readFileSync(path.join(REPORTS, '_orig/31省区市政府工作报告.zip')), {
      decodeFileName: (bytes) => iconv.decode(Buffer.from(bytes as Uint8Array), 'gb18030'),
    });
    const names = Object.keys(archive.files).filter((name) => name.endsWith('.docx'));
    expect(names).toHaveLength(31);
    let softBreaks = 0;
    for (const name of names) {
      const content = await readDocx(await archive.files[name].async('nodebuffer'));
      const expected = fs
        .readFileSync(path.join(REPORTS, 'text', name.replace(/\.docx$/, '.txt')), 'utf8')
        .split('\n')
        .map((line) => line.replace(/[\s\u3000]+$/u, ''))
        .filter((line) => line !== '');
      expect(content.paragraphs.flatMap(linesOf), name).toEqual(expected);
      expect(content.tables, name).toEqual([]);
      softBreaks += content.paragraphs.filter((paragraph) => paragraph.breaks).length;
    }
    // 江西's 来源 line has a Shift+Enter: one paragraph for Word, two lines in the corpus text.
    expect(softBreaks).toBe(1);
  });
});

describe('readDocx on the sample notice', () => {
  it('reads headings, paragraphs, a soft break, a link, the table and the core properties', async () => {
    const content = await readDocx(fs.readFileSync(FIXTURE));
    expect(content.properties).toEqual({ title: '关于做好2026年度城乡居民基本医疗保险集中参保工作的通知', creator: '富锦市医疗保障局', created: '2026-08-28T08:00:00Z', modified: '2026-09-01T09:30:00Z' });
    expect(content.paragraphs.slice(0, 4).map((p) => [p.kind, p.depth, p.text.slice(0, 12)])).toEqual([
      ['heading', 1, '关于做好2026年度城乡'],
      ['paragraph', undefined, '各镇（街道）、市直各有关'],
      ['paragraph', undefined, '　　为做好我市2026年'],
      ['heading', 2, '一、参保范围'],
    ]);
    const body = content.paragraphs[2];
    expect(body.text[body.breaks![0]]).toBe(' ');
    expect(body.text.slice(body.breaks![0] - 3, body.breaks![0] + 3)).toBe('医疗保 障工');
    const withLink = content.paragraphs[8];
    expect(withLink.links).toEqual([{ start: 26, end: 31, url: 'https://www.gov.cn/' }]);
    expect(withLink.text.slice(26, 31)).toBe('中国政府网');
    expect(content.tables).toHaveLength(1);
    expect(content.tables[0].rows.map((row) => row.map((cell) => content.paragraphs.slice(cell.start, cell.end).map((p) => p.text).join('|')))).toEqual([
      ['姓名', '身份证号', '联系电话'],
      ['张某', '230882198705062314', '13845461234'],
      ['李某', '230882196503124020', '15904541234'],
    ]);
    expect(content.tables[0].rows.map((row) => row.every((cell) => cell.header))).toEqual([true, false, false]);
    expect(content.paragraphs.at(-1)).toEqual({ text: '2026年9月1日', kind: 'paragraph' });
  });

  it('reads footnotes last, their reference as an object, merged cells and empty cells', async () => {
    const body = [
      paragraph(['依据《富锦市城乡居民医疗保险实施办法》', footnoteReference('1'), '执行。']),
      table([['单位', '人数'], [{ text: '城关镇', merge: 'restart' }, '12'], [{ text: '', merge: 'continue' }, ''], [{ text: '合计', colSpan: 2 }]]),
      paragraph(hyperlink('rIdToc', '见附件')),
    ].join('');
    const content = await readDocx(await buildDocx(body, { footnotes: { '1': '富政规〔2024〕2号。' }, hyperlinks: { rIdToc: 'http://www.fujin.gov.cn/' } }));
    expect(content.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['paragraph', '依据《富锦市城乡居民医疗保险实施办法》[1]执行。'],
      ['tableCell', '单位'],
      ['tableCell', '人数'],
      ['tableCell', '城关镇'],
      ['tableCell', '12'],
      ['tableCell', '合计'],
      ['paragraph', '见附件'],
      ['note', '富政规〔2024〕2号。'],
    ]);
    expect(content.paragraphs[0].objects).toEqual([[19, 22]]);
    expect(content.tables[0].rows.map((row) => row.map(({ start, end, colSpan, rowSpan }) => [start, end, colSpan, rowSpan]))).toEqual([
      [[1, 2, 1, 1], [2, 3, 1, 1]],
      [[3, 4, 1, 2], [4, 5, 1, 1]],
      [[5, 5, 1, 1]],
      [[5, 6, 2, 1]],
    ]);
  });

  it('turns a file that is not a .docx into an UnreadableFileError', async () => {
    await expect(readDocx(Buffer.from('这不是 Word 文档'))).rejects.toThrow(UnreadableFileError);
    const zip = new JSZip();
    zip.file('readme.txt', '通知');
    const error = await readDocx(await zip.generateAsync({ type: 'nodebuffer' })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect((error as UnreadableFileError).localized.zh).toMatch(/^不是有效的 \.docx 文件，无法读取（可能是旧版 \.doc、加密文档或文件已损坏；请在 Word 中另存为 \.docx）：word\/document\.xml is missing$/);
  });
});

describe('docxContentFromHtml', () => {
  it('walks mammoth’s HTML: lists with depth, images as objects, bookmarks and internal links as text, blank paragraphs left out', () => {
    const html =
      '<p>　　</p><ol><li>第一项<ol><li>子项<img alt="示意图" src="" />说明</li></ol></li><li>第二项</li></ol>' +
      '<p><a id="_Toc1"></a><a href="#_Toc2">目录</a>与<strong>加粗</strong></p>';
    expect(docxContentFromHtml(html)).toEqual({
      paragraphs: [
        { text: '第一项', kind: 'listItem', depth: 1 },
        { text: '子项\uFFFC说明', kind: 'listItem', depth: 2, objects: [[2, 3]] },
        { text: '第二项', kind: 'listItem', depth: 1 },
        { text: '目录与加粗', kind: 'paragraph' },
      ],
      tables: [],
    });
  });

  it('leaves out the ↑ link mammoth adds to a note and a note’s trailing space', () => {
    const html = '<p>正文<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p><ol><li id="footnote-1"><p>注释内容。 <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(docxContentFromHtml(html).paragraphs).toEqual([
      { text: '正文[1]', kind: 'paragraph', objects: [[2, 5]] },
      { text: '注释内容。', kind: 'note' },
    ]);
  });
});

describe('parseCoreProperties', () => {
  it('reads title, creator and dates, decoding entities, and skips empty ones', () => {
    const xml =
      '<cp:coreProperties xmlns:dc="x"><dc:title>关于“A&amp;B”的通知</dc:title><dc:creator></dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-01-22T02:53:43Z</dcterms:created></cp:coreProperties>';
    expect(parseCoreProperties(xml)).toEqual({ title: '关于“A&B”的通知', created: '2025-01-22T02:53:43Z' });
    expect(parseCoreProperties('')).toEqual({});
  });
});
