// Where restriction phrases and 密级 words act as a MARKING rather than as words of a sentence: a marking line (a block
// made only of marking tokens, e.g. `000123 机密★1年 特急`, `内部资料 注意保存`, `秘密级`) and a bracketed marking group
// inside a title (`工作简报（内部资料 注意保存）`, `【内部资料】`). Running prose (本条例所称工作秘密是指…) never is one.
import type { Block, CuominDocument } from '../document/types.js';
import { isExplicitLevel, isMarkedLevel, type MarkingToken, type MarkingTokenizer } from './vocabulary.js';

/** How many blocks at the top of a document (or of an attachment) and at its end count as its edges. */
const TOP_BLOCKS = 5;
const BOTTOM_BLOCKS = 3;
const ATTACHMENT_HEADING = /^附件\s*[0-9０-９一二三四五六七八九十]*\s*[：:]?\s*$/u;

export interface MarkingSpan {
  start: number;
  end: number;
  tokens: MarkingToken[];
  /** The block is a 解密 stamp or carries one, or its neighbour does. */
  declassified: boolean;
}

/** Trimmed range of a block. */
function trimmedRange(text: string, block: Block): [number, number] {
  let start = block.start;
  let end = block.end;
  while (start < end && /[\s\u3000]/u.test(text[start])) start++;
  while (end > start && /[\s\u3000]/u.test(text[end - 1])) end--;
  return [start, end];
}

type Edge = 'top' | 'bottom';

/** Blocks at the edges: the first blocks of the document and of each attachment (top), the last blocks (bottom). */
function edgeBlocks(document: CuominDocument): Map<number, Edge> {
  const edges = new Map<number, Edge>();
  const { blocks, text } = document;
  for (let index = Math.max(0, blocks.length - BOTTOM_BLOCKS); index < blocks.length; index++) edges.set(index, 'bottom');
  for (let index = 0; index < Math.min(TOP_BLOCKS, blocks.length); index++) edges.set(index, 'top');
  blocks.forEach((block, index) => {
    if (!ATTACHMENT_HEADING.test(text.slice(block.start, block.end).trim())) return;
    for (let next = index + 1; next <= index + TOP_BLOCKS && next < blocks.length; next++) edges.set(next, 'top');
  });
  return edges;
}

const DECLASSIFIED_STAMP = /^[（(【[]?(?:本件)?(?:已|经|予以)?解密(?:文件)?[）)】\]]?$/u;

/**
 * Decides whether a block's tokens make a marking. Single restriction phrases and bare or 级 levels count only at the
 * document's edges (a Markdown heading “工作秘密” in the middle of an explainer is not one); a starred level or a level
 * with a period counts anywhere; a table cell needs two tokens or a starred level (a cell “内部资料” in a list of
 * publications is data).
 */
function isMarkingLine(tokens: MarkingToken[], block: Block, atEdge: Edge | undefined): boolean {
  const levels = new Set(tokens.filter((token) => token.kind === 'level').map((token) => token.level));
  if (levels.size > 1) return false; // 绝密级、机密级、秘密级: an enumeration, not a marking
  const levelTokens = tokens.filter((token) => token.kind === 'level');
  const phrases = tokens.filter((token) => token.kind === 'phrase');
  if (levelTokens.length + phrases.length === 0) return false;
  if (levelTokens.some(isMarkedLevel)) return true;
  // 000123 秘密 特急, 密级：秘密, 内部资料 注意保存: two tokens, at least one of them a marking.
  if (tokens.length >= 2) return true;
  if (block.kind === 'tableCell') return false;
  // A lone 秘密级 or 内部资料 on its own line, at the top of the document or attachment or at its end; a bare 机密 only
  // at the top, where GB/T 9704 puts the 密级.
  return atEdge === 'top' || (atEdge === 'bottom' && (phrases.length > 0 || levelTokens.some(isExplicitLevel)));
}

/** A line that is only 秘密级 or 机密: no star, no period, nothing beside it. */
function isLevelOnly(tokens: MarkingToken[]): boolean {
  return tokens.length === 1 && tokens[0].kind === 'level' && !isMarkedLevel(tokens[0]);
}

/** The document's marking lines, one span per block (the trimmed block). */
export function findMarkingLines(document: CuominDocument, tokenizeMarking: MarkingTokenizer): MarkingSpan[] {
  const { text, blocks } = document;
  const edges = edgeBlocks(document);
  const candidates = new Map<number, MarkingToken[]>();
  blocks.forEach((block, index) => {
    const [start, end] = trimmedRange(text, block);
    if (end - start > 60) return;
    const tokens = tokenizeMarking(text.slice(start, end));
    if (tokens && isMarkingLine(tokens, block, edges.get(index))) candidates.set(index, tokens);
  });
  // Level-only lines of two different levels (## 绝密级 … ## 机密级 …) are the headings of an explainer.
  const levelOnly = new Set([...candidates.values()].filter(isLevelOnly).map((tokens) => tokens[0].level));
  const spans: MarkingSpan[] = [];
  for (const [index, tokens] of candidates) {
    if (levelOnly.size > 1 && isLevelOnly(tokens)) continue;
    const [start, end] = trimmedRange(text, blocks[index]);
    const neighbours = [blocks[index - 1], blocks[index + 1]].filter((block): block is Block => block !== undefined);
    const declassified =
      tokens.some((token) => token.kind === 'declassified') ||
      neighbours.some((block) => DECLASSIFIED_STAMP.test(text.slice(...trimmedRange(text, block)).replace(/[\s\u3000]/gu, '')));
    spans.push({ start, end, tokens, declassified });
  }
  return spans;
}

const BRACKETED_GROUP = /([（(【[〔])([^（）()【】[\]〔〕\n]{2,30})([）)】\]〕])/gu;
const SENTENCE_PUNCTUATION = /[。；，！？;,!?]/u;

/**
 * Bracketed marking groups inside a block that is not a marking line: `（内部资料 注意保存）` anywhere, a single phrase in
 * 【】 (`【内部资料】关于…`) or closing a short title line (`2024年第3期工作简报（内部资料）`). Only restriction phrases and
 * 份号/紧急程度 words: a bracketed level (涉案文件属国家秘密（机密级）) is how judgments describe a case.
 */
export function findBracketedMarkings(
  document: CuominDocument,
  block: Block,
  tokenizeMarking: MarkingTokenizer,
  isQuoted: (offset: number) => boolean,
): MarkingSpan[] {
  const { text } = document;
  const blockText = text.slice(block.start, block.end);
  const spans: MarkingSpan[] = [];
  // exec rather than matchAll, which would copy the regular expression for every block.
  BRACKETED_GROUP.lastIndex = 0;
  for (let match = BRACKETED_GROUP.exec(blockText); match !== null; match = BRACKETED_GROUP.exec(blockText)) {
    const tokens = tokenizeMarking(match[2]);
    if (!tokens || tokens.some((token) => token.kind === 'level' || token.kind === 'period' || token.kind === 'declassified')) continue;
    const phrases = tokens.filter((token) => token.kind === 'phrase').length;
    if (phrases === 0) continue;
    const start = block.start + (match.index ?? 0);
    const end = start + match[0].length;
    if (isQuoted(start)) continue;
    const closesTitle = blockText.slice(end - block.start).trim() === '' && !SENTENCE_PUNCTUATION.test(blockText) && blockText.length <= 40;
    if (phrases >= 2 || match[1] === '【' || closesTitle) spans.push({ start, end, tokens, declassified: false });
  }
  return spans;
}
