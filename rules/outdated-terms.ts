// outdated-terms: renamed institutions, diseases and expressions, and laws replaced, by the document's date.
import { createDictionaryRule } from '../src/dictionary/dictionary-rule.js';

export default createDictionaryRule({
  id: 'outdated-terms',
  description: { zh: '机构改革后已更名的机构、已更名的疾病和过时表述、已废止的法律（按文档日期判断）', en: 'Renamed institutions and diseases, outdated expressions, repealed laws (by the document date)' },
  category: 'mistake',
  urgency: 'general',
  defaultSeverity: 'warning',
  fixable: true,
  withReplacement: { zh: '过时表述“{{text}}”，应改为“{{replacement}}”{{reason}}', en: 'Outdated "{{text}}": now "{{replacement}}"{{reason}}' },
  withoutReplacement: { zh: '过时表述“{{text}}”{{reason}}', en: 'Outdated "{{text}}"{{reason}}' },
});
