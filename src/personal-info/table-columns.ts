// Personal-data columns of a table: which header names one (身份证号, 联系电话, 家庭住址, 银行卡号 …) and whether a
// cell below it holds an unmasked value of that kind (with the masked form to show as an example).
import { isMaskedValue, maskAddress, maskBankCard, maskLicencePlate, maskMobile, maskResidentId, maskTravelDocument } from './masking.js';
import { passesLuhn } from './luhn.js';
import { isLegacyResidentId, isResidentId } from './resident-id.js';
import { isUnifiedSocialCreditCode } from './credit-code.js';
import { findPersonalData } from './find-personal-data.js';
import { LICENCE_PLATE_PATTERN, isPlausiblePlate } from './licence-plate.js';
import { labelKinds } from './keywords.js';

export type ColumnKind = 'residentId' | 'phone' | 'homePhone' | 'address' | 'bankCard' | 'passport' | 'travelPass' | 'licencePlate' | 'email' | 'health';

interface ColumnRule {
  kind: ColumnKind;
  header: RegExp;
  /** Counts only in a table that lists people (a 姓名 column): elsewhere such a column holds offices' details. */
  needsPeople: boolean;
}

/** In order: the first rule whose header pattern matches decides. */
const COLUMN_RULES: ColumnRule[] = [
  { kind: 'residentId', header: /身份证|公民身份号码|身份号码|证件号/u, needsPeople: false },
  { kind: 'bankCard', header: /银行卡|卡号|银行账号|银行帐号|账号|帐号|存折|收款账户|银行账户/u, needsPeople: false },
  { kind: 'homePhone', header: /家庭电话|住宅电话|家庭固话/u, needsPeople: false },
  { kind: 'phone', header: /手机|电话|联系方式|通讯方式/u, needsPeople: false },
  { kind: 'address', header: /家庭住址|家庭地址|住址|居住地址|现居住地|户籍地址|家庭住所/u, needsPeople: false },
  { kind: 'address', header: /地址/u, needsPeople: true },
  { kind: 'passport', header: /护照/u, needsPeople: false },
  { kind: 'travelPass', header: /通行证/u, needsPeople: false },
  { kind: 'licencePlate', header: /车牌|号牌/u, needsPeople: false },
  { kind: 'email', header: /邮箱|电子邮件|e-?mail/iu, needsPeople: true },
  { kind: 'health', header: /病情|病因|疾病|残疾类别|残疾等级|诊断/u, needsPeople: true },
];

/** A header that names the people a table lists. */
const PEOPLE_HEADER = /姓名|户主|申请人|当事人|救助对象|名字/u;
/** A cell that says there is nothing: it needs no masking. */
const EMPTY_VALUE = /^[\s\-—–/／、.。]*(?:无|暂无|略|空|不详|未提供|—)?[\s\-—–/／、.。]*$/u;
/** An address more detailed than its township: village, street, building or room. */
const DETAILED_ADDRESS = /村|屯|组|社区|小区|路|街(?!道)|巷|弄|胡同|\d+\s*号|号楼|栋|幢|单元|室/u;
const DOCUMENT_NUMBER = /(?<![0-9])\d{17}[0-9Xx](?![0-9A-Za-z])|(?<![0-9])\d{15}(?![0-9A-Za-z])|(?<![A-Za-z])[A-Z]{1,2}\d{7,8}(?![0-9])/u;
const ACCOUNT_NUMBER = /(?<![0-9])\d(?:[ -]?\d){11,24}(?![0-9])/u;
const TRAVEL_DOCUMENT = /(?<![A-Za-z])[A-Z]{1,2}\d{7,8}(?![0-9])/u;
const LANDLINE = /(?<![0-9])\d{7,8}(?![0-9])/u;

/** A header over amounts or counts: 资金（元）, 人数, 投资额. */
const QUANTITY_HEADER = /[（(][^）)]*(?:元|吨|亩|人|户|个|米|公里|千瓦|时|%)[^（(]*[）)]|金额|资金|数量|人数|户数|面积|产量|产值|合计|总计|预算|价格|单价|总价|投资|收入|支出|余额/u;

/**
 * True when a column's numbers are not personal data whatever they look like: amounts and counts (资金（元）), or
 * serials under a serial label (许可证编号, 统一社会信用代码) that names no personal data.
 */
export function isNonPersonalNumberHeader(header: string): boolean {
  if (QUANTITY_HEADER.test(header)) return true;
  const kinds = labelKinds(header);
  return kinds.has('serial') && [...kinds].every((kind) => kind === 'serial');
}

export interface PersonalColumn {
  index: number;
  kind: ColumnKind;
}

/** The personal-data columns of a table, from its header cells' text. */
export function personalColumns(headers: string[]): PersonalColumn[] {
  const listsPeople = tableListsPeople(headers);
  const columns: PersonalColumn[] = [];
  headers.forEach((header, index) => {
    const rule = COLUMN_RULES.find((candidate) => candidate.header.test(header));
    if (rule && (!rule.needsPeople || listsPeople)) columns.push({ index, kind: rule.kind });
  });
  return columns;
}

export function tableListsPeople(headers: string[]): boolean {
  return headers.some((header) => PEOPLE_HEADER.test(header));
}

/**
 * A number in an ID column that is a person's: an 18-character one unless it is an organisation's credit code (an
 * ID number with a typo still counts), a 15-digit one only when it reads as a legacy ID (not a 15-digit 工商注册号),
 * and a passport or pass number.
 */
function isPersonalDocumentNumber(value: string, today: string): boolean {
  if (value.length === 18 && /^\d/.test(value)) return isResidentId(value, today) || !isUnifiedSocialCreditCode(value);
  if (value.length === 15 && /^\d+$/.test(value)) return isLegacyResidentId(value, today);
  return true;
}

export interface CellJudgement {
  /** The masked form of the cell's value, when the cell holds an unmasked one; '' when none can be shown. */
  masked: string;
}

/**
 * Whether a cell of a personal-data column holds an unmasked value, and its masked form. `hasEmail` tells whether
 * the cell holds an e-mail address (the prose hides those); `listsPeople` whether the table lists people.
 */
export function judgeCell(kind: ColumnKind, cell: string, options: { today: string; hasEmail: boolean; listsPeople: boolean }): CellJudgement | undefined {
  const value = cell.trim();
  if (EMPTY_VALUE.test(value) || isMaskedValue(value)) return undefined;
  switch (kind) {
    case 'residentId': {
      const found = DOCUMENT_NUMBER.exec(value.replace(/ /g, ''));
      if (!found || !isPersonalDocumentNumber(found[0], options.today)) return undefined;
      return { masked: /^\d/.test(found[0]) ? maskResidentId(found[0]) : maskTravelDocument(found[0]) };
    }
    case 'phone':
    case 'homePhone': {
      const mobile = findPersonalData(value, options.today).find((match) => match.kind === 'mobile');
      if (mobile) return { masked: maskMobile(mobile.value) };
      const landline = kind === 'homePhone' ? LANDLINE.exec(value) : null;
      return landline ? { masked: `${landline[0].slice(0, 2)}****${landline[0].slice(-2)}` } : undefined;
    }
    case 'bankCard': {
      const found = ACCOUNT_NUMBER.exec(value);
      if (!found) return undefined;
      const digits = found[0].replace(/[ -]/g, '');
      if (!options.listsPeople && !(digits.length >= 16 && digits.length <= 19 && passesLuhn(digits))) return undefined;
      return { masked: maskBankCard(found[0]) };
    }
    case 'address':
      return DETAILED_ADDRESS.test(value) ? { masked: maskAddress(value) } : undefined;
    case 'passport':
    case 'travelPass': {
      const found = TRAVEL_DOCUMENT.exec(value);
      return found ? { masked: maskTravelDocument(found[0]) } : undefined;
    }
    case 'licencePlate': {
      const found = [...value.matchAll(LICENCE_PLATE_PATTERN)].find((match) => isPlausiblePlate(match[0]));
      return found ? { masked: maskLicencePlate(found[0]) } : undefined;
    }
    case 'email':
      return options.hasEmail ? { masked: '' } : undefined;
    case 'health':
      return { masked: '' };
  }
}
