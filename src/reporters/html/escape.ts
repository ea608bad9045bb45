// Escaping for the HTML report: every string that comes from a scan (paths, units, messages, source text, suggestions,
// rule ids) passes through one of these before it reaches the page, so hostile page content stays text.

/**
 * Characters a page should not carry: C0/C1 controls other than tab, newline and return, and lone surrogates (which
 * UTF-8 cannot encode). They become U+FFFD so that the reader sees something was there.
 */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TEXT_SPECIAL = /[&<>]/g;
const ATTRIBUTE_SPECIAL = /[&<>"'`]/g;
const NEEDS_WORK = /[&<>"'`\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

const entity = (char: string): string => ENTITIES[char];

/** Text content of an element (not `<script>` or `<style>`, which never receive scan data). */
export function escapeHtml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(UNSAFE, '\uFFFD').replace(TEXT_SPECIAL, entity);
}

/** An attribute value, always written in double quotes. */
export function escapeAttribute(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(UNSAFE, '\uFFFD').replace(ATTRIBUTE_SPECIAL, entity);
}
