// typos: 错别字 and misused words from the typos dictionary (idiom errors, 《咬文嚼字》 lists, 异形词, IME errors), and
// homophone substitutions inside official vocabulary found without a fixed pair (src/homophones/).
import { z } from 'zod';
import { defineRule, type RuleReport } from '../src/engine/types.js';
import { longestHits } from '../src/dictionary/dictionary-rule.js';
import type { DictionaryHit } from '../src/dictionary/types.js';
import { createHomophoneChecker, type HomophoneChecker } from '../src/homophones/check-homophones.js';

const optionsSchema = z
  .object({
    /** Also look for homophone typos of frequent official words that no dictionary entry names. */
    homophones: z.boolean().default(true),
  })
  .strict();

type Options = z.infer<typeof optionsSchema>;

let checker: HomophoneChecker | undefined;

function reasonIn(locale: 'zh' | 'en', hit: DictionaryHit): string {
  const reason = locale === 'en' ? (hit.entry.reasonEn ?? hit.entry.reason) : hit.entry.reason;
  if (!reason) return '';
  return locale === 'zh' ? `（${reason}）` : ` (${reason})`;
}

export default defineRule<Options>({
  meta: {
    id: 'typos',
    description: { zh: '错别字和误用词（成语误写、异形词、输入法同音错误）', en: 'Typos and misused words (idioms, variant forms, pinyin IME errors)' },
    category: 'mistake',
    urgency: 'general',
    defaultSeverity: 'warning',
    fixable: true,
    options: optionsSchema,
    messages: {
      withReplacement: { zh: '疑似错别字：“{{text}}”应为“{{replacement}}”{{reason}}', en: 'Likely typo: "{{text}}" should be "{{replacement}}"{{reason}}' },
      withoutReplacement: { zh: '疑似错别字：“{{text}}”{{reason}}', en: 'Likely typo: "{{text}}"{{reason}}' },
      homophone: {
        zh: '疑似同音错别字：“{{text}}”是否应为“{{replacement}}”',
        en: 'Possible homophone typo: "{{text}}" — did you mean "{{replacement}}"?',
      },
    },
  },
  check(context) {
    const { text } = context.document;
    const reported: Array<{ start: number; end: number }> = [];
    for (const hit of longestHits(context.dictionaryHits())) {
      const { entry } = hit;
      const [replacement] = entry.replacements;
      const report: RuleReport = {
        messageId: replacement === undefined ? 'withoutReplacement' : 'withReplacement',
        data: { text: text.slice(hit.start, hit.end), replacement: entry.replacements.join('”或“'), reason: reasonIn(context.locale, hit) },
        start: hit.start,
        end: hit.end,
        suggestions: entry.replacements,
        severity: entry.severity,
        category: entry.category,
        urgency: entry.urgency,
      };
      if (entry.fix && replacement !== undefined) report.fix = { start: hit.start, end: hit.end, text: replacement };
      context.report(report);
      reported.push(hit);
    }
    if (context.options.homophones === false) return;
    checker ??= createHomophoneChecker();
    for (const finding of checker.check(text, context.document.blocks)) {
      // A dictionary entry that covers the same text already said it better.
      if (reported.some((hit) => hit.start < finding.end && finding.start < hit.end)) continue;
      context.report({
        messageId: 'homophone',
        data: { text: finding.written, replacement: finding.official },
        start: finding.start,
        end: finding.end,
        suggestions: [finding.official],
        severity: 'warning',
      });
    }
  },
});
