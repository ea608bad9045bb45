// sensitive-words: gambling, pornography, drug and weapons trade, fraud, cult promotion, abuse — never on a gov page.
import { createDictionaryRule } from '../src/dictionary/dictionary-rule.js';

export default createDictionaryRule({
  id: 'sensitive-words',
  description: { zh: '有害信息敏感词（赌博、色情、毒品和枪支交易、诈骗和违法广告、邪教宣传、辱骂）', en: 'Harmful content (gambling, pornography, drug and weapons trade, fraud, illegal ads, cult promotion, abuse)' },
  category: 'sensitive',
  urgency: 'urgent',
  defaultSeverity: 'error',
  fixable: false,
  withReplacement: { zh: '敏感词“{{text}}”，应改为“{{replacement}}”{{reason}}', en: 'Sensitive term "{{text}}": use "{{replacement}}"{{reason}}' },
  withoutReplacement: { zh: '敏感词“{{text}}”{{reason}}，发布前必须删除', en: 'Sensitive term "{{text}}"{{reason}}: remove it before publishing' },
});
