// doc-number: the 发文字号 of GB/T 9704-2012 §7.2.4 — 机关代字 + 〔full year〕 + 顺序号 + 号 (国办发〔2017〕47号).
// Flags a year in other brackets ([2017], （2017）, 【2017】 …), a two-digit year (〔17〕), 第 before the number
// (〔2017〕第47号) and leading zeros (〔2017〕047号). Only document-number shapes are checked: a Han 机关代字 right
// before the bracketed year and a number + 号 right after it, so prose such as 规划（2021—2025年）, 《条例》（2021年修订）,
// court case numbers （2013）陕民三终字第38号 and English citations [2021] are never matched.
import { defineRule } from '../src/engine/types.js';
import { fullYear } from '../src/text/full-year.js';

/** How far ahead a two-digit year may point: documents are not numbered in the future. */
const YEARS_AHEAD = 0;

const SPACE = '[ \\t\\u3000]*';
const OPEN = '[\\[(（【［﹝〖〔〘﹙]';
const CLOSE = '[\\])）】］﹞〗〕〙﹚]';

/**
 * Groups: 1 spaces after the 代字, 2 opening bracket, 3 year with inner spaces, 4 closing bracket, 5 spaces,
 * 6 第 with spaces, 7 the number, 8 spaces before 号. The lookbehind anchors on the last character of the 代字.
 * 号 followed by 楼/院/线… is a building, courtyard or line number, not a document number.
 */
const DOC_NUMBER = new RegExp(
  `(?<=\\p{Script=Han})(${SPACE})(${OPEN})(${SPACE}\\d{2}(?:\\d{2})?${SPACE})(${CLOSE})(${SPACE})(第${SPACE})?(\\d{1,6})(${SPACE})号(?![楼院室房层栋线])`,
  'gu',
);

/**
 * DOC_NUMBER without the spaces and the look-behind in front: what every match holds. It starts with a bracket, so
 * it is found quickly, while DOC_NUMBER, which starts with a look-behind, is tried at every offset; most texts have
 * no document number, and DOC_NUMBER is run only on those that may.
 */
const DOC_NUMBER_CORE = new RegExp(`${OPEN}${SPACE}\\d{2}(?:\\d{2})?${SPACE}${CLOSE}${SPACE}(?:第${SPACE})?\\d{1,6}${SPACE}号(?![楼院室房层栋线])`, 'u');

/** Characters that end prose words, not 机关代字: 的（2021）3号 is not a document number. */
const NOT_AGENCY_END = new Set([...'的年月日第和与及或在于是为按据见自至以之等号了']);
/** Usual last characters of a 机关代字; a two-digit year is accepted after one of these (or inside 〔〕). */
const AGENCY_END = new Set([...'发字函办电文复释令通告']);
/** 令 and 公告 are numbered 第N号 by convention (中国人民银行令〔2021〕第1号): GB/T 9704's “no 第” does not apply. */
const ORDER_OR_NOTICE_END = new Set([...'令告']);

export default defineRule({
  meta: {
    id: 'doc-number',
    description: {
      zh: '发文字号格式（GB/T 9704-2012）：年份用六角括号〔〕且写全，顺序号不加“第”、不编虚位',
      en: 'Document number format (GB/T 9704-2012): the full year in 〔〕, no 第 and no leading zeros in the sequence number',
    },
    category: 'mistake',
    urgency: 'general',
    defaultSeverity: 'warning',
    fixable: true,
    docs: 'https://openstd.samr.gov.cn/bzgk/std/newGbInfo?hcno=F3CC9BEF482524C895FDA7A08BB4A70E',
    messages: {
      bracket: {
        zh: '发文字号的年份应使用六角括号〔〕：“{{text}}”应为“{{suggestion}}”',
        en: 'The year of a document number goes in hexagonal brackets 〔〕: "{{text}}" should be "{{suggestion}}"',
      },
      shortYear: {
        zh: '发文字号的年份应标全称（四位）：“{{text}}”可能应为“{{suggestion}}”',
        en: 'The year of a document number must be written in full (four digits): "{{text}}" is probably "{{suggestion}}"',
      },
      ordinal: {
        zh: '发文字号的顺序号前不加“第”字：“{{text}}”应为“{{suggestion}}”',
        en: 'No 第 before the sequence number of a document number: "{{text}}" should be "{{suggestion}}"',
      },
      leadingZero: {
        zh: '发文字号的顺序号不编虚位（1不编为01）：“{{text}}”应为“{{suggestion}}”',
        en: 'No leading zeros in the sequence number of a document number (1, not 01): "{{text}}" should be "{{suggestion}}"',
      },
    },
  },
  check(context) {
    const { text } = context.document;
    if (!DOC_NUMBER_CORE.test(text)) return;
    for (const match of text.matchAll(DOC_NUMBER)) {
      const [, leadSpace, open, yearPart, close, midSpace, ordinal = '', number, tailSpace] = match;
      const start = match.index ?? 0;
      const agencyEnd = text[start - 1];
      if (NOT_AGENCY_END.has(agencyEnd)) continue;
      const year = yearPart.trim();
      const isShort = year.length === 2;
      if (!isShort && !/^(?:19|20)/.test(year)) continue;
      if (isShort && open !== '〔' && !AGENCY_END.has(agencyEnd)) continue;

      const openIndex = start + leadSpace.length;
      const closeEnd = openIndex + open.length + yearPart.length + close.length;
      const bracketText = text.slice(openIndex, closeEnd);
      if (open !== '〔' || close !== '〕') {
        const suggestion = `〔${year}〕`;
        context.report({
          messageId: 'bracket',
          data: { text: bracketText, suggestion },
          start: openIndex,
          end: closeEnd,
          fix: { start: openIndex, end: closeEnd, text: suggestion },
          suggestions: [suggestion],
        });
      }
      if (isShort) {
        const suggestion = `〔${fullYear(year, context.date, YEARS_AHEAD)}〕`;
        context.report({
          messageId: 'shortYear',
          data: { text: bracketText, suggestion },
          start: openIndex,
          end: closeEnd,
          suggestions: [suggestion],
        });
      }

      const ordinalIndex = closeEnd + midSpace.length;
      const numberIndex = ordinalIndex + ordinal.length;
      const end = numberIndex + number.length + tailSpace.length + 1;
      if (ordinal && !ORDER_OR_NOTICE_END.has(agencyEnd)) {
        const suggestion = text.slice(numberIndex, end);
        context.report({
          messageId: 'ordinal',
          data: { text: text.slice(ordinalIndex, end), suggestion },
          start: ordinalIndex,
          end,
          fix: { start: ordinalIndex, end, text: suggestion },
          suggestions: [suggestion],
        });
      }
      const stripped = number.replace(/^0+/, '');
      if (stripped.length < number.length && stripped.length > 0) {
        const suggestion = `${stripped}${tailSpace}号`;
        context.report({
          messageId: 'leadingZero',
          data: { text: text.slice(numberIndex, end), suggestion },
          start: numberIndex,
          end,
          fix: { start: numberIndex, end, text: suggestion },
          suggestions: [suggestion],
        });
      }
    }
  },
});
