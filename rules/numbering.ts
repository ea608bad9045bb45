// numbering: the numbering of 第X编/章/节/条 and of heading numbers (一、（一）1.（1）①) at the start of blocks must run
// from one without gaps or repeats; a reference to 第X条 must name an article the document has; heading numbers must
// take their standard form (1. not 1、, （一） not （一）、 or (一), 一、 not 一.).
import { defineRule } from '../src/engine/types.js';
import type { RuleContext, RuleReport } from '../src/engine/types.js';
import type { Block } from '../src/document/types.js';
import { parseChineseNumeral, parseOrdinalNumber, toChineseNumeral } from '../src/text/chinese-numerals.js';

type Context = RuleContext<Record<string, unknown>>;

// ---------------------------------------------------------------------------------------------------------------
// Markers at the start of a block

type StructureKind = '编' | '分编' | '章' | '节' | '条';

interface StructureMarker {
  kind: StructureKind;
  n: number;
  /** The N of 之N (an inserted article such as 第十条之一); 0 when absent. */
  sub: number;
  arabic: boolean;
  start: number;
  end: number;
}

/** Heading-number styles, in the usual order of GB/T 9704: 一、 （一） 1. （1） ①. */
type OutlineType = 'cnComma' | 'cnParen' | 'arDot' | 'arParen' | 'circled';

interface OutlineMarker {
  type: OutlineType;
  n: number;
  start: number;
  end: number;
  /** Might be something else (1.5万, 一、二季度): counts only when it continues an open sequence. */
  ambiguous: boolean;
}

const CN = '[零〇一二两三四五六七八九十百千万]+';
const STRUCTURE_PATTERN = new RegExp(`^第(${CN}|[0-9０-９]{1,4})(分编|编|章|节|条)(?:之([一二三四五六七八九十]+))?`, 'u');
const SEPARATOR = /^[\s\u3000【［〔]/u;
/** The numeral of STRUCTURE_PATTERN is all Chinese or all digits: its first character tells which. */
const ARABIC_DIGIT = /[0-9０-９]/u;
const SENTENCE_PUNCTUATION = /[。；，：、！？]/u;
/** Spaces, and invisible characters that sometimes precede a paragraph (zero-width space, BOM). */
const LEADING_SPACE_CHAR = /[\s\u3000\u200b-\u200d\u2060\ufeff]/u;

/** True for a LEADING_SPACE_CHAR; printable ASCII and the common ideographs are answered without the pattern. */
function isLeadingSpace(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if ((code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff)) return false;
  return LEADING_SPACE_CHAR.test(text[index]!);
}

/** Where the text of [start, end) begins after its leading spaces and invisible characters. */
function skipLeadingSpace(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && isLeadingSpace(text, at)) at++;
  return at;
}

const CN_COMMA_PATTERN = /^([一二三四五六七八九十百]+)(、|[.．](?![0-9０-９]))/u;
const CN_PAREN_PATTERN = /^([（(])([一二三四五六七八九十百]+)([）)])(、?)/u;
const AR_PAREN_PATTERN = /^([（(])([0-9]{1,3})([）)])(、?)/u;
const AR_DOT_PATTERN = /^([0-9]{1,3})([.．、])/u;
const DIGIT = /^[0-9０-９]/u;
/** 一、二季度 or 三、四月份 is a list of numbers, not a heading number. */
const CHINESE_NUMBER_LIST = /^[一二三四五六七八九十]{1,2}(?:、|季|月|产|等|级|类|号|批|期|年|次|种|线|档)/u;

function structureMarker(text: string, offset: number, block: Block): StructureMarker | undefined {
  if (text[0] !== '第') return undefined; // what STRUCTURE_PATTERN needs first, checked without running it
  const match = STRUCTURE_PATTERN.exec(text);
  if (!match) return undefined;
  const kind = match[2] as StructureKind;
  const rest = text.slice(match[0].length);
  if (rest !== '' && !SEPARATOR.test(rest[0]!)) {
    // 第一章总则 without a space: accept a short title, never a sentence (第三章规定的……).
    if (kind === '条' || text.length > 30 || SENTENCE_PUNCTUATION.test(rest) || block.kind === 'listItem') return undefined;
  }
  const n = parseOrdinalNumber(match[1]!);
  if (n === undefined || n === 0) return undefined;
  const sub = match[3] === undefined ? 0 : parseChineseNumeral(match[3]);
  if (sub === undefined || (match[3] !== undefined && sub === 0)) return undefined;
  return { kind, n, sub, arabic: ARABIC_DIGIT.test(match[1]![0]!), start: offset, end: offset + match[0].length };
}

interface WrongForm {
  start: number;
  end: number;
  expected: string;
}

type OutlineFound = { marker?: OutlineMarker; wrong?: WrongForm };
const NO_OUTLINE: OutlineFound = Object.freeze({});
const CHINESE_COMMA_FIRST = '一二三四五六七八九十百';

/** The heading number a block starts with; each style is told by its first character, so one pattern is tried. */
function outlineMarker(text: string, offset: number): OutlineFound {
  const first = text[0];
  if (first === undefined) return NO_OUTLINE;
  if (CHINESE_COMMA_FIRST.includes(first)) return chineseCommaMarker(text, offset);
  if (first === '（' || first === '(') return parenthesizedMarker(text, offset);
  if (first >= '0' && first <= '9') return arabicDotMarker(text, offset);
  const code = text.charCodeAt(0);
  if (code >= 0x2460 && code <= 0x2473) {
    return { marker: { type: 'circled', n: code - 0x2460 + 1, start: offset, end: offset + 1, ambiguous: false } };
  }
  return NO_OUTLINE;
}

/** 一、 (or 一. / 一．, the wrong form). */
function chineseCommaMarker(text: string, offset: number): OutlineFound {
  const match = CN_COMMA_PATTERN.exec(text);
  if (!match) return NO_OUTLINE;
  const n = parseChineseNumeral(match[1]!);
  if (n === undefined || n === 0) return NO_OUTLINE;
  const rest = text.slice(match[0].length);
  const end = offset + match[0].length;
  const marker: OutlineMarker = { type: 'cnComma', n, start: offset, end, ambiguous: match[2] === '、' && CHINESE_NUMBER_LIST.test(rest) };
  if (match[2] !== '、') return { marker, wrong: { start: offset, end, expected: `${match[1]}、` } };
  return { marker };
}

/** （一） and （1） (or with ASCII brackets or a 、 after them, the wrong forms). */
function parenthesizedMarker(text: string, offset: number): OutlineFound {
  const match = CN_PAREN_PATTERN.exec(text) ?? AR_PAREN_PATTERN.exec(text);
  if (!match) return NO_OUTLINE;
  const arabic = /[0-9]/u.test(match[2]!);
  const n = arabic ? Number(match[2]) : parseChineseNumeral(match[2]!);
  if (n === undefined || n === 0) return NO_OUTLINE;
  const end = offset + match[0].length;
  const marker: OutlineMarker = { type: arabic ? 'arParen' : 'cnParen', n, start: offset, end, ambiguous: false };
  const expected = `（${match[2]}）`;
  // An ASCII bracket before Latin text may be something else ((1) Introduction); leave it.
  const asciiBracket = match[1] === '(' || match[3] === ')';
  if (asciiBracket && /^\s*[A-Za-z]/u.test(text.slice(match[0].length))) return NO_OUTLINE;
  if (asciiBracket || match[4] === '、') return { marker, wrong: { start: offset, end, expected } };
  return { marker };
}

/** 1. (or 1、, the wrong form). */
function arabicDotMarker(text: string, offset: number): OutlineFound {
  const match = AR_DOT_PATTERN.exec(text);
  if (!match) return NO_OUTLINE;
  const n = Number(match[1]);
  if (n === 0) return NO_OUTLINE;
  const rest = text.slice(match[0].length);
  const end = offset + match[0].length;
  if (match[2] === '、') {
    // 1、2月份…… or 3、5号楼 is a list of numbers, not a heading number.
    if (DIGIT.test(rest)) return NO_OUTLINE;
    return { marker: { type: 'arDot', n, start: offset, end, ambiguous: false }, wrong: { start: offset, end, expected: `${match[1]}.` } };
  }
  // 1.5万亿元…… may be a decimal; 3．10种…… is usually a heading number.
  return { marker: { type: 'arDot', n, start: offset, end, ambiguous: DIGIT.test(rest) } };
}

/** Heading number `n` of `type` anywhere in a text (for lists that begin inside a paragraph). */
function inlinePattern(type: OutlineType, n: number): RegExp {
  switch (type) {
    case 'cnComma':
      return new RegExp(`(?<![一二三四五六七八九十百])${toChineseNumeral(n)}[、.．]`, 'u');
    case 'cnParen':
      return new RegExp(`[（(]${toChineseNumeral(n)}[）)]`, 'u');
    case 'arDot':
      return new RegExp(`(?<![0-9.．])${n}[.．、](?![0-9])`, 'u');
    case 'arParen':
      return new RegExp(`[（(]${n}[）)]`, 'u');
    case 'circled':
      return new RegExp(formatOutline('circled', n), 'u');
  }
}

function formatOutline(type: OutlineType, n: number): string {
  switch (type) {
    case 'cnComma':
      return `${toChineseNumeral(n)}、`;
    case 'cnParen':
      return `（${toChineseNumeral(n)}）`;
    case 'arDot':
      return `${n}.`;
    case 'arParen':
      return `（${n}）`;
    case 'circled':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `（${n}）`;
  }
}

function formatStructure(kind: StructureKind, n: number, sub: number, arabic: boolean): string {
  return `第${arabic ? String(n) : toChineseNumeral(n)}${kind}${sub > 0 ? `之${toChineseNumeral(sub)}` : ''}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Sequences

type Issue = 'gap' | 'repeat' | 'order' | 'start';
const ISSUE_MESSAGE: Record<Issue, string> = { gap: 'sequenceGap', repeat: 'sequenceRepeat', order: 'sequenceOrder', start: 'sequenceStart' };

interface Step {
  /** 'restart': the number went back to one (a new list, a table of contents, a second document). */
  result: 'ok' | 'restart' | Issue;
  expected: number;
  expectedSub: number;
}

/** One numbered sequence: the numbers seen so far and what may come next. */
class Counter {
  last: number | undefined;
  sub = 0;
  lastLabel = '';
  /** The last number of the sequence under the previous parent, which the next may continue. */
  carry: number | undefined;

  /** Starts afresh under a new parent; numbering may restart at one or continue from the previous parent's. */
  reset(): void {
    if (this.last !== undefined) this.carry = this.last;
    this.last = undefined;
    this.sub = 0;
  }

  step(n: number, sub: number, label: string): Step {
    let result: Step['result'] = 'ok';
    let expected = 1;
    let expectedSub = 0;
    if (this.last === undefined) {
      if (n !== 1 && !(this.carry !== undefined && n === this.carry + 1) && sub === 0) {
        result = 'start';
        expected = 1;
      }
    } else if (sub > 0 && n === this.last) {
      if (sub !== this.sub + 1) {
        result = sub <= this.sub ? (sub === this.sub ? 'repeat' : 'order') : 'gap';
        expected = n;
        expectedSub = this.sub + 1;
      }
    } else if (n !== this.last + 1) {
      expected = this.last + 1;
      if (n === 1 && sub === 0) result = 'restart';
      else if (n === this.last) result = 'repeat';
      else result = n > this.last ? 'gap' : 'order';
    }
    this.last = n;
    this.sub = sub;
    this.lastLabel = label;
    return { result, expected, expectedSub };
  }
}

/** An open level: a heading-number sequence, or a 第X编/章/节/条 that scopes the heading numbers after it. */
type OutlineEntry = { type: OutlineType; counter: Counter } | { type: 'structure'; kind: StructureKind };

function structureRank(kind: StructureKind): number {
  switch (kind) {
    case '编':
      return 0;
    case '分编':
      return 1;
    case '章':
      return 2;
    case '节':
      return 3;
    case '条':
      return 4;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// References to articles

/**
 * 第X条 at the offset of lastIndex (sticky). A reference never holds a second 第, so trying it at every 第 finds what a
 * global search would, and lets the article headings themselves be skipped without running it.
 */
const REFERENCE_AT = new RegExp(`第(${CN}|[0-9]{1,4})条(?!例)(?:之([一二三四五六七八九十]+))?`, 'uy');
/** The document itself: 本法第十条, 本条例第十条. */
const SELF_MENTION = /本(?:法|条例|规定|办法|细则|实施细则|实施办法|规则|解释|决定|准则|章程|意见|通知|标准|规范|制度|法典|公约|协定)/gu;
/** Another law or instrument: 《……》, or a name ending in 法/条例/规定/… right before 第 (刑法第二十条, 民法典第五条). */
const OTHER_MENTION = /《[^《》]*》|[法律例定则典释程约要见知令案书同议〉](?=第)/gu;
const SENTENCE_END = /[。；！？\n]/u;
const SENTENCE_START = /[。！？][\s\u3000]*$/u;
/** What follows 第X条 when it is a reference: 第十条规定, 第十条的, 第十条第二款, 第十条、第十一条. */
const REFERENCE_CONTINUATION = /^(?:规定|的|所|第|、|至|中|和|或|及|有关|关于)/u;
const LOOKBEHIND_LIMIT = 300;
const RECENT_BLOCKS = 3;
/** A quotation left open ends, for numbering, after this many blocks. */
const MAX_QUOTED_BLOCKS = 60;

/** Offsets of every `char` in `text`, ascending. */
function offsetsOf(text: string, char: string): number[] {
  const offsets: number[] = [];
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) offsets.push(i);
  return offsets;
}

/** How many of the ascending `offsets` lie in [start, end). */
function countBetween(offsets: readonly number[], start: number, end: number): number {
  if (offsets.length === 0) return 0;
  return firstAtOrAfter(offsets, end) - firstAtOrAfter(offsets, start);
}

function firstAtOrAfter(offsets: readonly number[], offset: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The key of article n 之 sub: sub, the N of 之N written with 一…十, is at most 99. */
function articleKey(n: number, sub: number): number {
  return n * 100 + sub;
}

// ---------------------------------------------------------------------------------------------------------------

export default defineRule({
  meta: {
    id: 'numbering',
    description: {
      zh: '编号检查：第X编/章/节/条及一、（一）1.（1）等序号须从一开始、连续不重复；引用的条文须存在；序号写法须规范（1.而非1、）',
      en: 'Numbering: 第X编/章/节/条 and heading numbers (一、（一）1.（1）) run from one without gaps or repeats; referenced articles exist; heading numbers take their standard form (1. not 1、)',
    },
    category: 'mistake',
    urgency: 'general',
    defaultSeverity: 'warning',
    fixable: true,
    docs: 'GB/T 9704-2012 党政机关公文格式（结构层次序数：一、（一）1.（1））；GB/T 15834-2011 标点符号用法',
    messages: {
      sequenceGap: {
        zh: '编号不连续：“{{actual}}”前一项是“{{previous}}”，应为“{{expected}}”',
        en: 'Numbering skips: "{{actual}}" follows "{{previous}}"; expected "{{expected}}"',
      },
      sequenceRepeat: {
        zh: '编号重复：“{{actual}}”与前一项相同，应为“{{expected}}”',
        en: 'Numbering repeats: "{{actual}}" is the same as the previous item; expected "{{expected}}"',
      },
      sequenceOrder: {
        zh: '编号顺序颠倒：“{{actual}}”排在“{{previous}}”之后，应为“{{expected}}”',
        en: 'Numbering goes backwards: "{{actual}}" follows "{{previous}}"; expected "{{expected}}"',
      },
      sequenceStart: {
        zh: '编号未从一开始：第一项是“{{actual}}”，应为“{{expected}}”',
        en: 'Numbering does not start at one: the first item is "{{actual}}"; expected "{{expected}}"',
      },
      missingArticle: {
        zh: '引用的“{{text}}”在本文中不存在（本文条文至“{{last}}”止）',
        en: 'Reference to "{{text}}", an article this document does not have (its articles end at "{{last}}")',
      },
      wrongForm: {
        zh: '序号“{{text}}”写法不规范，应为“{{expected}}”',
        en: 'Heading number "{{text}}" is not in standard form; use "{{expected}}"',
      },
    },
  },
  check(context) {
    new NumberingCheck(context).run();
  },
});

interface ArticleSequence {
  keys: Set<number>;
  markerStarts: Set<number>;
  lastLabel: string;
  first: StructureMarker;
  count: number;
  /** Whether the first article came under 第一章 of a document not excerpted from a larger code (no 第二编). */
  underFirstChapter: boolean;
}

class NumberingCheck {
  private readonly text: string;
  private readonly levels: Record<Exclude<StructureKind, '条'>, Counter> = { 编: new Counter(), 分编: new Counter(), 章: new Counter(), 节: new Counter() };
  private readonly articles = new Counter();
  private readonly sequences: ArticleSequence[] = [];
  private sequence: ArticleSequence | undefined;
  private currentChapter: number | undefined;
  private chaptersWithoutArticles = 0;
  private excerptOfCode = false;
  private outline: OutlineEntry[] = [];
  private lastSeen = new Map<OutlineType, number>();
  private quoteDepth = 0;
  private quotedBlocks = 0;
  private outsideQuote: { outline: OutlineEntry[]; lastSeen: Map<OutlineType, number> } | undefined;
  /** The texts of the last few blocks before the current one, in a ring (order does not matter to its reader). */
  private readonly recent: string[] = [];
  private recentNext = 0;
  /** Offsets of the opening and closing double quotation marks of the whole text. */
  private readonly openingQuotes: number[];
  private readonly closingQuotes: number[];

  constructor(private readonly context: Context) {
    this.text = context.document.text;
    this.openingQuotes = offsetsOf(this.text, '“');
    this.closingQuotes = offsetsOf(this.text, '”');
  }

  run(): void {
    for (const block of this.context.document.blocks) {
      const offset = skipLeadingSpace(this.text, block.start, Math.min(block.end, this.text.length));
      const text = this.text.slice(offset, block.end);
      if (text === '') continue;
      if (this.quoteDepth > 0 && !text.startsWith('“') && this.resumesOutside(block, text, offset)) this.leaveQuote();
      const quoted = block.kind !== 'heading' && (this.quoteDepth > 0 || text.startsWith('“'));
      if (quoted && !this.outsideQuote) {
        // Quoted paragraphs (an amendment quoting new articles and their items) number on their own.
        this.outsideQuote = { outline: this.outline, lastSeen: this.lastSeen };
        this.outline = [];
        this.lastSeen = new Map();
        this.quotedBlocks = 0;
      }
      this.block(block, text, offset, quoted);
      // A quotation of several paragraphs opens each with “ and closes only the last with ”.
      const reopened = this.quoteDepth > 0 && text.startsWith('“') ? 1 : 0;
      const opened = countBetween(this.openingQuotes, offset, block.end);
      const closed = countBetween(this.closingQuotes, offset, block.end);
      this.quoteDepth = block.kind === 'heading' ? 0 : Math.max(0, this.quoteDepth + opened - reopened - closed);
      if (this.outsideQuote && (!quoted || this.quoteDepth === 0 || ++this.quotedBlocks >= MAX_QUOTED_BLOCKS)) this.leaveQuote();
      this.recent[this.recentNext] = text;
      this.recentNext = (this.recentNext + 1) % RECENT_BLOCKS;
    }
    this.endSequence();
    this.references();
  }

  private leaveQuote(): void {
    this.quoteDepth = 0;
    if (!this.outsideQuote) return;
    ({ outline: this.outline, lastSeen: this.lastSeen } = this.outsideQuote);
    this.outsideQuote = undefined;
  }

  /**
   * Whether a paragraph inside an open quotation rather continues the numbering outside it: a closing ” was left
   * out (二十三、……：“…… / “……。 / 二十四、……).
   */
  private resumesOutside(block: Block, text: string, offset: number): boolean {
    const structure = structureMarker(text, offset, block);
    if (structure) return structure.kind === '条' && this.articles.last !== undefined && structure.n === this.articles.last + 1;
    const { marker } = outlineMarker(text, offset);
    if (!marker) return false;
    const continues = (stack: OutlineEntry[]) =>
      stack.some((entry) => entry.type === marker.type && entry.counter.last !== undefined && entry.counter.last + 1 === marker.n);
    if (!this.outsideQuote) return continues(this.outline);
    return continues(this.outsideQuote.outline) && !continues(this.outline);
  }

  private block(block: Block, text: string, offset: number, quoted: boolean): void {
    const inSequence = block.kind === 'heading' || block.kind === 'paragraph' || block.kind === 'listItem';
    if (block.listMarker !== undefined) {
      // A Markdown ordered list item: its number is not in the prose, but the sequence goes on through it.
      const listNumber = /^([0-9]{1,3})\.$/u.exec(block.listMarker);
      if (listNumber && inSequence) {
        this.outlineStep({ type: 'arDot', n: Number(listNumber[1]), start: offset, end: offset, ambiguous: false }, true);
      }
      return;
    }
    if (inSequence && !quoted) {
      const structure = structureMarker(text, offset, block);
      if (structure) {
        this.structure(structure);
        return;
      }
    }
    const { marker, wrong } = outlineMarker(text, offset);
    if (wrong && block.kind !== 'other') this.wrongForm(wrong);
    if (!inSequence) return;
    if (marker) this.outlineStep(marker);
    else if (block.kind === 'heading') this.outline = [];
  }

  // -- 第X编/章/节/条 ------------------------------------------------------------------------------------------

  private structure(marker: StructureMarker): void {
    this.openStructure(marker.kind);
    // Items restart in each article; 一、 numbering may run on across chapters (国务院工作规则).
    if (marker.kind === '条' && this.lastSeen.size > 0) this.lastSeen.clear();
    const label = formatStructure(marker.kind, marker.n, marker.sub, marker.arabic);
    if (marker.kind === '条') {
      this.article(marker, label);
      return;
    }
    const counter = this.levels[marker.kind];
    const first = counter.last === undefined && counter.carry === undefined;
    const previous = counter.lastLabel;
    const step = counter.step(marker.n, marker.sub, label);
    if (marker.kind === '编' || marker.kind === '分编') {
      if (marker.n !== 1) this.excerptOfCode = true;
      if (marker.kind === '编') this.levels.分编.reset();
      this.levels.章.reset();
      this.levels.节.reset();
    } else if (marker.kind === '章') {
      this.currentChapter = marker.n;
      // Sections start again at 第一节 in every chapter.
      this.levels.节.reset();
      this.levels.节.carry = undefined;
      this.chaptersWithoutArticles = marker.n === 1 ? 1 : this.chaptersWithoutArticles + 1;
    }
    if (step.result === 'restart') {
      // A table of contents, or a second document: everything below starts again.
      if (marker.kind !== '节') {
        this.levels.节.carry = undefined;
        this.levels.节.last = undefined;
      }
      return;
    }
    if (step.result === 'ok') return;
    // A document may be an excerpt (物权编 starts at 第二编, a notice may quote 第三章): a non-one start is certain
    // only under a parent heading (第二节 first under 第三章).
    if (step.result === 'start' && first && !(marker.kind === '节' && this.currentChapter !== undefined)) return;
    this.reportStep(marker, step, label, previous, (n, sub) => formatStructure(marker.kind, n, sub, marker.arabic));
  }

  private article(marker: StructureMarker, label: string): void {
    if (this.chaptersWithoutArticles >= 2) {
      // The chapters so far were a table of contents: those of the body start again at 第一章.
      for (const level of [this.levels.章, this.levels.节]) {
        level.last = undefined;
        level.carry = 0;
      }
    }
    this.chaptersWithoutArticles = 0;
    const previous = this.articles.lastLabel;
    const step = this.articles.step(marker.n, marker.sub, label);
    if (this.sequence === undefined || step.result === 'restart') {
      this.endSequence();
      this.sequence = {
        keys: new Set(),
        markerStarts: new Set(),
        lastLabel: label,
        first: marker,
        count: 0,
        underFirstChapter: this.currentChapter === 1 && !this.excerptOfCode,
      };
      this.sequences.push(this.sequence);
    }
    this.sequence.keys.add(articleKey(marker.n, marker.sub));
    this.sequence.markerStarts.add(marker.start);
    this.sequence.lastLabel = label;
    this.sequence.count++;
    if (step.result === 'ok' || step.result === 'restart' || step.result === 'start') return;
    this.reportStep(marker, step, label, previous, (n, sub) => formatStructure('条', n, sub, marker.arabic));
  }

  /** A sequence of articles that does not start at 第一条 is reported only when it is clearly not an excerpt. */
  private endSequence(): void {
    const sequence = this.sequence;
    if (!sequence) return;
    this.sequence = undefined;
    const { first } = sequence;
    if (first.n === 1 || sequence.count < 3) return;
    // 第二条 first: 第一条 was lost. Under 第一章, a few lost articles; a long run (物权编 starts at 第二百零五条
    // under its own 第一章) is an excerpt.
    if (first.n !== 2 && !(sequence.underFirstChapter && first.n <= 5)) return;
    const expected = formatStructure('条', 1, 0, first.arabic);
    this.context.report({
      messageId: 'sequenceStart',
      data: { actual: formatStructure('条', first.n, first.sub, first.arabic), expected },
      start: first.start,
      end: first.end,
      suggestions: [expected],
    });
  }

  private reportStep(
    marker: { start: number; end: number },
    step: Step,
    label: string,
    previous: string,
    format: (n: number, sub: number) => string,
  ): void {
    if (step.result === 'ok' || step.result === 'restart') return;
    const expected = format(step.expected, step.expectedSub);
    this.context.report({
      messageId: ISSUE_MESSAGE[step.result],
      data: { actual: label, previous, expected },
      start: marker.start,
      end: marker.end,
      suggestions: [expected],
    });
  }

  // -- 一、（一）1.（1）① ----------------------------------------------------------------------------------------

  /**
   * 一、 headings may stand above articles (一、一般规定 / 第一条 …) and （一） items inside them: a 第X条 closes the
   * items of the previous article but keeps the headings above it open.
   */
  private openStructure(kind: StructureKind): void {
    const index = this.firstStructureAtOrBelow(structureRank(kind));
    if (index >= 0) {
      const entry = this.outline[index]!;
      if (entry.type === 'structure' && entry.kind === kind) {
        this.outline.length = index + 1;
        return;
      }
      this.outline.length = index;
    }
    this.outline.push({ type: 'structure', kind });
  }

  /** Index of the first open 第X编/章/节/条 of rank `rank` or below (a 条 is below a 章), or -1. */
  private firstStructureAtOrBelow(rank: number): number {
    for (let i = 0; i < this.outline.length; i++) {
      const entry = this.outline[i]!;
      if (entry.type === 'structure' && structureRank(entry.kind) >= rank) return i;
    }
    return -1;
  }

  /** The open sequence a heading number belongs to: the innermost one it continues, else the innermost of its style. */
  private findOutline(marker: OutlineMarker): number {
    const innermost = this.outline.findLastIndex((entry) => entry.type === 'structure');
    let candidate = -1;
    for (let i = this.outline.length - 1; i >= 0; i--) {
      const entry = this.outline[i]!;
      if (entry.type !== marker.type) continue;
      if (entry.counter.last !== undefined && marker.n === entry.counter.last + 1) return i;
      if (candidate < 0) candidate = i;
    }
    // Below the article or chapter we are in, a number that does not continue a sequence starts a new one:
    // （一） items inside an article under a （一） heading.
    return candidate < innermost ? -1 : candidate;
  }

  private outlineStep(marker: OutlineMarker, silent = false): void {
    const index = this.findOutline(marker);
    const found = index >= 0 ? this.outline[index] : undefined;
    if (marker.ambiguous) {
      // Counts only as the next number of an open sequence, or as the 1 that opens one (1．1—苯基—2—丙酮).
      const continues = found !== undefined && found.type !== 'structure' && found.counter.last !== undefined && marker.n === found.counter.last + 1;
      if (!continues && !(found === undefined && marker.n === 1)) return;
    }
    let counter: Counter;
    if (found && found.type !== 'structure') {
      counter = found.counter;
      this.outline.length = index + 1;
    } else {
      counter = new Counter();
      const seen = this.lastSeen.get(marker.type);
      if (seen !== undefined) counter.carry = seen;
      this.outline.push({ type: marker.type, counter });
    }
    const label = formatOutline(marker.type, marker.n);
    const previous = counter.lastLabel;
    const step = counter.step(marker.n, 0, label);
    this.lastSeen.set(marker.type, marker.n);
    // 二审法院判决：一、……三、…… then a paragraph 四、……: the list began inside the text before.
    if (silent) return;
    if (step.result !== 'ok' && step.result !== 'restart' && this.previousHasInline(marker.type, marker.n - 1)) return;
    this.reportStep(marker, step, this.text.slice(marker.start, marker.end), previous, (n) => formatOutline(marker.type, n));
  }

  /** Whether one of the few blocks before the current one has heading number `n` of `type` inside its text. */
  private previousHasInline(type: OutlineType, n: number): boolean {
    if (n < 1) return false;
    const pattern = inlinePattern(type, n);
    return this.recent.some((text) => {
      const match = pattern.exec(text);
      return match !== null && match.index > 0;
    });
  }

  private wrongForm(wrong: WrongForm): void {
    const text = this.text.slice(wrong.start, wrong.end);
    const report: RuleReport = {
      messageId: 'wrongForm',
      data: { text, expected: wrong.expected },
      start: wrong.start,
      end: wrong.end,
      suggestions: [wrong.expected],
    };
    // In Markdown, "1. " at the start of a paragraph would turn it into a list that renderers renumber.
    const makesMarkdownList = this.context.document.format === 'markdown' && /^\d+\.$/.test(wrong.expected) && /^[ \t]/.test(this.text.slice(wrong.end, wrong.end + 1));
    if (!makesMarkdownList) report.fix = { start: wrong.start, end: wrong.end, text: wrong.expected };
    this.context.report(report);
  }

  // -- References ------------------------------------------------------------------------------------------------

  /** 第X条 in running text must name an article of this document, when the document is one whole set of articles. */
  private references(): void {
    if (this.sequences.length !== 1) return;
    const sequence = this.sequences[0]!;
    if (sequence.first.n !== 1 || sequence.count < 3) return;
    const { text } = this;
    for (let start = text.indexOf('第'); start >= 0; start = text.indexOf('第', start + 1)) {
      if (sequence.markerStarts.has(start)) continue;
      REFERENCE_AT.lastIndex = start;
      const match = REFERENCE_AT.exec(text);
      if (!match) continue;
      // 第十条　…… inside a paragraph, or 。第十条本条例…… starting a sentence, is an article heading run into the
      // previous paragraph, not a reference.
      const after = text.slice(start + match[0].length, start + match[0].length + 2);
      if (/^[\s\u3000]/u.test(after)) continue;
      if (SENTENCE_START.test(text.slice(Math.max(0, start - 3), start)) && !REFERENCE_CONTINUATION.test(after)) continue;
      const n = parseOrdinalNumber(match[1]!);
      const sub = match[2] === undefined ? 0 : parseChineseNumeral(match[2]);
      if (n === undefined || sub === undefined) continue;
      if (sequence.keys.has(articleKey(n, sub))) continue;
      if (!this.refersToSelf(start)) continue;
      const end = start + match[0].length;
      this.context.report({ messageId: 'missingArticle', data: { text: match[0], last: sequence.lastLabel }, start, end });
    }
  }

  /** Whether the 第X条 at `start` refers to this document rather than to another law named before it in the sentence. */
  private refersToSelf(start: number): boolean {
    const { text } = this;
    // 原第十条 and 改为第五条 speak of the numbering of the text being amended.
    if (/(?:原|改为|作为|调整为|列为)$/u.test(text.slice(Math.max(0, start - 3), start))) return false;
    let from = start;
    const limit = Math.max(0, start - LOOKBEHIND_LIMIT);
    while (from > limit && !SENTENCE_END.test(text[from - 1]!)) from--;
    if (from === limit && limit > 0) return false;
    // Up to and including the 第 of the reference, so that 刑法第 counts as naming another law.
    const prefix = text.slice(from, start + 1);
    // Inside a title: 《关于〈中华人民共和国刑法〉第三百四十一条的解释》.
    if (prefix.lastIndexOf('《') > prefix.lastIndexOf('》')) return false;
    let self = -1;
    for (const match of prefix.matchAll(SELF_MENTION)) self = (match.index ?? 0) + match[0].length;
    let other = -1;
    for (const match of prefix.matchAll(OTHER_MENTION)) {
      const end = (match.index ?? 0) + match[0].length;
      if (end !== self) other = end;
    }
    return other <= self;
  }
}
