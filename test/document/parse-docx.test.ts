import { describe, expect, it } from 'vitest';
import { parseDocx, type DocxCell, type DocxContent, type DocxParagraph } from '../../src/document/parse-docx.js';
import { parseDocument } from '../../src/document/parse.js';

const p = (text: string, extra: Partial<DocxParagraph> = {}): DocxParagraph => ({ text, kind: 'paragraph', ...extra });
const cell = (start: number, end = start + 1, extra: Partial<DocxCell> = {}): DocxCell => ({ start, end, colSpan: 1, rowSpan: 1, header: false, ...extra });
const content = (paragraphs: DocxParagraph[], extra: Partial<DocxContent> = {}): DocxContent => ({ paragraphs, tables: [], properties: {}, ...extra });

describe('parseDocx', () => {
  it('makes one source line per paragraph, so a position is paragraph and character', () => {
    const document = parseDocx(content([p('关于做好供热工作的通知', { kind: 'heading', depth: 1 }), p('　　各供热企业要于10月15日前完成试运行,确保按时供热。')]), 'a.docx');
    expect(document.format).toBe('docx');
    expect(document.lineUnit).toBe('paragraph');
    expect(document.source).toBe('关于做好供热工作的通知\n　　各供热企业要于10月15日前完成试运行,确保按时供热。');
    // The prose leaves the indentation out; positions still count it, as Word does.
    expect(document.text).toBe('关于做好供热工作的通知\n各供热企业要于10月15日前完成试运行,确保按时供热。');
    expect(document.blocks.map((block) => [block.kind, block.depth])).toEqual([
      ['heading', 1],
      ['paragraph', undefined],
    ]);
    const comma = document.text.indexOf(',');
    expect(document.sourcePosition(document.toSourceOffset(comma))).toEqual({ line: 2, column: 22 });
    expect(document.isExactRange(comma, comma + 1)).toBe(true);
  });

  it('joins a soft break between Chinese characters in the prose, keeps it a space elsewhere, and hides objects', () => {
    const document = parseDocx(
      content([
        p('体制机 制改革', { breaks: [3] }),
        p('第一行 Second line', { breaks: [3] }),
        p('办法[1]见附件\uFFFC。', { objects: [[2, 5], [8, 9]] }),
      ]),
      'a.docx',
    );
    expect(document.text).toBe('体制机制改革\n第一行 Second line\n办法\uFFFC见附件\uFFFC。');
    const [sourceStart, sourceEnd] = document.sourceRange(document.text.indexOf('\uFFFC'), document.text.indexOf('\uFFFC') + 1);
    expect(document.source.slice(sourceStart, sourceEnd)).toBe('[1]');
    expect(document.sourcePosition(document.toSourceOffset(document.text.indexOf('改革')))).toEqual({ line: 1, column: 6 });
  });

  it('places links by their text, in the prose and in the source', () => {
    const document = parseDocx(content([p('　　详见富锦市人民政府网站。', { links: [{ start: 4, end: 13, url: 'https://www.fujin.gov.cn/' }] })]), 'a.docx');
    expect(document.links).toEqual([{ url: 'https://www.fujin.gov.cn/', start: 2, end: 11, sourceStart: 4, sourceEnd: 13, visible: true }]);
    expect(document.text.slice(2, 11)).toBe('富锦市人民政府网站');
  });

  it('turns tables into header and rows of prose ranges, the first row the header', () => {
    const paragraphs = [p('名单如下：'), ...['姓名', '联系电话', '张某', '13845461234', '李某', '15904541234'].map((text) => p(text, { kind: 'tableCell' })), p('以上。')];
    const document = parseDocx(content(paragraphs, { tables: [{ rows: [[cell(1), cell(2)], [cell(3), cell(4)], [cell(5), cell(6)]] }] }), 'a.docx');
    const [table] = document.tables;
    const texts = (ranges: Array<{ start: number; end: number }>) => ranges.map((range) => document.text.slice(range.start, range.end));
    expect(texts(table.header)).toEqual(['姓名', '联系电话']);
    expect(table.rows.map(texts)).toEqual([
      ['张某', '13845461234'],
      ['李某', '15904541234'],
    ]);
    expect(document.source.slice(table.sourceStart, table.sourceEnd)).toBe('姓名\n联系电话\n张某\n13845461234\n李某\n15904541234');
    expect(document.blocks.filter((block) => block.kind === 'tableCell')).toHaveLength(6);
  });

  it('skips a caption row across the table, deepens the header under a merged header cell, and leaves covered cells empty', () => {
    // 2026年补贴名单 (across) / 姓名 (two rows down) | 联系方式 (two across) / 电话 | 住址 / 张某 (two rows down) | 138… | 城关镇 / 159… | 无
    const texts = ['2026年补贴名单', '姓名', '联系方式', '电话', '住址', '张某', '13845461234', '城关镇', '（空）', '15904541234', '无'];
    const paragraphs = texts.map((text) => p(text, { kind: 'tableCell' }));
    const rows: DocxCell[][] = [
      [cell(0, 1, { colSpan: 3 })],
      [cell(1, 2, { rowSpan: 2 }), cell(2, 3, { colSpan: 2 })],
      [cell(3), cell(4)],
      [cell(5, 6, { rowSpan: 2 }), cell(6), cell(7)],
      [cell(9), cell(10)],
    ];
    const document = parseDocx(content(paragraphs, { tables: [{ rows }] }), 'a.docx');
    const [table] = document.tables;
    const read = (ranges: Array<{ start: number; end: number }>) => ranges.map((range) => document.text.slice(range.start, range.end));
    expect(read(table.header)).toEqual(['姓名', '电话', '住址']);
    expect(table.rows.map(read)).toEqual([
      ['张某', '13845461234', '城关镇'],
      ['', '15904541234', '无'],
    ]);
  });

  it('takes Word’s header rows as the header, and an empty cell as an empty range', () => {
    const paragraphs = ['序号', '单位', '1', '2', '富锦市财政局'].map((text) => p(text, { kind: 'tableCell' }));
    const rows: DocxCell[][] = [
      [cell(0, 1, { header: true }), cell(1, 2, { header: true })],
      [cell(2), cell(3, 3)],
      [cell(3), cell(4)],
    ];
    const document = parseDocx(content(paragraphs, { tables: [{ rows }] }), 'a.docx');
    const [table] = document.tables;
    expect(table.header.map((range) => document.text.slice(range.start, range.end))).toEqual(['序号', '单位']);
    expect(table.rows[0][1]).toEqual({ start: table.rows[0][0].end, end: table.rows[0][0].end });
  });

  it('keeps the core properties under their XML names, where no rule takes them for the draft’s own fields', () => {
    const document = parseDocx(content([p('正文。')], { properties: { title: '通知', creator: 'admin', modified: '2025-03-12T12:32:48Z' } }), 'a.docx');
    expect(document.metadata).toEqual({ 'dc:title': '通知', 'dc:creator': 'admin', 'dcterms:modified': '2025-03-12T12:32:48Z' });
  });
});

describe('parseDocument with a .docx name', () => {
  it('reads extracted text as one paragraph a line, keeping the source as given', () => {
    const source = '一、总体要求\r\n　　坚持稳中求进。\r\n';
    const document = parseDocument(source, 'report.docx');
    expect(document.format).toBe('docx');
    expect(document.source).toBe(source);
    expect(document.text).toBe('一、总体要求\n坚持稳中求进。');
    expect(document.sourcePosition(document.toSourceOffset(document.text.indexOf('稳中')))).toEqual({ line: 2, column: 5 });
  });
});
