// typos: 错别字 and misused words from the typos dictionary (idiom errors, 《咬文嚼字》 lists, 异形词, IME errors), and
// homophone and look-alike substitutions inside official vocabulary found without a fixed pair (src/homophones/).
import { z } from 'zod';
import { defineRule, type RuleContext } from '../src/engine/types.js';
import { reportDictionaryHits } from '../src/dictionary/dictionary-rule.js';
import { createHomophoneChecker, type HomophoneChecker } from '../src/homophones/check-homophones.js';

const optionsSchema = z
  .object({
    /** Also look for homophone typos of frequent official words that no dictionary entry names. */
    homophones: z.boolean().default(true),
    /** With the homophone check: also look for look-alike characters in frequent official words (牛产 → 生产). */
    lookalikes: z.boolean().default(true),
  })
  .strict();

type Options = z.infer<typeof optionsSchema>;

const checkers = new Map<boolean, HomophoneChecker>();

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
      lookalike: {
        zh: '疑似形近错别字：“{{text}}”是否应为“{{replacement}}”',
        en: 'Possible look-alike typo: "{{text}}" — did you mean "{{replacement}}"?',
      },
      substitution: {
        zh: '疑似错别字：“{{text}}”是否应为“{{replacement}}”',
        en: 'Possible typo: "{{text}}" — did you mean "{{replacement}}"?',
      },
    },
  },
  check(context) {
    const { text } = context.document;
    const reported = reportDictionaryHits(context as RuleContext<never>);
    if (context.options.homophones === false) return;
    const lookalikes = context.options.lookalikes !== false;
    let checker = checkers.get(lookalikes);
    if (!checker) checkers.set(lookalikes, (checker = createHomophoneChecker({ substitutions: lookalikes })));
    for (const finding of checker.check(text, context.document.blocks)) {
      // A dictionary entry that covers the same text already said it better.
      if (reported.some((hit) => hit.start < finding.end && finding.start < hit.end)) continue;
      context.report({
        messageId: finding.kind === 'homophone' ? 'homophone' : finding.kind === 'lookalike' ? 'lookalike' : 'substitution',
        data: { text: finding.written, replacement: finding.official },
        start: finding.start,
        end: finding.end,
        suggestions: [finding.official],
        severity: 'warning',
      });
    }
  },
});
