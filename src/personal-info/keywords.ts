// The words that tell what a nearby number is: a label such as 身份证号、卡号、护照 makes it personal data, a label
// such as 编号、文号、信用代码 makes it a document or organisation number. The nearest label before the number wins.

export type KeywordKind =
  | 'residentId'
  /** 证件号码: an ID, passport or pass number. */
  | 'document'
  | 'phone'
  | 'bankCard'
  | 'passport'
  | 'travelPass'
  | 'licencePlate'
  /** Words that mark a private person's contact details (for e-mail addresses). */
  | 'private'
  /** Serial, document and organisation numbers: what follows is not personal data. */
  | 'serial';

const KEYWORDS: Record<KeywordKind, string[]> = {
  residentId: ['身份证', '公民身份号码', '身份号码', '居民身份', '身份证明'],
  document: ['证件号', '证件编号', '证照号'],
  phone: ['手机', '电话', '联系方式', '联系人', '移动电话', '手机号'],
  bankCard: ['卡号', '账号', '帐号', '账户', '帐户', '开户行', '开户银行', '银行卡', '储蓄卡', '信用卡', '借记卡', '存折', '收款', '社保卡', '社会保障卡', '银行'],
  passport: ['护照'],
  travelPass: ['通行证', '往来港澳'],
  licencePlate: ['车牌', '号牌', '车号', '牌照', '车辆', '机动车', '驾驶', '轿车', '货车', '客车', '摩托车', '挂车', '牌号'],
  private: ['个人邮箱', '私人邮箱', '本人邮箱', '个人电子邮箱', '家庭住址', '住址', '身份证', '手机', '出生'],
  serial: [
    '编号', '文号', '批准号', '批号', '许可证号', '登记号', '注册号', '备案号', '流水号', '订单号', '合同号', '发票号', '证书号',
    '批次', '条码', '序列号', '案号', '代码', '识别号', '识别代号', '税号', '单号', '运单', '受理号', '查询号', '准考证号', '考号',
    '学号', '工号', '档案号', '报告号', '标段', '宗地号', '单元号', '索引号', '型号', '货号', '编码',
  ],
};

/** How far before and after a number a label may stand, in characters, within its clause. */
const WINDOW_BEFORE = 24;
const WINDOW_AFTER = 8;
/** A label does not reach across these. */
const CLAUSE_END = /[。；;！？!?\n]/u;

interface KeywordEntry {
  word: string;
  kind: KeywordKind;
}

const ENTRIES: KeywordEntry[] = (Object.entries(KEYWORDS) as Array<[KeywordKind, string[]]>)
  .flatMap(([kind, words]) => words.map((word) => ({ word, kind })))
  .sort((a, b) => b.word.length - a.word.length);
const KEYWORD_PATTERN = new RegExp(ENTRIES.map((entry) => entry.word).join('|'), 'gu');
const KIND_OF = new Map<string, KeywordKind[]>();
for (const entry of ENTRIES) KIND_OF.set(entry.word, [...(KIND_OF.get(entry.word) ?? []), entry.kind]);

export interface NearbyKeywords {
  /** Every kind of label within the window. */
  kinds: Set<KeywordKind>;
  /** The kinds of the label nearest the number (before it if any, else after it). */
  nearest: Set<KeywordKind>;
}

/** The labels around text[start, end), within its clause. */
export function keywordsNear(text: string, start: number, end: number): NearbyKeywords {
  let from = Math.max(0, start - WINDOW_BEFORE);
  const before = text.slice(from, start);
  const clauseStart = lastIndexOfPattern(before, CLAUSE_END);
  if (clauseStart >= 0) from += clauseStart + 1;
  let to = Math.min(text.length, end + WINDOW_AFTER);
  const after = text.slice(end, to);
  const clauseEnd = after.search(CLAUSE_END);
  if (clauseEnd >= 0) to = end + clauseEnd;

  const kinds = new Set<KeywordKind>();
  let nearestBefore: KeywordKind[] = [];
  let nearestAfter: KeywordKind[] | undefined;
  for (const match of text.slice(from, start).matchAll(KEYWORD_PATTERN)) {
    const found = KIND_OF.get(match[0]) ?? [];
    for (const kind of found) kinds.add(kind);
    nearestBefore = found;
  }
  for (const match of text.slice(end, to).matchAll(KEYWORD_PATTERN)) {
    const found = KIND_OF.get(match[0]) ?? [];
    for (const kind of found) kinds.add(kind);
    nearestAfter ??= found;
  }
  return { kinds, nearest: new Set(nearestBefore.length > 0 ? nearestBefore : (nearestAfter ?? [])) };
}

function lastIndexOfPattern(text: string, pattern: RegExp): number {
  for (let i = text.length - 1; i >= 0; i--) if (pattern.test(text[i])) return i;
  return -1;
}

/** The kinds of every label in a short text (a table's column header). */
export function labelKinds(text: string): Set<KeywordKind> {
  const kinds = new Set<KeywordKind>();
  for (const match of text.matchAll(KEYWORD_PATTERN)) for (const kind of KIND_OF.get(match[0]) ?? []) kinds.add(kind);
  return kinds;
}
