// typos: 错别字 and misused words from the typos dictionary (idiom errors, 《咬文嚼字》 lists, 异形词, IME errors).
import { createDictionaryRule } from '../src/dictionary/dictionary-rule.js';

export default createDictionaryRule({
  id: 'typos',
  description: { zh: '错别字和误用词（成语误写、异形词、输入法同音错误）', en: 'Typos and misused words (idioms, variant forms, pinyin IME errors)' },
  category: 'mistake',
  urgency: 'general',
  defaultSeverity: 'warning',
  fixable: true,
  withReplacement: { zh: '疑似错别字：“{{text}}”应为“{{replacement}}”{{reason}}', en: 'Likely typo: "{{text}}" should be "{{replacement}}"{{reason}}' },
  withoutReplacement: { zh: '疑似错别字：“{{text}}”{{reason}}', en: 'Likely typo: "{{text}}"{{reason}}' },
});
