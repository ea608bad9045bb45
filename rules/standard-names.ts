// standard-names: near-miss errors in state and party organ names, core political formulations and leaders' names
// (dictionaries/standard-names.yaml), and leaders' names against their titles: a title the person did not hold at the
// document's date, or a name one character off the holder's (dictionaries/leaders.yaml, plus local leaders from the
// rule's `leaders` option).
import { z } from 'zod';
import { defineRule, type RuleContext } from '../src/engine/types.js';
import { reportDictionaryHits } from '../src/dictionary/dictionary-rule.js';
import { localLeaderSchema, type LocalLeader } from '../src/leaders/schema.js';
import { withLocalLeaders, type LeaderTable } from '../src/leaders/leader-table.js';
import { nationalLeaders } from '../src/leaders/load-leaders.js';
import { findLeaderErrors } from '../src/leaders/check-leaders.js';
import { describeLeaderFinding, leaderSuggestions } from '../src/leaders/describe-finding.js';

const optionsSchema = z
  .object({
    /**
     * Local leaders, checked like the national table: `{ name: 张三, titles: [市长, 富锦市市长], from?, until? }`.
     * A name with several posts over time takes one entry per period.
     */
    leaders: z.array(localLeaderSchema).default([]),
  })
  .strict();

type Options = z.infer<typeof optionsSchema>;

const tables = new WeakMap<readonly LocalLeader[], LeaderTable>();
const NO_LOCAL_LEADERS: readonly LocalLeader[] = [];

function leaderTable(locals: readonly LocalLeader[]): LeaderTable {
  let table = tables.get(locals);
  if (!table) {
    table = withLocalLeaders(nationalLeaders(), locals);
    tables.set(locals, table);
  }
  return table;
}

export default defineRule<Options>({
  meta: {
    id: 'standard-names',
    description: { zh: '国家和党的机构名称、重要政治表述、领导人姓名和职务的错误（严重表述错误）', en: 'Errors in state and party organ names, core political formulations, leaders’ names and titles (serious errors)' },
    category: 'mistake',
    urgency: 'urgent',
    defaultSeverity: 'error',
    fixable: true,
    options: optionsSchema,
    messages: {
      withReplacement: { zh: '严重表述错误：“{{text}}”应为“{{replacement}}”{{reason}}', en: 'Serious error: "{{text}}" should be "{{replacement}}"{{reason}}' },
      withoutReplacement: { zh: '严重表述错误：“{{text}}”{{reason}}', en: 'Serious error: "{{text}}"{{reason}}' },
      wrongTitle: { zh: '领导人职务错误：“{{text}}”——{{fact}}', en: 'Wrong title for a leader: "{{text}}" — {{fact}}' },
      wrongName: { zh: '领导人姓名错误：“{{text}}”应为“{{name}}”（{{fact}}）', en: 'Wrong leader’s name: "{{text}}" should be "{{name}}" ({{fact}})' },
    },
  },
  check(context) {
    const reported = reportDictionaryHits(context as RuleContext<never>);
    const { document, date, locale } = context;
    for (const finding of findLeaderErrors(document, leaderTable(context.options.leaders ?? NO_LOCAL_LEADERS), date)) {
      // A dictionary entry for the same misspelt name (丁学祥) has already said it, with its fix.
      if (finding.kind === 'wrongName' && reported.some((hit) => hit.start < finding.end && finding.start < hit.end)) continue;
      const name = finding.kind === 'wrongName' ? finding.person.name : finding.name;
      context.report({
        messageId: finding.kind,
        data: { text: document.text.slice(finding.start, finding.end), name, fact: describeLeaderFinding(finding, date, locale) },
        start: finding.start,
        end: finding.end,
        suggestions: leaderSuggestions(finding),
      });
    }
  },
});
