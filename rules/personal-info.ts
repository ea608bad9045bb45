// personal-info: private persons' data on a public page — resident ID numbers, mobile numbers, bank card numbers,
// passports, Hong Kong/Macau passes, licence plates, private e-mail addresses, and table columns of such data
// (身份证号、联系电话、家庭住址、银行卡号 …). Suggests the masked form; never fixes. Public data (organisation codes,
// office landlines, service numbers, document numbers, amounts) and values already masked are never flagged.
import { z } from 'zod';
import { defineRule, type Locale, type RuleContext } from '../src/engine/types.js';
import type { CuominDocument, TableInfo } from '../src/document/types.js';
import { toHalfWidth } from '../src/personal-info/half-width.js';
import { findPersonalData, type PersonalDataKind, type PersonalDataMatch } from '../src/personal-info/find-personal-data.js';
import { findEmails, isPublicBodyAddress, type EmailOccurrence } from '../src/personal-info/email.js';
import { keywordsNear } from '../src/personal-info/keywords.js';
import { maskEmail } from '../src/personal-info/masking.js';
import { isMobileNumber } from '../src/personal-info/mobile.js';
import { isNonPersonalNumberHeader, judgeCell, personalColumns, tableListsPeople, type ColumnKind } from '../src/personal-info/table-columns.js';

const KINDS = ['residentId', 'mobile', 'bankCard', 'passport', 'travelPass', 'licencePlate', 'email', 'table'] as const;

const optionsSchema = z
  .object({
    /** Values published on purpose (a duty mobile number the unit decided to publish); separators and +86 are ignored. */
    allow: z.array(z.string().min(1)).default([]),
    /** Kinds of personal data not to look for. */
    ignore: z.array(z.enum(KINDS)).default([]),
  })
  .strict();

type Options = z.infer<typeof optionsSchema>;

/** How far (in characters, within one line) other personal data makes an e-mail address a private person's. */
const EMAIL_COMPANY_DISTANCE = 60;

const KIND_NAMES: Record<PersonalDataKind | ColumnKind, { zh: string; en: string }> = {
  residentId: { zh: '身份证号', en: 'ID numbers' },
  mobile: { zh: '手机号', en: 'mobile numbers' },
  phone: { zh: '手机号', en: 'mobile numbers' },
  homePhone: { zh: '家庭电话', en: 'home phone numbers' },
  bankCard: { zh: '银行卡号', en: 'bank card numbers' },
  passport: { zh: '护照号', en: 'passport numbers' },
  travelPass: { zh: '通行证号', en: 'travel pass numbers' },
  licencePlate: { zh: '车牌号', en: 'licence plates' },
  email: { zh: '电子邮箱', en: 'e-mail addresses' },
  address: { zh: '家庭住址', en: 'home addresses' },
  health: { zh: '健康信息', en: 'health information' },
};

/** The `ignore` option value that turns a column kind off (addresses and health data only with 'table'). */
const COLUMN_KIND_OPTION: Record<ColumnKind, (typeof KINDS)[number]> = {
  residentId: 'residentId',
  phone: 'mobile',
  homePhone: 'mobile',
  bankCard: 'bankCard',
  passport: 'passport',
  travelPass: 'travelPass',
  licencePlate: 'licencePlate',
  email: 'email',
  address: 'table',
  health: 'table',
};

function normaliseValue(value: string): string {
  return toHalfWidth(value).replace(/^[（(]?\+?86[)）]?[ -]?(?=1\d{2}[ -]?\d{4}[ -]?\d{4}$)/u, '').replace(/[\s-]/g, '').toUpperCase();
}

interface TableFinding {
  /** Prose ranges of every cell of the flagged columns: their values are not reported one by one. */
  coveredCells: Array<{ start: number; end: number }>;
}

export default defineRule<Options>({
  meta: {
    id: 'personal-info',
    description: {
      zh: '公开页面上未脱敏的个人信息：身份证号、手机号、银行卡号、护照号、港澳通行证号、车牌号、个人邮箱及表格中的个人信息列',
      en: 'Unmasked personal information on a public page: ID, mobile, bank card, passport, travel pass and licence plate numbers, private e-mail addresses and personal-data table columns',
    },
    category: 'sensitive',
    urgency: 'urgent',
    defaultSeverity: 'error',
    fixable: false,
    options: optionsSchema,
    messages: {
      residentId: {
        zh: '公开页面出现未脱敏的身份证号，必须脱敏或删除（如写作“{{masked}}”）',
        en: 'Unmasked resident ID number on a public page: it must be masked or removed (e.g. "{{masked}}")',
      },
      mobile: {
        zh: '公开页面出现未脱敏的手机号，必须脱敏或删除（如写作“{{masked}}”）',
        en: 'Unmasked mobile number on a public page: it must be masked or removed (e.g. "{{masked}}")',
      },
      bankCard: {
        zh: '公开页面出现未脱敏的银行卡号，必须脱敏或删除（如写作“{{masked}}”）',
        en: 'Unmasked bank card number on a public page: it must be masked or removed (e.g. "{{masked}}")',
      },
      passport: {
        zh: '公开页面出现未脱敏的护照号，必须脱敏或删除（如写作“{{masked}}”）',
        en: 'Unmasked passport number on a public page: it must be masked or removed (e.g. "{{masked}}")',
      },
      travelPass: {
        zh: '公开页面出现未脱敏的港澳通行证号，必须脱敏或删除（如写作“{{masked}}”）',
        en: 'Unmasked Hong Kong/Macau travel pass number on a public page: it must be masked or removed (e.g. "{{masked}}")',
      },
      licencePlate: {
        zh: '公开页面出现未脱敏的车牌号，必须脱敏或删除（如写作“{{masked}}”）',
        en: 'Unmasked licence plate on a public page: it must be masked or removed (e.g. "{{masked}}")',
      },
      email: {
        zh: '公开页面出现个人电子邮箱“{{address}}”，必须脱敏或删除（如写作“{{masked}}”）',
        en: 'Private e-mail address "{{address}}" on a public page: it must be masked or removed (e.g. "{{masked}}")',
      },
      table: {
        zh: '表格“{{columns}}”列有 {{count}} 个单元格含未脱敏的{{kinds}}，公开前必须脱敏或删除{{example}}',
        en: 'Table column(s) "{{columns}}": {{count}} cell(s) hold unmasked {{kinds}}; mask or remove them before publishing{{example}}',
      },
    },
  },
  check(context) {
    const { document } = context;
    const ignore = new Set<string>(context.options.ignore);
    const allowed = new Set(context.options.allow.map(normaliseValue));
    const isAllowed = (value: string) => allowed.has(normaliseValue(value));
    const text = toHalfWidth(document.text);
    const emails = ignore.has('email') ? [] : findEmails(document);

    const covered = ignore.has('table') ? [] : document.tables.flatMap((table) => checkTable(context, table, emails, isAllowed, ignore).coveredCells);
    const isCovered = (start: number, end: number) => covered.some((cell) => cell.start <= start && end <= cell.end);

    const nonPersonalCells = cellsUnderNonPersonalHeaders(document);
    const isNonPersonalCell = (start: number, end: number) => nonPersonalCells.some((cell) => cell.start <= start && end <= cell.end);
    const found = findPersonalData(text, context.date).filter(
      (match) => !ignore.has(match.kind) && !isAllowed(match.value) && !isCovered(match.start, match.end) && !isNonPersonalCell(match.start, match.end),
    );
    for (const match of found) {
      context.report({ messageId: match.kind, data: { masked: match.masked }, start: match.start, end: match.end, suggestions: [match.masked] });
    }
    for (const email of emails) {
      if (isCovered(email.start, email.end) || isAllowed(email.address) || !isPrivateEmail(text, email, found)) continue;
      const masked = maskEmail(email.address);
      context.report({ messageId: 'email', data: { address: email.address, masked }, start: email.start, end: email.end, sourceRange: [email.sourceStart, email.sourceEnd], suggestions: [masked] });
    }
  },
});

/** Cells under a header such as 资金（元）, 许可证编号 or 统一社会信用代码: their numbers are not personal data. */
function cellsUnderNonPersonalHeaders(document: CuominDocument): Array<{ start: number; end: number }> {
  return document.tables.flatMap((table) =>
    table.header.flatMap((header, index) =>
      isNonPersonalNumberHeader(document.text.slice(header.start, header.end)) ? table.rows.map((row) => row[index]).filter((cell) => cell !== undefined) : [],
    ),
  );
}

/** A label that makes an address an office's: 举报邮箱、投稿邮箱、单位邮箱. */
const OFFICE_MAILBOX_LABEL = /(?:举报|投诉|监督|咨询|投稿|报名|报送|单位|工作|办公|官方|政务|服务)(?:邮箱|信箱|电子邮箱|邮件|电子邮件)[：:]?\s*$/u;

/** A private person's address: not a public body's, and labelled as personal or next to other personal data. */
function isPrivateEmail(text: string, email: EmailOccurrence, found: PersonalDataMatch[]): boolean {
  if (isPublicBodyAddress(email.address)) return false;
  // A mailbox named after a mobile number discloses that number.
  if (isMobileNumber(email.address.slice(0, email.address.indexOf('@')))) return true;
  if (OFFICE_MAILBOX_LABEL.test(text.slice(Math.max(0, email.start - 12), email.start))) return false;
  if (keywordsNear(text, email.start, email.end).kinds.has('private')) return true;
  return found.some((match) => {
    const distance = match.start >= email.end ? match.start - email.end : email.start - match.end;
    if (distance < 0 || distance > EMAIL_COMPANY_DISTANCE) return false;
    const between = text.slice(Math.min(match.end, email.end), Math.max(match.start, email.start));
    return !between.includes('\n');
  });
}

/** One finding for a table whose personal-data columns hold unmasked values; returns the cells it covers. */
function checkTable(context: RuleContext<Options>, table: TableInfo, emails: EmailOccurrence[], isAllowed: (value: string) => boolean, ignore: Set<string>): TableFinding {
  const { document } = context;
  const headers = table.header.map((cell) => document.text.slice(cell.start, cell.end).trim());
  const listsPeople = tableListsPeople(headers);
  const columns = personalColumns(headers).filter((column) => !ignore.has(COLUMN_KIND_OPTION[column.kind]));
  const flagged: Array<{ index: number; kind: ColumnKind; count: number; example: string }> = [];
  for (const column of columns) {
    let count = 0;
    let example = '';
    for (const row of table.rows) {
      const cell = row[column.index];
      if (!cell) continue;
      const value = toHalfWidth(document.text.slice(cell.start, cell.end));
      if (isAllowed(value)) continue;
      const hasEmail = emails.some((email) => email.start >= cell.start && email.end <= cell.end && !isAllowed(email.address));
      const judgement = judgeCell(column.kind, value, { today: context.date, hasEmail, listsPeople });
      if (!judgement) continue;
      count++;
      if (!example) example = judgement.masked;
    }
    if (count > 0) flagged.push({ ...column, count, example });
  }
  if (flagged.length === 0) return { coveredCells: [] };
  const locale = context.locale;
  const header = table.header[flagged[0].index];
  const example = flagged.find((column) => column.example)?.example;
  context.report({
    messageId: 'table',
    data: {
      columns: flagged.map((column) => headers[column.index]).join(locale === 'zh' ? '”“' : '", "'),
      count: flagged.reduce((sum, column) => sum + column.count, 0),
      kinds: unique(flagged.map((column) => KIND_NAMES[column.kind][locale])).join(locale === 'zh' ? '、' : ', '),
      example: example ? exampleText(example, locale) : '',
    },
    start: header.start,
    end: header.end,
    ...(example ? { suggestions: [example] } : {}),
  });
  return { coveredCells: flagged.flatMap((column) => table.rows.map((row) => row[column.index]).filter((cell) => cell !== undefined)) };
}

function exampleText(example: string, locale: Locale): string {
  return locale === 'zh' ? `（如写作“${example}”）` : ` (e.g. "${example}")`;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
