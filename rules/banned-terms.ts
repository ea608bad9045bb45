// banned-terms: the state news agency's banned and careful-use terms, sovereignty and 港澳台 wording.
import { createDictionaryRule } from '../src/dictionary/dictionary-rule.js';

export default createDictionaryRule({
  id: 'banned-terms',
  description: { zh: '新闻报道禁用词和慎用词（含涉及领土主权和港澳台的表述）', en: 'Banned and careful-use terms (incl. sovereignty and Hong Kong/Macao/Taiwan wording)' },
  category: 'mistake',
  urgency: 'general',
  defaultSeverity: 'warning',
  fixable: true,
  withReplacement: { zh: '禁用或慎用表述“{{text}}”，应使用“{{replacement}}”{{reason}}', en: 'Banned or careful-use wording "{{text}}": use "{{replacement}}"{{reason}}' },
  withoutReplacement: { zh: '禁用或慎用表述“{{text}}”{{reason}}', en: 'Banned or careful-use wording "{{text}}"{{reason}}' },
});
