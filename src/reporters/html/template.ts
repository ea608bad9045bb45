// The HTML report's page: a strict Content Security Policy (no requests at all; only the report's own inline script,
// by a nonce fresh for every report, so markup that escaped escaping still could not run), inline styles, the body.
import { randomBytes } from 'node:crypto';
import type { Locale } from '../../engine/types.js';
import { escapeAttribute, escapeHtml } from './escape.js';
import { FILTER_SCRIPT } from './filter-script.js';
import { REPORT_CSS } from './styles.js';

export interface PageParts {
  locale: Locale;
  title: string;
  /** The generator line under the title (plain text). */
  lead: string;
  /** Markup, already escaped. */
  body: string;
}

export function newNonce(): string {
  return randomBytes(18).toString('base64');
}

/** The policy of the page: nothing from anywhere, but inline style and the script with this nonce. */
export function contentSecurityPolicy(nonce: string): string {
  return `default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

export function renderPage(parts: PageParts): string {
  const nonce = newNonce();
  return `<!DOCTYPE html>
<html lang="${parts.locale === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(nonce))}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(parts.title)}</h1><p class="lead">${escapeHtml(parts.lead)}</p></header>
<main>
${parts.body}
</main>
<script nonce="${escapeAttribute(nonce)}">${FILTER_SCRIPT}</script>
</body>
</html>
`;
}
