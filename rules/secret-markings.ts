// secret-markings: nothing classified or internal goes online. Flags 密级 markings (机密★1年, 秘密☆, 绝密 * 长期, a
// header line 秘密级), restriction markings (内部资料 注意保存, 工作秘密, 不得外传), the 附注 （此件不公开） and document
// numbers of a classified series (市委密电〔2024〕3号, X办密〔2024〕1号).
//
// The model: a starred level, a not-for-disclosure 附注 and a 密 document number are markings wherever they stand. The
// words 秘密级, 工作秘密, 内部资料… are markings only as a MARKING LINE — a block that, stripped of spaces and punctuation,
// consists only of marking tokens (levels, restriction phrases, 份号, 特急/加急, the labels 密级/保密期限) — or as a
// bracketed group of such phrases in a title (工作简报（内部资料 注意保存）). A single phrase or a bare level on a line of
// its own counts at the top of the document or of an attachment (or a phrase at its end), where markings are printed;
// running prose (本条例所称工作秘密是指…, 保守国家秘密, 不得将内部资料对外提供) never matches. A starred level is not one
// inside quotation marks or 《》 (标志为“秘密★”, an example) nor as the tail of a compound (保守国家秘密★人人有责); a
// 附注 counts where 附注 stand: closing its block, alone or after the date.
import { z } from 'zod';
import { defineRule, type RuleContext } from '../src/engine/types.js';
import { findBracketedMarkings, findMarkingLines, type MarkingSpan } from '../src/secret-markings/marking-lines.js';
import { findNotForDisclosure, findSecretDocumentNumbers, findStarredLevels, isInsideQuotation } from '../src/secret-markings/prose-markings.js';
import { createMarkingTokenizer, type MarkingTokenizer } from '../src/secret-markings/vocabulary.js';

type MessageId = 'classifiedMarking' | 'declassifiedMarking' | 'internalMarking' | 'notForDisclosure' | 'secretDocumentNumber';

const optionsSchema = z
  .object({
    /** Local restriction phrases that mark a document as internal when they stand as a marking (e.g. 领导参阅). */
    extraPhrases: z.array(z.string().min(2)).default([]),
  })
  .strict();

type Options = z.infer<typeof optionsSchema>;

interface Finding {
  messageId: MessageId;
  start: number;
  end: number;
}

const defaultTokenizer = createMarkingTokenizer();

function messageOfLine(span: MarkingSpan): MessageId {
  if (!span.tokens.some((token) => token.kind === 'level')) return 'internalMarking';
  return span.declassified ? 'declassifiedMarking' : 'classifiedMarking';
}

function collectFindings(context: RuleContext<Options>, tokenizeMarking: MarkingTokenizer): Finding[] {
  const { document } = context;
  const { text } = document;
  const findings: Finding[] = [];
  const lines = findMarkingLines(document, tokenizeMarking);
  const isInLine = (offset: number) => lines.some((line) => line.start <= offset && offset < line.end);
  for (const line of lines) findings.push({ messageId: messageOfLine(line), start: line.start, end: line.end });

  const quoted = (offset: number) => isInsideQuotation(text, offset);
  for (const block of document.blocks) {
    if (isInLine(block.start) || isInLine(block.end - 1)) continue;
    for (const group of findBracketedMarkings(document, block, tokenizeMarking, quoted)) {
      findings.push({ messageId: 'internalMarking', start: group.start, end: group.end });
    }
  }
  for (const match of findStarredLevels(text)) {
    if (isInLine(match.start) || quoted(match.start)) continue;
    findings.push({ messageId: 'classifiedMarking', start: match.start, end: match.end });
  }
  for (const match of findNotForDisclosure(text)) {
    if (quoted(match.start)) continue;
    findings.push({ messageId: 'notForDisclosure', start: match.start, end: match.end });
  }
  for (const match of findSecretDocumentNumbers(text)) {
    findings.push({ messageId: 'secretDocumentNumber', start: match.start, end: match.end });
  }
  return findings.sort((a, b) => a.start - b.start || b.end - a.end);
}

export default defineRule<Options>({
  meta: {
    id: 'secret-markings',
    description: {
      zh: '密级标志（绝密★、机密★、秘密★）、内部资料标识、“此件不公开”附注和含“密”字的文号：涉密和内部文件不得上网',
      en: 'Classification markings (绝密★, 机密★, 秘密★), internal-document markings, the 附注 “此件不公开” and document numbers with 密: classified and internal documents must not go online',
    },
    category: 'sensitive',
    urgency: 'urgent',
    defaultSeverity: 'error',
    fixable: false,
    options: optionsSchema,
    messages: {
      classifiedMarking: {
        zh: '【紧急·30分钟内处置】发现密级标志“{{text}}”：涉密文件、资料一律不得上网发布，应立即撤下该页面或删除相关内容，并向保密工作机构报告',
        en: '[Urgent: act within 30 minutes] Classification marking "{{text}}": classified documents must never be published online; take the page down or remove the content now and report it to the secrecy office',
      },
      declassifiedMarking: {
        zh: '发现密级标志“{{text}}”，并注明已解密：请核实解密依据和公开审批手续，未经审批不得发布',
        en: 'Classification marking "{{text}}" marked as declassified: check the declassification decision and the approval to publish; do not publish without it',
      },
      internalMarking: {
        zh: '【紧急·30分钟内处置】发现内部文件标识“{{text}}”：标明内部资料、工作秘密或不得外传的文件不得公开发布，应立即撤下相关内容并报告',
        en: '[Urgent: act within 30 minutes] Internal-document marking "{{text}}": documents marked internal, as work secrets or not for circulation must not be published; remove the content now and report it',
      },
      notForDisclosure: {
        zh: '【紧急·30分钟内处置】附注“{{text}}”表明该文件不予公开，不得在网站发布，应立即撤下该页面并报告',
        en: '[Urgent: act within 30 minutes] The note "{{text}}" says the document is not to be disclosed; it must not be on the website: take the page down now and report it',
      },
      secretDocumentNumber: {
        zh: '【紧急·30分钟内处置】文号“{{text}}”的机关代字含“密”，应为涉密文件（密电、密件）：涉密文件的正文、标题和文号均不得公开，应立即撤下相关内容，核实密级并报告',
        en: '[Urgent: act within 30 minutes] Document number "{{text}}" belongs to a classified series (密电, 密件): neither the text, the title nor the number of a classified document may be published; remove the content now, check its classification and report it',
      },
    },
  },
  check(context) {
    const { extraPhrases } = context.options;
    const tokenizeMarking = extraPhrases.length > 0 ? createMarkingTokenizer(extraPhrases) : defaultTokenizer;
    for (const finding of collectFindings(context, tokenizeMarking)) {
      const declassified = finding.messageId === 'declassifiedMarking';
      context.report({
        messageId: finding.messageId,
        data: { text: context.document.text.slice(finding.start, finding.end) },
        start: finding.start,
        end: finding.end,
        ...(declassified ? { severity: 'warning' as const, urgency: 'general' as const } : {}),
      });
    }
  },
});
