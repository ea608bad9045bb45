// One finding as one line of plain text, for the machine formats (SARIF, JUnit, GitHub annotations): the urgency mark,
// the message and the suggestion, in the report's language.
import type { LintMessage, Locale, Urgency } from '../engine/types.js';
import { t } from '../i18n/labels.js';

export function suggestionPhrase(suggestions: readonly string[], locale: Locale): string {
  if (suggestions.length === 0) return '';
  const quoted = suggestions.map((suggestion) => `“${suggestion}”`).join(locale === 'zh' ? '或' : ' or ');
  return t(locale, `建议：${quoted}`, `suggestion: ${quoted}`);
}

/** `【紧急】消息（建议：“甲”）` / `[urgent] message (suggestion: “A”)`. */
export function plainMessage(message: LintMessage, locale: Locale): string {
  const urgent = message.urgency === 'urgent' && !message.fatal ? t(locale, '【紧急】', '[urgent] ') : '';
  const suggestion = suggestionPhrase(message.suggestions, locale);
  const tail = suggestion ? t(locale, `（${suggestion}）`, ` (${suggestion})`) : '';
  return `${urgent}${message.message}${tail}`;
}

/** How soon a finding must be corrected, in words. */
export function urgencyPhrase(urgency: Urgency, locale: Locale): string {
  return urgency === 'urgent'
    ? t(locale, '紧急（30 分钟内改正）', 'urgent (correct within 30 minutes)')
    : t(locale, '一般（当天下班前改正）', 'general (correct before the end of the working day)');
}
