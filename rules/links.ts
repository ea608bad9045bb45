// links: broken link targets (htp://, http:/x, spaces, full-width characters, local files …), links to non-government
// domains (info), http:// links to hosts that serve https, bare URLs as link text in Chinese prose, and hidden
// external links in HTML pages (暗链, the mark of a hacked site: error, urgent).
import { z } from 'zod';
import { defineRule, type Locale, type RuleContext, type RuleReport } from '../src/engine/types.js';
import type { CuominDocument, HiddenLinkReason } from '../src/document/types.js';
import { checkUrlSyntax, urlKind, webTarget, type UrlProblemId, type WebTarget } from '../src/links/url-syntax.js';
import { collectUrlOccurrences, type UrlOccurrence } from '../src/links/url-occurrences.js';
import {
  DEFAULT_ALLOWED_DOMAINS,
  DEFAULT_HTTPS_HOSTS,
  DEFAULT_HIDDEN_LINK_DOMAINS,
  ERROR_REPORT_PLATFORM_PATH,
  canonicalDomains,
  hostInDomains,
  hostInHostList,
  isForeignGovernmentHost,
  isLookalikeGovernmentHost,
  isPrivateHost,
} from '../src/links/domains.js';

const optionsSchema = z
  .object({
    /** Domains linked to without comment (suffix match on the host); replaces the built-in list. */
    allowedDomains: z.array(z.string().min(1)).default([...DEFAULT_ALLOWED_DOMAINS]),
    /** Domains added to `allowedDomains` (e.g. a partner site, a provincial newspaper). */
    extraAllowedDomains: z.array(z.string().min(1)).default([]),
    /** Treat government domains of other countries and intergovernmental bodies (.gov, gov.uk, .int …) as government. */
    allowForeignGovernment: z.boolean().default(true),
    /** Report links to domains outside the allowed ones (as info). */
    reportExternal: z.boolean().default(true),
    /** Hosts known to serve https (`*.example.gov.cn` for all sub-domains): `http://` links to them are reported. */
    httpsHosts: z.array(z.string().min(1)).default([...DEFAULT_HTTPS_HOSTS]),
    /** A host that the same document links to with https:// also counts as serving https. */
    inferHttps: z.boolean().default(true),
    /** Report a link whose text is its own URL in Chinese prose (as info). */
    bareUrlText: z.boolean().default(true),
    /**
     * Hidden links (HTML): `external` reports those to domains outside the allowed ones (menus, tabs and skip links
     * hide links to the site itself all the time); `all` reports every hidden link.
     */
    hiddenLinks: z.enum(['external', 'all']).default('external'),
    /** Domains whose hidden links are page furniture (CMS vendor credits, share widgets, analytics), never reported. */
    hiddenLinkDomains: z.array(z.string().min(1)).default([...DEFAULT_HIDDEN_LINK_DOMAINS]),
  })
  .strict();

type Options = z.infer<typeof optionsSchema>;

type MessageId =
  | UrlProblemId
  | 'privateHost'
  | 'lookalikeDomain'
  | 'externalDomain'
  | 'preferHttps'
  | 'bareUrlText'
  | 'textUrlMismatch'
  | 'hiddenLink';

const HIDDEN_REASONS: Record<HiddenLinkReason, Record<Locale, string>> = {
  'display-none': { zh: 'display:none', en: 'display:none' },
  'visibility-hidden': { zh: 'visibility:hidden', en: 'visibility:hidden' },
  'zero-size': { zh: '尺寸为零', en: 'zero size' },
  'off-screen': { zh: '移出可视区域', en: 'moved off-screen' },
  'same-color': { zh: '文字与背景同色', en: 'text in the background colour' },
  other: { zh: '页面隐藏', en: 'hidden by the page' },
};

/** Labels after which a URL is the information itself (网址：http://…, 登录www.….gov.cn), not a stand-in for a title. */
const ADDRESS_LABEL = /(?:网址|网站|官网|网页|主页|首页|链接|域名|地址|登录|登陆|访问|进入|浏览|下载|平台|网)\s*(?:为|是)?\s*[：:]?\s*[（(“"「]?\s*$/u;
const HAN = /\p{Script=Han}/u;
/** Paths of a site's home page: printing a home page address is normal; a deep link should be named. */
const HOME_PAGE_PATH = /^\/?(?:(?:index|default)\.(?:s?html?|jsp|php|aspx?))?$/i;

/** Problems of URL-like prose text whose suggested correction is certain. */
const FIXABLE_IN_PROSE = new Set<UrlProblemId>(['fullWidth', 'schemeTypo', 'slashes', 'backslash', 'doubleScheme']);

interface Checker {
  context: RuleContext<Options>;
  allowed: string[];
  /** Domains of hidden page furniture (hiddenLinkDomains), canonical. */
  hiddenFurniture: string[];
  httpsSeen: Set<string>;
}

function report(checker: Checker, occurrence: UrlOccurrence, messageId: MessageId, extra: Partial<RuleReport> & { data?: Record<string, string> }): void {
  const base: RuleReport = occurrence.proseRange
    ? { messageId, start: occurrence.proseRange[0], end: occurrence.proseRange[1] }
    : { messageId, start: 0, end: 0, sourceRange: occurrence.sourceRange };
  checker.context.report({ ...base, severity: 'warning', urgency: 'general', ...extra, data: { url: occurrence.written, ...extra.data } });
}

function isAllowedHost(checker: Checker, host: string): boolean {
  return hostInDomains(host, checker.allowed) || (checker.context.options.allowForeignGovernment && isForeignGovernmentHost(host));
}

function checkHiddenLink(checker: Checker, occurrence: UrlOccurrence): void {
  const { context } = checker;
  const target = urlKind(occurrence.url) === 'web' ? webTarget(occurrence.url) : undefined;
  if (target && (hostInDomains(target.host, checker.hiddenFurniture) || ERROR_REPORT_PLATFORM_PATH.test(target.rest))) return;
  const external = target !== undefined && target.host !== '' && !isAllowedHost(checker, target.host);
  if (!external && context.options.hiddenLinks !== 'all') return;
  const reason = HIDDEN_REASONS[occurrence.link?.hiddenReason ?? 'other'][context.locale];
  report(checker, occurrence, 'hiddenLink', { severity: 'error', urgency: 'urgent', data: { reason } });
}

function checkSyntax(checker: Checker, occurrence: UrlOccurrence): boolean {
  const problem = checkUrlSyntax(occurrence.url);
  if (!problem) return true;
  // A bare www. address is checked with http:// in front; the suggestion keeps it as it was written.
  const addedScheme = occurrence.url === `http://${occurrence.written}`;
  const suggestion = addedScheme && problem.suggestion?.startsWith('http://') ? problem.suggestion.slice('http://'.length) : problem.suggestion;
  // URL-like text in the prose is corrected in place when the engine finds the range exact (no masked part in it).
  const fix = occurrence.proseRange && suggestion && FIXABLE_IN_PROSE.has(problem.id) ? { start: occurrence.proseRange[0], end: occurrence.proseRange[1], text: suggestion } : undefined;
  report(checker, occurrence, problem.id, { data: { detail: problem.detail }, ...(suggestion ? { suggestions: [suggestion] } : {}), ...(fix ? { fix } : {}) });
  return false;
}

function checkHost(checker: Checker, occurrence: UrlOccurrence, target: WebTarget): void {
  const { options } = checker.context;
  const data = { host: target.hostAsWritten };
  if (isPrivateHost(target.host)) {
    report(checker, occurrence, 'privateHost', { data });
  } else if (isAllowedHost(checker, target.host)) {
    // A government or allowed site.
  } else if (isLookalikeGovernmentHost(target.host)) {
    report(checker, occurrence, 'lookalikeDomain', { data, urgency: 'urgent' });
  } else if (options.reportExternal) {
    report(checker, occurrence, 'externalDomain', { data, severity: 'info' });
  }
}

function checkHttps(checker: Checker, occurrence: UrlOccurrence, target: WebTarget): void {
  const { options } = checker.context;
  // A bare www. address names no scheme at all: only an http:// written out is reported.
  if (target.scheme !== 'http' || !/^http:/i.test(occurrence.written)) return;
  const known = hostInHostList(target.host, options.httpsHosts) || (options.inferHttps && checker.httpsSeen.has(target.host));
  if (!known) return;
  const httpsUrl = occurrence.url.replace(/^http:/i, 'https:');
  report(checker, occurrence, 'preferHttps', { data: { host: target.hostAsWritten }, suggestions: [httpsUrl] });
}

/** The home page, or a URL given as the information itself (after 网址：, in brackets after a name). */
function isBareUrlLegitimate(document: CuominDocument, occurrence: UrlOccurrence, target: WebTarget): boolean {
  const link = occurrence.link!;
  if (HOME_PAGE_PATH.test(target.rest)) return true;
  const block = document.blocks.find((candidate) => candidate.start <= link.start && link.start <= candidate.end);
  const before = block ? document.text.slice(block.start, link.start) : '';
  const after = block ? document.text.slice(link.end, block.end) : '';
  if (!HAN.test(before + after)) return true; // not Chinese prose: a list of addresses, a table of sites
  if (ADDRESS_LABEL.test(before)) return true;
  const nextSourceChar = document.source.slice(occurrence.sourceRange[1]).trimStart()[0] ?? '';
  return /[（(]\s*$/u.test(before) && /[）)]/u.test(nextSourceChar);
}

function checkLinkText(checker: Checker, occurrence: UrlOccurrence, target: WebTarget): void {
  const { document, options } = checker.context;
  const { link, textUrl } = occurrence;
  if (!link || !textUrl) return;
  const shown = webTarget(/^www\./i.test(textUrl) ? `http://${textUrl}` : textUrl);
  const withoutWww = (host: string) => host.replace(/^www\./, '');
  if (shown && shown.host && withoutWww(shown.host) !== withoutWww(target.host)) {
    report(checker, occurrence, 'textUrlMismatch', { data: { textHost: shown.hostAsWritten, host: target.hostAsWritten } });
    return;
  }
  if (!options.bareUrlText || isBareUrlLegitimate(document, occurrence, target)) return;
  report(checker, occurrence, 'bareUrlText', { severity: 'info' });
}

export default defineRule<Options>({
  meta: {
    id: 'links',
    description: {
      zh: '链接问题：错误的网址、指向非政府网站的链接、可用 HTTPS 而用 HTTP、以网址作链接文字、隐藏的外部链接（暗链）',
      en: 'Link problems: malformed URLs, links to non-government sites, http:// where https is served, URLs as link text, hidden external links',
    },
    category: 'mistake',
    urgency: 'general',
    defaultSeverity: 'warning',
    fixable: true,
    options: optionsSchema,
    messages: {
      emptyUrl: { zh: '链接地址为空', en: 'The link has no target' },
      whitespace: { zh: '链接地址“{{url}}”中有空格', en: 'The link target "{{url}}" contains whitespace' },
      fullWidth: {
        zh: '链接地址“{{url}}”中有全角字符“{{detail}}”，网址应使用半角字符',
        en: 'The link target "{{url}}" contains the full-width character "{{detail}}"; URLs are written in half-width characters',
      },
      localFile: {
        zh: '链接指向本机文件“{{url}}”，公众无法打开；应上传文件后链接其网址',
        en: 'The link points to a file on a local computer ("{{url}}"), which the public cannot open; upload the file and link to its address',
      },
      backslash: { zh: '链接地址“{{url}}”中用了反斜杠“\\”，网址应使用斜杠“/”', en: 'The link target "{{url}}" uses backslashes; URLs use "/"' },
      doubleScheme: { zh: '链接地址“{{url}}”重复了协议头（“{{detail}}”）', en: 'The link target "{{url}}" repeats its scheme ("{{detail}}")' },
      schemeTypo: { zh: '链接地址“{{url}}”的协议头“{{detail}}”写错了', en: 'The scheme "{{detail}}" of the link target "{{url}}" is misspelt' },
      slashes: { zh: '链接地址“{{url}}”的协议头“{{detail}}”应为“://”（两个斜杠）', en: 'The scheme "{{detail}}" of the link target "{{url}}" must be followed by "://"' },
      emptyHost: { zh: '链接地址“{{url}}”缺少域名', en: 'The link target "{{url}}" has no host name' },
      badHost: { zh: '链接地址中的域名“{{detail}}”不合法', en: 'The host name "{{detail}}" of the link target is not valid' },
      userinfo: {
        zh: '链接地址“{{url}}”中含“@”，实际指向“{{detail}}”，而不是“@”前的网站',
        en: 'The link target "{{url}}" contains "@": it leads to "{{detail}}", not to the site named before the "@"',
      },
      missingScheme: {
        zh: '链接地址“{{url}}”缺少“http://”或“https://”，会被当作本站的相对路径而无法打开',
        en: 'The link target "{{url}}" lacks "http://" or "https://" and is read as a path on this site',
      },
      unbalanced: { zh: '链接地址“{{url}}”中的括号“{{detail}}”不成对', en: 'The bracket "{{detail}}" in the link target "{{url}}" has no partner' },
      invalidCharacter: {
        zh: '链接地址“{{url}}”中有不应出现的字符“{{detail}}”（残留的引号、尖括号或未替换的模板变量）',
        en: 'The link target "{{url}}" contains "{{detail}}" (a leftover quote, angle bracket or unreplaced template variable)',
      },
      badMailto: { zh: '邮件链接中的地址“{{detail}}”不是有效的电子邮箱', en: 'The mail link address "{{detail}}" is not a valid e-mail address' },
      privateHost: {
        zh: '链接指向内网地址“{{host}}”，公众无法访问',
        en: 'The link points to the intranet address "{{host}}", which the public cannot reach',
      },
      lookalikeDomain: {
        zh: '链接指向形似政府网站的非政府域名“{{host}}”，请立即核实（过期或仿冒的域名常被用来挂赌博、色情内容）',
        en: 'The link points to "{{host}}", a non-government domain that looks like one; check it now (expired and look-alike domains are used for gambling and porn links)',
      },
      externalDomain: {
        zh: '链接指向非政府网站“{{host}}”，请确认该外部链接已经审核',
        en: 'The link points to the non-government site "{{host}}"; make sure this external link was approved',
      },
      preferHttps: { zh: '“{{host}}”支持 HTTPS，链接应使用“https://”', en: '"{{host}}" serves HTTPS; link to it with "https://"' },
      bareUrlText: {
        zh: '链接文字是网址本身（“{{url}}”），读者和读屏软件无法看出链接指向什么；建议用所链接内容的名称作链接文字',
        en: 'The link text is the URL itself ("{{url}}"): readers and screen readers cannot tell what it leads to; name the target instead',
      },
      textUrlMismatch: {
        zh: '链接文字显示的网址是“{{textHost}}”，实际却指向“{{host}}”',
        en: 'The link text shows the address "{{textHost}}" but the link leads to "{{host}}"',
      },
      hiddenLink: {
        zh: '隐藏的外部链接（{{reason}}）指向“{{url}}”：暗链是网站被入侵的典型特征，请立即核查并删除',
        en: 'Hidden external link ({{reason}}) to "{{url}}": hidden links are the mark of a hacked site; check and remove it now',
      },
    },
  },
  check(context) {
    const { options } = context;
    const occurrences = collectUrlOccurrences(context.document);
    const httpsSeen = new Set<string>();
    for (const occurrence of occurrences) {
      if (/^https:/i.test(occurrence.url)) {
        const host = webTarget(occurrence.url)?.host;
        if (host) httpsSeen.add(host);
      }
    }
    const checker: Checker = {
      context,
      allowed: canonicalDomains([...options.allowedDomains, ...options.extraAllowedDomains]),
      hiddenFurniture: canonicalDomains(options.hiddenLinkDomains),
      httpsSeen,
    };
    for (const occurrence of occurrences) {
      if (occurrence.link && !occurrence.link.visible) {
        checkHiddenLink(checker, occurrence);
        continue;
      }
      if (!checkSyntax(checker, occurrence) || urlKind(occurrence.url) !== 'web') continue;
      const target = webTarget(occurrence.url);
      if (!target) continue;
      checkHost(checker, occurrence, target);
      checkHttps(checker, occurrence, target);
      checkLinkText(checker, occurrence, target);
    }
  },
});
