// The facts behind a leader finding, in the reader's language, and the suggestions it offers.
import type { Locale } from '../engine/types.js';
import type { LeaderFinding, WrongNameFinding, WrongTitleFinding } from './check-leaders.js';
import type { Tenure } from './leader-table.js';

function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

function period(tenure: Tenure, locale: Locale): string {
  if (locale === 'zh') {
    if (tenure.from && tenure.until) return `${chineseDate(tenure.from)}至${chineseDate(tenure.until)}`;
    if (tenure.from) return `${chineseDate(tenure.from)}起`;
    return tenure.until ? `至${chineseDate(tenure.until)}` : '';
  }
  if (tenure.from && tenure.until) return `from ${tenure.from} to ${tenure.until}`;
  if (tenure.from) return `since ${tenure.from}`;
  return tenure.until ? `until ${tenure.until}` : '';
}

function titleFact(finding: WrongTitleFinding, date: string, locale: Locale): string {
  const { name, post, held, periods } = finding;
  const zh = locale === 'zh';
  const formerly = periods.map((tenure) => period(tenure, locale)).join(zh ? '、' : ' and ');
  if (finding.historical || (held.length === 0 && periods.length === 0)) {
    return zh ? `${name}未担任过${post.title}` : `${name} has never been ${post.title}`;
  }
  if (held.length > 0) {
    const titles = held.map((heldPost) => heldPost.title);
    const now = zh ? `按文档日期（${chineseDate(date)}），${name}任${titles.join('、')}，不是${post.title}` : `at the document's date (${date}) ${name} is ${titles.join(', ')}, not ${post.title}`;
    if (periods.length === 0) return now;
    return zh ? `${now}（${formerly}任${post.title}）` : `${now} (was ${post.title} ${formerly})`;
  }
  return zh
    ? `${name}${formerly}任${post.title}，按文档日期（${chineseDate(date)}）已不再担任；回顾往事应写“时任${post.title}”`
    : `${name} was ${post.title} ${formerly} and no longer is at the document's date (${date}); for past events write 时任${post.title}`;
}

function nameFact(finding: WrongNameFinding, locale: Locale): string {
  const { person, tenure } = finding;
  return locale === 'zh' ? `${person.name}${period(tenure, locale)}任${tenure.post.title}` : `${person.name}: ${tenure.post.title} ${period(tenure, locale)}`;
}

/** The `fact` of the finding's message, in `locale`. */
export function describeLeaderFinding(finding: LeaderFinding, date: string, locale: Locale): string {
  return finding.kind === 'wrongTitle' ? titleFact(finding, date, locale) : nameFact(finding, locale);
}

/** What to write instead: the titles held at the date, or 时任 before a title held earlier; the right name. */
export function leaderSuggestions(finding: LeaderFinding): string[] {
  if (finding.kind === 'wrongName') return [finding.person.name];
  if (finding.historical) return [];
  if (finding.held.length > 0) return finding.held.map((post) => `${post.title}${finding.name}`);
  return finding.periods.length > 0 ? [`时任${finding.post.title}${finding.name}`] : [];
}
