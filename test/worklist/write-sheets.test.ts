import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvCell, worklistCsv } from '../../src/worklist/write-csv.js';
import { worklistWorkbook } from '../../src/worklist/write-xlsx.js';
import { item } from './fixtures.js';

const HEADERS = ['编号', '单位', '文件', '行', '列', '规则', '类别', '紧急程度', '问题原文', '上下文', '建议', '发现时间', '整改时限', '状态'];

/** A minimal RFC 4180 reader, enough to read our own output back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (cell += '"'), index++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && text[index + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), index++;
    else cell += char;
  }
  return rows;
}

const items = [
  item(),
  item({
    id: 'W0002',
    fingerprint: 'fp2',
    ruleId: 'personal-info',
    category: 'sensitive',
    urgency: 'urgent',
    text: '230882199001011234',
    context: '联系人张三，身份证号 230882199001011234，电话见“附件”',
    suggestions: ['2308**********1234', '删除'],
    deadline: '2026-11-27T11:00:00+08:00',
  }),
];

describe('CSV worklist', () => {
  it('starts with a BOM, uses Chinese headers and round-trips the Chinese, quotes and commas', () => {
    const csv = worklistCsv(items);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual(HEADERS);
    expect(rows[1]).toEqual(['W0001', '富锦市水务局', 'news/通知.md', '3', '2', 'placeholders', '错', '一般', 'XXX', '请XXX单位报送材料', '', '2026-11-27 10:30', '2026-11-27 17:30', '待整改']);
    expect(rows[2].slice(6, 11)).toEqual(['敏', '紧急', '230882199001011234', '联系人张三，身份证号 230882199001011234，电话见“附件”', '2308**********1234；删除']);
    expect(rows).toHaveLength(3);
  });

  it('writes the unassigned unit as 待分配', () => {
    expect(parseCsv(worklistCsv([item({ unit: null })]).slice(1))[1][1]).toBe('待分配');
  });

  it('quotes what needs quoting and defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('说"好"')).toBe('"说""好"""');
    expect(csvCell('两行\n文字')).toBe('"两行\n文字"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell('+86 139')).toBe("'+86 139");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-')).toBe('-');
    expect(csvCell('--')).toBe('--');
    expect(csvCell('——')).toBe('——');
  });
});

describe('xlsx worklist', () => {
  it('opens in exceljs with a bold frozen header, the items, and urgent rows highlighted', async () => {
    const buffer = await worklistWorkbook(items, new Date('2026-11-27T02:30:00Z'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as never);
    const sheet = workbook.getWorksheet('整改清单')!;
    expect(sheet.rowCount).toBe(3);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(10).width).toBe(60);
    expect((sheet.getRow(3).values as unknown[]).slice(1, 11)).toEqual(['W0002', '富锦市水务局', 'news/通知.md', 3, 2, 'personal-info', '敏', '紧急', '230882199001011234', '联系人张三，身份证号 230882199001011234，电话见“附件”']);
    const urgentFill = sheet.getCell('A3').fill as ExcelJS.FillPattern;
    expect(urgentFill.fgColor?.argb).toBe('FFFFD7D7');
    expect((sheet.getCell('A2').fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).not.toBe('FFFFD7D7');
  });
});
