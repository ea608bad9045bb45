// numbers: number usage of GB/T 15835-2011《出版物上数字用法》 that can be checked without guessing.
//  - shortYear: a two-digit calendar year (08年5月, 21年度, ’08) — years are written in full (N3);
//  - chineseYearZero: 二O二六年 / 二0二六年 / 二零二六年 / 二○二六年 — zero in a numbering (a year) is 〇 (N3, N4);
//  - rangeUnit: 15～30%, 9～16亿, 13～17万元 — the first %, 万 or 亿 of a range may not be dropped (N6);
//  - leadingDecimal: .46 — a pure decimal keeps its leading 0 (N8);
//  - thousandUnit: 3千人, 5百万 — 千 and 百 are not units after Arabic numerals (N7); 3千米, 5千克 are SI units.
// Full-width digits are another rule's business: the patterns here read ASCII digits only.
import { defineRule } from '../src/engine/types.js';
import { isChineseContext } from '../src/text/chars.js';
import { fullYear } from '../src/text/full-year.js';

/** How far ahead a two-digit year may point: plans and deadlines point up to ten years ahead. */
const YEARS_AHEAD = 10;

type MessageId = 'shortYear' | 'chineseYearZero' | 'rangeUnit' | 'leadingDecimal' | 'thousandUnit';

/** Era names and 公元: 民国38年5月, 平成30年5月 and 公元前21年 are not shortened Gregorian years. */
const ERA_BEFORE = '(?<!民国|光绪|宣统|同治|咸丰|道光|嘉庆|乾隆|雍正|康熙|明治|大正|昭和|平成|令和|公元|元前)';
/**
 * The character before the two digits: no digit, letter or decimal point (part of a longer number), no range
 * connector (2020—21年度), and none of the words that make 15年 a duration (有期徒刑15年, 满15年, 连续20年度, 第15年).
 */
const NOT_BEFORE_SHORT_YEAR = '(?<![\\d.,\'’A-Za-z０-９\\-－～~〜—–至到/／刑期满龄达近约共计第每逾历续连前后超用经过余多了])';
/** What makes NN年 a calendar year: a month (08年5月, never 15年6个月), 年度 (not 年度过), 年底, 上/下半年, a quarter. */
const CALENDAR_AFTER = '(?=(?:1[0-2]|0?[1-9])月|度(?![过日])|底|[上下]半年|第?[一二三四1-4]季度)';
const SHORT_YEAR = new RegExp(`${ERA_BEFORE}${NOT_BEFORE_SHORT_YEAR}(\\d{2})年${CALENDAR_AFTER}`, 'gu');
/**
 * ’08 / '08 opening a phrase (start, space or an opening mark before it), followed by Chinese text. The apostrophe
 * comes first and the look-behind checks it with what precedes it: a pattern that starts with a look-behind is tried
 * at every offset of the text, one starting with a character is not.
 */
const APOSTROPHE_YEAR = /['’](?<=(?:^|[\s“《（(「『【])['’])(\d{2})(?=\p{Script=Han})/gmu;

/** A year in Chinese numerals (一九九〇, 二〇二六) followed by 年; checked for a wrong zero afterwards. */
const CHINESE_YEAR = /(?<![〇零○OoＯｏ0０一二三四五六七八九十百千万亿两])[一二][〇零○OoＯｏ0０一二三四五六七八九]{3}年/gu;
const WRONG_ZERO = /[零○OoＯｏ0０]/gu;

/**
 * A range whose second value carries %, ‰, 万 or 亿 and whose first value does not. Groups: 1 first value,
 * 2 connector with spaces, 3 second value, 4 the unit, 5 元 after 万/亿 (repeated as in 13万元～17万元).
 */
const RANGE = /(?<![\d.,:A-Za-z０-９\-－～~〜—–])(-?\d+(?:\.\d+)?)([ \t]*[～~〜\-－—–][ \t]*)(-?\d+(?:\.\d+)?)(%|％|‰|万亿|亿|万)(元)?/gu;
/** The nearest character before `start` and after `end` that is not a space. */
function neighbours(text: string, start: number, end: number): [string | undefined, string | undefined] {
  let before = start - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  let after = end;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  return [text[before], text[after]];
}

/** Hyphens that may be a minus sign: 收入×（1-20%） and （1-20%） are arithmetic, not ranges. */
const MINUS_LIKE = /[-－–]/u;
const OPERATOR = /[×*·÷=＝+＋]/u;

/**
 * A decimal point with no 0 before it. The point must follow a boundary (start, space, an opening or separating
 * mark) or a word that introduces a value (为, 约, 达, 增长…), so a period misused as a sentence end (任务.46个) and
 * version numbers, file names or Latin text (v.46, file.46, Fig.5) are left alone. The point comes first, then the
 * look-behind (see APOSTROPHE_YEAR).
 */
const LEADING_DECIMAL = /\.(?<=(?:^|[\s（(：:，,、；;=＝～~<>≤≥±]|[为是约达至到和或于占比值率高宽长重深降减升增跌超近仅共计合])\.)(\d+)/gmu;
/** After the digits: Chinese text, a percent sign, Chinese punctuation or the end of the line. */
const DECIMAL_FOLLOWER = /^(?:$|[\n\p{Script=Han}%％‰，。、；：？！”’）》〕】…—～])/u;

/** An Arabic number followed by 千 or 百, optionally then 万/亿 (3千人, 5百万). */
const THOUSAND = /(?<![\d.,A-Za-z０-９千百万亿第])(\d+(?:\.\d+)?)([千百])(万亿|万|亿)?/gu;
/** 千 and 百 as SI or fixed prefixes (3千米, 5千克, 10千伏, 1000百帕) and words beginning with 百 (百分点, 百姓). */
const THOUSAND_PREFIX_OK = /^(?:米|克|瓦|伏|赫|帕|焦|卡|牛|欧|兆|升|字节|比特|位|秒|安|摩|乏|勒|流明|分)/u;
const ADVERB_AFTER_QIANWAN = /^(?:不|别|勿|莫|要|注意|记住|小心)/u;
const HUNDRED_PREFIX_OK = /^(?:帕|分|米|姓|货|科|度|花)/u;

/** `value` × 10^power written without exponent or trailing zeros in the fraction (3.45 × 1000 → 3450). */
function shiftDecimal(value: string, power: number): string {
  const [integer, fraction = ''] = value.split('.');
  const digits = integer + fraction.padEnd(power, '0');
  const pointAt = integer.length + power;
  const whole = digits.slice(0, pointAt).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(pointAt).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}

export default defineRule({
  meta: {
    id: 'numbers',
    description: {
      zh: '数字用法（GB/T 15835-2011）：年份写全、汉字年份用〇、范围前值不省%/万/亿、纯小数加0、千百不作单位',
      en: 'Number usage (GB/T 15835-2011): full years, 〇 in Chinese-numeral years, no dropped %/万/亿 in ranges, leading 0 in decimals, 千/百 not as units',
    },
    category: 'mistake',
    urgency: 'general',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      shortYear: {
        zh: '年份应写全，不应简写为两位：“{{text}}”可能应为“{{suggestion}}”',
        en: 'Write the year in full, not as two digits: "{{text}}" is probably "{{suggestion}}"',
      },
      chineseYearZero: {
        zh: '汉字数字年份中的零应写作“〇”：“{{text}}”应为“{{suggestion}}”',
        en: 'In a year written in Chinese numerals, zero is 〇: "{{text}}" should be "{{suggestion}}"',
      },
      rangeUnit: {
        zh: '数值范围中前一个数值的“{{unit}}”不能省略：“{{text}}”应为“{{suggestion}}”',
        en: 'The first value of a range may not drop its "{{unit}}": "{{text}}" should be "{{suggestion}}"',
      },
      leadingDecimal: {
        zh: '纯小数应写出小数点前的0：“{{text}}”应为“{{suggestion}}”',
        en: 'A decimal fraction needs its leading zero: "{{text}}" should be "{{suggestion}}"',
      },
      thousandUnit: {
        zh: '“千”“百”不能与阿拉伯数字组合作单位：“{{text}}”应为“{{suggestion}}”',
        en: '千 and 百 are not units after Arabic numerals: "{{text}}" should be "{{suggestion}}"',
      },
    },
  },
  check(context) {
    const { text } = context.document;
    const report = (messageId: MessageId, start: number, found: string, suggestion: string, fix: boolean, data: Record<string, string> = {}) => {
      const end = start + found.length;
      context.report({
        messageId,
        data: { text: found, suggestion, ...data },
        start,
        end,
        suggestions: [suggestion],
        ...(fix ? { fix: { start, end, text: suggestion } } : {}),
      });
    };

    for (const match of text.matchAll(SHORT_YEAR)) {
      report('shortYear', match.index ?? 0, match[0], `${fullYear(match[1], context.date, YEARS_AHEAD)}年`, false);
    }
    for (const match of text.matchAll(APOSTROPHE_YEAR)) {
      const start = match.index ?? 0;
      const year = fullYear(match[1], context.date, YEARS_AHEAD);
      report('shortYear', start, match[0], text[start + match[0].length] === '年' ? year : `${year}年`, false);
    }

    for (const match of text.matchAll(CHINESE_YEAR)) {
      if (!/[零○OoＯｏ0０]/u.test(match[0])) continue;
      report('chineseYearZero', match.index ?? 0, match[0], match[0].replace(WRONG_ZERO, '〇'), true);
    }

    for (const match of text.matchAll(RANGE)) {
      const [whole, first, connector, second, unit, yuan = ''] = match;
      const start = match.index ?? 0;
      if (!/[万亿]/u.test(unit)) {
        // 15-30% in an English sentence follows English style; GB/T 15835 governs Chinese text.
        const [before, after] = neighbours(text, start, start + whole.length);
        if (!isChineseContext(before) && !isChineseContext(after)) continue;
      }
      if (MINUS_LIKE.test(connector)) {
        const before = text[start - 1] ?? '';
        const inParentheses = before === '(' || before === '（';
        const operatorBefore = OPERATOR.test(before) || (inParentheses && OPERATOR.test(text[start - 2] ?? ''));
        if (operatorBefore || (inParentheses && (first === '1' || first === '100'))) continue;
      }
      const repeated = unit + (unit === '%' || unit === '％' || unit === '‰' ? '' : yuan);
      const suggestion = `${first}${repeated}${connector}${second}${unit}${yuan}`;
      report('rangeUnit', start, whole, suggestion, true, { unit: repeated });
    }

    for (const match of text.matchAll(LEADING_DECIMAL)) {
      const start = match.index ?? 0;
      const after = text.slice(start + match[0].length, start + match[0].length + 1);
      if (/^[\d.]/.test(after) || !DECIMAL_FOLLOWER.test(after)) continue;
      report('leadingDecimal', start, match[0], `0${match[0]}`, true);
    }

    for (const match of text.matchAll(THOUSAND)) {
      const [whole, value, prefix, multiplier = ''] = match;
      const start = match.index ?? 0;
      const rest = text.slice(start + whole.length, start + whole.length + 2);
      if (/^\d/.test(rest) || /^[千百十]/.test(rest)) continue;
      // 3千万不要…: a list number before the adverb 千万 (“by all means”), not 30 million.
      if (prefix === '千' && multiplier === '万' && ADVERB_AFTER_QIANWAN.test(rest)) continue;
      if (!multiplier && (prefix === '千' ? THOUSAND_PREFIX_OK : HUNDRED_PREFIX_OK).test(rest)) continue;
      const suggestion = shiftDecimal(value, prefix === '千' ? 3 : 2) + multiplier;
      report('thousandUnit', start, whole, suggestion, false);
    }
  },
});
