// word-usage: usage rules of official writing — 截止/截至, redundancy (约…左右, 超过…以上), 下降N倍, 的/地/得.
import { defineRule, type RuleContext, type RuleReport } from '../src/engine/types.js';

type MessageId = 'jiezhiBeforeTime' | 'jiezhiDao' | 'redundantApprox' | 'redundantOver' | 'decreaseTimes' | 'deForAdverb' | 'deForComplement';

interface UsagePattern {
  messageId: MessageId;
  pattern: RegExp;
  /**
   * What every match holds, searched for first: a string, or a pattern that starts with a character (quick to
   * search for) where `pattern` starts with a choice of words or a look-behind (slow: tried at every offset).
   */
  requires?: string | RegExp;
  /** Builds the report for a match; returns undefined to skip it. */
  toReport: (match: RegExpMatchArray, text: string) => Omit<RuleReport, 'messageId'> | undefined;
}

const NUMBER = '(?:\\d[\\d.,]*|[一二三四五六七八九十百千万亿两几]+)';
/** A point in time: 截止 before one means "up to" and must be 截至. */
const TIME_POINT = '(?:\\d{4}\\s*年|\\d{1,2}\\s*月|\\d{1,2}\\s*日|[一二三四五六七八九十〇]{2,4}年|[一二三四五六七八九十]{1,2}月|目前|今年|去年|上年|本年|当年|本月|上月|今日|今天|昨日|年底|年末|月底|月末|发稿|记者发稿|\\d{1,2}[:：]\\d{2})';
const ADVERB = '(?:认真|切实|扎实|全面|深入|坚决|严格|积极|稳步|大力|持续|不断|努力|主动|依法|及时|妥善|有序|广泛|充分|逐步|全力|尽快|加快)';
/** Verbs that, right after an adverbial, make the 的 certainly wrong (an adjective + 的 + noun reading is rare). */
const ACTION = '(?:做好|抓好|抓实|抓紧|落实好|贯彻好|执行好|完成好|解决好|维护好|推进|推动|开展|落实|贯彻)';
/** After an adverb+的+verb, these nouns show the 的 was right: 积极的推动作用. */
const NOUN_AFTER_ACTION = /^(?:作用|力量|力度|措施|成效|效果|态势|势头|机制|方案|举措|情况|过程|阶段|者|力)/u;
/** 做好、抓好 are never part of a noun phrase. */
const RESULTATIVE = /(?:做好|抓好|抓紧)$/u;
const DEGREE = '(?:很|非常|十分|比较|更加|较为|不够|特别|相当|越来越)';

const PATTERNS: UsagePattern[] = [
  {
    messageId: 'jiezhiDao',
    pattern: /截[止至]到/gu,
    toReport: (match) => {
      const start = match.index ?? 0;
      return { start, end: start + 3, data: { text: match[0] }, fix: { start, end: start + 3, text: '截至' }, suggestions: ['截至'] };
    },
  },
  {
    messageId: 'jiezhiBeforeTime',
    pattern: new RegExp(`截止(?=\\s*${TIME_POINT})`, 'gu'),
    toReport: (match) => {
      const start = match.index ?? 0;
      return { start, end: start + 2, data: { text: '截止' }, fix: { start, end: start + 2, text: '截至' }, suggestions: ['截至'] };
    },
  },
  {
    messageId: 'redundantApprox',
    pattern: new RegExp(`(?<![预节签合公违制契条隐特])(?:约|大约|大概)${NUMBER}[^\\n，。；、]{0,6}?左右`, 'gu'),
    requires: '左右',
    toReport: (match) => {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      return { start, end, data: { text: match[0] }, fix: { start: end - 2, end, text: '' }, suggestions: [match[0].slice(0, -2)] };
    },
  },
  {
    messageId: 'redundantOver',
    pattern: new RegExp(`(?:超过|多于|高于)${NUMBER}[^\\n，。；、]{0,6}?以上`, 'gu'),
    toReport: (match) => {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      return { start, end, data: { text: match[0] }, fix: { start: end - 2, end, text: '' }, suggestions: [match[0].slice(0, -2)] };
    },
  },
  {
    messageId: 'decreaseTimes',
    pattern: new RegExp(`(?:下降|减少|降低|缩小|缩减|减小)了?${NUMBER}倍`, 'gu'),
    requires: '倍',
    toReport: (match) => {
      const start = match.index ?? 0;
      return { start, end: start + match[0].length, data: { text: match[0] } };
    },
  },
  {
    messageId: 'deForAdverb',
    pattern: new RegExp(`${ADVERB}的${ACTION}`, 'gu'),
    requires: new RegExp(`的(?<=${ADVERB}的)${ACTION}`, 'u'),
    toReport: (match, text) => {
      const end = (match.index ?? 0) + match[0].length;
      if (!RESULTATIVE.test(match[0]) && NOUN_AFTER_ACTION.test(text.slice(end, end + 2))) return undefined;
      const index = (match.index ?? 0) + match[0].indexOf('的');
      return { start: index, end: index + 1, data: { text: match[0] }, fix: { start: index, end: index + 1, text: '地' }, suggestions: ['地'] };
    },
  },
  {
    messageId: 'deForComplement',
    pattern: new RegExp(`(?:做|干|办|搞|完成|落实)的${DEGREE}`, 'gu'),
    requires: new RegExp(`的(?<=(?:做|干|办|搞|完成|落实)的)${DEGREE}`, 'u'),
    toReport: (match, text) => {
      const end = (match.index ?? 0) + match[0].length;
      // 执行的更加严格的标准: a second 的 soon after makes the first one attributive.
      if (/^[^，。；！？\n]{0,6}的/u.test(text.slice(end, end + 8))) return undefined;
      const index = (match.index ?? 0) + match[0].lastIndexOf('的');
      // 做的很好 wants 得, but 做的很多工作 is right as it is: a suggestion, never a fix.
      return { start: index, end: index + 1, data: { text: match[0] }, suggestions: ['得'] };
    },
  },
];

function mayMatch(text: string, requires: string | RegExp | undefined): boolean {
  if (requires === undefined) return true;
  return typeof requires === 'string' ? text.includes(requires) : requires.test(text);
}

function check(context: RuleContext): void {
  const { text } = context.document;
  for (const { messageId, pattern, requires, toReport } of PATTERNS) {
    if (!mayMatch(text, requires)) continue;
    for (const match of text.matchAll(pattern)) {
      const report = toReport(match, text);
      if (report) context.report({ messageId, ...report });
    }
  }
}

export default defineRule({
  meta: {
    id: 'word-usage',
    description: { zh: '用词规范：截止/截至、约…左右和超过…以上等重复、下降N倍、的地得', en: 'Word usage: 截止/截至, redundancy (约…左右, 超过…以上), 下降N倍, 的/地/得' },
    category: 'mistake',
    urgency: 'general',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      jiezhiBeforeTime: { zh: '表示“到某时为止”应用“截至”，“截止”后不接时间', en: '"Up to a time" is 截至; 截止 is not followed by a time' },
      jiezhiDao: { zh: '“{{text}}”语义重复，应为“截至”', en: '"{{text}}" is redundant: use 截至' },
      redundantApprox: { zh: '“{{text}}”中“约”与“左右”语义重复，保留其一', en: '"{{text}}": 约 and 左右 say the same; keep one' },
      redundantOver: { zh: '“{{text}}”中“超过”与“以上”语义重复，保留其一', en: '"{{text}}": 超过 and 以上 say the same; keep one' },
      decreaseTimes: { zh: '“{{text}}”不合逻辑：减少不能用倍数表示，应改用分数或百分比', en: '"{{text}}" is illogical: a decrease cannot be N times; use a fraction or percentage' },
      deForAdverb: { zh: '“{{text}}”中修饰动词的状语后应用“地”', en: '"{{text}}": an adverbial before a verb takes 地' },
      deForComplement: { zh: '“{{text}}”中动词后接补语应用“得”', en: '"{{text}}": a verb followed by a complement takes 得' },
    },
  },
  check,
});
