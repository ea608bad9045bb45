// Finds unmasked personal data in prose: ID numbers, mobile numbers, bank card numbers, passports, Hong Kong/Macau
// passes and licence plates, each with the masked form to suggest. What is public (organisation codes, landlines,
// service numbers, serial and document numbers, amounts) and what is already masked is left alone.
import { isLegacyResidentId, isResidentId } from './resident-id.js';
import { isUnifiedSocialCreditCode } from './credit-code.js';
import { passesLuhn } from './luhn.js';
import { isMobileNumber } from './mobile.js';
import { keywordsNear, type KeywordKind, type NearbyKeywords } from './keywords.js';
import { LICENCE_PLATE_PATTERN, isPlausiblePlate } from './licence-plate.js';
import { PASSPORT_PATTERN, TRAVEL_PASS_PATTERN } from './travel-documents.js';
import { MASK_CHAR_CLASS, maskBankCard, maskLicencePlate, maskMobile, maskResidentId, maskTravelDocument } from './masking.js';

export type PersonalDataKind = 'residentId' | 'mobile' | 'bankCard' | 'passport' | 'travelPass' | 'licencePlate' | 'email';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** Offsets in the text searched. */
  start: number;
  end: number;
  /** The value as written (separators included). */
  value: string;
  /** The masked form to suggest. */
  masked: string;
}

/** Not inside a longer run of digits or letters or a decimal, nor next to a masked run (138****1234). */
const NOT_AFTER = `(?<![0-9A-Za-z${MASK_CHAR_CLASS}])(?<![0-9][.．])`;
const NOT_BEFORE = `(?![0-9A-Za-z${MASK_CHAR_CLASS}])(?![.．][0-9])`;
/** Nor a group of a longer hyphenated number (0454-2345678, 2025-0318-…). Spaces may part two numbers of a row. */
const NOT_AFTER_GROUP = '(?<![0-9][\\-—–])';
const NOT_BEFORE_GROUP = '(?![\\-—–][0-9])';

/** 230881199001011234, also written 230881 19900101 1234. */
const RESIDENT_ID_PATTERN = new RegExp(`${NOT_AFTER}${NOT_AFTER_GROUP}\\d{6}( ?)\\d{8}\\1\\d{3}[0-9Xx]${NOT_BEFORE}${NOT_BEFORE_GROUP}`, 'gu');
const LEGACY_ID_PATTERN = new RegExp(`${NOT_AFTER}${NOT_AFTER_GROUP}\\d{15}${NOT_BEFORE}${NOT_BEFORE_GROUP}`, 'gu');
/** 16–19 digits in one run, or in groups of four (6228 4804 0256 4890 018) that are not part of a longer grouping. */
const BANK_CARD_PATTERN = new RegExp(
  `${NOT_AFTER}${NOT_AFTER_GROUP}(?:\\d{16,19}|(?<![0-9] )\\d{4}([ \\-])\\d{4}\\1\\d{4}\\1\\d{4}(?:\\1\\d{1,3})?(?! [0-9]))${NOT_BEFORE}${NOT_BEFORE_GROUP}`,
  'gu',
);
/** 13800138000, 138 0013 8000, 138-0013-8000, +86 138…, (+86)138…; a hyphenated tail makes it something else. */
const MOBILE_PATTERN = new RegExp(
  `${NOT_AFTER}(?<![0-9][\\-—–])(?:\\+?86[ \\-]?|[（(]\\+?86[)）] ?)?(1[3-9]\\d)([ \\-]?)\\d{4}\\2\\d{4}${NOT_BEFORE}(?![\\-—–]?[0-9])`,
  'gu',
);

/** An area code just before: (0454)13812345678 or 0454 1381234… is a landline, not a mobile. */
const AREA_CODE_BEFORE = /(?:^|[^0-9])(?:0\d{2,3}[ \-—–]?|[（(]0\d{2,3}[)）] ?)$/u;
/** A unit after a number makes it an amount or a quantity. */
const UNIT_AFTER = /^\s?(?:[元万亿千百圆角吨斤克米亩人户次件个家台辆套项份条座名余多倍%‰]|美元|平方|公里|千瓦|kW|kg|t\b)/u;
/** A currency sign or an amount word just before. */
const AMOUNT_BEFORE = /(?:[¥￥$]|人民币|金额|资金|投资|总额|合计)\s?[：:]?\s?$/u;

/** The holder named before an account number: 户名：宝清县财政局. */
const ACCOUNT_HOLDER = /(?:户名|收款单位|收款人|账户名称|帐户名称|开户名称|单位名称)\s*[：:]?\s*([^，。；,;：:\s]{2,40})/gu;
/** A label run into the holder's name: 户名宝清县财政局账号6217…. */
const TRAILING_ACCOUNT_LABEL = /(?:银行账号|账号|帐号|账户|帐户|开户行|开户银行|卡号)$/u;
/** A holder that is an organisation, not a person. */
const ORGANISATION_NAME = /(?:局|委员会|委|政府|办公室|办事处|中心|公司|银行|医院|学校|学院|大学|院|所|厅|处|站|队|会|社|部|馆|团|合作社|财政|管委会)$/u;

/** Everything found in `text` (already read with toHalfWidth), in order of position. */
export function findPersonalData(text: string, today: string): PersonalDataMatch[] {
  const finder = new Finder(text, today);
  finder.residentIds();
  finder.bankCards();
  finder.legacyResidentIds();
  finder.mobiles();
  finder.labelled('passport', PASSPORT_PATTERN, ['passport', 'document'], maskTravelDocument);
  finder.labelled('travelPass', TRAVEL_PASS_PATTERN, ['travelPass', 'document'], maskTravelDocument);
  finder.labelled('licencePlate', LICENCE_PLATE_PATTERN, ['licencePlate'], maskLicencePlate, isPlausiblePlate);
  return finder.matches.sort((a, b) => a.start - b.start);
}

class Finder {
  readonly matches: PersonalDataMatch[] = [];

  constructor(
    private readonly text: string,
    private readonly today: string,
  ) {}

  residentIds(): void {
    for (const match of this.text.matchAll(RESIDENT_ID_PATTERN)) {
      const { start, end, value } = this.span(match);
      const digits = value.replace(/ /g, '');
      if (!isResidentId(digits, this.today) || this.isAmount(start, end)) continue;
      const near = keywordsNear(this.text, start, end);
      if (isSerialLabelled(near, ID_LABELS)) continue;
      // An organisation's code is public; only a label that says 身份证 outweighs a passing USCC check.
      if (isUnifiedSocialCreditCode(digits) && !hasAny(near.kinds, ID_LABELS)) continue;
      if (near.nearest.has('bankCard') && digits.length >= 16 && passesLuhn(digits)) {
        this.add('bankCard', start, end, value, maskBankCard(value));
        continue;
      }
      this.add('residentId', start, end, value, maskResidentId(value));
    }
  }

  legacyResidentIds(): void {
    for (const match of this.text.matchAll(LEGACY_ID_PATTERN)) {
      const { start, end, value } = this.span(match);
      if (this.overlaps(start, end) || !isLegacyResidentId(value, this.today)) continue;
      const near = keywordsNear(this.text, start, end);
      if (!hasAny(near.kinds, ID_LABELS) || isSerialLabelled(near, ID_LABELS)) continue;
      this.add('residentId', start, end, value, maskResidentId(value));
    }
  }

  bankCards(): void {
    for (const match of this.text.matchAll(BANK_CARD_PATTERN)) {
      const { start, end, value } = this.span(match);
      const digits = value.replace(/[ -]/g, '');
      if (this.overlaps(start, end) || !passesLuhn(digits) || this.isAmount(start, end)) continue;
      if (digits.length === 18 && isUnifiedSocialCreditCode(digits)) continue;
      const near = keywordsNear(this.text, start, end);
      if (!near.kinds.has('bankCard') || isSerialLabelled(near, ['bankCard'])) continue;
      if (this.isOrganisationAccount(start)) continue;
      this.add('bankCard', start, end, value, maskBankCard(value));
    }
  }

  mobiles(): void {
    for (const match of this.text.matchAll(MOBILE_PATTERN)) {
      const { start, end, value } = this.span(match);
      const digits = value.replace(/^[（(]?\+?86[)）]?[ -]?/u, '').replace(/[ -]/g, '');
      if (this.overlaps(start, end) || !isMobileNumber(digits) || this.isAmount(start, end)) continue;
      if (AREA_CODE_BEFORE.test(this.text.slice(Math.max(0, start - 8), start))) continue;
      if (isSerialLabelled(keywordsNear(this.text, start, end), ['phone'])) continue;
      this.add('mobile', start, end, value, maskMobile(value));
    }
  }

  /** A shape that is personal data only with its label near: 护照 E12345678, 车牌 黑A12345. */
  labelled(kind: PersonalDataKind, pattern: RegExp, labels: KeywordKind[], mask: (value: string) => string, plausible?: (value: string) => boolean): void {
    for (const match of this.text.matchAll(pattern)) {
      const { start, end, value } = this.span(match);
      if (this.overlaps(start, end) || (plausible && !plausible(value))) continue;
      const near = keywordsNear(this.text, start, end);
      if (!hasAny(near.kinds, labels) || isSerialLabelled(near, labels)) continue;
      this.add(kind, start, end, value, mask(value));
    }
  }

  private span(match: RegExpMatchArray): { start: number; end: number; value: string } {
    const start = match.index ?? 0;
    return { start, end: start + match[0].length, value: match[0] };
  }

  private add(kind: PersonalDataKind, start: number, end: number, value: string, masked: string): void {
    this.matches.push({ kind, start, end, value, masked });
  }

  private overlaps(start: number, end: number): boolean {
    return this.matches.some((match) => match.start < end && start < match.end);
  }

  private isAmount(start: number, end: number): boolean {
    return UNIT_AFTER.test(this.text.slice(end, end + 4)) || AMOUNT_BEFORE.test(this.text.slice(Math.max(0, start - 8), start));
  }

  /** 户名：宝清县财政局 / 对公账户: a unit's own account, published so that people can pay it. */
  private isOrganisationAccount(start: number): boolean {
    const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
    const before = this.text.slice(Math.max(lineStart, start - 80), start);
    if (/对公|单位账户|单位账号|基本户|基本账户/u.test(before)) return true;
    return [...before.matchAll(ACCOUNT_HOLDER)].some((match) => ORGANISATION_NAME.test(match[1].replace(TRAILING_ACCOUNT_LABEL, '')));
  }
}

/** Labels of an ID number: 身份证号, or 证件号码. */
const ID_LABELS: KeywordKind[] = ['residentId', 'document'];

function hasAny(kinds: Set<KeywordKind>, wanted: KeywordKind[]): boolean {
  return wanted.some((kind) => kinds.has(kind));
}

/** True when the label nearest the number is a serial or organisation number label, not a personal one. */
function isSerialLabelled(near: NearbyKeywords, personal: KeywordKind[]): boolean {
  return near.nearest.has('serial') && !hasAny(near.nearest, personal);
}
