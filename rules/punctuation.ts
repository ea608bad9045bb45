// punctuation: misuse of punctuation marks in Chinese text, after GB/T 15834-2011《标点符号用法》.
// Half-width marks next to Chinese, repeated marks, non-standard ellipses and dashes, unpaired or mis-nested
// quotation marks and brackets, straight quotes, full-width digits and letters.
import { defineRule } from '../src/engine/types.js';
import type { RuleContext, RuleReport } from '../src/engine/types.js';
import { isChineseContext, isHan } from '../src/text/chars.js';
import { blockStart } from '../src/document/blocks.js';
import type { CuominDocument } from '../src/document/types.js';

type Context = RuleContext<Record<string, unknown>>;

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。', '(': '（', ')': '）' };

/** Closing marks after which a half-width period ends a Chinese sentence. */
const CHINESE_CLOSERS = '”’）》〉】〕」』';
/** Chinese sentence-internal and sentence-final marks (点号). */
const DIANHAO = '，。、；：？！';
/** Characters before a single 一字线 that make it a range (2011年—2012年, 第3条—第5条). */
const RANGE_CHARS = '年月日号条款项章节期届次时分秒点岁元万亿千百十零〇一二三四五六七八九两';

const OPENERS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '(': '）', '【': '】', '〔': '〕' };
/** For each closer, the opener family it closes (ASCII and full-width parentheses are one family). */
const CLOSER_FAMILY: Record<string, string> = { '”': '“', '’': '‘', '》': '《', '〉': '〈', '）': '（', ')': '（', '】': '【', '〕': '〔' };
const FAMILY_OF_OPENER: Record<string, string> = { '“': '“', '‘': '‘', '《': '《', '〈': '〈', '（': '（', '(': '（', '【': '【', '〔': '〔' };

/** Second characters that make 等 a word of its own after an ellipsis (等待, 等于, 等级 …). */
const DENG_COMPOUND = '待候到着了于同级次额价量比距高效温分身号第会';

/** List markers at the start of a block whose closing parenthesis has no opener: `1)`, `a）`, `一）`. */
const BLOCK_LIST_MARKER = /^[ \t\u3000]*[0-9A-Za-z一二三四五六七八九十]{1,3}[)）]/u;
/** Chinese ordinal at the start of a block followed by a period: `一.总则` should be `一、总则`. */
const CHINESE_ORDINAL = /^[ \t\u3000]*[一二三四五六七八九十]{1,3}$/u;
/** Chinese-script top-level domains after a period: 中国政府网.政务, 某某基金会.公益. */
const CHINESE_TLD = /^(?:政务|公益|中国|中國|公司|网络|在线|网址)(?![\p{Script=Han}])/u;
/** Degree-minute-second notation whose ' and " are primes, not quotation marks. */
const PRIME_NOTATION = /\d+(?:\.\d+)?\s*[°度]\s*\d+(?:\.\d+)?\s*['′](?:\s*\d+(?:\.\d+)?\s*["″])?|\d+(?:\.\d+)?'\d+(?:\.\d+)?"/g;

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}
function isLatinLetter(char: string | undefined): boolean {
  return char !== undefined && ((char >= 'A' && char <= 'Z') || (char >= 'a' && char <= 'z'));
}
function isLatinAlnum(char: string | undefined): boolean {
  return isDigit(char) || isLatinLetter(char);
}
function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\u00a0' || char === '\u3000';
}

/** Index of the nearest non-space character before `index` in the same block, or -1. */
function prevIndex(text: string, index: number): number {
  let i = index - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  return i >= 0 && text[i] !== '\n' ? i : -1;
}
/** Index of the nearest non-space character from `index` on in the same block, or -1. */
function nextIndex(text: string, index: number): number {
  let i = index;
  while (i < text.length && isSpace(text[i])) i++;
  return i < text.length && text[i] !== '\n' ? i : -1;
}
function charAt(text: string, index: number): string | undefined {
  return index >= 0 ? text[index] : undefined;
}

interface Span {
  start: number;
  end: number;
}

/** Block ranges of the prose: the document's blocks, or the "\n"-separated lines when there are none. */
function blockRanges(context: Context): readonly Span[] {
  const { text, blocks } = context.document;
  if (blocks.length > 0) return blocks;
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      spans.push({ start, end: i });
      start = i + 1;
    }
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------------------------
// 0. One pass over the text first: which of the regex passes below can find anything at all (most texts give most
// of them nothing to do), and where the paired marks are.

/** Bits of `Triggers.possible`: a pass runs only when the text has what its pattern needs. */
const HALF_WIDTH_MARK = 1; // , ; : ? !
const LONE_PERIOD = 2; // .
const REPEATED_DIANHAO = 4; // two of ，。、；： in a row
const DOUBLED_EMPHASIS = 8; // ？？ or ！！
const ELLIPSIS_RUN = 16; // …, or .. 。。 ·· ・・
const DASH_RUN = 32; // —, or -- －－
const FULL_WIDTH_ALNUM = 64; // ０-９ Ａ-Ｚ ａ-ｚ
const ANGLE_BRACKET = 128; // < ＜
const TRIGGER_BITS = 0xff;

/**
 * What each code unit is to the scan: trigger bits it sets wherever it stands (bits 0–7), trigger bits it sets when
 * the code unit before it is the same (bits 8–15), and two flags.
 */
const ROLE_TABLE = new Int32Array(0x10000);
const WHEN_DOUBLED = 8;
const DIANHAO_MARK = 1 << 16; // with another of ，。、；： right before it: REPEATED_DIANHAO
const PAIRED_MARK_ROLE = 1 << 17;

function giveRole(chars: string, role: number): void {
  for (const char of chars) ROLE_TABLE[char.charCodeAt(0)] |= role;
}
giveRole(',;:?!', HALF_WIDTH_MARK);
giveRole('.', LONE_PERIOD);
giveRole('.。·・', ELLIPSIS_RUN << WHEN_DOUBLED);
giveRole('？！', DOUBLED_EMPHASIS << WHEN_DOUBLED);
giveRole('-－', DASH_RUN << WHEN_DOUBLED);
giveRole('…', ELLIPSIS_RUN);
giveRole('—', DASH_RUN);
giveRole('，。、；：', DIANHAO_MARK);
giveRole('<＜', ANGLE_BRACKET);
giveRole('“‘《〈（(【〔”’》〉）)】〕', PAIRED_MARK_ROLE);
for (const [first, last] of [[0xff10, 0xff19], [0xff21, 0xff3a], [0xff41, 0xff5a]] as const) {
  for (let code = first; code <= last; code++) ROLE_TABLE[code] |= FULL_WIDTH_ALNUM;
}

interface Triggers {
  /** Which passes may find something (bits above). */
  possible: number;
  /** Offsets of every paired mark (“‘《〈（(【〔”’》〉）)】〕), in order. */
  pairedMarks: number[];
  /** Offsets of every half-width , ; : ? !, in order. */
  halfWidthMarks: number[];
}

function scanTriggers(text: string): Triggers {
  let possible = 0;
  const pairedMarks: number[] = [];
  const halfWidthMarks: number[] = [];
  let previousCode = -1;
  let previousRole = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const role = ROLE_TABLE[code]!;
    if (role !== 0) {
      possible |= role & TRIGGER_BITS;
      if (code === previousCode) possible |= (role >> WHEN_DOUBLED) & TRIGGER_BITS;
      if ((role & DIANHAO_MARK) !== 0 && (previousRole & DIANHAO_MARK) !== 0) possible |= REPEATED_DIANHAO;
      if ((role & PAIRED_MARK_ROLE) !== 0) pairedMarks.push(i);
      else if ((role & HALF_WIDTH_MARK) !== 0) halfWidthMarks.push(i);
    }
    previousCode = code;
    previousRole = role;
  }
  return { possible, pairedMarks, halfWidthMarks };
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Half-width , ; : ? ! . next to Chinese.

function checkHalfWidth(context: Context, text: string, { possible, halfWidthMarks }: Triggers): void {
  checkHalfWidthMarks(context, text, halfWidthMarks);
  if ((possible & LONE_PERIOD) !== 0) checkHalfWidthPeriods(context, text);
}

/** `offsets`: where the text has , ; : ? or ! (see scanTriggers). */
function checkHalfWidthMarks(context: Context, text: string, offsets: readonly number[]): void {
  for (const i of offsets) {
    const mark = text[i];
    const before = text[i - 1];
    const after = text[i + 1];
    if (isDigit(before) && isDigit(after)) continue; // 1,000  8:30  1:1000
    if (mark === ':' && (after === '/' || after === '\\')) continue; // paths and scheme remnants
    if (mark === ';' && /&#?[A-Za-z0-9]{1,8}$/.test(text.slice(Math.max(0, i - 10), i))) continue; // &nbsp; left in text
    let p = prevIndex(text, i);
    // 什么?! : the mark before a ? or ! decides for both.
    while ((mark === '?' || mark === '!') && (text[p] === '?' || text[p] === '!')) p = prevIndex(text, p);
    const n = nextIndex(text, i + 1);
    const prevChar = charAt(text, p);
    const nextChar = charAt(text, n);
    const chineseBefore = isChineseContext(prevChar) && prevChar !== '·';
    // After a Latin word, only a Chinese character right behind the mark makes it Chinese: "Hello! 你好" is English.
    const chineseAfter = isChineseContext(nextChar) && nextChar !== '·' && (!isLatinAlnum(prevChar) || n === i + 1);
    if (!chineseBefore && !chineseAfter) continue;
    reportHalfWidth(context, text, i, p, n, mark);
  }
}

function checkHalfWidthPeriods(context: Context, text: string): void {
  for (const match of text.matchAll(/(?<!\.)\.(?!\.)/g)) {
    const i = match.index;
    const before = text[i - 1];
    if (!isHan(before) && !CHINESE_CLOSERS.includes(before ?? '')) continue;
    const after = text[i + 1];
    if (isLatinAlnum(after) || after === '_' || after === '-' || after === '/') continue; // 附件.pdf, 名单.xlsx
    // 一.总则 is a heading number written wrongly: the numbering rule reports and fixes it.
    if (CHINESE_ORDINAL.test(text.slice(blockStart(context.document, i), i))) continue;
    if (CHINESE_TLD.test(text.slice(i + 1, i + 5))) continue; // 中国政府网.政务
    if (isHan(after)) {
      // 会议结束.下一步 is a full stop, but 卡尔.马克思 is a name that wants the 间隔号: report, do not fix.
      context.report({ messageId: 'halfWidthPeriod', data: { mark: '.' }, start: i, end: i + 1, suggestions: ['。', '·'] });
      continue;
    }
    reportHalfWidth(context, text, i, prevIndex(text, i), nextIndex(text, i + 1), '.');
  }
}

function reportHalfWidth(context: Context, text: string, i: number, p: number, n: number, mark: string): void {
  const fixed = HALF_TO_FULL[mark];
  // A full-width mark carries its own spacing: spaces between it and Chinese go with it.
  let fixStart = i;
  let fixEnd = i + 1;
  if (p >= 0 && p < i - 1 && isChineseContext(text[p]) && isSpace(text[i - 1])) fixStart = p + 1;
  if (n > i + 1 && isChineseContext(text[n])) fixEnd = n;
  context.report({
    messageId: 'halfWidth',
    data: { mark, fixed },
    // The finding covers the spaces the fix removes, so that a fix never reaches outside its finding.
    start: fixStart,
    end: fixEnd,
    fix: { start: fixStart, end: fixEnd, text: fixed },
    suggestions: [fixed],
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Repeated marks; 3. ellipses; 4. dashes; 7. full-width letters and digits. Regex passes over the whole text.

function checkRepeats(context: Context, text: string, possible: number): void {
  if ((possible & REPEATED_DIANHAO) !== 0) checkRepeatedDianhao(context, text);
  if ((possible & DOUBLED_EMPHASIS) !== 0) checkDoubledEmphasis(context, text);
}

function checkRepeatedDianhao(context: Context, text: string): void {
  // Two or more consecutive 点号 (three or more 。 is an ellipsis, handled below).
  for (const match of text.matchAll(/[，。、；：]{2,}/g)) {
    const run = match[0];
    const start = match.index;
    if (/^。{3,}$/.test(run)) continue;
    const distinct = [...new Set(run)];
    if (distinct.length === 1) {
      context.report({ messageId: 'repeatedMark', data: { text: run, fixed: distinct[0] }, start, end: start + run.length, fix: { start, end: start + run.length, text: distinct[0] }, suggestions: [distinct[0]] });
    } else {
      context.report({ messageId: 'mixedMarks', data: { text: run }, start, end: start + run.length, suggestions: distinct });
    }
  }
}

function checkDoubledEmphasis(context: Context, text: string): void {
  for (const match of text.matchAll(/？{2,}|！{2,}/g)) {
    const start = match.index;
    context.report({ messageId: 'doubledEmphasis', data: { text: match[0] }, start, end: start + match[0].length, suggestions: [match[0][0]] });
  }
}

function checkEllipsis(context: Context, text: string, possible: number): void {
  if ((possible & ELLIPSIS_RUN) === 0) return;
  for (const match of text.matchAll(/\.{3,}|。{3,}|·{3,}|・{3,}|…+/g)) {
    const run = match[0];
    const start = match.index;
    const end = start + run.length;
    if (run[0] === '…') {
      if (run.length === 2 || run.length === 4) {
        checkEllipsisDeng(context, text, start, end);
        continue;
      }
      const before = charAt(text, prevIndex(text, start));
      const after = charAt(text, nextIndex(text, end));
      if (!isChineseContext(before) && !isChineseContext(after)) continue;
      const report: RuleReport = { messageId: 'ellipsis', data: { text: run }, start, end, suggestions: ['……'] };
      if (run.length < 4) report.fix = { start, end, text: '……' };
      context.report(report);
      continue;
    }
    if (run[0] !== '。') {
      const before = charAt(text, prevIndex(text, start));
      const after = charAt(text, nextIndex(text, end));
      if (isDigit(text[start - 1]) && isDigit(text[end])) continue;
      if (!isChineseContext(before) && !isChineseContext(after)) continue;
    }
    context.report({ messageId: 'ellipsis', data: { text: run }, start, end, fix: { start, end, text: '……' }, suggestions: ['……'] });
  }
}

/** `……等` / `……等等`: the ellipsis already says "and so on". */
function checkEllipsisDeng(context: Context, text: string, runStart: number, at: number): void {
  if (text[at] !== '等') return;
  const double = text[at + 1] === '等';
  const wordEnd = at + (double ? 2 : 1);
  const after = text[wordEnd];
  const atBoundary = after === undefined || after === '\n' || (isChineseContext(after) && !isHan(after)) || isSpace(after);
  const word = double ? '等等' : '等';
  if (atBoundary) {
    context.report({ messageId: 'ellipsisDeng', data: { word }, start: runStart, end: wordEnd, fix: { start: at, end: wordEnd, text: '' }, suggestions: ['……'] });
    return;
  }
  if (!isHan(after)) return;
  // 等待, 等于, 等级 …: 等 starts a word of its own.
  if (!double && DENG_COMPOUND.includes(after)) return;
  if (double) return; // ……等等我: "wait" — too uncertain when more Chinese follows
  context.report({ messageId: 'ellipsisDeng', data: { word }, start: runStart, end: wordEnd, suggestions: ['等'] });
}

function checkDashes(context: Context, text: string, possible: number): void {
  if ((possible & DASH_RUN) === 0) return;
  for (const match of text.matchAll(/-{2,}|－{2,}|—+/g)) {
    const run = match[0];
    const start = match.index;
    const end = start + run.length;
    const before = text[start - 1];
    const after = text[end];
    const prevChar = charAt(text, prevIndex(text, start));
    const nextChar = charAt(text, nextIndex(text, end));
    if (run[0] === '—') {
      if (run.length === 2) continue;
      if (run.length === 1) {
        checkSingleDash(context, text, start);
        continue;
      }
      // ——— between two characters is a mistyped dash; longer runs are blanks to fill in (姓名————).
      if (run.length === 3 && isHan(before) && isHan(after)) {
        context.report({ messageId: 'dash', data: { text: run }, start, end, fix: { start, end, text: '——' }, suggestions: ['——'] });
      }
      continue;
    }
    if (run.length > 4) continue; // a rule line, not a dash
    // --help, a--b, 2020--2021: not a Chinese dash.
    if (isLatinAlnum(before) || isLatinAlnum(after)) continue;
    if (!isChineseContext(prevChar) && !isChineseContext(nextChar)) continue;
    context.report({ messageId: 'dash', data: { text: run }, start, end, fix: { start, end, text: '——' }, suggestions: ['——'] });
  }
}

/**
 * A single — is the 一字线 of ranges and connections (2011年—2012年, 北京—上海, 科技—产业—金融), so between two
 * characters it is left alone. Next to a 点号 or at the edge of a block it can only be a short 破折号.
 */
function checkSingleDash(context: Context, text: string, i: number): void {
  const before = text[i - 1];
  const after = text[i + 1];
  const blockEdgeBefore = before === undefined || before === '\n';
  const blockEdgeAfter = after === undefined || after === '\n';
  const dianhaoBefore = before !== undefined && DIANHAO.includes(before);
  const dianhaoAfter = after !== undefined && DIANHAO.includes(after);
  const hanOrQuoteAfter = isHan(after) || after === '“' || after === '《';
  const hanOrQuoteBefore = (isHan(before) && !RANGE_CHARS.includes(before ?? '')) || before === '”' || before === '》';
  const isDash = ((blockEdgeBefore || dianhaoBefore) && hanOrQuoteAfter) || (hanOrQuoteBefore && (blockEdgeAfter || dianhaoAfter));
  if (!isDash) return;
  context.report({ messageId: 'singleDash', data: { text: '—' }, start: i, end: i + 1, suggestions: ['——'] });
}

/** `<中华人民共和国行政诉讼法>`: less-than and greater-than signs standing in for book-title marks. */
function checkAngleBrackets(context: Context, text: string, possible: number): void {
  if ((possible & ANGLE_BRACKET) === 0) return;
  for (const match of text.matchAll(/[<＜](?=[\p{Script=Han}])([^<>＜＞\n]{1,80})[>＞]/gu)) {
    const start = match.index;
    const inner = match[1];
    // <上一篇 下一篇>, <返回：首页>: page navigation, not a title.
    if (/[\s\u3000:：]/.test(inner)) continue;
    const end = start + match[0].length;
    // Inside a 《》 the inner title takes 〈〉; elsewhere 《》.
    const before = text.slice(blockStart(context.document, start), start);
    const insideTitle = before.lastIndexOf('《') > before.lastIndexOf('》');
    const fixed = insideTitle ? `〈${inner}〉` : `《${inner}》`;
    context.report({ messageId: 'angleBrackets', data: { text: match[0], fixed }, start, end, fix: { start, end, text: fixed }, suggestions: [fixed] });
  }
}

function checkFullWidthAlnum(context: Context, text: string, possible: number): void {
  if ((possible & FULL_WIDTH_ALNUM) === 0) return;
  for (const match of text.matchAll(/[０-９Ａ-Ｚａ-ｚ]+(?:．[０-９]+)*/g)) {
    const run = match[0];
    const start = match.index;
    const fixed = [...run].map((char) => (char === '．' ? '.' : String.fromCharCode(char.charCodeAt(0) - 0xfee0))).join('');
    context.report({ messageId: 'fullWidthAlnum', data: { text: run, fixed }, start, end: start + run.length, fix: { start, end: start + run.length, text: fixed }, suggestions: [fixed] });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 5. Paired marks (and ASCII parentheses in Chinese text); 6. straight quotes. Block by block.

interface OpenMark {
  index: number;
  char: string;
  family: string;
  /** Index in `pairs` of the enclosing matched-or-not opener's pair record. */
  parent: number;
  pair: number;
}

interface PairRecord {
  open: number;
  close: number;
  family: string;
  parent: number;
}

interface Unmatched {
  index: number;
  char: string;
}

/** How many blocks later a closing mark may still close an opening one (a title or note broken over lines). */
const CARRY_BLOCKS = 3;
/** How many paragraphs a quotation may run over without each one opening with “. */
const CARRY_QUOTE_BLOCKS = 40;

interface Carried extends Unmatched {
  block: number;
  /** A “ that opens a block or follows a colon: the start of a quotation that may run over paragraphs. */
  quotation: boolean;
}

/** `marks`: the offsets of every paired mark, in order (see scanTriggers). */
function checkPairs(context: Context, text: string, blocks: readonly Span[], marks: readonly number[]): void {
  const carry: Carried[] = [];
  const reportUnmatched = (mark: Unmatched) => {
    if ((mark.char === '(' || mark.char === ')') && !asciiParenIsChinese(text, mark.index)) return;
    const isOpener = mark.char in OPENERS;
    const partner = isOpener ? OPENERS[mark.char] : CLOSER_FAMILY[mark.char];
    context.report({ messageId: isOpener ? 'unclosedMark' : 'unopenedMark', data: { mark: mark.char, pair: partner }, start: mark.index, end: mark.index + 1 });
  };
  const startsWithQuote = (b: number) => text[nextIndex(text, blocks[b].start)] === '“';
  let cursor = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    while (cursor < marks.length && marks[cursor] < block.start) cursor++;
    // A block without paired marks changes nothing, unless marks are carried over from the blocks before it.
    if (carry.length === 0 && (cursor >= marks.length || marks[cursor] >= block.end)) continue;
    const { pairs, unmatched, next } = matchBlock(text, block, marks, cursor);
    cursor = next;
    // Marks carried too long are unpaired after all.
    for (let k = carry.length - 1; k >= 0; k--) {
      const limit = carry[k].quotation ? CARRY_QUOTE_BLOCKS : CARRY_BLOCKS;
      if (b - carry[k].block > limit) reportUnmatched(carry.splice(k, 1)[0]);
    }
    // A quotation over several paragraphs opens “ at each paragraph and closes only at the last.
    if (carry.length > 0 && startsWithQuote(b)) {
      for (let k = carry.length - 1; k >= 0; k--) if (carry[k].char === '“' && carry[k].block === b - 1) carry.splice(k, 1);
    }
    for (const mark of unmatched) {
      if (mark.char in OPENERS) {
        const before = charAt(text, prevIndex(text, mark.index));
        carry.push({ ...mark, block: b, quotation: mark.char === '“' && (before === undefined || before === '：' || before === ':') });
        continue;
      }
      const family = CLOSER_FAMILY[mark.char];
      let k = carry.length - 1;
      // Only a mark left open in an earlier block: within one block the mismatch is real (“《”》).
      while (k >= 0 && (FAMILY_OF_OPENER[carry[k].char] !== family || carry[k].block === b)) k--;
      if (k < 0) {
        reportUnmatched(mark);
        continue;
      }
      const opened = carry.splice(k, 1)[0];
      if (family === '“' && opened.block < b && mark.index === nextIndex(text, block.start)) {
        // ” opening a paragraph: the closing mark of the paragraph before, carried over by a line break.
        context.report({ messageId: 'unopenedMark', data: { mark: mark.char, pair: '“' }, start: mark.index, end: mark.index + 1 });
      } else if (family === '“' && opened.block < b) {
        // The paragraphs after the first one should each open with “: one finding per quotation.
        let missing = 0;
        let first = -1;
        for (let q = opened.block + 1; q <= b; q++) {
          if (startsWithQuote(q)) continue;
          const at = nextIndex(text, blocks[q].start);
          if (at < 0 || at >= blocks[q].end) continue;
          missing++;
          if (first < 0) first = at;
        }
        if (first >= 0) context.report({ messageId: 'quoteParagraphStart', data: { count: missing }, start: first, end: first + 1, suggestions: [`“${text[first]}`] });
      }
    }
    reportPairs(context, text, pairs);
  }
  for (const mark of carry) reportUnmatched(mark);
}

/** FAMILY_OF_OPENER and CLOSER_FAMILY by char code, for the loop over marks. */
const OPENER_FAMILY_BY_CODE = new Map(Object.entries(FAMILY_OF_OPENER).map(([char, family]) => [char.charCodeAt(0), family]));
const CLOSER_FAMILY_BY_CODE = new Map(Object.entries(CLOSER_FAMILY).map(([char, family]) => [char.charCodeAt(0), family]));
const NO_PAIRS: readonly PairRecord[] = [];
const NO_UNMATCHED: readonly Unmatched[] = [];

function matchBlock(text: string, block: Span, marks: readonly number[], from: number): { pairs: readonly PairRecord[]; unmatched: readonly Unmatched[]; next: number } {
  let m = from;
  while (m < marks.length && marks[m] < block.start) m++;
  if (m >= marks.length || marks[m] >= block.end) return { pairs: NO_PAIRS, unmatched: NO_UNMATCHED, next: m };
  const stack: OpenMark[] = [];
  const pairs: PairRecord[] = [];
  const unmatched: Unmatched[] = [];
  const marker = BLOCK_LIST_MARKER.exec(text.slice(block.start, Math.min(block.end, block.start + 8)));
  const markerClose = marker ? block.start + marker[0].length - 1 : -1;
  for (; m < marks.length && marks[m] < block.end; m++) {
    const i = marks[m];
    const code = text.charCodeAt(i);
    const family = OPENER_FAMILY_BY_CODE.get(code);
    if (family !== undefined) {
      if (code === 0x2018 && isLatinLetter(text[i - 1]) && isLatinLetter(text[i + 1])) continue; // O‘Brien
      const parent = stack.length > 0 ? stack[stack.length - 1].pair : -1;
      pairs.push({ open: i, close: -1, family, parent });
      stack.push({ index: i, char: text[i], family, parent, pair: pairs.length - 1 });
      continue;
    }
    const closes = CLOSER_FAMILY_BY_CODE.get(code);
    if (closes === undefined) continue;
    if (i === markerClose) continue; // 1)  a）  一） list markers
    let k = stack.length - 1;
    while (k >= 0 && stack[k].family !== closes) k--;
    if (k < 0) {
      // An apostrophe (don’t, students’) is not a closing quote.
      if (code === 0x2019 && isLatinAlnum(text[i - 1])) continue;
      unmatched.push({ index: i, char: text[i] });
      continue;
    }
    for (let j = stack.length - 1; j > k; j--) unmatched.push({ index: stack[j].index, char: stack[j].char });
    pairs[stack[k].pair].close = i;
    stack.length = k;
  }
  for (const open of stack) unmatched.push({ index: open.index, char: open.char });
  unmatched.sort((a, b) => a.index - b.index);
  return { pairs, unmatched, next: m };
}

/** An ASCII parenthesis in Chinese text: a Chinese character (or Chinese punctuation) right next to it. */
function asciiParenIsChinese(text: string, i: number): boolean {
  if (text[i] === '(') return isChineseContext(charAt(text, prevIndex(text, i))) || isHan(charAt(text, nextIndex(text, i + 1)));
  return isHan(charAt(text, prevIndex(text, i))) || isChineseContext(charAt(text, nextIndex(text, i + 1)));
}

function reportPairs(context: Context, text: string, pairs: readonly PairRecord[]): void {
  for (const pair of pairs) {
    if (pair.close < 0) continue;
    const open = text[pair.open];
    const close = text[pair.close];
    if (open === '(' || close === ')') {
      if (!asciiPairIsChinese(text, pair, pairs) || isHeadingNumber(context.document, pair)) continue;
      for (const index of [pair.open, pair.close]) {
        const mark = text[index];
        if (mark !== '(' && mark !== ')') continue;
        const fixed = HALF_TO_FULL[mark];
        context.report({ messageId: 'halfWidth', data: { mark, fixed }, start: index, end: index + 1, fix: { start: index, end: index + 1, text: fixed }, suggestions: [fixed] });
      }
      continue;
    }
    if (open === '《' && hasTitleAncestor(text, pair, pairs)) {
      const inner = text.slice(pair.open + 1, pair.close);
      context.report({
        messageId: 'nestedTitle',
        data: { text: `《${inner}》`, fixed: `〈${inner}〉` },
        start: pair.open,
        end: pair.close + 1,
        suggestions: [`〈${inner}〉`],
      });
    }
  }
}

/** `(一)` or `(1)` opening a block is a heading number: the numbering rule reports and fixes it as a whole. */
function isHeadingNumber(document: CuominDocument, pair: PairRecord): boolean {
  const { text } = document;
  return /^[\s\u3000]*$/.test(text.slice(blockStart(document, pair.open), pair.open)) && /^(?:[一二三四五六七八九十百〇零]+|\d+)$/.test(text.slice(pair.open + 1, pair.close));
}

function asciiPairIsChinese(text: string, pair: PairRecord, pairs: readonly PairRecord[]): boolean {
  if (text[pair.open] === '（' || text[pair.close] === '）') return true;
  let hasHan = false;
  for (let i = pair.open + 1; i < pair.close; i++) {
    if (isHan(text[i])) {
      hasHan = true;
      break;
    }
  }
  if (hasHan) return true;
  // f(x), Windows(XP): a Latin word right before the parenthesis makes it Latin notation.
  if (isLatinAlnum(text[pair.open - 1])) return false;
  const before = charAt(text, prevIndex(text, pair.open));
  const after = charAt(text, nextIndex(text, pair.close + 1));
  const enclosing = pair.parent >= 0 ? pairs[pair.parent] : undefined;
  const chineseNeighbour = (char: string | undefined) => isHan(char) || (isChineseContext(char) && !(enclosing && (char === text[enclosing.open] || char === text[enclosing.close])));
  return chineseNeighbour(before) || chineseNeighbour(after);
}

/** A 《》 directly inside a closed 《》 (〈〉 between them is the correct nesting, 《〈《》〉》). */
function hasTitleAncestor(text: string, pair: PairRecord, pairs: readonly PairRecord[]): boolean {
  for (let p = pair.parent; p >= 0; p = pairs[p].parent) {
    const family = pairs[p].family;
    if (family === '〈') return false;
    if (family !== '《') continue;
    if (pairs[p].close < 0) return false;
    // 《关于修改<某某条例>的决定》 written with ASCII or full-width less-than signs as 〈〉.
    const between = text.slice(pairs[p].open + 1, pair.open);
    return !/[<＜]/.test(between);
  }
  return false;
}

function checkStraightQuotes(context: Context, text: string, blocks: readonly Span[]): void {
  if (!text.includes('"') && !text.includes("'")) return;
  for (const block of blocks) {
    const slice = text.slice(block.start, block.end);
    if (!slice.includes('"') && !slice.includes("'")) continue;
    const primes = new Set<number>();
    for (const match of slice.matchAll(PRIME_NOTATION)) {
      for (let k = 0; k < match[0].length; k++) {
        const char = match[0][k];
        if (char === "'" || char === '"') primes.add(block.start + match.index + k);
      }
    }
    const doubles: number[] = [];
    const singles: number[] = [];
    for (let i = block.start; i < block.end; i++) {
      const char = text[i];
      if ((char !== '"' && char !== "'") || primes.has(i)) continue;
      if (char === '"') doubles.push(i);
      // An apostrophe inside a Latin word (don't, it's) is not a quotation mark.
      else if (!(isLatinLetter(text[i - 1]) && isLatinLetter(text[i + 1]))) singles.push(i);
    }
    quotePass(context, text, doubles, '“', '”', false);
    quotePass(context, text, singles, '‘', '’', true);
  }
}

function quotePass(context: Context, text: string, marks: number[], opening: string, closing: string, strict: boolean): void {
  if (marks.length === 0) return;
  const paired = marks.length % 2 === 0;
  for (let k = 0; k < marks.length; k++) {
    const i = marks[k];
    const mark = text[i];
    if (paired) {
      const open = k % 2 === 0 ? i : marks[k - 1];
      const close = k % 2 === 0 ? marks[k + 1] : i;
      const content = text.slice(open + 1, close);
      const hanInside = /[\p{Script=Han}〇]/u.test(content);
      const touching = isChineseContext(charAt(text, prevIndex(text, open))) || isChineseContext(charAt(text, nextIndex(text, close + 1)));
      if (!hanInside && !touching) continue;
      const fixed = k % 2 === 0 ? opening : closing;
      // Single quotes are apostrophes too often: fix only a short, wholly Chinese quotation.
      const certain = !strict || (hanInside && !/[A-Za-z]/.test(content) && content.length <= 40);
      const report: RuleReport = { messageId: 'straightQuote', data: { mark, fixed }, start: i, end: i + 1, suggestions: [fixed] };
      if (certain) report.fix = { start: i, end: i + 1, text: fixed };
      context.report(report);
      continue;
    }
    const before = charAt(text, prevIndex(text, i));
    const after = charAt(text, nextIndex(text, i + 1));
    if (!isChineseContext(before) && !isChineseContext(after)) continue;
    context.report({ messageId: 'straightQuote', data: { mark, fixed: `${opening}${closing}` }, start: i, end: i + 1, suggestions: [guessQuote(text, i, opening, closing)] });
  }
}

/** Which curly quote a lone straight one probably is: opening before a word, closing after one. */
function guessQuote(text: string, i: number, opening: string, closing: string): string {
  const before = text[i - 1];
  const after = text[i + 1];
  const wordBefore = isHan(before) || isLatinAlnum(before) || (before !== undefined && CHINESE_CLOSERS.includes(before));
  const wordAfter = isHan(after) || isLatinAlnum(after);
  if (wordAfter && !wordBefore) return opening;
  if (wordBefore && !wordAfter) return closing;
  return opening;
}

export default defineRule({
  meta: {
    id: 'punctuation',
    description: {
      zh: '标点符号用法不规范（GB/T 15834-2011）：中文中的半角标点、标点重复、省略号和破折号写法、成对标点不配对、直引号、全角字母数字',
      en: 'Punctuation misuse per GB/T 15834-2011: half-width marks in Chinese, repeated marks, malformed ellipses and dashes, unpaired quotes and brackets, straight quotes, full-width letters and digits',
    },
    category: 'mistake',
    urgency: 'general',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      halfWidth: { zh: '中文中使用了半角标点“{{mark}}”，应为全角“{{fixed}}”', en: 'Half-width "{{mark}}" in Chinese text; use full-width "{{fixed}}"' },
      halfWidthPeriod: { zh: '中文中使用了半角句点“{{mark}}”，句末应为“。”，外国人名中应为间隔号“·”', en: 'Half-width "{{mark}}" in Chinese text: a full stop is "。", a separator in a foreign name is "·"' },
      repeatedMark: { zh: '标点“{{text}}”重复，应为“{{fixed}}”', en: 'Repeated mark "{{text}}"; use "{{fixed}}"' },
      mixedMarks: { zh: '标点“{{text}}”连用，应只保留一个', en: 'Marks "{{text}}" used together; keep only one' },
      doubledEmphasis: { zh: '问号或叹号叠用“{{text}}”，公文中不宜使用', en: 'Doubled "{{text}}" is not used in official text' },
      ellipsis: { zh: '省略号“{{text}}”不规范，应为“……”', en: 'Non-standard ellipsis "{{text}}"; use "……"' },
      ellipsisDeng: { zh: '省略号后不应再用“{{word}}”', en: '"{{word}}" after an ellipsis is redundant' },
      dash: { zh: '破折号“{{text}}”不规范，应为“——”', en: 'Non-standard dash "{{text}}"; use "——"' },
      singleDash: { zh: '一字线“{{text}}”用作破折号，破折号应为“——”', en: 'Single "{{text}}" used as a dash; the Chinese dash is "——"' },
      unclosedMark: { zh: '“{{mark}}”缺少配对的“{{pair}}”', en: '"{{mark}}" has no matching "{{pair}}"' },
      quoteParagraphStart: { zh: '多段引文的每段开头都应使用前引号“（本段起共{{count}}段缺少）', en: 'Each paragraph of a multi-paragraph quotation should open with “ ({{count}} paragraphs from here lack it)' },
      unopenedMark: { zh: '“{{mark}}”前缺少配对的“{{pair}}”', en: '"{{mark}}" has no matching "{{pair}}" before it' },
      nestedTitle: { zh: '书名号内再用书名号，内层应为单书名号：“{{fixed}}”', en: 'Book-title marks nested in book-title marks: the inner ones should be 〈〉 ("{{fixed}}")' },
      angleBrackets: { zh: '用小于号、大于号代替书名号：“{{text}}”应为“{{fixed}}”', en: 'Less-than and greater-than signs used as book-title marks: "{{text}}" should be "{{fixed}}"' },
      straightQuote: { zh: '中文中使用了直引号 {{mark}}，应为 {{fixed}}', en: 'Straight quote {{mark}} in Chinese text; use {{fixed}}' },
      fullWidthAlnum: { zh: '全角字母或数字“{{text}}”，应为半角“{{fixed}}”', en: 'Full-width letters or digits "{{text}}"; use half-width "{{fixed}}"' },
    },
  },
  check(context) {
    const { text } = context.document;
    const blocks = blockRanges(context as Context);
    const ctx = context as Context;
    const triggers = scanTriggers(text);
    const { possible, pairedMarks } = triggers;
    checkHalfWidth(ctx, text, triggers);
    checkRepeats(ctx, text, possible);
    checkEllipsis(ctx, text, possible);
    checkDashes(ctx, text, possible);
    checkFullWidthAlnum(ctx, text, possible);
    checkAngleBrackets(ctx, text, possible);
    checkPairs(ctx, text, blocks, pairedMarks);
    checkStraightQuotes(ctx, text, blocks);
  },
});
