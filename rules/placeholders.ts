// placeholders: template or draft text left in a document (XXX, 某某, 待定, TODO, （略）, empty 【】).
import { defineRule, type RuleContext } from '../src/engine/types.js';
import type { CuominDocument } from '../src/document/types.js';
import { isCommonSurname } from '../src/text/surnames.js';
import { isHan } from '../src/text/chars.js';
import { blockEnd, blockStart } from '../src/document/blocks.js';
import { z } from 'zod';

type MessageId = 'placeholder' | 'emptyBrackets';

interface PlaceholderPattern {
  pattern: RegExp;
  /** A string every match holds: the pattern is not run over a text without it (a quicker search). */
  requires?: string;
  messageId: MessageId;
  /** True when this occurrence is legitimate (an anonymised name, a form template, an omitted attachment). */
  isLegitimate?: (document: CuominDocument, start: number, end: number, templateStart: number) => boolean;
}

/**
 * An attachment heading (附件2) or the title of a blank form or template: from there on, ×××/XXX are the form's
 * own blanks, published on purpose.
 */
const TEMPLATE_SECTION_TITLE = /^(?:附件\s*[\d一二三四五六七八九十]*\s*[：:]?\s*$|(?:附件[\d一二三四五六七八九十：:\s]*)?.{0,30}(?:样式|式样|格式文本|范本|样本|模板|示范文本)\s*$)/u;

/** The last characters of the words TEMPLATE_SECTION_TITLE ends with (样式, 式样, 格式文本, 范本, 样本, 模板, 示范文本). */
const TEMPLATE_WORD_ENDS = '式样本板';

/**
 * What a block needs before TEMPLATE_SECTION_TITLE is worth trying: to start with 附件 or to end (spaces aside) with
 * one of its words. Most blocks have neither, and the check needs no copy of the block.
 */
function mayBeTemplateSectionTitle(text: string, start: number, end: number): boolean {
  if (text.startsWith('附件', start)) return true;
  let last = end - 1;
  while (last >= start && /\s/u.test(text[last]!)) last--;
  return last >= start && TEMPLATE_WORD_ENDS.includes(text[last]!);
}

function templateSectionStart(document: CuominDocument): number {
  const { text } = document;
  for (const block of document.blocks) {
    if (!mayBeTemplateSectionTitle(text, block.start, block.end)) continue;
    if (TEMPLATE_SECTION_TITLE.test(text.slice(block.start, block.end))) return block.start;
  }
  return Number.POSITIVE_INFINITY;
}

const anonymisedCache = new WeakMap<CuominDocument, boolean>();

/**
 * True when the document names people as 李某某 (one is enough) or 张某 (two different ones are needed): a published
 * case or disciplinary notice, which anonymises companies as 某某公司 too. A lone 张某 may sit in a template.
 */
function anonymisesPeople(document: CuominDocument): boolean {
  let result = anonymisedCache.get(document);
  if (result === undefined) {
    const shortNames = new Set<string>();
    result = false;
    for (const match of document.text.matchAll(/(.)某(某|(?=[，。、；：诉与等和的）)]))/gu)) {
      if (!isCommonSurname(match[1])) continue;
      if (match[2] === '某') result = true;
      else shortNames.add(match[0]);
    }
    result ||= shortNames.size >= 2;
    anonymisedCache.set(document, result);
  }
  return result;
}

/** True when offset lies between “ and ” within its block. */
function isInsideQuotation(document: CuominDocument, offset: number): boolean {
  const before = blockTextBefore(document, offset);
  const open = before.lastIndexOf('“');
  if (open < 0 || before.lastIndexOf('”') > open) return false;
  return document.text.slice(offset, blockEnd(document, offset)).includes('”');
}

function blockTextBefore(document: CuominDocument, offset: number): string {
  return document.text.slice(blockStart(document, offset), offset);
}

const PATTERNS: PlaceholderPattern[] = [
  {
    // XXX / xxx / ××× as a stand-in name or number; not inside a Latin word.
    pattern: /(?<![A-Za-z])(?:[Xx]{3,}|[×Ｘｘ]{2,})(?![A-Za-z])/gu,
    messageId: 'placeholder',
    isLegitimate: (document, start, end, templateStart) => {
      if (start >= templateStart) return true;
      const { text } = document;
      // A code format described by example: 编排方式为：X妆XXXXXXXX, ×1械注×2××××3.
      const before = text.slice(Math.max(0, start - 3), start);
      if (/^[^Xx×]?[Xx×]$/u.test(before.slice(0, -1)) && isHan(before.at(-1))) return true;
      if (/\d/.test(text[end] ?? '') || /\d/.test(text[start - 1] ?? '')) return true;
      // A naming format quoted in a regulation: 名称应当为“××律师事务所驻××代表处”.
      return isInsideQuotation(document, start);
    },
  },
  {
    pattern: /某某/gu,
    messageId: 'placeholder',
    // 张某某 is how published cases and notices anonymise a person; such a document anonymises companies as 某某公司 too.
    isLegitimate: (document, start) =>
      isCommonSurname(document.text[start - 1]) || document.text[start - 1] === '某' || anonymisesPeople(document),
  },
  { pattern: /待定|待补充|待完善|待填写|此处填写|此处输入|在此输入/gu, messageId: 'placeholder' },
  { pattern: /(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])/gu, messageId: 'placeholder' },
  {
    pattern: /[（(]\s*略\s*[）)]/gu,
    requires: '略',
    messageId: 'placeholder',
    // 附件二 示意图（略）: a published law may omit an attachment, a figure or a table.
    isLegitimate: (document, start) => /附件|附表|附图|图|表|样式|格式|目录|名录|清单/u.test(blockTextBefore(document, start)),
  },
  { pattern: /【\s*】|〔\s*〕|［\s*］/gu, messageId: 'emptyBrackets' },
];

const optionsSchema = z
  .object({
    /** Extra literal strings that count as placeholders. */
    extra: z.array(z.string().min(1)).optional(),
  })
  .strict();

type Options = z.infer<typeof optionsSchema>;

function reportMatches(context: RuleContext<Options>, { pattern, requires, messageId, isLegitimate }: PlaceholderPattern, templateStart: number): void {
  const { document } = context;
  if (requires !== undefined && !document.text.includes(requires)) return;
  for (const match of document.text.matchAll(pattern)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (isLegitimate?.(document, start, end, templateStart)) continue;
    context.report({ messageId, data: { text: match[0] }, start, end });
  }
}

export default defineRule<Options>({
  meta: {
    id: 'placeholders',
    description: { zh: '模板或草稿中遗留的占位文字（XXX、某某、待定、TODO、（略）、空【】）', en: 'Placeholder text left from a template or draft (XXX, 某某, 待定, TODO, (略), empty 【】)' },
    category: 'mistake',
    urgency: 'general',
    defaultSeverity: 'error',
    fixable: false,
    options: optionsSchema,
    messages: {
      placeholder: { zh: '遗留占位文字“{{text}}”，发布前应填写实际内容', en: 'Placeholder "{{text}}" left in; fill in the real content before publishing' },
      emptyBrackets: { zh: '空括号“{{text}}”，内容缺失', en: 'Empty brackets "{{text}}": content is missing' },
    },
  },
  check(context) {
    const templateStart = templateSectionStart(context.document);
    for (const pattern of PATTERNS) reportMatches(context, pattern, templateStart);
    for (const extra of context.options.extra ?? []) {
      reportMatches(context, { pattern: new RegExp(extra.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu'), messageId: 'placeholder' }, templateStart);
    }
  },
});
