// typos: 错别字 and misused words from the typos dictionary (idiom errors, 《咬文嚼字》 lists, 异形词, IME errors), and
// homophone and look-alike substitutions inside official vocabulary found without a fixed pair (src/homophones/), and
// typos the character language model finds (src/language-model/): by default only in sentences where one of the
// others already found a typo, where a second one is likelier, so that clean text costs no false alarms.
import { z } from 'zod';
import { defineRule, type RuleContext } from '../src/engine/types.js';
import { reportDictionaryHits } from '../src/dictionary/dictionary-rule.js';
import { createHomophoneChecker, type HomophoneChecker } from '../src/homophones/check-homophones.js';
import { createLanguageModelCorrector, raisedThresholds, type LanguageModelCorrector, type LanguageModelFinding } from '../src/language-model/corrector.js';
import { outsideRanges, sentencesAround, type TextEdit } from '../src/language-model/sentences.js';
import { leaderNameRanges } from '../src/leaders/name-ranges.js';

const optionsSchema = z
  .object({
    /** Also look for homophone typos of frequent official words that no dictionary entry names. */
    homophones: z.boolean().default(true),
    /** With the homophone check: also look for look-alike characters in frequent official words (牛产 → 生产). */
    lookalikes: z.boolean().default(true),
    /**
     * The character language model: 'complete' checks the sentences where this rule already found a typo, 'on' every
     * sentence (more typos found, and some false alarms on clean text, reported as info), 'off' none.
     */
    languageModel: z.enum(['off', 'complete', 'on']).default('complete'),
  })
  .strict();

type Options = z.infer<typeof optionsSchema>;

const checkers = new Map<boolean, HomophoneChecker>();
let corrector: LanguageModelCorrector | undefined;
let strictCorrector: LanguageModelCorrector | undefined;
/** How much surer the language model must be in a sentence where no other check found a typo (option 'on'). */
const LANGUAGE_MODEL_ALONE_MARGIN = 6;

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
      languageModel: {
        zh: '疑似错别字（语言模型）：“{{text}}”是否应为“{{replacement}}”',
        en: 'Possible typo (language model): "{{text}}" — did you mean "{{replacement}}"?',
      },
    },
  },
  check(context) {
    const { text, blocks } = context.document;
    const reported = reportDictionaryHits(context as RuleContext<never>);
    const found: TextEdit[] = reported.map((hit) => ({ start: hit.start, end: hit.end, replacement: hit.entry.replacements[0] }));
    if (context.options.homophones !== false) {
      const lookalikes = context.options.lookalikes !== false;
      let checker = checkers.get(lookalikes);
      if (!checker) checkers.set(lookalikes, (checker = createHomophoneChecker({ substitutions: lookalikes })));
      for (const finding of checker.check(text, blocks)) {
        // A dictionary entry that covers the same text already said it better.
        if (found.some((hit) => hit.start < finding.end && finding.start < hit.end)) continue;
        context.report({
          messageId: finding.kind === 'homophone' ? 'homophone' : finding.kind === 'lookalike' ? 'lookalike' : 'substitution',
          data: { text: finding.written, replacement: finding.official },
          start: finding.start,
          end: finding.end,
          suggestions: [finding.official],
          severity: 'warning',
        });
        found.push({ start: finding.start, end: finding.end, replacement: finding.official });
      }
    }
    const mode = context.options.languageModel ?? 'complete';
    if (mode === 'off' || (mode === 'complete' && found.length === 0)) return;
    const fixed = found.filter((edit): edit is Required<TextEdit> => edit.replacement !== undefined && edit.replacement.length === edit.end - edit.start);
    const flagged = sentencesAround(text, blocks, found);
    const report = (finding: LanguageModelFinding, severity: 'warning' | 'info') => {
      if (found.some((hit) => hit.start < finding.end && finding.start < hit.end)) return;
      context.report({
        messageId: 'languageModel',
        data: { text: finding.written, replacement: finding.replacement },
        start: finding.start,
        end: finding.end,
        suggestions: [finding.replacement],
        severity,
      });
    };
    if (flagged.length > 0) {
      corrector ??= createLanguageModelCorrector();
      for (const finding of corrector.check(text, { ranges: flagged, fixed, keep: leaderNameRanges(text, flagged) })) report(finding, 'warning');
    }
    if (mode === 'on') {
      // Sentences where nothing else was found: a typo is less likely there, so the model must be surer.
      const rest = outsideRanges(blocks, flagged);
      strictCorrector ??= createLanguageModelCorrector(raisedThresholds(LANGUAGE_MODEL_ALONE_MARGIN));
      for (const finding of strictCorrector.check(text, { ranges: rest, keep: leaderNameRanges(text, rest) })) report(finding, 'info');
    }
  },
});
