// Syntax checks of a link target as written: what makes a URL broken (htp://, http:/x, an empty host, spaces,
// full-width characters, a local file path …), and what kind of target it is (web, mail, in-page, relative).

export type UrlProblemId =
  | 'emptyUrl'
  | 'whitespace'
  | 'fullWidth'
  | 'localFile'
  | 'backslash'
  | 'doubleScheme'
  | 'schemeTypo'
  | 'slashes'
  | 'emptyHost'
  | 'badHost'
  | 'userinfo'
  | 'missingScheme'
  | 'unbalanced'
  | 'invalidCharacter'
  | 'badMailto';

export interface UrlProblem {
  id: UrlProblemId;
  /** The offending part (a character, the scheme, the host), for the message. */
  detail: string;
  /** The corrected URL, when the correction is clear. */
  suggestion?: string;
}

/** Full-width forms, the ideographic space and the ideographic full stops: never part of a well-formed URL's host. */
const FULL_WIDTH = /[\uff01-\uff5e\u3000\u3002\uff61]/u;
/** Spaces; not tabs and line breaks, which browsers drop from a URL (a long href may be wrapped in the source). */
const WHITESPACE = /[^\S\t\n\r]/u;
const KNOWN_SCHEMES = new Set([
  'http', 'https', 'ftp', 'ftps', 'sftp', 'mailto', 'tel', 'sms', 'javascript', 'data', 'blob', 'about', 'ws', 'wss',
  'weixin', 'alipays', 'mqq', 'market', 'itms', 'geo', 'callto', 'news', 'irc', 'magnet', 'thunder', 'ed2k',
]);
const WEB_SCHEMES = new Set(['http', 'https', 'ftp']);
/** Chinese top-level domains a host in Chinese ends with (中国政府网.政务). */
export const CHINESE_TLDS = ['政务', '公益', '中国', '中國', '网址', '在线', '公司', '网络', '集团', '商城', '商标', '中文网', '我爱你', '网店', '移动', '手机', '信息', '企业', '游戏', '娱乐', '商店', '健康', '慈善', '招聘', '时尚', '八卦', '餐厅', '广东', '佛山', '香港', '澳門', '新加坡'];
/** Domain-like first segment of a URL written without its scheme: www.gov.cn/…, fujin.gov.cn. */
const SCHEMELESS_HOST = /^(?:www\d?\.[a-z0-9-]+(?:\.[a-z0-9-]+)*|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov\.cn|com\.cn|org\.cn|net\.cn|edu\.cn|cn|com|net|org))(?::\d{1,5})?(?=[/?#]|$)/i;

export type UrlKind = 'empty' | 'fragment' | 'web' | 'mailto' | 'other-scheme' | 'relative';

/** What a well-formed target points at. `web` covers http, https, ftp and protocol-relative `//host/…`. */
export function urlKind(url: string): UrlKind {
  const trimmed = url.trim();
  if (!trimmed) return 'empty';
  if (trimmed.startsWith('#')) return 'fragment';
  if (trimmed.startsWith('//')) return 'web';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1].toLowerCase();
  // No scheme, a drive letter (C:), or a host with a port written without its scheme (www.gov.cn:8080).
  if (scheme === undefined || /^[a-z]$/.test(scheme) || scheme.includes('.')) return 'relative';
  if (WEB_SCHEMES.has(scheme)) return 'web';
  return scheme === 'mailto' ? 'mailto' : 'other-scheme';
}

export interface WebTarget {
  scheme: string;
  /** Canonical host (lower case, punycode). */
  host: string;
  /** The host as written. */
  hostAsWritten: string;
  /** Path, query and fragment as written. */
  rest: string;
}

/** Scheme, host and rest of a well-formed web URL (check it with `checkUrlSyntax` first). */
export function webTarget(url: string): WebTarget | undefined {
  const match = /^(?:([a-z][a-z0-9+.-]*):)?\/\/([^/?#]*)(.*)$/is.exec(url.trim().replace(/[\t\n\r]/g, ''));
  if (!match) return undefined;
  const authority = match[2].slice(match[2].lastIndexOf('@') + 1);
  const hostAsWritten = authority.replace(/:\d*$/, '');
  let host: string;
  try {
    host = new URL(`http://${hostAsWritten}/`).hostname.replace(/\.$/, '');
  } catch {
    return undefined;
  }
  return { scheme: (match[1] ?? '').toLowerCase(), host, hostAsWritten, rest: match[3] };
}

/** Full-width letters, digits and punctuation to their ASCII forms; ideographic full stops to dots. */
export function halfWidthUrl(url: string): string {
  return url.normalize('NFKC').replace(/[。｡]/gu, '.').replace(/\s+/gu, '');
}

/** The first problem that keeps a link target from working, if any. */
export function checkUrlSyntax(raw: string): UrlProblem | undefined {
  const url = raw.trim().replace(/[\t\n\r]/g, '');
  if (!url) return { id: 'emptyUrl', detail: '' };
  if (/^file:/i.test(url) || /^[a-z]:[\\/]/i.test(url) || /^\\\\[^\\]/.test(url)) return { id: 'localFile', detail: url };
  const fullWidth = checkFullWidth(url);
  if (fullWidth) return fullWidth;
  const kind = urlKind(url);
  const looksAbsolute = kind === 'web' || kind === 'mailto' || /^[a-z]{2,8}\s*[:;]?\s*[/\\]{2}/i.test(url) || SCHEMELESS_HOST.test(url);
  if (looksAbsolute && WHITESPACE.test(url)) {
    // A space next to a separator (www.gov. cn, http:// www) is a break to close; elsewhere it may stand for a word.
    const joined = url.replace(/[\s\u3000]+/gu, '');
    const atSeparators = url.trim().split(/[\s\u3000]+/u).every((part, index, parts) => index === parts.length - 1 || /[./:?=&#_-]$/.test(part) || /^[./:?=&#_-]/.test(parts[index + 1]));
    return { id: 'whitespace', detail: url, ...(atSeparators && !checkUrlSyntax(joined) ? { suggestion: joined } : {}) };
  }
  if (looksAbsolute && url.includes('\\') && /^[a-z]{2,8}:?[\\/]*\\/i.test(url)) {
    const slashed = url.replace(/\\/g, '/');
    return { id: 'backslash', detail: '\\', ...(checkUrlSyntax(slashed) ? {} : { suggestion: slashed }) };
  }
  const doubled = /^(?:https?|ftp):\/*(?=(?:https?|ftp)(?::|\/\/))/i.exec(url);
  if (doubled) {
    const rest = url.slice(doubled[0].length);
    return { id: 'doubleScheme', detail: url.slice(0, doubled[0].length + /^[a-z]+/i.exec(rest)![0].length), ...suggestIfValid(rest) };
  }
  const schemeProblem = checkScheme(url);
  if (schemeProblem) return schemeProblem;
  if (kind === 'relative' && SCHEMELESS_HOST.test(url)) {
    return { id: 'missingScheme', detail: url, suggestion: `http://${url}` };
  }
  const characterProblem = checkCharacters(url, kind);
  if (characterProblem) return characterProblem;
  if (kind === 'web') return checkAuthority(url);
  if (kind === 'mailto') {
    const address = url.slice('mailto:'.length).split('?')[0];
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/u.test(address)) return { id: 'badMailto', detail: address };
  }
  return undefined;
}

function suggestIfValid(url: string): { suggestion?: string } {
  return checkUrlSyntax(url) ? {} : { suggestion: url };
}

/** Full-width characters in the scheme, the `://` or the host (not in the path, where Chinese file names are fine). */
function checkFullWidth(url: string): UrlProblem | undefined {
  const separator = /^[a-z]+:\/\//i.exec(url);
  const authorityStart = separator ? separator[0].length : 0;
  const slash = url.slice(authorityStart).search(/[/?#]/);
  const head = slash < 0 ? url : url.slice(0, authorityStart + slash);
  const char = FULL_WIDTH.exec(head)?.[0];
  if (!char) return undefined;
  const half = halfWidthUrl(url);
  // A relative path with a full-width character in a folder name is not a URL written in full width.
  if (!separator && !/^(?:[a-z]+:\/\/|www\.|mailto:)/i.test(half)) return undefined;
  const remaining = checkUrlSyntax(half);
  // A bare www. address written in full width is suggested in half width, still without its scheme.
  return { id: 'fullWidth', detail: char, ...(!remaining || remaining.id === 'missingScheme' ? { suggestion: half } : {}) };
}

function checkScheme(url: string): UrlProblem | undefined {
  const match = /^([a-z]{2,8})([:;]?)(\/*)/i.exec(url);
  if (!match) return undefined;
  const [whole, name, colon, slashes] = match;
  const scheme = name.toLowerCase();
  const rest = url.slice(whole.length);
  if (WEB_SCHEMES.has(scheme)) {
    if (colon === ':' && slashes.length === 2) return undefined;
    if (colon === '' && slashes.length < 2) return undefined; // a relative path such as http/index.html
    const fixed = `${scheme}://${rest}`;
    return { id: colon === ':' ? 'slashes' : 'schemeTypo', detail: whole, ...suggestIfValid(fixed) };
  }
  if (KNOWN_SCHEMES.has(scheme) || (colon === '' && slashes.length < 2)) return undefined;
  const intended = webSchemeTypo(scheme);
  if (!intended || (colon !== ':' && slashes.length < 2)) return undefined;
  return { id: 'schemeTypo', detail: whole, ...suggestIfValid(`${intended}://${rest}`) };
}

/** `htp` → http, `htps` → https, `hhttp` → http: a misspelt web scheme, or undefined. */
function webSchemeTypo(scheme: string): string | undefined {
  if (!/^(?:h|ttp)/.test(scheme) || scheme.length > 6) return undefined;
  const toHttps = editDistance(scheme, 'https');
  const toHttp = editDistance(scheme, 'http');
  if (Math.min(toHttp, toHttps) > 2) return undefined;
  return toHttps < toHttp || (toHttps === toHttp && scheme.endsWith('s')) ? 'https' : 'http';
}

/** Edit distance with adjacent transpositions (hppt → http is two edits). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

const BRACKET_PAIRS: Array<[string, string]> = [['(', ')'], ['[', ']'], ['（', '）'], ['【', '】']];
/** Characters that cannot stand in a URL as written: quotes and angle brackets left from markup, template braces. */
const INVALID_CHARACTER = /["<>`{}]/u;

function checkCharacters(url: string, kind: UrlKind): UrlProblem | undefined {
  if (kind === 'other-scheme') return undefined; // javascript:, data: … have their own syntax
  const invalid = INVALID_CHARACTER.exec(url)?.[0];
  if (invalid) return { id: 'invalidCharacter', detail: invalid };
  for (const [open, close] of BRACKET_PAIRS) {
    const opens = url.split(open).length - 1;
    const closes = url.split(close).length - 1;
    if (opens !== closes) return { id: 'unbalanced', detail: opens > closes ? open : close };
  }
  return undefined;
}

/** The host of an http, https or ftp URL: present, made of valid labels, no user name in front of it. */
function checkAuthority(url: string): UrlProblem | undefined {
  const match = /^(?:[a-z]+:)?\/\/([^/?#]*)/i.exec(url);
  if (!match) return undefined;
  const authority = match[1];
  if (!authority) return { id: 'emptyHost', detail: url };
  const at = authority.lastIndexOf('@');
  if (at >= 0 && /^https?:/i.test(url)) return { id: 'userinfo', detail: authority.slice(at + 1) };
  const hostPort = authority.slice(at + 1);
  if (hostPort.startsWith('[')) return undefined; // IPv6 literal
  const portMatch = /:(\d*)$/.exec(hostPort);
  if (portMatch && (portMatch[1] === '' || Number(portMatch[1]) > 65535)) return { id: 'badHost', detail: hostPort };
  const host = portMatch ? hostPort.slice(0, portMatch.index) : hostPort;
  const problem = hostProblem(host);
  if (!problem) return undefined;
  const repaired = host.replace(/[,，;；]/gu, '.');
  const suggestion = repaired !== host && !hostProblem(repaired) ? url.replace(host, repaired) : undefined;
  return { id: 'badHost', detail: host, ...(suggestion ? { suggestion } : {}) };
}

/** Why a host name is not valid, or undefined: empty labels (www..gov.cn), stray characters, a numeric top level. */
function hostProblem(host: string): string | undefined {
  const labels = host.replace(/\.$/, '').split('.');
  if (labels.some((label) => label === '')) return 'empty label';
  if (labels.some((label) => /[^\p{L}\p{N}\p{M}_-]/u.test(label))) return 'character';
  if (labels.some((label) => label.startsWith('-') || label.endsWith('-'))) return 'hyphen';
  const isIpv4 = labels.length === 4 && labels.every((label) => /^\d{1,3}$/.test(label) && Number(label) <= 255);
  if (!isIpv4 && labels.length > 1 && /^\d+$/.test(labels[labels.length - 1])) return 'numeric top level';
  return undefined;
}
