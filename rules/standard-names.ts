// standard-names: near-miss errors in state and party organ names, core political formulations and leaders' names.
import { createDictionaryRule } from '../src/dictionary/dictionary-rule.js';

export default createDictionaryRule({
  id: 'standard-names',
  description: { zh: '国家和党的机构名称、重要政治表述、领导人姓名的错误（严重表述错误）', en: 'Errors in state and party organ names, core political formulations and leaders’ names (serious errors)' },
  category: 'mistake',
  urgency: 'urgent',
  defaultSeverity: 'error',
  fixable: true,
  withReplacement: { zh: '严重表述错误：“{{text}}”应为“{{replacement}}”{{reason}}', en: 'Serious error: "{{text}}" should be "{{replacement}}"{{reason}}' },
  withoutReplacement: { zh: '严重表述错误：“{{text}}”{{reason}}', en: 'Serious error: "{{text}}"{{reason}}' },
});
