// Markings that are markings wherever they stand in prose: a starred 密级 (机密★1年, 秘密☆, 绝密 * 长期), a 附注 saying
// the document is not to be disclosed (（此件不公开）), and a document number with 密 in its 机关代字 (市委密电〔2024〕3号).
import { ASTERISK_CHARS, PERIOD_SOURCE, STAR_CHARS } from './vocabulary.js';

export interface ProseMatch {
  start: number;
  end: number;
  text: string;
}

const SPACE = '[ \\t\\u3000]*';
/** 解密条件 or 解密时间 written as words after the star: 机密★会议开始前, 秘密★项目验收后. */
const CONDITION_SOURCE = `[\\p{Script=Han}0-9]{1,14}?(?:前|后)(?=$|[\\s，。；、,;）)】”])`;

/**
 * A level with a star: a marking anywhere, except as the tail of a compound — 保守国家秘密★人人有责 is a slogan with a
 * decorative star, 商业秘密* a footnote. 特急机密★1年 (the 紧急程度 run into the 密级) is still a marking.
 */
const STARRED_LEVEL = new RegExp(
  `(?<![\\p{Script=Han}A-Za-z])(?:绝密|机密|秘密)级?${SPACE}[${STAR_CHARS}]${SPACE}(?:${PERIOD_SOURCE}|${CONDITION_SOURCE})?` +
    `|(?<=特急|加急|特提|平急)(?:绝密|机密|秘密)${SPACE}[${STAR_CHARS}]${SPACE}(?:${PERIOD_SOURCE}|${CONDITION_SOURCE})?` +
    `|(?<![\\p{Script=Han}A-Za-z0-9])(?:绝密|机密|秘密)${SPACE}[${ASTERISK_CHARS}](?![${ASTERISK_CHARS}])${SPACE}(?:${PERIOD_SOURCE})`,
  'gu',
);

/**
 * What every STARRED_LEVEL holds: 密, maybe 级, then a star or an asterisk. Starting with a character, it is found
 * quickly; STARRED_LEVEL, whose alternatives start with look-behinds, is run only on a text that has it.
 */
const STARRED_LEVEL_CORE = new RegExp(`密级?${SPACE}[${STAR_CHARS}${ASTERISK_CHARS}]`, 'u');

/** True when `offset` is inside 《…》 of its block: the title of a book, film or document, not a marking. */
function isInsideTitleMarks(text: string, offset: number): boolean {
  const blockStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(blockStart, offset);
  const open = before.lastIndexOf('《');
  if (open < 0 || before.lastIndexOf('》') > open) return false;
  const blockEnd = text.indexOf('\n', offset);
  return text.slice(offset, blockEnd < 0 ? undefined : blockEnd).includes('》');
}

export function findStarredLevels(text: string): ProseMatch[] {
  const found: ProseMatch[] = [];
  if (!STARRED_LEVEL_CORE.test(text)) return found;
  for (const match of text.matchAll(STARRED_LEVEL)) {
    const start = match.index ?? 0;
    if (isInsideTitleMarks(text, start)) continue;
    const value = match[0].replace(/[ \t\u3000]+$/u, '');
    found.push({ start, end: start + value.length, text: value });
  }
  return found;
}

/** 附注 of a document that must not be disclosed: （此件不公开）（此件不予公开）（此件不对外公开）. */
const NOT_FOR_DISCLOSURE = /[（(][ \t\u3000]*此件[ \t\u3000]*(?:不予|不对外|暂不|不)[ \t\u3000]*公开(?:发布)?[ \t\u3000]*[）)]/gu;
/** What may precede a 附注 in its block: nothing, the 成文日期, the end of the last sentence. */
const BEFORE_NOTE = /(?:^|[日。\s\u3000])$/u;

/**
 * The 附注 closes its block, alone or after the 成文日期 (2024年3月1日（此件不公开）); in a sentence (对标注（此件不公开）的
 * 公文…) it is the subject of the text, not its note.
 */
export function findNotForDisclosure(text: string): ProseMatch[] {
  const found: ProseMatch[] = [];
  for (const match of text.matchAll(NOT_FOR_DISCLOSURE)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const blockStart = text.lastIndexOf('\n', start - 1) + 1;
    const blockEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
    if (text.slice(end, blockEnd).trim() !== '' || !BEFORE_NOTE.test(text.slice(blockStart, start))) continue;
    found.push({ start, end, text: match[0] });
  }
  return found;
}

/**
 * A 机关代字 with 密 right before the bracketed year: X办密〔2024〕3号, 市委密电〔2024〕3号, 公密字[2023]5号. 保密, 涉密,
 * 解密, 定密 and 加密 name the subject (a 保密委员会 numbers its ordinary documents too), not a classified series.
 * The look-behind (a Han character other than 保涉解定加 before the 密) comes after the 密, so that the search can
 * skip to each 密 instead of trying the pattern at every offset.
 */
const SECRET_SERIES_NUMBER =
  /密(?<=[^\P{Script=Han}保涉解定加]密)(?:电|发|函|字|件|文)?[ \t\u3000]*[〔[［【（(﹝][ \t\u3000]*(?:19|20)\d{2}[ \t\u3000]*[〕\]］】）)﹞][ \t\u3000]*第?[ \t\u3000]*\d{1,5}[ \t\u3000]*号/gu;
/** 市委密电, 中办密电, 省政府办公厅密电: a classified telegram named by its sender, with or without a number. */
const SECRET_TELEGRAM =
  /(?:[中省市县区州盟旗]委(?:办公[厅室])?|[中国省市县区]办|(?:[省市县区]政府)?办公[厅室]|[省市县区]政府)密电(?![子脑话器源缆线路视码报台])/gu;
/** Words that end prose before a 机关代字 starts: 根据市委密电 → 市委密电. */
const PROSE_BEFORE_AGENCY = new Set([...'的据按照于和与及见在将把对经由依了是为以等及其该文号字']);
/** 机关代字 are short (市委, 黑政办, 省委办); the highlight stops there rather than run into the sentence. */
const MAX_AGENCY_LENGTH = 4;

function agencyStart(text: string, secretIndex: number): number {
  let start = secretIndex;
  while (start > 0 && secretIndex - start < MAX_AGENCY_LENGTH && /\p{Script=Han}/u.test(text[start - 1]) && !PROSE_BEFORE_AGENCY.has(text[start - 1])) start--;
  return start;
}

export function findSecretDocumentNumbers(text: string): ProseMatch[] {
  const found: ProseMatch[] = [];
  for (const match of text.matchAll(SECRET_SERIES_NUMBER)) {
    const secretIndex = match.index ?? 0;
    const start = agencyStart(text, secretIndex);
    const end = secretIndex + match[0].length;
    found.push({ start, end, text: text.slice(start, end) });
  }
  for (const match of text.matchAll(SECRET_TELEGRAM)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (found.some((item) => item.start < end && start < item.end)) continue;
    found.push({ start, end, text: match[0] });
  }
  return found.sort((a, b) => a.start - b.start);
}

const QUOTE_PAIRS: ReadonlyArray<[string, string]> = [
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['‘', '’'],
];

/** True when `offset` lies between an opening and a closing quotation mark of its block: a quoted example. */
export function isInsideQuotation(text: string, offset: number): boolean {
  const blockStart = text.lastIndexOf('\n', offset - 1) + 1;
  const blockEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
  const before = text.slice(blockStart, offset);
  const after = text.slice(offset, blockEnd);
  for (const [open, close] of QUOTE_PAIRS) {
    const opened = before.lastIndexOf(open);
    if (opened >= 0 && before.lastIndexOf(close) < opened && after.includes(close)) return true;
  }
  const straight = before.split('"').length - 1;
  return straight % 2 === 1 && after.includes('"');
}
