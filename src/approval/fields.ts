// The clearance fields a draft carries (front matter keys or sign-off lines), with the Chinese aliases accepted for each.

export type ClearanceField = 'title' | 'unit' | 'column' | 'date' | 'editor' | 'reviewer' | 'supervisor' | 'approval' | 'urgent';

/** The three people of graded review, in the order the sign-off block lists them from the bottom up. */
export const REVIEW_ROLES = ['editor', 'reviewer', 'supervisor'] as const;
export type ReviewRole = (typeof REVIEW_ROLES)[number];

/** Chinese keys accepted for each field, besides its English name. */
export const FIELD_ALIASES: Record<ClearanceField, readonly string[]> = {
  title: ['标题'],
  unit: ['供稿单位', '来源单位', '报送单位', '发布单位'],
  column: ['栏目', '发布栏目'],
  date: ['日期', '发布日期'],
  editor: ['编辑', '责任编辑'],
  reviewer: ['审核', '审核人'],
  supervisor: ['监审', '监审人'],
  approval: ['审批单号', '审批单编号', '信息发布审批单编号', '审批编号'],
  urgent: ['紧急', '紧急信息'],
};

export const FIELD_LABELS: Record<ClearanceField, { zh: string; en: string }> = {
  title: { zh: '标题', en: 'title' },
  unit: { zh: '供稿单位', en: 'supplying unit' },
  column: { zh: '栏目', en: 'column' },
  date: { zh: '日期', en: 'date' },
  editor: { zh: '编辑', en: 'editor' },
  reviewer: { zh: '审核', en: 'reviewer' },
  supervisor: { zh: '监审', en: 'supervising reviewer' },
  approval: { zh: '信息发布审批单编号', en: 'approval form number' },
  urgent: { zh: '紧急信息', en: 'urgent' },
};

const FIELD_BY_KEY = new Map<string, ClearanceField>(
  (Object.entries(FIELD_ALIASES) as Array<[ClearanceField, readonly string[]]>).flatMap(([field, aliases]) => [
    [field.toLowerCase(), field] as [string, ClearanceField],
    ...aliases.map((alias) => [alias, field] as [string, ClearanceField]),
  ]),
);

/** The field a front matter key or sign-off key stands for, if any. */
export function fieldOfKey(key: string): ClearanceField | undefined {
  return FIELD_BY_KEY.get(key.trim().toLowerCase());
}

/** The Chinese keys a sign-off line may start with, longest first (so 责任编辑 wins over 编辑). */
export const SIGN_OFF_KEYS: readonly string[] = Object.values(FIELD_ALIASES)
  .flat()
  .sort((a, b) => b.length - a.length);

/** Values that fill a slot without naming anyone: the slot is empty. */
const EMPTY_VALUES = new Set(['', '无', '空', '（空）', '(空)', '/', '-', '—', '——', '待定', '待填', 'x', 'xx', 'xxx', '某某', '×××', 'null', 'none', 'n/a']);

export function isEmptyValue(value: string): boolean {
  return EMPTY_VALUES.has(value.trim().toLowerCase());
}

const TRUE_VALUES = new Set(['true', 'yes', 'y', '1', '是', '紧急']);

export function isTrueValue(value: string): boolean {
  return TRUE_VALUES.has(value.trim().toLowerCase());
}

/** Names compared for "the same person in two roles": spaces and middle dots do not count. */
export function samePerson(a: string, b: string): boolean {
  const normalize = (name: string) => name.replace(/[\s\u3000·•・.]/gu, '');
  return normalize(a) !== '' && normalize(a) === normalize(b);
}
