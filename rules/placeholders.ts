// placeholders: template or draft text left in a document (XXX, 某某, 待定, TODO, （略）, empty 【】).
import { defineRule } from '../src/engine/types.js';
import { z } from 'zod';

interface PlaceholderPattern {
  pattern: RegExp;
  messageId: 'placeholder' | 'emptyBrackets';
}

const PATTERNS: PlaceholderPattern[] = [
  // XXX / xxx / ××× as a stand-in name or number; three or more, not inside a Latin word.
  { pattern: /(?<![A-Za-z])(?:[Xx]{3,}|[×Ｘｘ]{2,})(?![A-Za-z])/gu, messageId: 'placeholder' },
  { pattern: /某某/gu, messageId: 'placeholder' },
  { pattern: /待定|待补充|待完善|待填写|此处填写|此处输入|请输入|在此输入/gu, messageId: 'placeholder' },
  { pattern: /(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])/gu, messageId: 'placeholder' },
  { pattern: /[（(]\s*略\s*[）)]/gu, messageId: 'placeholder' },
  { pattern: /【\s*】|〔\s*〕|［\s*］/gu, messageId: 'emptyBrackets' },
];

const optionsSchema = z
  .object({
    /** Extra literal strings that count as placeholders. */
    extra: z.array(z.string().min(1)).optional(),
  })
  .strict();

export default defineRule<z.infer<typeof optionsSchema>>({
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
    const { text } = context.document;
    const patterns = [...PATTERNS];
    for (const extra of context.options.extra ?? []) {
      patterns.push({ pattern: new RegExp(extra.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu'), messageId: 'placeholder' });
    }
    for (const { pattern, messageId } of patterns) {
      for (const match of text.matchAll(pattern)) {
        const start = match.index ?? 0;
        context.report({ messageId, data: { text: match[0] }, start, end: start + match[0].length });
      }
    }
  },
});
