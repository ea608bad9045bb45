// Finds, in a document's prose, a leader's title right before a name that does not fit the leaders table: a listed
// name with a title the person did not hold at the document's date (国务院副总理李强), or a name one look-alike or
// sound-alike character away from a holder of that title (湖南省委书记杜家豪 → 杜家毫). Pure: no I/O.
import type { CuominDocument } from '../document/types.js';
import { blockEnd, blockStart } from '../document/blocks.js';
import { isHan } from '../text/chars.js';
import { holdsOn, type LeaderTable, type Person, type Post, type Tenure } from './leader-table.js';
import { soundAlike } from './similar.js';

export interface WrongTitleFinding {
  kind: 'wrongTitle';
  /** Prose range from the title to the end of the name. */
  start: number;
  end: number;
  name: string;
  person: Person;
  /** The post the title names. */
  post: Post;
  /** Exclusive posts of the person's table that the person holds at the date, in table order. */
  held: Post[];
  /** The person's periods in the named post, if any. */
  periods: Tenure[];
  /** The sentence speaks of the past (时任, 原, another year): only a title never held is reported. */
  historical: boolean;
}

export interface WrongNameFinding {
  kind: 'wrongName';
  /** Prose range of the name as written. */
  start: number;
  end: number;
  written: string;
  person: Person;
  /** The period in the titled post that the person held (at the date when one does). */
  tenure: Tenure;
}

export type LeaderFinding = WrongTitleFinding | WrongNameFinding;

/** Spaces allowed between a title and a name (签发 blocks write 国家主席　习近平). */
const SPACES = new Set([' ', '\t', '\u3000', '\u00a0']);
const MAX_SPACES = 3;
/** Right before a title, these make it another post (副总理 is not 总理; 常务副总理, 代市长, 名誉主席). */
const OTHER_POST_BEFORE = /(?:副|代|代理|常务|执行|名誉|荣誉|候补|驻)$/u;
/** Right before a title: a former holder (原国务院副总理, 老市长, 已故). */
const FORMER_BEFORE = /(?:原|前|老|已故)$/u;
/** At the start of the clause holding the title: a former holder of a list of posts (原中共中央政治局常委、国务院副总理). */
const FORMER_AT_CLAUSE_START = /^[\s\u3000]*(?:原|前)/u;
/** Anywhere in the sentence before the title: the sentence speaks of the past. */
const PAST_IN_SENTENCE = /时任|曾任|历任|原任|前任|首任|离任|卸任|时为|当时|彼时|生前|曾经/u;
/** Dates named in a sentence: 2019年, 二〇一九年, 3月5日, 3月, 22日. */
const DATE_MENTION = /((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年|(\d{1,2})月(?:(\d{1,2})日)?|(?<![\d月])(\d{1,2})日/gu;
const CHINESE_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const SENTENCE_END = /[。！？；!?;]/u;
/** How far a sentence is looked at around a title (a scraped page may be one block of thousands of characters). */
const SENTENCE_REACH = 200;
const CLAUSE_END = /[，。！？；：,!?;:]/u;

/** Offset just after the last match of `pattern` (one character) in text[from, to), else `from`. */
function afterLast(text: string, from: number, to: number, pattern: RegExp): number {
  for (let i = to - 1; i >= from; i--) if (pattern.test(text[i]!)) return i + 1;
  return from;
}

function firstFrom(text: string, from: number, to: number, pattern: RegExp): number {
  for (let i = from; i < to; i++) if (pattern.test(text[i]!)) return i;
  return to;
}

/** True when the sentence names a date other than the document's (another year, month or day): it tells of then. */
function namesOtherDate(sentence: string, date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  for (const match of sentence.matchAll(DATE_MENTION)) {
    if (match[1] !== undefined) {
      if (Number([...match[1]].map((char) => CHINESE_DIGITS[char] ?? char).join('')) !== year) return true;
    } else if (match[2] !== undefined) {
      if (Number(match[2]) !== month || (match[3] !== undefined && Number(match[3]) !== day)) return true;
    } else if (Number(match[4]) !== day) {
      return true;
    }
  }
  return false;
}

/** Looks at every leader title in the prose and reports what the table contradicts. */
export function findLeaderErrors(document: CuominDocument, table: LeaderTable, date: string): LeaderFinding[] {
  const pattern = table.aliasPattern;
  if (!pattern) return [];
  const { text } = document;
  const findings: LeaderFinding[] = [];
  for (const match of text.matchAll(pattern)) {
    const alias = match[0];
    const titleStart = match.index ?? 0;
    const titleEnd = titleStart + alias.length;
    const start = blockStart(document, titleStart);
    const end = blockEnd(document, titleStart);
    const before = text.slice(Math.max(start, titleStart - 40), titleStart);
    if (OTHER_POST_BEFORE.test(before)) continue;
    let nameStart = titleEnd;
    while (nameStart < end && nameStart < titleEnd + MAX_SPACES && SPACES.has(text[nameStart]!)) nameStart++;
    if (!isHan(text[nameStart])) continue;

    const sentenceStart = afterLast(text, Math.max(start, titleStart - SENTENCE_REACH), titleStart, SENTENCE_END);
    const sentenceEnd = firstFrom(text, nameStart, Math.min(end, nameStart + SENTENCE_REACH), SENTENCE_END);
    const clauseStart = afterLast(text, sentenceStart, titleStart, CLAUSE_END);
    const historical =
      FORMER_BEFORE.test(before) ||
      FORMER_AT_CLAUSE_START.test(text.slice(clauseStart, titleStart)) ||
      PAST_IN_SENTENCE.test(text.slice(sentenceStart, titleStart)) ||
      namesOtherDate(text.slice(sentenceStart, sentenceEnd), date);

    const posts = table.postsWithAlias(alias);
    const name = table.nameAt(text, nameStart);
    if (name) {
      const finding = checkTitle(table, posts, name, date, historical);
      if (finding) findings.push({ ...finding, start: titleStart, end: nameStart + name.length });
    } else {
      const finding = checkNearMiss(table, posts, text, nameStart, end, date, historical);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

function checkTitle(table: LeaderTable, posts: readonly Post[], name: string, date: string, historical: boolean): Omit<WrongTitleFinding, 'start' | 'end'> | undefined {
  let first: Omit<WrongTitleFinding, 'start' | 'end'> | undefined;
  for (const person of table.peopleNamed(name)) {
    const named = posts.filter((post) => post.exclusive && post.source === person.source);
    if (named.length === 0) continue;
    const periods = person.tenures.filter((tenure) => named.includes(tenure.post));
    // A title the person held at the date (or, in a sentence about the past, ever) is right.
    if (periods.some((tenure) => historical || holdsOn(tenure, date))) return undefined;
    if (first) continue;
    const held: Post[] = [];
    for (const post of table.posts) {
      if (post.source !== person.source || !post.exclusive || held.includes(post)) continue;
      if (person.tenures.some((tenure) => tenure.post === post && holdsOn(tenure, date))) held.push(post);
    }
    first = { kind: 'wrongTitle', name, person, post: named[0]!, held, periods, historical };
  }
  return first;
}

/** The one changed character of `written` against `name`, when it is the only one and not the surname. */
function changedPosition(written: string, name: string): number | undefined {
  if (written.length !== name.length || written[0] !== name[0]) return undefined;
  let changed: number | undefined;
  for (let i = 1; i < name.length; i++) {
    if (written[i] === name[i]) continue;
    if (changed !== undefined) return undefined;
    changed = i;
  }
  return changed;
}

function checkNearMiss(
  table: LeaderTable,
  posts: readonly Post[],
  text: string,
  nameStart: number,
  blockEnd: number,
  date: string,
  historical: boolean,
): WrongNameFinding | undefined {
  let best: WrongNameFinding | undefined;
  let bestHoldsNow = false;
  for (const post of posts) {
    // A national post whose every holder is listed: any holder, at any time. Others: the holder at the date.
    const anyTime = historical || (post.exclusive && post.source === 'national');
    for (const { person, tenure } of table.holdersOf(post)) {
      const holdsNow = holdsOn(tenure, date);
      if (!anyTime && !holdsNow) continue;
      const end = nameStart + person.name.length;
      if (end > blockEnd) continue;
      const written = text.slice(nameStart, end);
      const position = changedPosition(written, person.name);
      if (position === undefined) continue;
      const typed = written[position]!;
      const meant = person.name[position]!;
      if (!isHan(typed) || !isHan(meant)) continue;
      if (!soundAlike(typed, meant) && !table.looksAlike(typed, meant)) continue;
      if (best && (bestHoldsNow || !holdsNow)) continue;
      best = { kind: 'wrongName', start: nameStart, end, written, person, tenure };
      bestHoldsNow = holdsNow;
    }
  }
  return best;
}
